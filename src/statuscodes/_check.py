"""The response check: what the RFCs require of a response with a given status code, checked.

The per-code rules come from the table (`_data.py`); the rules that depend on the request method or
hold for a whole class of codes are here, each next to the sentence it comes from. Imported with
the package, so it imports no `re` (a fifth of `import statuscodes` on 3.13): header values are
read with str methods.
"""

from __future__ import annotations

# The same classes as collections.abc, which would import collections (~7M instructions on 3.13).
from _collections_abc import Iterable, Mapping
from _thread import allocate_lock

from ._data import HTTP_ROWS, INFORMATIONAL_NO_CONTENT, Finding, Reference, Row
from ._errors import as_index, shown
from ._headers import fields_of, size_of
from ._http import HTTPCode
from ._request_rules import FIELDS_READ_FOR as _REQUEST_FIELDS_READ_FOR
from ._request_rules import RESPONSE_FIELDS_READ as _REQUEST_RULES_READ
from ._request_rules import Seen200, reads_request_field, repeat_findings, request_findings
from ._rules import FIELDS_READ as _FIELD_RULES_READ
from ._rules import PROBLEM_JSON as PROBLEM_JSON
from ._rules import field_findings

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._headers import Fields

_ROWS: dict[int, Row] = {row.code: row for row in HTTP_ROWS}

# RFC 9110, Section 15: "Values outside the range 100..599 are invalid."
_STATUS_CODES = Reference("RFC 9110", "15")
# Section 6.4.1: "All 1xx (Informational), 204 (No Content), and 304 (Not Modified) responses do
# not include content"; a response to HEAD never does, nor does a 2xx to CONNECT.
_HEAD = Reference("RFC 9110", "9.3.2")
_CONNECT = Reference("RFC 9110", "9.3.6")
# Section 8.6: "A server MUST NOT send a Content-Length header field in any response with a
# status code of 1xx (Informational) or 204 (No Content)", nor in a 2xx to CONNECT.
_CONTENT_LENGTH = Reference("RFC 9110", "8.6")
# RFC 9112, Section 6.1: the same of Transfer-Encoding; Section 6.2: never both fields at once.
_TRANSFER_ENCODING = Reference("RFC 9112", "6.1")
_BOTH_FRAMINGS = Reference("RFC 9112", "6.2")

# Where an empty value means something (an empty Allow: no method is allowed, Section 10.2.1).
_EMPTY_IS_A_VALUE = frozenset({"allow"})

_CONTENT_TYPES = (bytes, bytearray, memoryview)

# Every response field a rule reads: the code's header rules, the framing and multipart checks
# here, and the rules of `_rules` and `_request_rules`. The engine keeps no other field, so what
# is not named here cannot change a finding, and the adapters' memo of findings keys on no more.
_FIELDS_READ = frozenset(
    {
        *(rule.field.lower() for row in HTTP_ROWS for rule in row.header_rules),
        "content-length",
        "transfer-encoding",
        "content-type",
        *_FIELD_RULES_READ,
        *_REQUEST_RULES_READ,
    }
)
reads_response_field = _FIELDS_READ.__contains__


def check_response(
    status: int,
    headers: Mapping[object, object] | Iterable[object],
    *,
    content: bytes | bytearray | memoryview | None = None,
    content_length: int | None = None,
    method: str = "GET",
    request_headers: Mapping[object, object] | Iterable[object] | None = None,
) -> list[Finding]:
    """What the RFCs require of a response with this status code and these header fields that it
    does not do, as a list of `Finding` (empty: nothing to report).

    >>> [finding] = check_response(401, {"Content-Type": "text/plain"})
    >>> finding.level, finding.code, str(finding.reference)
    ('MUST', 401, 'RFC 9110, Section 15.5.2')
    >>> finding.message
    '401 response without WWW-Authenticate: RFC 9110, Section 15.5.2 says the server MUST send it'
    >>> check_response(204, [(b"content-length", b"0")], content=b"")[0].message
    '204 response with Content-Length: RFC 9110, Section 8.6 says a server MUST NOT send it'
    >>> check_response(206, {"Content-Range": "bytes 0-9/20"}, request_headers={})[0].reference
    Reference('RFC 9110', '15.3.7', 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.7')

    `status` is an int or an HTTPCode (anything else is a TypeError naming it). `headers` is a
    mapping or an iterable of (name, value) pairs: a dict, Starlette's `Headers`, httpx's
    `Headers` (its repeated fields are read one by one), requests' `CaseInsensitiveDict`,
    aiohttp's `CIMultiDict`, werkzeug's `Headers`, or a list of pairs. Names match in any case;
    names and values may be str or bytes (bytes, bytearray and memoryview are read as Latin-1, so
    any octet is accepted); a list of values counts as that field repeated; an item that is not a
    pair of str, bytes or int is skipped. A required field that is present with an empty value is
    reported as empty (except Allow, where empty means "no method"). `content` is the body as
    bytes, or None when unknown: then nothing is said about it; `content_length` is the number of
    bytes sent where the body itself was not kept (the middlewares count it), read when `content`
    is None. `method` is the request's method: a response to HEAD has no content, nor does a 2xx
    to CONNECT. `request_headers` (same forms as `headers`) are the request's fields: with them
    the rules that need the request run too; None (the default) skips them.

    It reports: content where none is allowed (1xx, 204, 205, 304, HEAD, 2xx to CONNECT);
    Content-Length or Transfer-Encoding on a 1xx, a 204 or a 2xx to CONNECT; both framings at
    once; the missing header fields that the code's `header_rules` say MUST or SHOULD be sent
    (the rules with a `when` condition it cannot see are skipped, and MAY is never reported); a
    Retry-After that is neither a delay in seconds nor an IMF-fixdate; an unregistered code
    (level SHOULD, with what `HTTPCode.resolve` makes of it) and a code outside 100-599 (MUST,
    and nothing else is checked). On the fields: representation metadata on a 304; Content-Range
    outside 206 and 416, malformed, unsatisfied on a 206 or satisfied on a 416; Location on a
    1xx, 4xx or 5xx, or not a URI reference; a Content-Length that is malformed or
    is not the content's length; an Allow that is no list of methods; a malformed challenge, a
    Basic one without realm, a Bearer one without parameters; a problem+json body whose status
    is not the response's; content without Content-Type. With the request: a 206 or 416 to a
    request without Range, a 206 to a method without range handling, a 412 without a
    precondition, a 304 without If-None-Match or If-Modified-Since, a 417 without Expect, a 101
    to a protocol the request did not name, a 201 to a safe method, a 405 whose Allow lists the
    method, a 405 to HEAD where GET is allowed. The pages RFC rules and Beside httplint and
    HTTPolice list each rule with its sentence.
    """
    return judge(status, headers, content, content_length, method, request_headers, None)[0]


