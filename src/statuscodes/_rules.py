"""The rules on header field values and on the request: what a status code's response must say
in its fields, and what a code means about the request it answers. Each rule sits under the
sentence it comes from.

Levels: MUST and SHOULD where the RFC words the rule so (MUST NOT, SHOULD NOT alike); a sender
"MUST NOT generate protocol elements that do not match the grammar" (RFC 9110, Section 2.2), so
a malformed field is a MUST. Where the RFC only defines what a code indicates, with no keyword
(a 206 "is successfully fulfilling a range request"), a response that contradicts the definition
is reported at SHOULD: no sentence forbids it, but a client that reads the code misreads it.
"""

from __future__ import annotations

from _collections_abc import Iterable

from ._data import Finding, Reference
from ._errors import shown
from ._headers import (
    challenges,
    content_range,
    elements,
    is_digits,
    is_token,
    is_uri_reference,
    media_type,
    number,
)
from ._httpdate import is_imf_fixdate, is_obsolete_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._headers import Fields

# Section 15.4.5: "a sender SHOULD NOT generate representation metadata other than the above
# listed fields unless said metadata exists for the purpose of guiding cache updates"; the
# metadata of Sections 8.3-8.5.
_NOT_MODIFIED = Reference("RFC 9110", "15.4.5")
_METADATA_IN_304 = ("Content-Type", "Content-Encoding", "Content-Language")
# Section 14.4: "only the 206 (Partial Content) and 416 (Range Not Satisfiable) status codes
# describe a meaning for Content-Range"; its grammar and its validity rule are there too.
_CONTENT_RANGE = Reference("RFC 9110", "14.4")
# Section 15.3.7.1: the 206 "MUST generate a Content-Range header field, describing what range
# of the selected representation is enclosed".
_SINGLE_PART = Reference("RFC 9110", "15.3.7.1")
# Section 14.4: "A server generating a 416 (Range Not Satisfiable) response to a byte-range
# request SHOULD send a Content-Range header field with an unsatisfied-range value".
# Section 10.2.2: Location = URI-reference; "The type of relationship is defined by the
# combination of request method and status code semantics": 201 and 3xx define it, a 2xx may
# (a 202's status monitor, Section 15.3.3), and no 1xx, 4xx or 5xx code does.
_LOCATION = Reference("RFC 9110", "10.2.2")
# Section 8.6: Content-Length = 1*DIGIT, "the number of octets" of the content.
_CONTENT_LENGTH = Reference("RFC 9110", "8.6")
# Section 10.2.1: Allow = #method; method = token (Section 9.1).
_ALLOW = Reference("RFC 9110", "10.2.1")
# Section 5.6.1.1: "a sender MUST NOT generate empty list elements".
_EMPTY_ELEMENT = Reference("RFC 9110", "5.6.1.1")
# Section 11.6.1: WWW-Authenticate = #challenge (Section 11.3); 11.7.1 for Proxy-Authenticate.
_CHALLENGE_FIELDS = {
    "www-authenticate": ("WWW-Authenticate", Reference("RFC 9110", "11.6.1")),
    "proxy-authenticate": ("Proxy-Authenticate", Reference("RFC 9110", "11.7.1")),
}
# RFC 7617, Section 2: "The authentication parameter 'realm' is REQUIRED".
_BASIC = Reference("RFC 7617", "2")
# RFC 6750, Section 3: "This scheme MUST be followed by one or more auth-param values."
_BEARER = Reference("RFC 6750", "3")
# RFC 9457, Section 3.1.2: "Generators MUST use the same status code in the actual HTTP response".
_PROBLEM_STATUS = Reference("RFC 9457", "3.1.2")
# Section 10.2.3: Retry-After = HTTP-date / delay-seconds; Section 5.6.7: a sender MUST generate
# an HTTP-date as an IMF-fixdate.
_RETRY_AFTER = Reference("RFC 9110", "10.2.3")
_HTTP_DATE = Reference("RFC 9110", "5.6.7")
# RFC 9110, Section 8.3: "A sender that generates a message containing content SHOULD generate a
# Content-Type header field in that message unless the intended media type of the enclosed
# representation is unknown to the sender."
_CONTENT_TYPE = Reference("RFC 9110", "8.3")

#: The media type of an RFC 9457 problem details object in JSON (`HTTPCode.problem`).
PROBLEM_JSON = "application/problem+json"

