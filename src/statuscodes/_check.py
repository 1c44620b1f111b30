"""The response check: what the RFCs require of a response with a given status code, checked.

The per-code rules come from the table (`_data.py`); the rules that depend on the request method or
hold for a whole class of codes are here, each next to the sentence it comes from. Imported with
the package, so it imports no `re` (a fifth of `import statuscodes` on 3.13): header values are
read with str methods.
"""

from __future__ import annotations

# The same classes as collections.abc, which would import collections (~7M instructions on 3.13).
from _collections_abc import Iterable, Mapping

from ._data import HTTP_ROWS, INFORMATIONAL_NO_CONTENT, Finding, Reference, Row
from ._errors import as_index, shown
from ._http import HTTPCode
from ._httpdate import is_imf_fixdate, is_obsolete_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: The media type of an RFC 9457 problem details object in JSON (`HTTPCode.problem`).
PROBLEM_JSON = "application/problem+json"

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
# Section 10.2.3: Retry-After = HTTP-date / delay-seconds; Section 5.6.7: a sender MUST generate
# an HTTP-date as an IMF-fixdate.
_RETRY_AFTER = Reference("RFC 9110", "10.2.3")
_HTTP_DATE = Reference("RFC 9110", "5.6.7")

# Where an empty value means something (an empty Allow: no method is allowed, Section 10.2.1).
_EMPTY_IS_A_VALUE = frozenset({"allow"})

_CONTENT_TYPES = (bytes, bytearray, memoryview)


def check_response(
    status: int,
    headers: Mapping[object, object] | Iterable[object],
    *,
    content: bytes | bytearray | memoryview | None = None,
    content_length: int | None = None,
    method: str = "GET",
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

    `status` is an int or an HTTPCode (anything else is a TypeError naming it). `headers` is a
    mapping or an iterable of (name, value) pairs: a dict, Starlette's `Headers`, httpx's
    `Headers` (its repeated fields are read one by one), requests' `CaseInsensitiveDict`,
    aiohttp's `CIMultiDict`, werkzeug's `Headers`, or a list of pairs. Names match in any case;
    names and values may be str or bytes (bytes are read as Latin-1, so any octet is accepted);
    a list of values counts as that field repeated; an item that is not a pair of str, bytes or
    int is skipped. A required field that is present with an empty value is reported as empty
    (except Allow, where empty means "no method"). `content` is the body as bytes, or None when
    unknown: then nothing is said about it; `content_length` is the number of bytes sent where
    the body itself was not kept (the middlewares count it), read when `content` is None.
    `method` is the request's method: a response to HEAD has no content, nor does a 2xx to
    CONNECT.

    It reports: content where none is allowed (1xx, 204, 205, 304, HEAD, 2xx to CONNECT);
    Content-Length or Transfer-Encoding on a 1xx, a 204 or a 2xx to CONNECT; both framings at
    once; the missing header fields that the code's `header_rules` say MUST or SHOULD be sent
    (the rules with a `when` condition it cannot see are skipped, and MAY is never reported); a
    Retry-After that is neither a delay in seconds nor an IMF-fixdate; an unregistered code
    (level SHOULD, with what `HTTPCode.resolve` makes of it) and a code outside 100-599 (MUST,
    and nothing else is checked). Location on a code that takes none is not an error.
    """
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
    size = len(content) if content is not None else _size(content_length)
    if not 100 <= code <= 599:
        return [
            Finding(
                "MUST",
                f"{shown(code)} is not an HTTP status code: {_STATUS_CODES} says codes outside "
                "100-599 are invalid, and a client treats them as 5xx",
                code,
                _STATUS_CODES,
            )
        ]
    fields = _fields(headers)
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
    findings += _retry_after_findings(code, fields.get("retry-after", ()))
    return findings


def _content_findings(
    code: int,
    row: Row | None,
    fields: dict[str, list[str]],
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


def _rule_findings(code: int, row: Row, fields: dict[str, list[str]]) -> list[Finding]:
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


def _is_multipart_byteranges(fields: dict[str, list[str]]) -> bool:
    return any(
        value.lower().startswith("multipart/byteranges") for value in fields.get("content-type", ())
    )


def _retry_after_findings(code: int, values: Iterable[str]) -> list[Finding]:
    findings = []
    for value in values:
        if (value.isascii() and value.isdigit()) or is_imf_fixdate(value):
            continue
        if is_obsolete_date(value):
            message = (
                f"{code} response with Retry-After {shown(value)} in an obsolete date format: "
                f"{_HTTP_DATE} says a sender MUST generate IMF-fixdate, such as "
                "'Sun, 06 Nov 1994 08:49:37 GMT'"
            )
            reference = _HTTP_DATE
        else:
            message = (
                f"{code} response with Retry-After {shown(value)}: {_RETRY_AFTER} allows only "
                "a delay in seconds or an HTTP-date"
            )
            reference = _RETRY_AFTER
        findings.append(Finding("MUST", message, code, reference))
    return findings


def _fields(headers: Any) -> dict[str, list[str]]:
    """Each field name, lowercased, with its values in order; what cannot be a field is skipped.

    Prefers `multi_items()` (httpx, whose `items()` joins repeated fields) over `items()`
    (Starlette, werkzeug, aiohttp, requests and dicts) over iterating the object as pairs.
    """
    if isinstance(headers, (str, bytes, bytearray)) or not isinstance(headers, (Iterable, Mapping)):
        raise TypeError(
            "headers must be a mapping or an iterable of (name, value) pairs, not "
            f"{headers.__class__.__name__}"
        )
    for method in ("multi_items", "items"):
        items = getattr(headers, method, None)
        if callable(items):
            pairs: Iterable[Any] = items()
            break
    else:
        pairs = headers
    fields: dict[str, list[str]] = {}
    for pair in pairs:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            continue
        name = _text(pair[0])
        if not name or not name.strip():
            continue
        values = pair[1] if isinstance(pair[1], (list, tuple)) else (pair[1],)  # {name: [values]}
        for value in map(_text, values):
            if value is not None:
                # Whitespace around a value is not part of it (RFC 9110, Section 5.5).
                fields.setdefault(name.strip().lower(), []).append(value.strip(" \t"))
    return fields


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")  # any octet decodes: fields are octets on the wire
    if isinstance(value, int) and not isinstance(value, bool):
        return str(int(value))
    return None


def _size(content_length: object) -> int | None:
    if content_length is None:
        return None
    size = as_index(content_length)
    if size is None or size < 0:
        raise TypeError(
            f"content_length must be a number of bytes or None, not {shown(content_length)}"
        )
    return size


def assert_valid_response(
    status: int,
    headers: Mapping[object, object] | Iterable[object],
    *,
    content: bytes | bytearray | memoryview | None = None,
    method: str = "GET",
) -> None:
    """`check_response` for tests: raises AssertionError listing the findings, if there are any.

    >>> assert_valid_response(405, {"Allow": "GET, HEAD"}, content=b"")
    """
    findings = check_response(status, headers, content=content, method=method)
    if findings:
        lines = "\n".join(f"  {finding.level}: {finding.message}" for finding in findings)
        raise AssertionError(f"{len(findings)} RFC rule(s) broken:\n{lines}")
