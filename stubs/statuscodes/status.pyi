# GENERATED blocks are written by tools/generate.py from src/statuscodes/_data.py; edit the rest.

# The runtime module answers the deprecated names and HTTP_509_BANDWIDTH_LIMIT_EXCEEDED through
# __getattr__; this stub declares them instead, so that a misspelt name is an error for type
# checkers.
from typing import Final, Literal

from statuscodes import HTTPCode, WSCloseCode
from statuscodes.unofficial import Common

__all__ = [
    # BEGIN GENERATED: __all__
    "HTTP_100_CONTINUE",
    "HTTP_101_SWITCHING_PROTOCOLS",
    "HTTP_102_PROCESSING",
    "HTTP_103_EARLY_HINTS",
    "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED",
    "HTTP_200_OK",
    "HTTP_201_CREATED",
    "HTTP_202_ACCEPTED",
    "HTTP_203_NON_AUTHORITATIVE_INFORMATION",
    "HTTP_204_NO_CONTENT",
    "HTTP_205_RESET_CONTENT",
    "HTTP_206_PARTIAL_CONTENT",
    "HTTP_207_MULTI_STATUS",
    "HTTP_208_ALREADY_REPORTED",
    "HTTP_226_IM_USED",
    "HTTP_300_MULTIPLE_CHOICES",
    "HTTP_301_MOVED_PERMANENTLY",
    "HTTP_302_FOUND",
    "HTTP_303_SEE_OTHER",
    "HTTP_304_NOT_MODIFIED",
    "HTTP_305_USE_PROXY",
    "HTTP_306_RESERVED",
    "HTTP_307_TEMPORARY_REDIRECT",
    "HTTP_308_PERMANENT_REDIRECT",
    "HTTP_400_BAD_REQUEST",
    "HTTP_401_UNAUTHORIZED",
    "HTTP_402_PAYMENT_REQUIRED",
    "HTTP_403_FORBIDDEN",
    "HTTP_404_NOT_FOUND",
    "HTTP_405_METHOD_NOT_ALLOWED",
    "HTTP_406_NOT_ACCEPTABLE",
    "HTTP_407_PROXY_AUTHENTICATION_REQUIRED",
    "HTTP_408_REQUEST_TIMEOUT",
    "HTTP_409_CONFLICT",
    "HTTP_410_GONE",
    "HTTP_411_LENGTH_REQUIRED",
    "HTTP_412_PRECONDITION_FAILED",
    "HTTP_413_CONTENT_TOO_LARGE",
    "HTTP_414_URI_TOO_LONG",
    "HTTP_415_UNSUPPORTED_MEDIA_TYPE",
    "HTTP_416_RANGE_NOT_SATISFIABLE",
    "HTTP_417_EXPECTATION_FAILED",
    "HTTP_418_IM_A_TEAPOT",
    "HTTP_421_MISDIRECTED_REQUEST",
    "HTTP_422_UNPROCESSABLE_CONTENT",
    "HTTP_423_LOCKED",
    "HTTP_424_FAILED_DEPENDENCY",
    "HTTP_425_TOO_EARLY",
    "HTTP_426_UPGRADE_REQUIRED",
    "HTTP_428_PRECONDITION_REQUIRED",
    "HTTP_429_TOO_MANY_REQUESTS",
    "HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE",
    "HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS",
    "HTTP_500_INTERNAL_SERVER_ERROR",
    "HTTP_501_NOT_IMPLEMENTED",
    "HTTP_502_BAD_GATEWAY",
    "HTTP_503_SERVICE_UNAVAILABLE",
    "HTTP_504_GATEWAY_TIMEOUT",
    "HTTP_505_HTTP_VERSION_NOT_SUPPORTED",
    "HTTP_506_VARIANT_ALSO_NEGOTIATES",
    "HTTP_507_INSUFFICIENT_STORAGE",
    "HTTP_508_LOOP_DETECTED",
    "HTTP_510_NOT_EXTENDED",
    "HTTP_511_NETWORK_AUTHENTICATION_REQUIRED",
    "WS_1000_NORMAL_CLOSURE",
    "WS_1000_OK",
    "WS_1001_GOING_AWAY",
    "WS_1002_PROTOCOL_ERROR",
    "WS_1003_UNSUPPORTED_DATA",
    "WS_1004_RESERVED",
    "WS_1005_NO_STATUS_RCVD",
    "WS_1005_NO_STATUS_RECEIVED",
    "WS_1006_ABNORMAL_CLOSURE",
    "WS_1007_INVALID_FRAME_PAYLOAD_DATA",
    "WS_1007_INVALID_TEXT",
    "WS_1007_INVALID_DATA",
    "WS_1008_POLICY_VIOLATION",
    "WS_1009_MESSAGE_TOO_BIG",
    "WS_1010_MANDATORY_EXT",
    "WS_1010_MANDATORY_EXTENSION",
    "WS_1011_INTERNAL_ERROR",
    "WS_1012_SERVICE_RESTART",
    "WS_1013_TRY_AGAIN_LATER",
    "WS_1014_BAD_GATEWAY",
    "WS_1015_TLS_HANDSHAKE",
    "WS_1015_TLS_HANDSHAKE_FAILED",
    "WS_3000_UNAUTHORIZED",
    "WS_3003_FORBIDDEN",
    "WS_3008_TIMEOUT",
    # END GENERATED: __all__
    "is_informational",
    "is_success",
    "is_redirect",
    "is_client_error",
    "is_server_error",
]

