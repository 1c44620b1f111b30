"""statuscodes: the IANA registries of HTTP status codes and WebSocket close codes, as fast,
typed IntEnums.

>>> from statuscodes import HTTPCode
>>> HTTPCode(404).phrase
'Not Found'
"""

from ._data import IANA_HTTP_REGISTRY_DATE as IANA_HTTP_REGISTRY_DATE
from ._codes import HTTPCategory as HTTPCategory
from ._codes import HTTPCode as HTTPCode
from ._codes import is_client_error as is_client_error
from ._codes import is_error as is_error
from ._codes import is_informational as is_informational
from ._codes import is_redirection as is_redirection
from ._codes import is_server_error as is_server_error
from ._codes import is_success as is_success
from ._codes import reason_phrase as reason_phrase
from ._enum import UnregisteredCodeError as UnregisteredCodeError
from ._data import Finding as Finding
from ._data import HeaderRule as HeaderRule
from ._data import Reference as Reference
from ._data import Registration as Registration
from ._codes import WSCategory as WSCategory
from ._codes import WSCloseCode as WSCloseCode
from ._codes import is_valid_close_code as is_valid_close_code

__version__ = "0.1.0"

#: The media type of an RFC 9457 problem details object in JSON (`HTTPCode.problem`).
PROBLEM_JSON = "application/problem+json"


# The check lives in a module loaded on the first call, so that `import statuscodes` costs what it
# did; an import at call time rather than a lazy attribute under a lock, which is a fork hazard.
def check_response(
    status: int,
    headers: object,
    *,
    content: "bytes | bytearray | memoryview | None" = None,
    method: str = "GET",
) -> "list[Finding]":
    """What the RFCs require of a response with this status code and these header fields that it
    does not do, as a list of `Finding` (empty: nothing to report).

    >>> [finding] = check_response(401, {"Content-Type": "text/plain"})
    >>> finding.level, finding.code, str(finding.reference)
    ('MUST', 401, 'RFC 9110, Section 15.5.2')
    >>> finding.message
    '401 response without WWW-Authenticate: RFC 9110, Section 15.5.2 says the server MUST send it'
    >>> check_response(204, [(b"content-length", b"0")], content=b"")[0].message
    '204 response with Content-Length: RFC 9110, Section 8.6 says a server MUST NOT send it'

    `status` is an int or an HTTPCode (anything else is a TypeError naming it). `headers` is a
    mapping or an iterable of (name, value) pairs: a dict, Starlette's `Headers`, httpx's
    `Headers` (its repeated fields are read one by one), requests' `CaseInsensitiveDict`,
    aiohttp's `CIMultiDict`, werkzeug's `Headers`, or a list of pairs. Names match in any case;
    names and values may be str or bytes (bytes are read as Latin-1, so any octet is accepted);
    a list of values counts as that field repeated; an item that is not a pair of str, bytes or
    int is skipped. A required field that is present with an empty value is reported as empty
    (except Allow, where empty means "no method"). `content` is the body as bytes, or None when
    unknown: then nothing is said about it. `method` is the request's method: a response to HEAD
    has no content, nor does a 2xx to CONNECT.

    It reports: content where none is allowed (1xx, 204, 205, 304, HEAD, 2xx to CONNECT);
    Content-Length or Transfer-Encoding on a 1xx, a 204 or a 2xx to CONNECT; both framings at
    once; the missing header fields that the code's `header_rules` say MUST or SHOULD be sent
    (the rules with a `when` condition it cannot see are skipped, and MAY is never reported); a
    Retry-After that is neither a delay in seconds nor an IMF-fixdate; an unregistered code
    (level SHOULD, with what `HTTPCode.resolve` makes of it) and a code outside 100-599 (MUST,
    and nothing else is checked). Location on a code that takes none is not an error.
    """
    from ._check import check_response as check

    return check(status, headers, content=content, method=method)


def assert_valid_response(
    status: int,
    headers: object,
    *,
    content: "bytes | bytearray | memoryview | None" = None,
    method: str = "GET",
) -> None:
    """`check_response` for tests: raises AssertionError listing the findings, if there are any.

    >>> assert_valid_response(405, {"Allow": "GET, HEAD"}, content=b"")
    """
    findings = check_response(status, headers, content=content, method=method)
    if findings:
        lines = "\n".join(f"  {finding.level}: {finding.message}" for finding in findings)
        raise AssertionError(f"{len(findings)} RFC rule(s) broken:\n{lines}")
