"""`check_response`: what the RFCs require of a response with a given status code, checked.

Loaded by `statuscodes.check_response` on first call, not by `import statuscodes`. The per-code
rules come from the table (`_data.py`); the rules that depend on the request method or hold for
a whole class of codes are here, each next to the sentence it comes from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from . import HTTPCode
from ._data import HTTP_ROWS, INFORMATIONAL_NO_CONTENT, Finding, Reference

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Union

    from ._data import Row

    Content = Union[bytes, bytearray, memoryview, str, None]

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

_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_TIME = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)"
_DATE_DAY = r"(?:0[1-9]|[12][0-9]|3[01])"
_IMF_FIXDATE = re.compile(rf"{_DAY}, {_DATE_DAY} {_MONTH} [0-9]{{4}} {_TIME} GMT")
_OBSOLETE_DATES = (
    re.compile(  # rfc850-date: Sunday, 06-Nov-94 08:49:37 GMT
        rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
        rf"{_DATE_DAY}-{_MONTH}-[0-9]{{2}} {_TIME} GMT"
    ),
    re.compile(  # asctime-date: Sun Nov  6 08:49:37 1994
        rf"{_DAY} {_MONTH} (?:{_DATE_DAY}| [1-9]) {_TIME} [0-9]{{4}}"
    ),
)


def check_response(
    status: int,
    headers: Any,
    *,
    content: Content = None,
    method: str = "GET",
) -> list[Finding]:
    """See `statuscodes.check_response`."""
    if isinstance(status, bool) or not isinstance(status, int):
        raise TypeError(
            f"check_response() needs the status code as an int or HTTPCode, not "
            f"{_shown(status)} ({status.__class__.__name__})"
        )
    if content is not None and not isinstance(content, (bytes, bytearray, memoryview, str)):
        raise TypeError(
            f"content must be bytes or None (unknown), not {content.__class__.__name__}"
        )
    if not isinstance(method, str):
        raise TypeError(f"method must be a str such as 'GET', not {method.__class__.__name__}")
    code = int(status)
    if not 100 <= code <= 599:
        return [
            Finding(
                "MUST",
                f"{code} is not an HTTP status code: {_STATUS_CODES} says codes outside "
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
    findings += _content_findings(code, row, fields, content, method)
    if row is not None:
        findings += _rule_findings(code, row, fields)
    findings += _retry_after_findings(code, fields.get("retry-after", ()))
    return findings


def _content_findings(
    code: int, row: Row | None, fields: dict[str, list[str]], content: Content, method: str
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
    if forbidden_by is not None and content:
        findings.append(
            Finding(
                "MUST",
                f"{kind} with {len(content)} byte{'s' * (len(content) != 1)} of content: "
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
        if (value.isascii() and value.isdigit()) or _IMF_FIXDATE.fullmatch(value):
            continue
        if any(pattern.fullmatch(value) for pattern in _OBSOLETE_DATES):
            message = (
                f"{code} response with Retry-After {_shown(value)} in an obsolete date format: "
                f"{_HTTP_DATE} says a sender MUST generate IMF-fixdate, such as "
                "'Sun, 06 Nov 1994 08:49:37 GMT'"
            )
            reference = _HTTP_DATE
        else:
            message = (
                f"{code} response with Retry-After {_shown(value)}: {_RETRY_AFTER} allows only "
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


def _shown(value: object) -> str:
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001  # a hostile __repr__ must not hide the real error
        text = f"<{value.__class__.__name__} object>"
    return text if len(text) <= 40 else text[:37] + "..."