# Django REST Framework's predicates: the package's functions (is_redirect is is_redirection).
def is_informational(code: int) -> bool:
    """True for 100-199. Any int is accepted; anything else raises CodeTypeError."""

def is_success(code: int) -> bool:
    """True for 200-299. Any int is accepted; anything else raises CodeTypeError."""

def is_redirect(code: int) -> bool:
    """True for 300-399. Any int is accepted; anything else raises CodeTypeError."""

def is_client_error(code: int) -> bool:
    """True for 400-499. Any int is accepted; anything else raises CodeTypeError.

    >>> is_client_error(404), is_client_error(499), is_client_error(500)
    (True, True, False)
    """

def is_server_error(code: int) -> bool:
    """True for 500-599. Any int is accepted; anything else raises CodeTypeError."""

# BEGIN GENERATED: http constants
HTTP_100_CONTINUE: Final[Literal[HTTPCode.CONTINUE]]
"""100 Continue

The server has received the request header and has not rejected it: the client may go on sending
the content, which it may have held back after asking with `Expect: 100-continue`.

RFC 9110, Section 15.2.1: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1
"""
HTTP_101_SWITCHING_PROTOCOLS: Final[Literal[HTTPCode.SWITCHING_PROTOCOLS]]
"""101 Switching Protocols

The server agrees to the client's `Upgrade` request and will speak the protocol named in its own
`Upgrade` header once this response ends, as when a WebSocket handshake succeeds.

RFC 9110, Section 15.2.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.2
"""
HTTP_102_PROCESSING: Final[Literal[HTTPCode.PROCESSING]]
"""102 Processing

An interim WebDAV response: the server has accepted a request that takes a long time and is still
working on it, so the client should not time out. RFC 4918 dropped it from WebDAV, but the
registration stands.

RFC 2518, Section 10.1: https://www.rfc-editor.org/rfc/rfc2518.html#section-10.1
"""
HTTP_103_EARLY_HINTS: Final[Literal[HTTPCode.EARLY_HINTS]]
"""103 Early Hints

An interim response that carries header fields, typically `Link` with preload hints, which the
client may act on while the server prepares the final response.

RFC 8297, Section 2: https://www.rfc-editor.org/rfc/rfc8297.html#section-2
"""
HTTP_104_UPLOAD_RESUMPTION_SUPPORTED: Final[Literal[HTTPCode.UPLOAD_RESUMPTION_SUPPORTED]]
"""104 Upload Resumption Supported

Temporary, registered until 2026-11-13.

An interim response telling the client that the server supports resumable uploads and where the
upload resource is, so that an interrupted upload can resume rather than start again.

draft-ietf-httpbis-resumable-upload-05:
https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05
"""
HTTP_200_OK: Final[Literal[HTTPCode.OK]]
"""200 OK

The request succeeded; what the content means depends on the method (the resource for GET, the
outcome of the action for POST).

RFC 9110, Section 15.3.1: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1
"""
HTTP_201_CREATED: Final[Literal[HTTPCode.CREATED]]
"""201 Created

The request succeeded and created one or more resources; the `Location` header, when present,
identifies the primary one.

RFC 9110, Section 15.3.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.2
"""
HTTP_202_ACCEPTED: Final[Literal[HTTPCode.ACCEPTED]]
"""202 Accepted

The request was accepted for processing that has not finished and may still fail; HTTP has no way
to report the final outcome later.

RFC 9110, Section 15.3.3: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.3
"""
HTTP_203_NON_AUTHORITATIVE_INFORMATION: Final[Literal[HTTPCode.NON_AUTHORITATIVE_INFORMATION]]
"""203 Non-Authoritative Information

The request succeeded, but a transforming proxy changed the content that the origin server sent
in its 200 response.

RFC 9110, Section 15.3.4: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.4
"""
HTTP_204_NO_CONTENT: Final[Literal[HTTPCode.NO_CONTENT]]
"""204 No Content

The request succeeded and there is no content to send back; a user agent should stay on the
current document view.

RFC 9110, Section 15.3.5: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.5
"""
HTTP_205_RESET_CONTENT: Final[Literal[HTTPCode.RESET_CONTENT]]
"""205 Reset Content

The request succeeded and the user agent should reset the document that sent it to its original
state, such as clearing a submitted form. It carries no content.

RFC 9110, Section 15.3.6: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.6
"""
HTTP_206_PARTIAL_CONTENT: Final[Literal[HTTPCode.PARTIAL_CONTENT]]
"""206 Partial Content

The server is sending only the part of the representation that a `Range` request asked for,
described by `Content-Range` or a multipart body.

RFC 9110, Section 15.3.7: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.7
"""
HTTP_207_MULTI_STATUS: Final[Literal[HTTPCode.MULTI_STATUS]]
"""207 Multi-Status

A WebDAV response whose XML body reports a separate status for each of several resources or
operations.

RFC 4918, Section 11.1: https://www.rfc-editor.org/rfc/rfc4918.html#section-11.1
"""
HTTP_208_ALREADY_REPORTED: Final[Literal[HTTPCode.ALREADY_REPORTED]]
"""208 Already Reported

Used inside a WebDAV 207 body: the members of this collection binding were already listed earlier
in the response and are not repeated.

RFC 5842, Section 7.1: https://www.rfc-editor.org/rfc/rfc5842.html#section-7.1
"""
HTTP_226_IM_USED: Final[Literal[HTTPCode.IM_USED]]
"""226 IM Used

The server fulfilled a GET with one or more instance manipulations (such as a delta encoding)
applied to the current instance, named in the `IM` header.

RFC 3229, Section 10.4.1: https://www.rfc-editor.org/rfc/rfc3229.html#section-10.4.1
"""
HTTP_300_MULTIPLE_CHOICES: Final[Literal[HTTPCode.MULTIPLE_CHOICES]]
"""300 Multiple Choices

The resource has several representations, each with its own identifier, and the client or user
may pick one; the server may name a preferred one in `Location`.

RFC 9110, Section 15.4.1: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.1
"""
HTTP_301_MOVED_PERMANENTLY: Final[Literal[HTTPCode.MOVED_PERMANENTLY]]
"""301 Moved Permanently

The resource has a new permanent URI, given in `Location`; links should be updated. Clients may
change a POST into a GET when they follow it: use 308 to forbid that.

RFC 9110, Section 15.4.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.2
"""
HTTP_302_FOUND: Final[Literal[HTTPCode.FOUND]]
"""302 Found

The resource is temporarily at the URI in `Location`; keep using the original URI. Clients may
change a POST into a GET when they follow it: use 307 to forbid that.

RFC 9110, Section 15.4.3: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.3
"""
HTTP_303_SEE_OTHER: Final[Literal[HTTPCode.SEE_OTHER]]
"""303 See Other

The response to the request is found at the URI in `Location`, to be fetched with GET, as after a
form POST that should not be resubmitted on reload.

RFC 9110, Section 15.4.4: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.4
"""
HTTP_304_NOT_MODIFIED: Final[Literal[HTTPCode.NOT_MODIFIED]]
"""304 Not Modified

A conditional GET or HEAD found that the client's cached copy is still current, so no content is
sent and the cache should use what it has.

RFC 9110, Section 15.4.5: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.5
"""
HTTP_305_USE_PROXY: Final[Literal[HTTPCode.USE_PROXY]]
"""305 Use Proxy

Once told the client to repeat the request through the proxy named in `Location`; deprecated,
because letting a server pick the client's proxy is a security risk.

RFC 9110, Section 15.4.6: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.6
"""
HTTP_306_RESERVED: Final[Literal[HTTPCode.RESERVED]]
"""306 Switch Proxy

Defined in an early draft of HTTP/1.1 to make later requests use another proxy, and no longer
used; the code is reserved.

RFC 9110, Section 15.4.7: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.7
"""
HTTP_307_TEMPORARY_REDIRECT: Final[Literal[HTTPCode.TEMPORARY_REDIRECT]]
"""307 Temporary Redirect

The resource is temporarily at the URI in `Location`, and the client must repeat the request
there with the same method and content.

RFC 9110, Section 15.4.8: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.8
"""
HTTP_308_PERMANENT_REDIRECT: Final[Literal[HTTPCode.PERMANENT_REDIRECT]]
"""308 Permanent Redirect

The resource has a new permanent URI, given in `Location`, and the client must repeat the request
there with the same method and content.

RFC 9110, Section 15.4.9: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.9
"""
HTTP_400_BAD_REQUEST: Final[Literal[HTTPCode.BAD_REQUEST]]
"""400 Bad Request

The server will not process the request because of what it takes to be a client error, such as
malformed syntax or invalid framing. It is also the fallback for any unrecognised 4xx code.

RFC 9110, Section 15.5.1: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1
"""
HTTP_401_UNAUTHORIZED: Final[Literal[HTTPCode.UNAUTHORIZED]]
"""401 Unauthorized

The request lacks valid credentials for the target resource; the response's `WWW-Authenticate`
header says how to authenticate.

RFC 9110, Section 15.5.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2
"""
HTTP_402_PAYMENT_REQUIRED: Final[Literal[HTTPCode.PAYMENT_REQUIRED]]
"""402 Payment Required

Reserved for future use; no standard defines its semantics.

RFC 9110, Section 15.5.3: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.3
"""
HTTP_403_FORBIDDEN: Final[Literal[HTTPCode.FORBIDDEN]]
"""403 Forbidden

The server understood the request and refuses to fulfil it; sending credentials, or other ones,
will not change that.

RFC 9110, Section 15.5.4: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4
"""
HTTP_404_NOT_FOUND: Final[Literal[HTTPCode.NOT_FOUND]]
"""404 Not Found

The server has no current representation for the target resource, or will not reveal that one
exists.

RFC 9110, Section 15.5.5: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5
"""
HTTP_405_METHOD_NOT_ALLOWED: Final[Literal[HTTPCode.METHOD_NOT_ALLOWED]]
"""405 Method Not Allowed

The target resource does not support the request's method; the response's `Allow` header lists
the methods it does support.

RFC 9110, Section 15.5.6: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6
"""
HTTP_406_NOT_ACCEPTABLE: Final[Literal[HTTPCode.NOT_ACCEPTABLE]]
"""406 Not Acceptable

The resource has no representation that satisfies the request's proactive negotiation headers
(such as `Accept`), and the server will not send a default one.

RFC 9110, Section 15.5.7: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.7
"""
HTTP_407_PROXY_AUTHENTICATION_REQUIRED: Final[Literal[HTTPCode.PROXY_AUTHENTICATION_REQUIRED]]
"""407 Proxy Authentication Required

Like 401, but the client must authenticate with the proxy, which says how in
`Proxy-Authenticate`.

RFC 9110, Section 15.5.8: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.8
"""
HTTP_408_REQUEST_TIMEOUT: Final[Literal[HTTPCode.REQUEST_TIMEOUT]]
"""408 Request Timeout

The server did not receive a complete request within the time it was prepared to wait, and is
closing the connection; the client may send the request again.

RFC 9110, Section 15.5.9: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9
"""
HTTP_409_CONFLICT: Final[Literal[HTTPCode.CONFLICT]]
"""409 Conflict

The request conflicts with the current state of the target resource, such as an edit made against
an outdated version; the user may be able to resolve it and resubmit.

RFC 9110, Section 15.5.10: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10
"""
HTTP_410_GONE: Final[Literal[HTTPCode.GONE]]
"""410 Gone

The target resource is no longer available at the origin server, and this is expected to be
permanent; links to it should be removed.

RFC 9110, Section 15.5.11: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.11
"""
HTTP_411_LENGTH_REQUIRED: Final[Literal[HTTPCode.LENGTH_REQUIRED]]
"""411 Length Required

The server refuses a request that has no `Content-Length`; the client may repeat it with one.

RFC 9110, Section 15.5.12: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.12
"""
HTTP_412_PRECONDITION_FAILED: Final[Literal[HTTPCode.PRECONDITION_FAILED]]
"""412 Precondition Failed

A condition in the request's header fields (such as `If-Match` or `If-Unmodified-Since`)
evaluated to false, so the method was not applied.

RFC 9110, Section 15.5.13: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.13
"""
HTTP_413_CONTENT_TOO_LARGE: Final[Literal[HTTPCode.CONTENT_TOO_LARGE]]
"""413 Content Too Large

The request content is larger than the server is willing or able to process; the server may close
the connection, and `Retry-After` says when a retry might work if the limit is temporary.

RFC 9110, Section 15.5.14: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14
"""
HTTP_414_URI_TOO_LONG: Final[Literal[HTTPCode.URI_TOO_LONG]]
"""414 URI Too Long

The target URI is longer than the server is willing to interpret, as happens when a form with
much data is sent with GET or a redirect loop keeps growing the query.

RFC 9110, Section 15.5.15: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.15
"""
HTTP_415_UNSUPPORTED_MEDIA_TYPE: Final[Literal[HTTPCode.UNSUPPORTED_MEDIA_TYPE]]
"""415 Unsupported Media Type

The server refuses the request because its content is in a format, or content coding, that the
target resource does not support for this method.

RFC 9110, Section 15.5.16: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.16
"""
HTTP_416_RANGE_NOT_SATISFIABLE: Final[Literal[HTTPCode.RANGE_NOT_SATISFIABLE]]
"""416 Range Not Satisfiable

None of the ranges in the request's `Range` header overlap the selected representation, or too
many small or overlapping ranges were asked for.

RFC 9110, Section 15.5.17: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17
"""
HTTP_417_EXPECTATION_FAILED: Final[Literal[HTTPCode.EXPECTATION_FAILED]]
"""417 Expectation Failed

The server cannot meet the expectation given in the request's `Expect` header.

RFC 9110, Section 15.5.18: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.18
"""
HTTP_418_IM_A_TEAPOT: Final[Literal[HTTPCode.IM_A_TEAPOT]]
"""418 I'm a Teapot

Unused: the April Fools' Hyper Text Coffee Pot Control Protocol (RFC 2324) gave it to a teapot
asked to brew coffee. It is reserved because it is widely deployed as a joke.

RFC 9110, Section 15.5.19: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19
"""
HTTP_421_MISDIRECTED_REQUEST: Final[Literal[HTTPCode.MISDIRECTED_REQUEST]]
"""421 Misdirected Request

The request reached a server that is not able or not configured to answer for its target URI,
typically over a reused connection; the client may retry on another connection.

RFC 9110, Section 15.5.20: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20
"""
HTTP_422_UNPROCESSABLE_CONTENT: Final[Literal[HTTPCode.UNPROCESSABLE_CONTENT]]
"""422 Unprocessable Content

The server understands the content type and the syntax of the request content is correct, but it
cannot process the instructions it contains, such as well-formed data that fails validation.

RFC 9110, Section 15.5.21: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21
"""
HTTP_423_LOCKED: Final[Literal[HTTPCode.LOCKED]]
"""423 Locked

The WebDAV source or destination resource of the method is locked.

RFC 4918, Section 11.3: https://www.rfc-editor.org/rfc/rfc4918.html#section-11.3
"""
HTTP_424_FAILED_DEPENDENCY: Final[Literal[HTTPCode.FAILED_DEPENDENCY]]
"""424 Failed Dependency

The WebDAV method could not be performed on the resource because an action it depended on failed.

RFC 4918, Section 11.4: https://www.rfc-editor.org/rfc/rfc4918.html#section-11.4
"""
HTTP_425_TOO_EARLY: Final[Literal[HTTPCode.TOO_EARLY]]
"""425 Too Early

The server will not risk processing a request that might be replayed because it arrived in TLS
early data; the client may retry once the handshake completes.

RFC 8470, Section 5.2: https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2
"""
HTTP_426_UPGRADE_REQUIRED: Final[Literal[HTTPCode.UPGRADE_REQUIRED]]
"""426 Upgrade Required

The server refuses to perform the request using the current protocol but might after the client
upgrades to the one named in the response's `Upgrade` header.

RFC 9110, Section 15.5.22: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.22
"""
HTTP_428_PRECONDITION_REQUIRED: Final[Literal[HTTPCode.PRECONDITION_REQUIRED]]
"""428 Precondition Required

The origin server requires the request to be conditional (for example with `If-Match`), to avoid
lost updates when clients overwrite each other's changes.

RFC 6585, Section 3: https://www.rfc-editor.org/rfc/rfc6585.html#section-3
"""
HTTP_429_TOO_MANY_REQUESTS: Final[Literal[HTTPCode.TOO_MANY_REQUESTS]]
"""429 Too Many Requests

The user has sent too many requests in a given amount of time (rate limiting); `Retry-After` may
say how long to wait.

RFC 6585, Section 4: https://www.rfc-editor.org/rfc/rfc6585.html#section-4
"""
HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE: Final[Literal[HTTPCode.REQUEST_HEADER_FIELDS_TOO_LARGE]]
"""431 Request Header Fields Too Large

The server will not process the request because its header fields, taken one by one or all
together, are too large; the client may retry with smaller ones.

RFC 6585, Section 5: https://www.rfc-editor.org/rfc/rfc6585.html#section-5
"""
HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS: Final[Literal[HTTPCode.UNAVAILABLE_FOR_LEGAL_REASONS]]
"""451 Unavailable For Legal Reasons

The server is denying access to the resource because of a legal demand, such as a court order;
the response should explain, and may name the blocking entity in a `Link` header.

RFC 7725, Section 3: https://www.rfc-editor.org/rfc/rfc7725.html#section-3
"""
HTTP_500_INTERNAL_SERVER_ERROR: Final[Literal[HTTPCode.INTERNAL_SERVER_ERROR]]
"""500 Internal Server Error

The server met an unexpected condition that kept it from fulfilling the request. It is also the
fallback for any unrecognised 5xx code.

RFC 9110, Section 15.6.1: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.1
"""
HTTP_501_NOT_IMPLEMENTED: Final[Literal[HTTPCode.NOT_IMPLEMENTED]]
"""501 Not Implemented

The server does not support the functionality needed to fulfil the request, such as a method it
does not recognise for any resource.

RFC 9110, Section 15.6.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2
"""
HTTP_502_BAD_GATEWAY: Final[Literal[HTTPCode.BAD_GATEWAY]]
"""502 Bad Gateway

The server, acting as a gateway or proxy, received an invalid response from the inbound server it
contacted.

RFC 9110, Section 15.6.3: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3
"""
HTTP_503_SERVICE_UNAVAILABLE: Final[Literal[HTTPCode.SERVICE_UNAVAILABLE]]
"""503 Service Unavailable

The server cannot handle the request right now because of a temporary overload or scheduled
maintenance; `Retry-After` may say when to try again.

RFC 9110, Section 15.6.4: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4
"""
HTTP_504_GATEWAY_TIMEOUT: Final[Literal[HTTPCode.GATEWAY_TIMEOUT]]
"""504 Gateway Timeout

The server, acting as a gateway or proxy, did not receive a timely response from an upstream
server it needed to complete the request.

RFC 9110, Section 15.6.5: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.5
"""
HTTP_505_HTTP_VERSION_NOT_SUPPORTED: Final[Literal[HTTPCode.HTTP_VERSION_NOT_SUPPORTED]]
"""505 HTTP Version Not Supported

The server does not support, or refuses to support, the major version of HTTP used in the
request.

RFC 9110, Section 15.6.6: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.6
"""
HTTP_506_VARIANT_ALSO_NEGOTIATES: Final[Literal[HTTPCode.VARIANT_ALSO_NEGOTIATES]]
"""506 Variant Also Negotiates

A configuration error in transparent content negotiation: the chosen variant is itself set up to
negotiate, so it is not a proper end point.

RFC 2295, Section 8.1: https://www.rfc-editor.org/rfc/rfc2295.html#section-8.1
"""
HTTP_507_INSUFFICIENT_STORAGE: Final[Literal[HTTPCode.INSUFFICIENT_STORAGE]]
"""507 Insufficient Storage

The WebDAV method could not be performed because the server cannot store the representation
needed to complete the request.

RFC 4918, Section 11.5: https://www.rfc-editor.org/rfc/rfc4918.html#section-11.5
"""
HTTP_508_LOOP_DETECTED: Final[Literal[HTTPCode.LOOP_DETECTED]]
"""508 Loop Detected

The server ended a WebDAV operation with `Depth: infinity` because it met an infinite loop of
bindings.

RFC 5842, Section 7.2: https://www.rfc-editor.org/rfc/rfc5842.html#section-7.2
"""
HTTP_510_NOT_EXTENDED: Final[Literal[HTTPCode.NOT_EXTENDED]]
"""510 Not Extended

The request did not satisfy the policy for accessing the resource under the HTTP Extension
Framework; that framework's RFC has been moved to Historic.

RFC 2774, Section 7: https://www.rfc-editor.org/rfc/rfc2774.html#section-7
"""
HTTP_511_NETWORK_AUTHENTICATION_REQUIRED: Final[Literal[HTTPCode.NETWORK_AUTHENTICATION_REQUIRED]]
"""511 Network Authentication Required

The client must authenticate to gain network access; sent by intercepting proxies such as captive
portals, never by an origin server.

RFC 6585, Section 6: https://www.rfc-editor.org/rfc/rfc6585.html#section-6
"""
# END GENERATED: http constants
# BEGIN GENERATED: ws constants
WS_1000_NORMAL_CLOSURE: Final[Literal[WSCloseCode.NORMAL_CLOSURE]]
"""1000 Normal Closure

The connection is closing because the purpose for which it was opened has been fulfilled.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1000_OK: Final[Literal[WSCloseCode.NORMAL_CLOSURE]]
"""1000 Normal Closure

