# GENERATED blocks are written by tools/generate.py from src/statuscodes/_data.py; edit the rest.
import enum
from collections.abc import Iterable, Mapping
from typing import Any, Final, Literal, Protocol, TypeAlias, TypeVar, overload

from statuscodes.asgi import Exchange

_T = TypeVar("_T")

__version__: str
"""This package's version (written only here; the build copies it into the metadata)."""
IANA_HTTP_REGISTRY_DATE: Final[str]
"""The "last updated" date of the IANA HTTP Status Code Registry that `HTTP_ROWS` reflects."""

class Reference:
    """Where a code is defined: a document, the section in it, and a link to that section.

    >>> ref = Reference("RFC 9110", "15.5.5")
    >>> str(ref)
    'RFC 9110, Section 15.5.5'
    >>> ref.url
    'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5'
    """
    @property
    def document(self) -> str:
        """the document, such as 'RFC 9110'"""
    @property
    def section(self) -> str | None:
        """the section in it, such as '15.5.5'; None for the whole"""
    @property
    def url(self) -> str:
        """a link to the section (or the document)"""
    def __init__(
        self, document: str, section: str | None = None, url: str | None = None
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[type[Reference], tuple[str, str | None, str]]: ...

class CodeTypeError(TypeError, ValueError):
    """A lookup was given something that is not an int.

    A TypeError, since the type is what is wrong, and a ValueError, since every failed Enum
    lookup is one and frameworks (pydantic, FastAPI) turn a ValueError into a validation error.

    >>> from statuscodes import HTTPCode
    >>> HTTPCode("404")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    statuscodes.CodeTypeError: HTTPCode() takes an int, not str '404': to read text use ...
    """

class HeaderRule:
    """A response header field that the RFC defining a status code requires (MUST),
    recommends (SHOULD) or allows (MAY), with the section that says so.

    `when` is None for a rule that always applies, else the condition the RFC attaches to it
    (which `check_response` cannot see, so it reports only the rules whose `when` is None).

    >>> rule = HeaderRule("Allow", "MUST", Reference("RFC 9110", "15.5.6"), "The methods allowed.")
    >>> f"{rule.level} {rule.field} ({rule.reference})"
    'MUST Allow (RFC 9110, Section 15.5.6)'
    """
    @property
    def field(self) -> str:
        """the header field's name, such as 'WWW-Authenticate'"""
    @property
    def level(self) -> Literal["MUST", "SHOULD", "MAY"]:
        """MUST, SHOULD or MAY, as the RFC words the rule"""
    @property
    def reference(self) -> Reference:
        """the section that states the rule"""
    @property
    def note(self) -> str:
        """what the field is for in a response with this code"""
    @property
    def when(self) -> str | None:
        """the condition the rule applies under; None for always"""
    def __init__(
        self,
        field: str,
        level: Literal["MUST", "SHOULD", "MAY"],
        reference: Reference,
        note: str,
        when: str | None = None,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Finding:
    """One thing `check_response` found wrong with a response: how strongly the RFC words the
    rule (MUST or SHOULD), a sentence saying what is wrong, the status code, and the section.

    >>> finding = Finding("MUST", "401 response without WWW-Authenticate", 401,
    ...                   Reference("RFC 9110", "15.5.2"))
    >>> str(finding)
    '401 response without WWW-Authenticate'
    """
    @property
    def level(self) -> Literal["MUST", "SHOULD"]:
        """MUST or SHOULD, as the RFC words the broken rule"""
    @property
    def message(self) -> str:
        """what is wrong, in a sentence"""
    @property
    def code(self) -> int:
        """the response's status code"""
    @property
    def reference(self) -> Reference:
        """the section that states the rule"""
    def __init__(
        self, level: Literal["MUST", "SHOULD"], message: str, code: int, reference: Reference
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

PROBLEM_JSON: Final = "application/problem+json"
"""The media type of an RFC 9457 problem details object in JSON (`HTTPCode.problem`)."""

_Headers: TypeAlias = (
    Mapping[str, str] | Mapping[bytes, bytes] | Iterable[tuple[str | bytes, str | bytes]]
)
_Content: TypeAlias = bytes | bytearray | memoryview | None

def check_response(
    status: int,
    headers: _Headers,
    *,
    content: _Content = None,
    content_length: int | None = None,
    method: str = "GET",
    request_headers: _Headers | None = None,
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

    def __init__(self, remember: int = 1024) -> None: ...
    def check(
        self,
        status: int,
        headers: _Headers,
        *,
        target: str | None = None,
        content: _Content = None,
        content_length: int | None = None,
        method: str = "GET",
        request_headers: _Headers | None = None,
    ) -> list[Finding]:
        """`check_response`, and the comparison with the 200 seen to `target` (a path with its
        query, or a URL; None: no comparison, nothing remembered).
        """

def assert_valid_response(
    status: int,
    headers: _Headers,
    *,
    content: _Content = None,
    method: str = "GET",
    request_headers: _Headers | None = None,
) -> None:
    """`check_response` for tests: raises AssertionError listing the findings, if there are any.

    >>> assert_valid_response(405, {"Allow": "GET, HEAD"}, content=b"")
    """

class ResponseRuleWarning(UserWarning):
    """A response broke an RFC rule: what `on_finding="warn"` emits, one warning per finding.

    A `UserWarning`, so `-W error::statuscodes.ResponseRuleWarning` and pytest's
    `filterwarnings` turn it into an error.

    >>> issubclass(ResponseRuleWarning, UserWarning)
    True
    """

class ResponseRuleError(AssertionError):
    """A response broke RFC rules: what `on_finding="raise"` raises once the response is sent.

    Its `findings` are the list the check returned; its message lists them, one a line.
    """

    findings: list[Finding]
    """what the check found, in its order"""
    exchange: Exchange
    """the request and the response they were found in"""
    def __init__(self, findings: list[Finding], exchange: Exchange) -> None: ...

class UnregisteredCodeError(ValueError):
    """An int that is not a member of the registry enum it was looked up in.

    The message is written only when it is read: servers that catch a miss on a hot path do not
    pay for it.
    """
    @property
    def registry(self) -> type[enum.Enum]:
        """The enum class that was asked."""
    @property
    def code(self) -> int:
        """The int that was looked up."""

class Registration(enum.Enum):
    """The standing of a code in its IANA registry.

    >>> Registration.TEMPORARY.value
    'temporary'
    """

    # BEGIN GENERATED: Registration members
    PERMANENT = "permanent"
    """Registered for good."""
    TEMPORARY = "temporary"
    """Registered provisionally, with an expiry date (HTTP 104)."""
    DEPRECATED = "deprecated"
    """Registered, but its defining RFC says not to use it (HTTP 305)."""
    OBSOLETED = "obsoleted"
    """Its specification was moved to Historic (HTTP 510)."""
    UNUSED = "unused"
    """Reserved: defined once, no longer used, not to be reassigned (HTTP 306 and 418)."""
    RESERVED = "reserved"
    """Set aside with no meaning: never to be sent (WebSocket 1004)."""
    # END GENERATED: Registration members

class HTTPCategory(enum.Enum):
    """The class of an HTTP status code, given by its first digit (RFC 9110, Section 15).

    >>> HTTPCategory.of(404)
    <HTTPCategory.CLIENT_ERROR: '4xx'>
    >>> HTTPCategory.CLIENT_ERROR.phrase
    'Client Error'
    """

    # BEGIN GENERATED: HTTPCategory members
    INFORMATIONAL = "1xx"
    """1xx Informational

    RFC 9110, Section 15.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2
    """
    SUCCESSFUL = "2xx"
    """2xx Successful

    RFC 9110, Section 15.3: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3
    """
    REDIRECTION = "3xx"
    """3xx Redirection

    RFC 9110, Section 15.4: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4
    """
    CLIENT_ERROR = "4xx"
    """4xx Client Error

    RFC 9110, Section 15.5: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5
    """
    SERVER_ERROR = "5xx"
    """5xx Server Error

    RFC 9110, Section 15.6: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6
    """
    # END GENERATED: HTTPCategory members
    @property
    def phrase(self) -> str:
        """the class's name in RFC 9110, such as 'Client Error'"""
    @property
    def codes(self) -> range:
        """every code of the class, registered or not: range(400, 500) for 4xx"""
    @property
    def reference(self) -> Reference:
        """where RFC 9110 defines the class"""
    @classmethod
    def of(cls, code: int) -> HTTPCategory:
        """The range of any code `code`, registered or not: ValueError outside them all."""
    @classmethod
    def parse(cls, text: str) -> HTTPCategory:
        """The member that `text` names by value, name or phrase ("4xx", "CLIENT_ERROR",
        "client error").
        """

class HTTPCode(enum.IntEnum):
    """An HTTP status code registered with IANA.

    >>> HTTPCode(404).phrase
    'Not Found'
    >>> HTTPCode.NOT_FOUND.is_client_error
    True
    >>> f"{HTTPCode.NOT_FOUND} {HTTPCode.NOT_FOUND.phrase}"
    '404 Not Found'
    """

    # BEGIN GENERATED: HTTPCode members
    CONTINUE = 100
    """100 Continue

    The server has received the request header and has not rejected it: the client may go on
    sending the content, which it may have held back after asking with `Expect: 100-continue`.

    RFC 9110, Section 15.2.1: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1
    """
    SWITCHING_PROTOCOLS = 101
    """101 Switching Protocols

    The server agrees to the client's `Upgrade` request and will speak the protocol named in its
    own `Upgrade` header once this response ends, as when a WebSocket handshake succeeds.

    RFC 9110, Section 15.2.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.2
    """
    PROCESSING = 102
    """102 Processing

    An interim WebDAV response: the server has accepted a request that takes a long time and is
    still working on it, so the client should not time out. RFC 4918 dropped it from WebDAV, but
    the registration stands.

    RFC 2518, Section 10.1: https://www.rfc-editor.org/rfc/rfc2518.html#section-10.1
    """
    EARLY_HINTS = 103
    """103 Early Hints

    An interim response that carries header fields, typically `Link` with preload hints, which
    the client may act on while the server prepares the final response.

    RFC 8297, Section 2: https://www.rfc-editor.org/rfc/rfc8297.html#section-2
    """
    UPLOAD_RESUMPTION_SUPPORTED = 104
    """104 Upload Resumption Supported

    Temporary, registered until 2026-11-13.

    An interim response telling the client that the server supports resumable uploads and where
    the upload resource is, so that an interrupted upload can resume rather than start again.

    draft-ietf-httpbis-resumable-upload-05:
    https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05
    """
    OK = 200
    """200 OK

    The request succeeded; what the content means depends on the method (the resource for GET,
    the outcome of the action for POST).

    RFC 9110, Section 15.3.1: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1
    """
    CREATED = 201
    """201 Created

    The request succeeded and created one or more resources; the `Location` header, when present,
    identifies the primary one.

    RFC 9110, Section 15.3.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.2
    """
    ACCEPTED = 202
    """202 Accepted

    The request was accepted for processing that has not finished and may still fail; HTTP has no
    way to report the final outcome later.

    RFC 9110, Section 15.3.3: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.3
    """
    NON_AUTHORITATIVE_INFORMATION = 203
    """203 Non-Authoritative Information

    The request succeeded, but a transforming proxy changed the content that the origin server
    sent in its 200 response.

    RFC 9110, Section 15.3.4: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.4
    """
    NO_CONTENT = 204
    """204 No Content

    The request succeeded and there is no content to send back; a user agent should stay on the
    current document view.

    RFC 9110, Section 15.3.5: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.5
    """
    RESET_CONTENT = 205
    """205 Reset Content

    The request succeeded and the user agent should reset the document that sent it to its
    original state, such as clearing a submitted form. It carries no content.

    RFC 9110, Section 15.3.6: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.6
    """
    PARTIAL_CONTENT = 206
    """206 Partial Content

    The server is sending only the part of the representation that a `Range` request asked for,
    described by `Content-Range` or a multipart body.

    RFC 9110, Section 15.3.7: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.7
    """
    MULTI_STATUS = 207
    """207 Multi-Status

    A WebDAV response whose XML body reports a separate status for each of several resources or
    operations.

    RFC 4918, Section 11.1: https://www.rfc-editor.org/rfc/rfc4918.html#section-11.1
    """
    ALREADY_REPORTED = 208
    """208 Already Reported

    Used inside a WebDAV 207 body: the members of this collection binding were already listed
    earlier in the response and are not repeated.

    RFC 5842, Section 7.1: https://www.rfc-editor.org/rfc/rfc5842.html#section-7.1
    """
    IM_USED = 226
    """226 IM Used

    The server fulfilled a GET with one or more instance manipulations (such as a delta encoding)
    applied to the current instance, named in the `IM` header.

    RFC 3229, Section 10.4.1: https://www.rfc-editor.org/rfc/rfc3229.html#section-10.4.1
    """
    MULTIPLE_CHOICES = 300
    """300 Multiple Choices

    The resource has several representations, each with its own identifier, and the client or
    user may pick one; the server may name a preferred one in `Location`.

    RFC 9110, Section 15.4.1: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.1
    """
    MOVED_PERMANENTLY = 301
    """301 Moved Permanently

    The resource has a new permanent URI, given in `Location`; links should be updated. Clients
    may change a POST into a GET when they follow it: use 308 to forbid that.

    RFC 9110, Section 15.4.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.2
    """
    FOUND = 302
    """302 Found

    The resource is temporarily at the URI in `Location`; keep using the original URI. Clients
    may change a POST into a GET when they follow it: use 307 to forbid that.

    RFC 9110, Section 15.4.3: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.3
    """
    SEE_OTHER = 303
    """303 See Other

    The response to the request is found at the URI in `Location`, to be fetched with GET, as
    after a form POST that should not be resubmitted on reload.

    RFC 9110, Section 15.4.4: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.4
    """
    NOT_MODIFIED = 304
    """304 Not Modified

    A conditional GET or HEAD found that the client's cached copy is still current, so no content
    is sent and the cache should use what it has.

    RFC 9110, Section 15.4.5: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.5
    """
    USE_PROXY = 305
    """305 Use Proxy

    Once told the client to repeat the request through the proxy named in `Location`; deprecated,
    because letting a server pick the client's proxy is a security risk.

    RFC 9110, Section 15.4.6: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.6
    """
    RESERVED = 306
    """306 Switch Proxy

    Defined in an early draft of HTTP/1.1 to make later requests use another proxy, and no longer
    used; the code is reserved.

    RFC 9110, Section 15.4.7: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.7
    """
    TEMPORARY_REDIRECT = 307
    """307 Temporary Redirect

    The resource is temporarily at the URI in `Location`, and the client must repeat the request
    there with the same method and content.

    RFC 9110, Section 15.4.8: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.8
    """
    PERMANENT_REDIRECT = 308
    """308 Permanent Redirect

    The resource has a new permanent URI, given in `Location`, and the client must repeat the
    request there with the same method and content.

    RFC 9110, Section 15.4.9: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.9
    """
    BAD_REQUEST = 400
    """400 Bad Request

    The server will not process the request because of what it takes to be a client error, such
    as malformed syntax or invalid framing. It is also the fallback for any unrecognised 4xx
    code.

    RFC 9110, Section 15.5.1: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1
    """
    UNAUTHORIZED = 401
    """401 Unauthorized

    The request lacks valid credentials for the target resource; the response's
    `WWW-Authenticate` header says how to authenticate.

    RFC 9110, Section 15.5.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2
    """
    PAYMENT_REQUIRED = 402
    """402 Payment Required

    Reserved for future use; no standard defines its semantics.

    RFC 9110, Section 15.5.3: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.3
    """
    FORBIDDEN = 403
    """403 Forbidden

    The server understood the request and refuses to fulfil it; sending credentials, or other
    ones, will not change that.

    RFC 9110, Section 15.5.4: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4
    """
    NOT_FOUND = 404
    """404 Not Found

    The server has no current representation for the target resource, or will not reveal that one
    exists.

    RFC 9110, Section 15.5.5: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5
    """
    METHOD_NOT_ALLOWED = 405
    """405 Method Not Allowed

    The target resource does not support the request's method; the response's `Allow` header
    lists the methods it does support.

    RFC 9110, Section 15.5.6: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6
    """
    NOT_ACCEPTABLE = 406
    """406 Not Acceptable

    The resource has no representation that satisfies the request's proactive negotiation headers
    (such as `Accept`), and the server will not send a default one.

    RFC 9110, Section 15.5.7: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.7
    """
    PROXY_AUTHENTICATION_REQUIRED = 407
    """407 Proxy Authentication Required

    Like 401, but the client must authenticate with the proxy, which says how in
    `Proxy-Authenticate`.

    RFC 9110, Section 15.5.8: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.8
    """
    REQUEST_TIMEOUT = 408
    """408 Request Timeout

    The server did not receive a complete request within the time it was prepared to wait, and is
    closing the connection; the client may send the request again.

    RFC 9110, Section 15.5.9: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9
    """
    CONFLICT = 409
    """409 Conflict

    The request conflicts with the current state of the target resource, such as an edit made
    against an outdated version; the user may be able to resolve it and resubmit.

    RFC 9110, Section 15.5.10: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10
    """
    GONE = 410
    """410 Gone

    The target resource is no longer available at the origin server, and this is expected to be
    permanent; links to it should be removed.

    RFC 9110, Section 15.5.11: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.11
    """
    LENGTH_REQUIRED = 411
    """411 Length Required

    The server refuses a request that has no `Content-Length`; the client may repeat it with one.

    RFC 9110, Section 15.5.12: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.12
    """
    PRECONDITION_FAILED = 412
    """412 Precondition Failed

    A condition in the request's header fields (such as `If-Match` or `If-Unmodified-Since`)
    evaluated to false, so the method was not applied.

    RFC 9110, Section 15.5.13: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.13
    """
    CONTENT_TOO_LARGE = 413
    """413 Content Too Large

    The request content is larger than the server is willing or able to process; the server may
    close the connection, and `Retry-After` says when a retry might work if the limit is
    temporary.

    RFC 9110, Section 15.5.14: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14
    """
    URI_TOO_LONG = 414
    """414 URI Too Long

    The target URI is longer than the server is willing to interpret, as happens when a form with
    much data is sent with GET or a redirect loop keeps growing the query.

    RFC 9110, Section 15.5.15: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.15
    """
    UNSUPPORTED_MEDIA_TYPE = 415
    """415 Unsupported Media Type

    The server refuses the request because its content is in a format, or content coding, that
    the target resource does not support for this method.

    RFC 9110, Section 15.5.16: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.16
    """
    RANGE_NOT_SATISFIABLE = 416
    """416 Range Not Satisfiable

    None of the ranges in the request's `Range` header overlap the selected representation, or
    too many small or overlapping ranges were asked for.

    RFC 9110, Section 15.5.17: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17
    """
    EXPECTATION_FAILED = 417
    """417 Expectation Failed

    The server cannot meet the expectation given in the request's `Expect` header.

    RFC 9110, Section 15.5.18: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.18
    """
    IM_A_TEAPOT = 418
    """418 I'm a Teapot

    Unused: the April Fools' Hyper Text Coffee Pot Control Protocol (RFC 2324) gave it to a
    teapot asked to brew coffee. It is reserved because it is widely deployed as a joke.

    RFC 9110, Section 15.5.19: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19
    """
    MISDIRECTED_REQUEST = 421
    """421 Misdirected Request

    The request reached a server that is not able or not configured to answer for its target URI,
    typically over a reused connection; the client may retry on another connection.

    RFC 9110, Section 15.5.20: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20
    """
    UNPROCESSABLE_CONTENT = 422
    """422 Unprocessable Content

    The server understands the content type and the syntax of the request content is correct, but
    it cannot process the instructions it contains, such as well-formed data that fails
    validation.

    RFC 9110, Section 15.5.21: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21
    """
    LOCKED = 423
    """423 Locked

    The WebDAV source or destination resource of the method is locked.

    RFC 4918, Section 11.3: https://www.rfc-editor.org/rfc/rfc4918.html#section-11.3
    """
    FAILED_DEPENDENCY = 424
    """424 Failed Dependency

    The WebDAV method could not be performed on the resource because an action it depended on
    failed.

    RFC 4918, Section 11.4: https://www.rfc-editor.org/rfc/rfc4918.html#section-11.4
    """
    TOO_EARLY = 425
    """425 Too Early

    The server will not risk processing a request that might be replayed because it arrived in
    TLS early data; the client may retry once the handshake completes.

    RFC 8470, Section 5.2: https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2
    """
    UPGRADE_REQUIRED = 426
    """426 Upgrade Required

    The server refuses to perform the request using the current protocol but might after the
    client upgrades to the one named in the response's `Upgrade` header.

    RFC 9110, Section 15.5.22: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.22
    """
    PRECONDITION_REQUIRED = 428
    """428 Precondition Required

    The origin server requires the request to be conditional (for example with `If-Match`), to
    avoid lost updates when clients overwrite each other's changes.

    RFC 6585, Section 3: https://www.rfc-editor.org/rfc/rfc6585.html#section-3
    """
    TOO_MANY_REQUESTS = 429
    """429 Too Many Requests

    The user has sent too many requests in a given amount of time (rate limiting); `Retry-After`
    may say how long to wait.

    RFC 6585, Section 4: https://www.rfc-editor.org/rfc/rfc6585.html#section-4
    """
    REQUEST_HEADER_FIELDS_TOO_LARGE = 431
    """431 Request Header Fields Too Large

    The server will not process the request because its header fields, taken one by one or all
    together, are too large; the client may retry with smaller ones.

    RFC 6585, Section 5: https://www.rfc-editor.org/rfc/rfc6585.html#section-5
    """
    UNAVAILABLE_FOR_LEGAL_REASONS = 451
    """451 Unavailable For Legal Reasons

    The server is denying access to the resource because of a legal demand, such as a court
    order; the response should explain, and may name the blocking entity in a `Link` header.

    RFC 7725, Section 3: https://www.rfc-editor.org/rfc/rfc7725.html#section-3
    """
    INTERNAL_SERVER_ERROR = 500
    """500 Internal Server Error

    The server met an unexpected condition that kept it from fulfilling the request. It is also
    the fallback for any unrecognised 5xx code.

    RFC 9110, Section 15.6.1: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.1
    """
    NOT_IMPLEMENTED = 501
    """501 Not Implemented

    The server does not support the functionality needed to fulfil the request, such as a method
    it does not recognise for any resource.

    RFC 9110, Section 15.6.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2
    """
    BAD_GATEWAY = 502
    """502 Bad Gateway

    The server, acting as a gateway or proxy, received an invalid response from the inbound
    server it contacted.

    RFC 9110, Section 15.6.3: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3
    """
    SERVICE_UNAVAILABLE = 503
    """503 Service Unavailable

    The server cannot handle the request right now because of a temporary overload or scheduled
    maintenance; `Retry-After` may say when to try again.

    RFC 9110, Section 15.6.4: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4
    """
    GATEWAY_TIMEOUT = 504
    """504 Gateway Timeout

    The server, acting as a gateway or proxy, did not receive a timely response from an upstream
    server it needed to complete the request.

    RFC 9110, Section 15.6.5: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.5
    """
    HTTP_VERSION_NOT_SUPPORTED = 505
    """505 HTTP Version Not Supported

    The server does not support, or refuses to support, the major version of HTTP used in the
    request.

    RFC 9110, Section 15.6.6: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.6
    """
    VARIANT_ALSO_NEGOTIATES = 506
    """506 Variant Also Negotiates

    A configuration error in transparent content negotiation: the chosen variant is itself set up
    to negotiate, so it is not a proper end point.

    RFC 2295, Section 8.1: https://www.rfc-editor.org/rfc/rfc2295.html#section-8.1
    """
    INSUFFICIENT_STORAGE = 507
    """507 Insufficient Storage

    The WebDAV method could not be performed because the server cannot store the representation
    needed to complete the request.

    RFC 4918, Section 11.5: https://www.rfc-editor.org/rfc/rfc4918.html#section-11.5
    """
    LOOP_DETECTED = 508
    """508 Loop Detected

    The server ended a WebDAV operation with `Depth: infinity` because it met an infinite loop of
    bindings.

    RFC 5842, Section 7.2: https://www.rfc-editor.org/rfc/rfc5842.html#section-7.2
    """
    NOT_EXTENDED = 510
    """510 Not Extended

    The request did not satisfy the policy for accessing the resource under the HTTP Extension
    Framework; that framework's RFC has been moved to Historic.

    RFC 2774, Section 7: https://www.rfc-editor.org/rfc/rfc2774.html#section-7
    """
    NETWORK_AUTHENTICATION_REQUIRED = 511
    """511 Network Authentication Required

    The client must authenticate to gain network access; sent by intercepting proxies such as
    captive portals, never by an origin server.

    RFC 6585, Section 6: https://www.rfc-editor.org/rfc/rfc6585.html#section-6
    """
    REQUEST_ENTITY_TOO_LARGE: Literal[HTTPCode.CONTENT_TOO_LARGE]
    """413 Content Too Large

    Another name for `HTTPCode.CONTENT_TOO_LARGE`.

    The request content is larger than the server is willing or able to process; the server may
    close the connection, and `Retry-After` says when a retry might work if the limit is
    temporary.

    RFC 9110, Section 15.5.14: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14
    """
    REQUEST_URI_TOO_LONG: Literal[HTTPCode.URI_TOO_LONG]
    """414 URI Too Long

    Another name for `HTTPCode.URI_TOO_LONG`.

    The target URI is longer than the server is willing to interpret, as happens when a form with
    much data is sent with GET or a redirect loop keeps growing the query.

    RFC 9110, Section 15.5.15: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.15
    """
    REQUESTED_RANGE_NOT_SATISFIABLE: Literal[HTTPCode.RANGE_NOT_SATISFIABLE]
    """416 Range Not Satisfiable

    Another name for `HTTPCode.RANGE_NOT_SATISFIABLE`.

    None of the ranges in the request's `Range` header overlap the selected representation, or
    too many small or overlapping ranges were asked for.

    RFC 9110, Section 15.5.17: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17
    """
    UNPROCESSABLE_ENTITY: Literal[HTTPCode.UNPROCESSABLE_CONTENT]
    """422 Unprocessable Content

    Another name for `HTTPCode.UNPROCESSABLE_CONTENT`.

    The server understands the content type and the syntax of the request content is correct, but
    it cannot process the instructions it contains, such as well-formed data that fails
    validation.

    RFC 9110, Section 15.5.21: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21
    """
    # END GENERATED: HTTPCode members
    @property
    def phrase(self) -> str:
        """the reason phrase, as the IANA registry words it: 'Not Found'"""
    @property
    def description(self) -> str:
        """when the code is used, in a sentence or two"""
    @property
    def category(self) -> HTTPCategory:
        """the class its first digit gives it"""
    @property
    def reference(self) -> Reference:
        """the section that defines the code"""
    @property
    def registration(self) -> Registration:
        """the code's standing in the IANA registry"""
    @property
    def expires(self) -> str | None:
        """a temporary registration's expiry date, else None"""
    @property
    def is_informational(self) -> bool:
        """1xx"""
    @property
    def is_success(self) -> bool:
        """2xx"""
    @property
    def is_redirection(self) -> bool:
        """3xx"""
    @property
    def is_client_error(self) -> bool:
        """4xx"""
    @property
    def is_server_error(self) -> bool:
        """5xx"""
    @property
    def is_error(self) -> bool:
        """4xx or 5xx"""
    @overload
    @classmethod
    def get(cls, code: int) -> HTTPCode | None:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> HTTPCode | _T:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @classmethod
    def from_phrase(cls, text: str) -> HTTPCode:
        """The member whose phrase is `text`, ignoring case, spaces and punctuation; former and
        alternative phrases work too.
        """
    @classmethod
    def parse(cls, text: str) -> HTTPCode:
        """The member that `text` names by value, name or phrase ("404", "404 Not Found",
        "NOT_FOUND", "not_found", "Not Found"); a miss raises ValueError listing the closest
        matches.
        """
    @classmethod
    def resolve(cls, code: int) -> HTTPCode:
        """The member for `code`; an unregistered code from 100 to 599 gives the x00 code of its
        class, which is how RFC 9110 (Section 15) says to treat a code one does not recognise.

        >>> HTTPCode.resolve(499)
        <HTTPCode.BAD_REQUEST: 400>
        """
    @property
    def allows_content(self) -> bool:
        """False where the RFC says a response never has content (1xx, 204...)"""
    @property
    def is_cacheable_by_default(self) -> bool:
        """heuristically cacheable (RFC 9110, Section 15.1)"""
    @property
    def header_rules(self) -> tuple[HeaderRule, ...]:
        """the header fields the defining RFC asks for"""
    def problem(
        self,
        detail: str | None = None,
        *,
        type: str | None = None,
        instance: str | None = None,
        **extensions: object,
    ) -> dict[str, object]:
        """An RFC 9457 problem details object for this error code, ready for `json.dumps`.

        >>> HTTPCode.NOT_FOUND.problem("No user 42.")
        {'type': 'about:blank', 'title': 'Not Found', 'status': 404, 'detail': 'No user 42.'}
        """

class WSCategory(enum.Enum):
    """The range a WebSocket close code falls in (RFC 6455, Section 7.4.2).

    >>> WSCategory.of(4001)
    <WSCategory.PRIVATE: '4000-4999'>
    """

    # BEGIN GENERATED: WSCategory members
    PROTOCOL = "1000-2999"
    """1000-2999 Protocol

    RFC 6455, Section 7.4.2: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.2
    """
    REGISTERED = "3000-3999"
    """3000-3999 Registered

    RFC 6455, Section 7.4.2: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.2
    """
    PRIVATE = "4000-4999"
    """4000-4999 Private Use

    RFC 6455, Section 7.4.2: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.2
    """
    # END GENERATED: WSCategory members
    @property
    def phrase(self) -> str:
        """what the range is for, such as 'Private Use'"""
    @property
    def codes(self) -> range:
        """every code of the range: range(4000, 5000) for PRIVATE"""
    @property
    def reference(self) -> Reference:
        """where RFC 6455 defines the range"""
    @classmethod
    def of(cls, code: int) -> WSCategory:
        """The range of any code `code`, registered or not: ValueError outside them all."""
    @classmethod
    def parse(cls, text: str) -> WSCategory:
        """The member that `text` names by value, name or phrase ("4xx", "CLIENT_ERROR",
        "client error").
        """

class WSCloseCode(enum.IntEnum):
    """A WebSocket close code registered with IANA.

    >>> WSCloseCode(1006).phrase
    'Abnormal Closure'
    >>> WSCloseCode.ABNORMAL_CLOSURE.is_sendable
    False
    """

    # BEGIN GENERATED: WSCloseCode members
    NORMAL_CLOSURE = 1000
    """1000 Normal Closure

    The connection is closing because the purpose for which it was opened has been fulfilled.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    GOING_AWAY = 1001
    """1001 Going Away

    The endpoint is going away: a server shutting down, or a browser leaving the page that opened
    the connection.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    PROTOCOL_ERROR = 1002
    """1002 Protocol Error

    The endpoint is closing the connection because its peer broke the WebSocket protocol.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    UNSUPPORTED_DATA = 1003
    """1003 Unsupported Data

    The endpoint received a type of data it cannot accept, such as binary messages when it only
    understands text.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    RESERVED = 1004
    """1004 Reserved

    Reserved with no meaning assigned; a meaning may be defined in the future, so endpoints must
    not send it.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    NO_STATUS_RCVD = 1005
    """1005 No Status Rcvd

    Reported locally when a Close frame arrived without a status code; never sent in a Close
    frame.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    ABNORMAL_CLOSURE = 1006
    """1006 Abnormal Closure

    Reported locally when the connection was lost without a Close frame being received, for
    example when the TCP connection dropped; never sent in a Close frame.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    INVALID_FRAME_PAYLOAD_DATA = 1007
    """1007 Invalid Frame Payload Data

    The endpoint received message data that does not match the message type, such as a text
    message that is not valid UTF-8.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    POLICY_VIOLATION = 1008
    """1008 Policy Violation

    The endpoint received a message that violates its policy; a generic code for when no more
    specific one (1003, 1009) fits or the details must stay hidden.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    MESSAGE_TOO_BIG = 1009
    """1009 Message Too Big

    The endpoint received a message too big for it to process.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    MANDATORY_EXT = 1010
    """1010 Mandatory Extension

    Sent by a client that expected the server to negotiate one or more extensions it did not
    return in the handshake; the reason names the extensions it needs. A server fails the
    handshake instead.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    INTERNAL_ERROR = 1011
    """1011 Internal Error

    The server met an unexpected condition that kept it from fulfilling the request.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    SERVICE_RESTART = 1012
    """1012 Service Restart

    The server is restarting; a client may reconnect, after a randomised delay of a few seconds.

    hybi mailing list: https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html
    """
    TRY_AGAIN_LATER = 1013
    """1013 Try Again Later

    The server is temporarily overloaded or otherwise unable to serve the client, and is closing
    the connection; the client may reconnect later.

    hybi mailing list: https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html
    """
    BAD_GATEWAY = 1014
    """1014 Bad Gateway

    The server, acting as a gateway or proxy, received an invalid response from the upstream
    server, as HTTP's 502 says.

    hybi mailing list: https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html
    """
    TLS_HANDSHAKE = 1015
    """1015 TLS Handshake

    Reported locally when the TLS handshake failed, for example because the server certificate
    could not be verified; never sent in a Close frame.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    UNAUTHORIZED = 3000
    """3000 Unauthorized

    The endpoint refuses the connection because the client is not authenticated, as HTTP's 401
    says.

    IANA WebSocket Close Code Number Registry:
    https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number
    """
    FORBIDDEN = 3003
    """3003 Forbidden

    The endpoint refuses the connection because the client, though authenticated, lacks
    permission, as HTTP's 403 says.

    IANA WebSocket Close Code Number Registry:
    https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number
    """
    TIMEOUT = 3008
    """3008 Timeout

    The endpoint is closing the connection because a request or the peer took too long, as HTTP's
    408 and 504 say.

    IANA WebSocket Close Code Number Registry:
    https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number
    """
    OK: Literal[WSCloseCode.NORMAL_CLOSURE]
    """1000 Normal Closure

    Another name for `WSCloseCode.NORMAL_CLOSURE`.

    The connection is closing because the purpose for which it was opened has been fulfilled.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    NO_STATUS_RECEIVED: Literal[WSCloseCode.NO_STATUS_RCVD]
    """1005 No Status Rcvd

    Another name for `WSCloseCode.NO_STATUS_RCVD`.

    Reported locally when a Close frame arrived without a status code; never sent in a Close
    frame.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    INVALID_TEXT: Literal[WSCloseCode.INVALID_FRAME_PAYLOAD_DATA]
    """1007 Invalid Frame Payload Data

    Another name for `WSCloseCode.INVALID_FRAME_PAYLOAD_DATA`.

    The endpoint received message data that does not match the message type, such as a text
    message that is not valid UTF-8.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    INVALID_DATA: Literal[WSCloseCode.INVALID_FRAME_PAYLOAD_DATA]
    """1007 Invalid Frame Payload Data

    Another name for `WSCloseCode.INVALID_FRAME_PAYLOAD_DATA`.

    The endpoint received message data that does not match the message type, such as a text
    message that is not valid UTF-8.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    MANDATORY_EXTENSION: Literal[WSCloseCode.MANDATORY_EXT]
    """1010 Mandatory Extension

    Another name for `WSCloseCode.MANDATORY_EXT`.

    Sent by a client that expected the server to negotiate one or more extensions it did not
    return in the handshake; the reason names the extensions it needs. A server fails the
    handshake instead.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    TLS_HANDSHAKE_FAILED: Literal[WSCloseCode.TLS_HANDSHAKE]
    """1015 TLS Handshake

    Another name for `WSCloseCode.TLS_HANDSHAKE`.

    Reported locally when the TLS handshake failed, for example because the server certificate
    could not be verified; never sent in a Close frame.

    RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
    """
    # END GENERATED: WSCloseCode members
    @property
    def phrase(self) -> str:
        """the code's name in the IANA registry, such as 'Normal Closure'"""
    @property
    def description(self) -> str:
        """when the code is used, in a sentence or two"""
    @property
    def category(self) -> WSCategory:
        """the range the code falls in"""
    @property
    def reference(self) -> Reference:
        """the document that defines the code"""
    @property
    def registration(self) -> Registration:
        """the code's standing in the IANA registry"""
    @property
    def is_sendable(self) -> bool:
        """an endpoint may put it in a Close frame"""
    @property
    def is_local_only(self) -> bool:
        """1005, 1006 and 1015: reported locally, never sent"""
    @overload
    @classmethod
    def get(cls, code: int) -> WSCloseCode | None:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> WSCloseCode | _T:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @classmethod
    def from_phrase(cls, text: str) -> WSCloseCode:
        """The member whose phrase is `text`, ignoring case, spaces and punctuation; former and
        alternative phrases work too.
        """
    @classmethod
    def parse(cls, text: str) -> WSCloseCode:
        """The member that `text` names by value, name or phrase ("404", "404 Not Found",
        "NOT_FOUND", "not_found", "Not Found"); a miss raises ValueError listing the closest
        matches.
        """
    @classmethod
    def for_http(cls, code: int) -> WSCloseCode:
        """The close code to end a WebSocket with when the failure is the HTTP error `code`.

        401 gives UNAUTHORIZED (3000), 403 FORBIDDEN (3003), 408 and 504 TIMEOUT (3008), 429 and
        503 TRY_AGAIN_LATER (1013), 502 BAD_GATEWAY (1014); any other 5xx INTERNAL_ERROR (1011)
        and any other 4xx POLICY_VIOLATION (1008). ValueError for codes that are not errors.

        >>> WSCloseCode.for_http(403)
        <WSCloseCode.FORBIDDEN: 3003>
        """

def reason_phrase(code: int, /) -> str:
    """The reason phrase of a registered code, or "" for anything else: the fastest int-to-phrase
    path, for servers writing status lines.

    >>> reason_phrase(404)
    'Not Found'
    >>> reason_phrase(599)
    ''
    """

def is_informational(code: int) -> bool:
    """True for 100-199. Any int is accepted; anything else raises CodeTypeError."""

def is_success(code: int) -> bool:
    """True for 200-299. Any int is accepted; anything else raises CodeTypeError."""

def is_redirection(code: int) -> bool:
    """True for 300-399. Any int is accepted; anything else raises CodeTypeError."""

def is_client_error(code: int) -> bool:
    """True for 400-499. Any int is accepted; anything else raises CodeTypeError.

    >>> is_client_error(404), is_client_error(499), is_client_error(500)
    (True, True, False)
    """

def is_server_error(code: int) -> bool:
    """True for 500-599. Any int is accepted; anything else raises CodeTypeError."""

def is_error(code: int) -> bool:
    """True for 400-599, client and server errors. Any int is accepted; anything else raises
    CodeTypeError.
    """

def is_valid_close_code(code: int) -> bool:
    """True when RFC 6455 lets an endpoint send `code` in a Close frame, and so accept it from
    one: the registered sendable codes and all of 3000-4999. CodeTypeError for anything but an
    int.

    >>> is_valid_close_code(1000), is_valid_close_code(1006), is_valid_close_code(4001)
    (True, False, True)
    """

class _Coded(Protocol):
    # What `choices` reads of a member: any registry's members have both.
    @property
    def value(self) -> int:
        """The code as a plain int."""
    @property
    def phrase(self) -> str:
        """The code's phrase, as its registry words it."""

def choices(codes: Iterable[_Coded]) -> list[tuple[int, str]]:
    """`(value, label)` pairs for Django's `choices=`: one per code, aliases once, labelled
    "404 Not Found".

    Pass a registry (`HTTPCode`, `WSCloseCode`, a vendor enum) or any iterable of its members.

    >>> from statuscodes import HTTPCode, WSCloseCode, choices
    >>> choices(HTTPCode)[:2]
    [(100, '100 Continue'), (101, '101 Switching Protocols')]
    >>> choices(code for code in WSCloseCode if code.is_sendable)[0]
    (1000, '1000 Normal Closure')
    """

# FastAPI's own type for `responses=` (dicts are invariant), so that entries can take a "model".
def openapi_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """FastAPI's `responses=` mapping for `codes`, described by the IANA registry's phrases
    (FastAPI's own come from `http.client.responses`, which lacks 104 and 306 and changes with
    the Python version). An unregistered code raises `UnregisteredCodeError`.

    >>> from statuscodes import openapi_responses
    >>> openapi_responses(404, 422)
    {404: {'description': 'Not Found'}, 422: {'description': 'Unprocessable Content'}}
    """