# Every response field that field_findings reads (the engine keeps no other: `_check`).
FIELDS_READ = frozenset(
    {
        *(field.lower() for field in _METADATA_IN_304),
        "content-range",
        "location",
        "content-length",
        "transfer-encoding",
        "retry-after",
        "allow",
        *_CHALLENGE_FIELDS,
    }
)


def reads_content(content_type: str | bytes | None) -> bool:
    """Whether a rule reads a body of this Content-Type: a JSON problem object, the only body the
    rules read (the adapters keep no other)."""
    if content_type is None:
        return False
    if isinstance(content_type, bytes):
        # Most bodies are not JSON: no Latin-1 octet but J, S, O, N lowercases to j, s, o, n.
        if content_type.lower().find(b"json") < 0:  # not `in`, which tries the int path first
            return False
        content_type = content_type.decode("latin-1")
    elif "json" not in content_type.lower():  # what media_type() lowercases has none either
        return False
    return media_type(content_type) == PROBLEM_JSON


_GIVES_LOCATION_MEANING = range(200, 400)


def field_findings(
    code: int, fields: Fields, size: int | None, content: bytes | None, method: str
) -> list[Finding]:
    """The rules on the response's own fields: their syntax and whether this code gives them a
    meaning. `size` is the content's length where known, `content` the body where kept."""
    findings: list[Finding] = []
    if code == 304:
        findings += _not_modified_findings(fields)
    if "content-range" in fields:
        findings += _content_range_findings(code, fields)
    if "location" in fields:
        findings += _location_findings(code, fields["location"])
    if "content-length" in fields:
        findings += _content_length_findings(code, fields, size, method)
    if "retry-after" in fields:
        findings += _retry_after_findings(code, fields["retry-after"])
    if "allow" in fields:
        findings += _allow_findings(code, fields["allow"])
    for name, (field, reference) in _CHALLENGE_FIELDS.items():
        if name in fields:
            findings += _challenge_findings(code, field, reference, fields[name])
    content_types = fields.get("content-type", ())
    if content and any(media_type(value) == PROBLEM_JSON for value in content_types):
        findings += _problem_findings(code, content)
    if size and not content_types and code not in (204, 205, 304) and code >= 200:
        if method not in ("HEAD", "CONNECT"):
            findings.append(
                Finding(
                    "SHOULD",
                    f"{code} response with {size} byte{'s' * (size != 1)} of content and no "
                    f"Content-Type: {_CONTENT_TYPE} says a sender SHOULD generate one unless "
                    "it does not know the media type",
                    code,
                    _CONTENT_TYPE,
                )
            )
    return findings


def _not_modified_findings(fields: Fields) -> list[Finding]:
    return [
        Finding(
            "SHOULD",
            f"304 response with {field}: {_NOT_MODIFIED} says a sender SHOULD NOT send "
            "representation metadata in a 304 except to guide cache updates",
            304,
            _NOT_MODIFIED,
        )
        for field in _METADATA_IN_304
        if field.lower() in fields
    ]


def _content_range_findings(code: int, fields: Fields) -> list[Finding]:
    values = fields["content-range"]
    if code not in (206, 416):
        return [
            Finding(
                "SHOULD",
                f"{code} response with Content-Range: {_CONTENT_RANGE} gives it a meaning only "
                "in a 206 or a 416",
                code,
                _CONTENT_RANGE,
            )
        ]
    findings = []
    for value in values:
        span = content_range(value)
        if span is None:
            findings.append(
                Finding(
                    "MUST",
                    f"{code} response with Content-Range {shown(value)}: {_CONTENT_RANGE} "
                    "allows 'bytes first-last/length' (last < length) or 'bytes */length'",
                    code,
                    _CONTENT_RANGE,
                )
            )
        elif code == 206 and span.first is None:
            findings.append(
                Finding(
                    "MUST",
                    f"206 response with Content-Range {shown(value)}: {_SINGLE_PART} says it "
                    "MUST describe the range enclosed, and '*' is the form for a 416",
                    code,
                    _SINGLE_PART,
                )
            )
        elif code == 416 and span.first is not None:
            findings.append(
                Finding(
                    "SHOULD",
                    f"416 response with Content-Range {shown(value)}: {_CONTENT_RANGE} says "
                    f"it SHOULD be the unsatisfied form, 'bytes */length'",
                    code,
                    _CONTENT_RANGE,
                )
            )
    return findings