The connection is closing because the purpose for which it was opened has been fulfilled.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1001_GOING_AWAY: Final[Literal[WSCloseCode.GOING_AWAY]]
"""1001 Going Away

The endpoint is going away: a server shutting down, or a browser leaving the page that opened the
connection.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1002_PROTOCOL_ERROR: Final[Literal[WSCloseCode.PROTOCOL_ERROR]]
"""1002 Protocol Error

The endpoint is closing the connection because its peer broke the WebSocket protocol.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1003_UNSUPPORTED_DATA: Final[Literal[WSCloseCode.UNSUPPORTED_DATA]]
"""1003 Unsupported Data

The endpoint received a type of data it cannot accept, such as binary messages when it only
understands text.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1004_RESERVED: Final[Literal[WSCloseCode.RESERVED]]
"""1004 Reserved

Reserved with no meaning assigned; a meaning may be defined in the future, so endpoints must not
send it.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1005_NO_STATUS_RCVD: Final[Literal[WSCloseCode.NO_STATUS_RCVD]]
"""1005 No Status Rcvd

Reported locally when a Close frame arrived without a status code; never sent in a Close frame.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1005_NO_STATUS_RECEIVED: Final[Literal[WSCloseCode.NO_STATUS_RCVD]]
"""1005 No Status Rcvd

