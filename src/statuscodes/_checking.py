"""The response check and problem details: the public functions, whose modules (`_check`,
`_problem`, and the `re` that the check imports) load on first use so that `import statuscodes`
stays lean.

A first use in one thread while another forks would leave the child waiting forever on the
import lock of the module being loaded; the fork hook below makes a fork wait for that import to
finish instead.
"""

import os

# The public functions are typed by comments: `X | None` does not evaluate on 3.9, and
# `typing.get_type_hints` must resolve every public name (typing is not imported at run time).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Optional, Union  # noqa: F401  # used in type comments, which ruff skips

    from ._data import Finding  # noqa: F401  # used in type comments

_first_use_started = False


def _finish_first_use_before_a_fork() -> None:
    if _first_use_started:
        from . import _check, _problem  # noqa: F401  # waits for another thread's import


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_finish_first_use_before_a_fork)


def load_problem() -> "object":
    """The `_problem` module, loaded on first use."""
    global _first_use_started
    _first_use_started = True
    from . import _problem

    return _problem


#: The media type of an RFC 9457 problem details object in JSON (`HTTPCode.problem`).
PROBLEM_JSON = "application/problem+json"


def check_response(status, headers, *, content=None, method="GET"):
    # type: (int, object, Optional[Union[bytes, bytearray, memoryview]], str) -> list[Finding]
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
    global _first_use_started
    _first_use_started = True
    from ._check import check_response as check

    return check(status, headers, content=content, method=method)


def assert_valid_response(status, headers, *, content=None, method="GET"):
    # type: (int, object, Optional[Union[bytes, bytearray, memoryview]], str) -> None
    """`check_response` for tests: raises AssertionError listing the findings, if there are any.

    >>> assert_valid_response(405, {"Allow": "GET, HEAD"}, content=b"")
    """
    findings = check_response(status, headers, content=content, method=method)
    if findings:
        lines = "\n".join(f"  {finding.level}: {finding.message}" for finding in findings)
        raise AssertionError(f"{len(findings)} RFC rule(s) broken:\n{lines}")