def _location_findings(code: int, values: list[str]) -> list[Finding]:
    findings = []
    if code not in _GIVES_LOCATION_MEANING:
        findings.append(
            Finding(
                "SHOULD",
                f"{code} response with Location: {_LOCATION} leaves its meaning to the status "
                f"code, and no {code // 100}xx code gives it one (a redirect is a 3xx)",
                code,
                _LOCATION,
            )
        )
    for value in values:
        if not is_uri_reference(value):
            findings.append(
                Finding(
                    "MUST",
                    f"{code} response with Location {shown(value)}: {_LOCATION} says it is a "
                    "URI reference (RFC 3986): percent-encode spaces, non-ASCII and other "
                    "characters outside it",
                    code,
                    _LOCATION,
                )
            )
    return findings


def _content_length_findings(
    code: int, fields: Fields, size: int | None, method: str
) -> list[Finding]:
    values = set(fields["content-length"])
    if not all(map(is_digits, values)) or len(values) > 1:
        shown_values = ", ".join(map(shown, fields["content-length"]))
        return [
            Finding(
                "MUST",
                f"{code} response with Content-Length {shown_values}: {_CONTENT_LENGTH} "
                "allows one decimal number of octets",
                code,
                _CONTENT_LENGTH,
            )
        ]
    # HEAD and 304 give the length of the 200's content; a 1xx or 204 is reported elsewhere; a
    # coded body may have been given decoded (an HTTP client decodes it).
    if (
        size is None
        or method == "HEAD"
        or code == 304
        or code <= 199
        or code == 204
        or "transfer-encoding" in fields
        or "content-encoding" in fields
    ):
        return []
    (value,) = values
    if number(value) == number(str(size)):
        return []
    return [
        Finding(
            "MUST",
            f"{code} response with Content-Length: {value} and {size} byte"
            f"{'s' * (size != 1)} of content: {_CONTENT_LENGTH} says the field gives the "
            "number of octets of the content",
            code,
            _CONTENT_LENGTH,
        )
    ]


def _allow_findings(code: int, values: list[str]) -> list[Finding]:
    methods = elements(values)
    if methods == [""]:
        return []  # an empty Allow: no method is allowed
    wrong = [method for method in methods if not is_token(method)]
    if not wrong:
        return []
    if not wrong[0]:
        message = f"{_EMPTY_ELEMENT} says a sender MUST NOT generate empty list elements"
        reference = _EMPTY_ELEMENT
    else:
        message = f"{_ALLOW} makes it a list of method names, and {shown(wrong[0])} is none"
        reference = _ALLOW
    return [
        Finding(
            "MUST",
            f"{code} response with Allow {shown(', '.join(values))}: {message}",
            code,
            reference,
        )
    ]


def _challenge_findings(
    code: int, field: str, reference: Reference, values: list[str]
) -> list[Finding]:
    found, broken = challenges(values)
    findings = []
    if broken is not None:
        findings.append(
            Finding(
                "MUST",
                f"{code} response with {field} {shown(', '.join(values))}: {reference} allows "
                f"challenges 'scheme param=value, ...' or 'scheme token68', and {shown(broken)} "
                "is neither",
                code,
                reference,
            )
        )
    for challenge in found:
        scheme = challenge.scheme.lower()
        if scheme == "basic" and "realm" not in challenge.params:
            findings.append(
                Finding(
                    "MUST",
                    f"{code} response with a Basic challenge without realm: {_BASIC} says the "
                    'realm parameter is REQUIRED, as in Basic realm="api"',
                    code,
                    _BASIC,
                )
            )
        elif scheme == "bearer" and not challenge.params:
            findings.append(
                Finding(
                    "MUST",
                    f"{code} response with a Bearer challenge without parameters: {_BEARER} "
                    'says the scheme MUST be followed by auth-params, as in Bearer realm="api"',
                    code,
                    _BEARER,
                )
            )
    return findings


def _problem_findings(code: int, content: bytes) -> list[Finding]:
    import json  # only a problem+json body needs it: the package is imported without it

    try:
        problem = json.loads(content)
    except (ValueError, RecursionError):
        return []  # not JSON: not the problem rules' business
    status = problem.get("status") if isinstance(problem, dict) else None
    if not isinstance(status, int) or isinstance(status, bool) or status == code:
        return []
    return [
        Finding(
            "MUST",
            f"{code} response with a problem+json body whose status is {status}: "
            f"{_PROBLEM_STATUS} says generators MUST use the same status code in the response",
            code,
            _PROBLEM_STATUS,
        )
    ]


def _retry_after_findings(code: int, values: Iterable[str]) -> list[Finding]:
    findings = []
    for value in values:
        if is_digits(value) or is_imf_fixdate(value):
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