Reported locally when a Close frame arrived without a status code; never sent in a Close frame.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1006_ABNORMAL_CLOSURE: Final[Literal[WSCloseCode.ABNORMAL_CLOSURE]]
"""1006 Abnormal Closure

Reported locally when the connection was lost without a Close frame being received, for example
when the TCP connection dropped; never sent in a Close frame.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1007_INVALID_FRAME_PAYLOAD_DATA: Final[Literal[WSCloseCode.INVALID_FRAME_PAYLOAD_DATA]]
"""1007 Invalid Frame Payload Data

The endpoint received message data that does not match the message type, such as a text message
that is not valid UTF-8.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1007_INVALID_TEXT: Final[Literal[WSCloseCode.INVALID_FRAME_PAYLOAD_DATA]]
"""1007 Invalid Frame Payload Data

The endpoint received message data that does not match the message type, such as a text message
that is not valid UTF-8.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1007_INVALID_DATA: Final[Literal[WSCloseCode.INVALID_FRAME_PAYLOAD_DATA]]
"""1007 Invalid Frame Payload Data

The endpoint received message data that does not match the message type, such as a text message
that is not valid UTF-8.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1008_POLICY_VIOLATION: Final[Literal[WSCloseCode.POLICY_VIOLATION]]
"""1008 Policy Violation

The endpoint received a message that violates its policy; a generic code for when no more
specific one (1003, 1009) fits or the details must stay hidden.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1009_MESSAGE_TOO_BIG: Final[Literal[WSCloseCode.MESSAGE_TOO_BIG]]
"""1009 Message Too Big

