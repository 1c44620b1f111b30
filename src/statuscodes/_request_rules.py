"""The rules that need the request: what a status code says of the request it answers (a 206
answers a range request), and what a 304 or a 206 must repeat of the 200 to the same request,
which `ResponseChecker` remembers. Levels as in `_rules`: a code whose definition the request
contradicts is reported at SHOULD.
"""

from __future__ import annotations

from ._data import Finding, Reference
from ._headers import elements

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._headers import Fields

# Section 15.3.7: "The 206 (Partial Content) status code indicates that the server is
# successfully fulfilling a range request"; Section 15.5.17: a 416 "indicates that the set of
# ranges in the request's Range header field has been rejected".
_PARTIAL = Reference("RFC 9110", "15.3.7")
_NOT_SATISFIABLE = Reference("RFC 9110", "15.5.17")
# Section 14.2: "A server MUST ignore a Range header field received with a request method that
# is unrecognized or for which range handling is not defined. For this specification, GET is the
# only method for which range handling is defined."
_RANGE = Reference("RFC 9110", "14.2")
# HEAD is not among them: Section 9.3.2 asks of it the header fields a GET would get, and file
# servers answer a HEAD with Range as they would the GET. Extension methods may define ranges.
_NO_RANGE_HANDLING = frozenset({"POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"})
# Section 15.5.13: a 412 "indicates that one or more conditions given in the request header
# fields evaluated to false"; the conditions are the If-* fields (Section 13.1) and WebDAV's If
# (RFC 4918, Section 10.4).
_PRECONDITION_FAILED = Reference("RFC 9110", "15.5.13")
# Section 15.4.5: a 304 "indicates that a conditional GET or HEAD request has been received and
# would have resulted in a 200 (OK) response if it were not for the fact that the condition
# evaluated to false"; only If-None-Match and If-Modified-Since lead to it (Section 13.2.2).
_NOT_MODIFIED = Reference("RFC 9110", "15.4.5")
_REVALIDATING = ("if-none-match", "if-modified-since")
# Section 15.5.18: a 417 "indicates that the expectation given in the request's Expect header
# field (Section 10.1.1) could not be met".
_EXPECTATION_FAILED = Reference("RFC 9110", "15.5.18")
# Section 7.8: "A server MUST NOT switch to a protocol that was not indicated by the client in
# the corresponding request's Upgrade header field."
_UPGRADE = Reference("RFC 9110", "7.8")
# Section 15.3.2: a 201 "indicates that the request has been fulfilled and has resulted in one
# or more new resources being created"; Section 9.2.1: safe methods request no state change.
_CREATED = Reference("RFC 9110", "15.3.2")
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# Section 15.5.6: a 405 "indicates that the method received in the request-line is known by the
# origin server but not supported by the target resource", and its Allow lists the "currently
# supported methods". Section 9.1: "All general-purpose servers MUST support the methods GET and
# HEAD."
_METHOD_NOT_ALLOWED = Reference("RFC 9110", "15.5.6")
_GET_AND_HEAD = Reference("RFC 9110", "9.1")
# Section 15.4.5: the 304 "MUST generate any of the following header fields that would have been
# sent in a 200 (OK) response to the same request: Content-Location, Date, ETag, and Vary;
# Cache-Control and Expires"; Section 15.3.7 asks the same of a 206.
_REPEATED = ("content-location", "date", "etag", "vary", "cache-control", "expires")
_REPEATED_BY = {304: _NOT_MODIFIED, 206: _PARTIAL}
_SPELLED = {
    "etag": "ETag",
    "content-location": "Content-Location",
    "cache-control": "Cache-Control",
}
# Section 8.6: "a server MUST NOT send Content-Length in such a response [a 304] unless its field
# value equals the decimal number of octets that would have been sent in the content of a 200".
_CONTENT_LENGTH = Reference("RFC 9110", "8.6")


# All that request_findings reads of the request: whether these fields are there (any If-* too),
# and Upgrade's value. The engine keeps no other field of the request, nor the adapters' memo.
_PRESENCE_READ = frozenset({"range", "expect", "upgrade", *_REVALIDATING})
REQUEST_VALUES_READ = frozenset({"upgrade"})
# And of the response, beside what `_rules` reads.
RESPONSE_FIELDS_READ = frozenset({"upgrade", "allow", "content-length", *_REPEATED})


# The codes whose rules read the request's fields; the others read only its method. The engine
# shows the fields to these codes' rules alone, and the adapters' memo keys on them for these.
FIELDS_READ_FOR = frozenset({206, 416, 412, 304, 417, 101})


def reads_request_field(name: str) -> bool:
    """Whether the rules read the request's field `name` (stripped and lowercased)."""
    return name in _PRESENCE_READ or name.startswith("if")


def request_findings(code: int, fields: Fields, request: Fields, method: str) -> list[Finding]:
    """What the code says of the request that the request contradicts."""
    if code in (206, 416):
        return _range_findings(code, request, method)
    if code == 412 and not any(name.startswith("if") for name in request):
        return [_unasked(code, "a precondition (an If-* field)", _PRECONDITION_FAILED)]
    if code == 304 and not any(name in request for name in _REVALIDATING):
        return [_unasked(code, "If-None-Match or If-Modified-Since", _NOT_MODIFIED)]
    if code == 417 and "expect" not in request:
        return [_unasked(code, "Expect", _EXPECTATION_FAILED)]
    if code == 101:
        return _upgrade_findings(fields, request)
    if code == 201 and method in _SAFE_METHODS:
        return [
            Finding(
                "SHOULD",
                f"201 response to {method}: {_CREATED} means a resource was created, and "
                f"{method} is a safe method, which asks for no change (Section 9.2.1)",
                code,
                _CREATED,
            )
        ]
    if code == 405 and "allow" in fields:
        return _method_findings(fields, method)
    return []