class ResponseChecker:
    """`check_response` for a sequence of responses from one server, which remembers the last
    200 to a GET of each target (up to `remember` targets, the oldest forgotten first), so that
    a later 304 or 206 to that target is judged against it: the fields it must repeat (Date,
    ETag, Vary, Cache-Control, Expires, Content-Location: RFC 9110, Sections 15.4.5 and 15.3.7)
    and a 304's Content-Length, which must be the 200's (Section 8.6). Safe to share between
    threads.

    >>> checker = ResponseChecker()
    >>> page = {"Content-Type": "text/html", "Content-Length": "40", "ETag": '"v1"'}
    >>> checker.check(200, page, target="/page", content=b"x" * 40)
    []
    >>> [finding] = checker.check(304, {"Content-Length": "0", "ETag": '"v1"'}, target="/page")
    >>> finding.message.split(":")[0:2]
    ['304 response with Content-Length', ' 0 after a 200 with 40']
    """

    __slots__ = ("_lock", "_remember_count", "_seen")

    def __init__(self, remember: int = 1024) -> None:
        if as_index(remember) is None or remember < 1:
            raise ValueError(
                f"remember must be a number of targets, 1 or more, not {shown(remember)}"
            )
        self._remember_count = remember
        self._seen: dict[str, Seen200] = {}
        self._lock = allocate_lock()

    def check(
        self,
        status: int,
        headers: Mapping[object, object] | Iterable[object],
        *,
        target: str | None = None,
        content: bytes | bytearray | memoryview | None = None,
        content_length: int | None = None,
        method: str = "GET",
        request_headers: Mapping[object, object] | Iterable[object] | None = None,
    ) -> list[Finding]:
        """`check_response`, and the comparison with the 200 seen to `target` (a path with its
        query, or a URL; None: no comparison, nothing remembered)."""
        seen = self._seen_for(target) if target is not None else None
        findings, code, fields, method = judge(
            status, headers, content, content_length, method, request_headers, seen
        )
        if code == 200 and method == "GET" and target is not None:
            self._remember(target, Seen200(fields))
        return findings

    # The adapters' Reporter keeps its history here too, around its memo of findings.
    def _seen_for(self, target: str) -> Seen200 | None:
        return self._seen.get(target)

    def _remember(self, target: str, seen: Seen200) -> None:
        with self._lock:
            self._seen.pop(target, None)  # re-inserted last: the newest
            self._seen[target] = seen
            if len(self._seen) > self._remember_count:
                del self._seen[next(iter(self._seen))]