The endpoint received a message too big for it to process.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1010_MANDATORY_EXT: Final[Literal[WSCloseCode.MANDATORY_EXT]]
"""1010 Mandatory Extension

Sent by a client that expected the server to negotiate one or more extensions it did not return
in the handshake; the reason names the extensions it needs. A server fails the handshake instead.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1010_MANDATORY_EXTENSION: Final[Literal[WSCloseCode.MANDATORY_EXT]]
"""1010 Mandatory Extension

Sent by a client that expected the server to negotiate one or more extensions it did not return
in the handshake; the reason names the extensions it needs. A server fails the handshake instead.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1011_INTERNAL_ERROR: Final[Literal[WSCloseCode.INTERNAL_ERROR]]
"""1011 Internal Error

The server met an unexpected condition that kept it from fulfilling the request.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1012_SERVICE_RESTART: Final[Literal[WSCloseCode.SERVICE_RESTART]]
"""1012 Service Restart

The server is restarting; a client may reconnect, after a randomised delay of a few seconds.

hybi mailing list: https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html
"""
WS_1013_TRY_AGAIN_LATER: Final[Literal[WSCloseCode.TRY_AGAIN_LATER]]
"""1013 Try Again Later

The server is temporarily overloaded or otherwise unable to serve the client, and is closing the
connection; the client may reconnect later.