def _unasked(code: int, what: str, reference: Reference) -> Finding:
    return Finding(
        "SHOULD",
        f"{code} response to a request without {what}: {reference} defines {code} as the "
        "answer to one",
        code,
        reference,
    )


def _range_findings(code: int, request: Fields, method: str) -> list[Finding]:
    if "range" not in request:
        reference = _PARTIAL if code == 206 else _NOT_SATISFIABLE
        return [_unasked(code, "Range", reference)]
    if code == 206 and method in _NO_RANGE_HANDLING:
        return [
            Finding(
                "MUST",
                f"206 response to {method}: {_RANGE} says a server MUST ignore Range on a "
                "method without range handling, which only GET has",
                code,
                _RANGE,
            )
        ]
    return []


def _upgrade_findings(fields: Fields, request: Fields) -> list[Finding]:
    asked = {protocol.lower() for protocol in elements(request.get("upgrade", ()))} - {""}
    if not asked:
        return [
            Finding(
                "MUST",
                f"101 response to a request without Upgrade: {_UPGRADE} says a server MUST NOT "
                "switch to a protocol the client did not name in Upgrade",
                101,
                _UPGRADE,
            )
        ]
    # A name without a version, asked or answered, matches any version of it (websocket,
    # websocket/13); HTTP itself is listed as the layer that goes on above a new one (TLS/1.0,
    # HTTP/1.1: RFC 2817, Section 3.3).
    unversioned = {protocol for protocol in asked if "/" not in protocol}
    names = {protocol.partition("/")[0] for protocol in asked}
    unasked = [
        protocol
        for protocol in elements(fields.get("upgrade", ()))
        if protocol
        and protocol.lower() not in asked
        and protocol.partition("/")[0].lower() not in unversioned
        and not ("/" not in protocol and protocol.lower() in names)
        and not protocol.lower().startswith("http/")
    ]
    return [
        Finding(
            "MUST",
            f"101 response switching to {protocol!r}, which the request's Upgrade does not "
            f"name: {_UPGRADE} says a server MUST NOT switch to it",
            101,
            _UPGRADE,
        )
        for protocol in unasked
    ]


def _method_findings(fields: Fields, method: str) -> list[Finding]:
    allowed = set(elements(fields["allow"]))
    if method in allowed:
        return [
            Finding(
                "SHOULD",
                f"405 response to {method} whose Allow lists {method}: {_METHOD_NOT_ALLOWED} "
                "says a 405 refuses a method the resource does not support",
                405,
                _METHOD_NOT_ALLOWED,
            )
        ]
    if method == "HEAD" and "GET" in allowed:
        # SHOULD: 9.1's MUST binds a general-purpose server; that this resource, which answers
        # GET, must answer HEAD too is an inference from it and from Section 9.3.2.
        return [
            Finding(
                "SHOULD",
                f"405 response to HEAD whose Allow lists GET: {_GET_AND_HEAD} says "
                "general-purpose servers MUST support GET and HEAD, and HEAD is GET without the "
                "content (Section 9.3.2)",
                405,
                _GET_AND_HEAD,
            )
        ]
    return []


class Seen200:
    """What a 304 or a 206 must repeat of a 200 to a GET of the same target."""

    __slots__ = ("content_length", "fields")

    def __init__(self, fields: Fields) -> None:
        self.fields = {name: fields[name] for name in _REPEATED if name in fields}
        lengths = fields.get("content-length", ())
        self.content_length = lengths[0] if len(lengths) == 1 else None


def repeat_findings(code: int, fields: Fields, seen: Seen200) -> list[Finding]:
    """A 304 or 206 against the 200 seen to the same target, when both describe the same
    representation (no ETag, or the same)."""
    reference = _REPEATED_BY.get(code)
    etags = seen.fields.get("etag"), fields.get("etag")
    if reference is None or (etags[0] and etags[1] and etags[0] != etags[1]):
        return []  # a new ETag: the 200 seen describes another representation
    if "vary" in seen.fields:
        # The 200 seen may have answered another client's request (a cookie, a language):
        # only a 200 "to the same request" (15.4.5) says what this one must repeat.
        return []
    findings = [
        Finding(
            "MUST",
            f"{code} response without {_SPELLED.get(name, name.title())}, which the 200 to the "
            f"same target had: {reference} says the server MUST send it then",
            code,
            reference,
        )
        for name in seen.fields
        if name not in fields
    ]
    lengths = fields.get("content-length", ())
    if (
        code == 304
        and seen.content_length is not None
        and lengths
        and lengths[0] != seen.content_length
    ):
        findings.append(
            Finding(
                "MUST",
                f"304 response with Content-Length: {lengths[0]} after a 200 with "
                f"{seen.content_length}: {_CONTENT_LENGTH} says a 304's Content-Length MUST be "
                "the 200's",
                code,
                _CONTENT_LENGTH,
            )
        )
    return findings