def judge(
    status: object,
    headers: Mapping[object, object] | Iterable[object],
    content: object,
    content_length: object,
    method: object,
    request_headers: Mapping[object, object] | Iterable[object] | None,
    seen: Seen200 | None,
) -> tuple[list[Finding], int, Fields, str]:
    """The check itself: the findings, the status as an int, the fields as read, and the method
    as the rules read it (for the adapters and `ResponseChecker`, which remember a 200)."""
    code = as_index(status)
    if code is None:
        raise TypeError(
            f"check_response() needs the status code as an int or HTTPCode, not "
            f"{shown(status)} ({status.__class__.__name__})"
        )
    if content is not None and not isinstance(content, _CONTENT_TYPES):
        raise TypeError(
            f"content must be bytes or None (unknown), not {content.__class__.__name__}"
        )
    if not isinstance(method, str):
        raise TypeError(f"method must be a str such as 'GET', not {method.__class__.__name__}")
    size = len(content) if content is not None else size_of(content_length)
    if not 100 <= code <= 599:
        finding = Finding(
            "MUST",
            f"{shown(code)} is not an HTTP status code: {_STATUS_CODES} says codes outside "
            "100-599 are invalid, and a client treats them as 5xx",
            code,
            _STATUS_CODES,
        )
        return [finding], code, {}, method
    fields = fields_of(headers, "headers", reads_response_field)
    request = (
        None
        if request_headers is None
        else fields_of(request_headers, "request_headers", reads_request_field)
    )
    method = method.upper()  # methods are case-sensitive (Section 9.1), but "head" means HEAD
    findings: list[Finding] = []
    row = _ROWS.get(code)
    if row is None:
        fallback = HTTPCode.resolve(code)
        findings.append(
            Finding(
                "SHOULD",
                f"{code} is not a registered status code: a client that does not know it treats "
                f"it as {int(fallback)} {fallback.phrase} ({_STATUS_CODES})",
                code,
                _STATUS_CODES,
            )
        )
    findings += _content_findings(code, row, fields, size, method)
    if row is not None:
        findings += _rule_findings(code, row, fields)
    kept = bytes(content) if content is not None and not isinstance(content, bytes) else content
    findings += field_findings(code, fields, size, kept, method)
    if request is not None:
        shown_request = request if code in _REQUEST_FIELDS_READ_FOR else {}
        findings += request_findings(code, fields, shown_request, method)
    if seen is not None:
        findings += repeat_findings(code, fields, seen)
    return findings, code, fields, method


def _content_findings(
    code: int,
    row: Row | None,
    fields: Fields,
    size: int | None,
    method: str,
) -> list[Finding]:
    findings = []
    tunnel = method == "CONNECT" and 200 <= code <= 299
    kind = f"{code} response to {method}" if method in ("HEAD", "CONNECT") else f"{code} response"
    if row is not None and row.no_content is not None:
        forbidden_by: Reference | None = row.no_content
    elif 100 <= code <= 199:
        forbidden_by = INFORMATIONAL_NO_CONTENT  # unregistered 1xx codes too
    elif method == "HEAD":
        forbidden_by = _HEAD
    elif tunnel:
        forbidden_by = _CONNECT
    else:
        forbidden_by = None
    if forbidden_by is not None and size:
        findings.append(
            Finding(
                "MUST",
                f"{kind} with {size} byte{'s' * (size != 1)} of content: "
                f"{forbidden_by} says such a response has no content",
                code,
                forbidden_by,
            )
        )
    if code <= 199 or code == 204 or tunnel:
        for field, reference in (
            ("Content-Length", _CONTENT_LENGTH),
            ("Transfer-Encoding", _TRANSFER_ENCODING),
        ):
            if field.lower() in fields:
                findings.append(
                    Finding(
                        "MUST",
                        f"{kind} with {field}: {reference} says a server MUST NOT send it",
                        code,
                        reference,
                    )
                )
    elif "content-length" in fields and "transfer-encoding" in fields:
        findings.append(
            Finding(
                "MUST",
                f"{code} response with both Content-Length and Transfer-Encoding: "
                f"{_BOTH_FRAMINGS} says a sender MUST NOT send Content-Length then",
                code,
                _BOTH_FRAMINGS,
            )
        )
    return findings


def _rule_findings(code: int, row: Row, fields: Fields) -> list[Finding]:
    findings = []
    for rule in row.header_rules:
        if rule.level == "MAY" or rule.when is not None:
            continue
        name = rule.field.lower()
        values = fields.get(name, ())
        if name == "content-range" and code == 206 and _is_multipart_byteranges(fields):
            continue  # several parts: the ranges are in the multipart body (Section 15.3.7.2)
        if values and (name in _EMPTY_IS_A_VALUE or any(values)):
            continue
        state = "with an empty" if values else "without"
        findings.append(
            Finding(
                rule.level,
                f"{code} response {state} {rule.field}: {rule.reference} says the server "
                f"{rule.level} send it",
                code,
                rule.reference,
            )
        )
    return findings


def _is_multipart_byteranges(fields: Fields) -> bool:
    return any(
        value.lower().startswith("multipart/byteranges") for value in fields.get("content-type", ())
    )


def assert_valid_response(
    status: int,
    headers: Mapping[object, object] | Iterable[object],
    *,
    content: bytes | bytearray | memoryview | None = None,
    method: str = "GET",
    request_headers: Mapping[object, object] | Iterable[object] | None = None,
) -> None:
    """`check_response` for tests: raises AssertionError listing the findings, if there are any.

    >>> assert_valid_response(405, {"Allow": "GET, HEAD"}, content=b"")
    """
    findings = check_response(
        status, headers, content=content, method=method, request_headers=request_headers
    )
    if findings:
        lines = "\n".join(f"  {finding.level}: {finding.message}" for finding in findings)
        raise AssertionError(f"{len(findings)} RFC rule(s) broken:\n{lines}")