hybi mailing list: https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html
"""
WS_1014_BAD_GATEWAY: Final[Literal[WSCloseCode.BAD_GATEWAY]]
"""1014 Bad Gateway

The server, acting as a gateway or proxy, received an invalid response from the upstream server,
as HTTP's 502 says.

hybi mailing list: https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html
"""
WS_1015_TLS_HANDSHAKE: Final[Literal[WSCloseCode.TLS_HANDSHAKE]]
"""1015 TLS Handshake

Reported locally when the TLS handshake failed, for example because the server certificate could
not be verified; never sent in a Close frame.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_1015_TLS_HANDSHAKE_FAILED: Final[Literal[WSCloseCode.TLS_HANDSHAKE]]
"""1015 TLS Handshake

Reported locally when the TLS handshake failed, for example because the server certificate could
not be verified; never sent in a Close frame.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
"""
WS_3000_UNAUTHORIZED: Final[Literal[WSCloseCode.UNAUTHORIZED]]
"""3000 Unauthorized

The endpoint refuses the connection because the client is not authenticated, as HTTP's 401 says.

IANA WebSocket Close Code Number Registry:
https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number
"""
WS_3003_FORBIDDEN: Final[Literal[WSCloseCode.FORBIDDEN]]
"""3003 Forbidden

The endpoint refuses the connection because the client, though authenticated, lacks permission,
as HTTP's 403 says.

IANA WebSocket Close Code Number Registry:
https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number
"""
WS_3008_TIMEOUT: Final[Literal[WSCloseCode.TIMEOUT]]
"""3008 Timeout

The endpoint is closing the connection because a request or the peer took too long, as HTTP's 408
and 504 say.

IANA WebSocket Close Code Number Registry:
https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number
"""
# END GENERATED: ws constants

# The names before RFC 9110, which the runtime module answers with a DeprecationWarning.
# BEGIN GENERATED: deprecated constants
HTTP_413_REQUEST_ENTITY_TOO_LARGE: Final[Literal[HTTPCode.CONTENT_TOO_LARGE]]
"""413 Content Too Large

Deprecated: use `HTTP_413_CONTENT_TOO_LARGE`.

The request content is larger than the server is willing or able to process; the server may close
the connection, and `Retry-After` says when a retry might work if the limit is temporary.

RFC 9110, Section 15.5.14: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14
"""
HTTP_414_REQUEST_URI_TOO_LONG: Final[Literal[HTTPCode.URI_TOO_LONG]]
"""414 URI Too Long

Deprecated: use `HTTP_414_URI_TOO_LONG`.

The target URI is longer than the server is willing to interpret, as happens when a form with
much data is sent with GET or a redirect loop keeps growing the query.

RFC 9110, Section 15.5.15: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.15
"""
HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE: Final[Literal[HTTPCode.RANGE_NOT_SATISFIABLE]]
"""416 Range Not Satisfiable

Deprecated: use `HTTP_416_RANGE_NOT_SATISFIABLE`.

None of the ranges in the request's `Range` header overlap the selected representation, or too
many small or overlapping ranges were asked for.

RFC 9110, Section 15.5.17: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17
"""
HTTP_422_UNPROCESSABLE_ENTITY: Final[Literal[HTTPCode.UNPROCESSABLE_CONTENT]]
"""422 Unprocessable Content

Deprecated: use `HTTP_422_UNPROCESSABLE_CONTENT`.

The server understands the content type and the syntax of the request content is correct, but it
cannot process the instructions it contains, such as well-formed data that fails validation.

RFC 9110, Section 15.5.21: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21
"""
# END GENERATED: deprecated constants

# Django REST Framework's name for a code that no RFC defines: not an HTTPCode but the vendor
# enum's member, which the runtime module imports from statuscodes.unofficial on the first read.
HTTP_509_BANDWIDTH_LIMIT_EXCEEDED: Final[Literal[Common.BANDWIDTH_LIMIT_EXCEEDED]]
"""509 Bandwidth Limit Exceeded (several servers and hosts)

The site has used up the bandwidth its hosting plan allows; sent by Apache bandwidth modules and
hosting control panels such as cPanel.

cPanel documentation: https://docs.cpanel.net/
"""
