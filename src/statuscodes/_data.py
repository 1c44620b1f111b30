"""THE table: every HTTP status code and WebSocket close code the library knows, with its
metadata, preceded by the shapes of its rows. This module is the single source of truth and a
leaf: it imports nothing of the package. Everything else is built or generated from it
(`tools/generate.py` renders the stubs, the flat `status` module and the reference docs).

Codes, names and phrases follow the IANA registries (snapshots in `tests/data/`); descriptions are
our own summaries of the cited sections. To update from a new IANA export, run
`tools/update_registry.py`, which reports and applies the differences here.
"""

from __future__ import annotations

import enum
from types import SimpleNamespace

TYPE_CHECKING = False  # typing is not imported at run time: it would double the import cost

# The shapes of the rows. ------------------------------------------------------------------------

_RFC_EDITOR = "https://www.rfc-editor.org/rfc/"


class _Value:
    """An immutable value of a few named fields, compared and hashed by them."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Value) or type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(self._fields, self._values(), strict=True)
        )
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[type[_Value], tuple[object, ...]]:
        return (type(self), self._values())


class Reference(_Value):
    """Where a code is defined: a document, the section in it, and a link to that section.

    >>> ref = Reference("RFC 9110", "15.5.5")
    >>> str(ref)
    'RFC 9110, Section 15.5.5'
    >>> ref.url
    'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5'
    """

    __module__ = "statuscodes"
    __slots__ = ("document", "section", "url")
    _fields = ("document", "section", "url")  # the order of the arguments

    document: str  #: the document, such as 'RFC 9110'
    section: str | None  #: the section in it, such as '15.5.5'; None for the whole
    url: str  #: a link to the section (or the document)

    def __init__(self, document: str, section: str | None = None, url: str | None = None) -> None:
        if url is None:
            if not document.startswith("RFC "):
                raise ValueError(f"{document!r} is not an RFC: give its url")
            url = f"{_RFC_EDITOR}rfc{document[4:]}.html"
            if section is not None:
                url += f"#section-{section}"
        object.__setattr__(self, "document", document)
        object.__setattr__(self, "section", section)
        object.__setattr__(self, "url", url)

    def __str__(self) -> str:
        if self.section is None:
            return self.document
        return f"{self.document}, Section {self.section}"

    def __repr__(self) -> str:
        return f"Reference({self.document!r}, {self.section!r}, {self.url!r})"


#: The BCP 14 keywords a HeaderRule may carry, strongest first.
LEVELS = ("MUST", "SHOULD", "MAY")


class HeaderRule(_Value):
    """A response header field that the RFC defining a status code requires (MUST),
    recommends (SHOULD) or allows (MAY), with the section that says so.

    `when` is None for a rule that always applies, else the condition the RFC attaches to it
    (which `check_response` cannot see, so it reports only the rules whose `when` is None).

    >>> rule = HeaderRule("Allow", "MUST", Reference("RFC 9110", "15.5.6"), "The methods allowed.")
    >>> f"{rule.level} {rule.field} ({rule.reference})"
    'MUST Allow (RFC 9110, Section 15.5.6)'
    """

    __module__ = "statuscodes"
    __slots__ = ("field", "level", "note", "reference", "when")
    _fields = ("field", "level", "reference", "note", "when")  # the order of the arguments

    field: str  #: the header field's name, such as 'WWW-Authenticate'
    level: str  #: MUST, SHOULD or MAY, as the RFC words the rule
    reference: Reference  #: the section that states the rule
    note: str  #: what the field is for in a response with this code
    when: str | None  #: the condition the rule applies under; None for always

    def __init__(
        self, field: str, level: str, reference: Reference, note: str, when: str | None = None
    ) -> None:
        if level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
        # One call per field rather than a loop: the table builds ~40 rules at import.
        set_field = object.__setattr__
        set_field(self, "field", field)
        set_field(self, "level", level)
        set_field(self, "reference", reference)
        set_field(self, "note", note)
        set_field(self, "when", when)


class Finding(_Value):
    """One thing `check_response` found wrong with a response: how strongly the RFC words the
    rule (MUST or SHOULD), a sentence saying what is wrong, the status code, and the section.

    >>> finding = Finding("MUST", "401 response without WWW-Authenticate", 401,
    ...                   Reference("RFC 9110", "15.5.2"))
    >>> str(finding)
    '401 response without WWW-Authenticate'
    """

    __module__ = "statuscodes"
    __slots__ = ("code", "level", "message", "reference")
    _fields = ("level", "message", "code", "reference")  # the order of the arguments

    level: str  #: MUST or SHOULD, as the RFC words the broken rule
    message: str  #: what is wrong, in a sentence
    code: int  #: the response's status code
    reference: Reference  #: the section that states the rule

    def __init__(self, level: str, message: str, code: int, reference: Reference) -> None:
        for name, value in zip(self._fields, (level, message, code, reference), strict=True):
            object.__setattr__(self, name, value)

    def __str__(self) -> str:
        return self.message


class Registration(enum.Enum):
    """The standing of a code in its IANA registry.

    >>> Registration.TEMPORARY.value
    'temporary'
    """

    __module__ = "statuscodes"

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

    def __str__(self) -> str:
        return self.value


# Each field is declared once, with its type and default. At run time a row is a SimpleNamespace
# (a C __init__, no dataclass machinery to import); checkers see a frozen keyword-only dataclass,
# so a misspelt or missing field in the table is a type error.
if TYPE_CHECKING:
    from dataclasses import dataclass as _row_shape
else:

    def _row_shape(**options):
        return lambda cls: cls


@_row_shape(frozen=True, kw_only=True)
class CategoryRow(SimpleNamespace):
    """One range of codes: a name, its phrase, its first and last code, and where it is defined."""

    name: str
    value: str
    phrase: str
    first: int
    last: int
    reference: Reference


@_row_shape(frozen=True, kw_only=True)
class Row(SimpleNamespace):
    """One code of an IANA registry (HTTP or WebSocket) with everything the library says of it."""

    code: int
    name: str
    phrase: str
    description: str
    reference: Reference
    registration: Registration = Registration.PERMANENT
    #: A temporary registration's expiry date in the registry, as an ISO date ("2026-11-13"): a
    #: str, so that `import statuscodes` does not import datetime. None for every other code.
    expires: str | None = None
    #: Other libraries' names for this code: silent aliases everywhere.
    aliases: tuple[str, ...] = ()
    #: Names this code went by before its current one: silent aliases on the enum, deprecated in
    #: `statuscodes.status` (as `starlette.status` does).
    former_names: tuple[str, ...] = ()
    #: Older or alternative wordings of the phrase that `from_phrase` and `parse` accept.
    other_phrases: tuple[str, ...] = ()
    #: The registry's own text where `phrase` departs from it; None where they agree.
    registry_text: str | None = None
    #: WebSocket rows only: the HTTP failures that `WSCloseCode.for_http` maps to this code.
    answers_http: tuple[int, ...] = ()
    #: WebSocket rows only: reported locally, never sent in a Close frame (RFC 6455, 7.4.1).
    local_only: bool = False
    #: HTTP rows only: where the RFC says a response with this code never has content.
    no_content: Reference | None = None
    #: HTTP rows only: where the RFC says this code is heuristically cacheable (cacheable by
    #: default, unless the method or explicit cache controls say otherwise).
    heuristically_cacheable: Reference | None = None
    #: HTTP rows only: the response header fields the defining RFC requires or recommends.
    header_rules: tuple[HeaderRule, ...] = ()

    @property
    def value(self) -> int:
        """The code, under the name the enum machinery reads from every kind of row."""
        return self.code


# The rows. --------------------------------------------------------------------------------------

#: The "last updated" date of the IANA HTTP Status Code Registry that `HTTP_ROWS` reflects.
IANA_HTTP_REGISTRY_DATE = "2025-09-15"

HTTP_CATEGORIES = (
    CategoryRow(
        name="INFORMATIONAL",
        value="1xx",
        phrase="Informational",
        first=100,
        last=199,
        reference=Reference("RFC 9110", "15.2"),
    ),
    CategoryRow(
        name="SUCCESSFUL",
        value="2xx",
        phrase="Successful",
        first=200,
        last=299,
        reference=Reference("RFC 9110", "15.3"),
    ),
    CategoryRow(
        name="REDIRECTION",
        value="3xx",
        phrase="Redirection",
        first=300,
        last=399,
        reference=Reference("RFC 9110", "15.4"),
    ),
    CategoryRow(
        name="CLIENT_ERROR",
        value="4xx",
        phrase="Client Error",
        first=400,
        last=499,
        reference=Reference("RFC 9110", "15.5"),
    ),
    CategoryRow(
        name="SERVER_ERROR",
        value="5xx",
        phrase="Server Error",
        first=500,
        last=599,
        reference=Reference("RFC 9110", "15.6"),
    ),
)

# The rules that many rows share. The rows' `no_content`, `heuristically_cacheable` and
# `header_rules` cite the sentence each comes from; tests/test_rules.py checks them against it.
INFORMATIONAL_NO_CONTENT = Reference("RFC 9110", "15.2")  # a 1xx "cannot contain content"
HEURISTICALLY_CACHEABLE = Reference("RFC 9110", "15.1")
# Section 10.2.3 gives Retry-After a meaning on any 3xx but words no BCP 14 keyword: optional.
RETRY_AFTER_ON_REDIRECT = HeaderRule(
    "Retry-After",
    "MAY",
    Reference("RFC 9110", "10.2.3"),
    "The minimum time the user agent is asked to wait before following the redirect.",
)


def fields_of_a_200(section: str) -> tuple[HeaderRule, ...]:
    """The fields a 206 or 304 response MUST repeat from the 200 that the request would get."""
    fields = ("Content-Location", "Date", "ETag", "Vary", "Cache-Control", "Expires")
    return tuple(
        HeaderRule(
            field,
            "MUST",
            Reference("RFC 9110", section),
            "The same field as the 200 response to the same request would have sent.",
            when="a 200 response to the same request would have carried it",
        )
        for field in fields
    )


# Unassigned: 105-199, 209-225, 227-299, 309-399, 419-420, 427, 430, 432-450, 452-499, 509,
# 512-599. RFC 9110, Section 15 treats an unrecognised code as the x00 code of its class.
HTTP_ROWS = (
    Row(
        code=100,
        name="CONTINUE",
        phrase="Continue",
        description=(
            "The server has received the request header and has not rejected it: the client may "
            "go on sending the content, which it may have held back after asking with `Expect: "
            "100-continue`."
        ),
        reference=Reference("RFC 9110", "15.2.1"),
        no_content=INFORMATIONAL_NO_CONTENT,
    ),
    Row(
        code=101,
        name="SWITCHING_PROTOCOLS",
        phrase="Switching Protocols",
        description=(
            "The server agrees to the client's `Upgrade` request and will speak the protocol "
            "named in its own `Upgrade` header once this response ends, as when a WebSocket "
            "handshake succeeds."
        ),
        reference=Reference("RFC 9110", "15.2.2"),
        no_content=INFORMATIONAL_NO_CONTENT,
        header_rules=(
            HeaderRule(
                "Upgrade",
                "MUST",
                Reference("RFC 9110", "15.2.2"),
                "The protocol or protocols in effect once this response ends.",
            ),
        ),
    ),
    Row(
        code=102,
        name="PROCESSING",
        phrase="Processing",
        description=(
            "An interim WebDAV response: the server has accepted a request that takes a long time "
            "and is still working on it, so the client should not time out. RFC 4918 dropped it "
            "from WebDAV, but the registration stands."
        ),
        reference=Reference("RFC 2518", "10.1"),
        no_content=INFORMATIONAL_NO_CONTENT,
    ),
    Row(
        code=103,
        name="EARLY_HINTS",
        phrase="Early Hints",
        description=(
            "An interim response that carries header fields, typically `Link` with preload hints, "
            "which the client may act on while the server prepares the final response."
        ),
        reference=Reference("RFC 8297", "2"),
        no_content=INFORMATIONAL_NO_CONTENT,
    ),
    Row(
        code=104,
        name="UPLOAD_RESUMPTION_SUPPORTED",
        phrase="Upload Resumption Supported",
        description=(
            "An interim response telling the client that the server supports resumable uploads "
            "and where the upload resource is, so that an interrupted upload can resume rather "
            "than start again."
        ),
        reference=Reference(
            "draft-ietf-httpbis-resumable-upload-05",
            url="https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05",
        ),
        registration=Registration.TEMPORARY,
        expires="2026-11-13",
        registry_text=(
            "Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered "
            "2025-09-15, expires 2026-11-13)"
        ),
        no_content=INFORMATIONAL_NO_CONTENT,
    ),
    Row(
        code=200,
        name="OK",
        phrase="OK",
        description=(
            "The request succeeded; what the content means depends on the method (the resource "
            "for GET, the outcome of the action for POST)."
        ),
        reference=Reference("RFC 9110", "15.3.1"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
    ),
    Row(
        code=201,
        name="CREATED",
        phrase="Created",
        description=(
            "The request succeeded and created one or more resources; the `Location` header, when "
            "present, identifies the primary one."
        ),
        reference=Reference("RFC 9110", "15.3.2"),
        header_rules=(
            HeaderRule(
                "Location",
                "MAY",
                Reference("RFC 9110", "15.3.2"),
                (
                    "Identifies the primary resource created; without it the target URI does (the "
                    "section words no BCP 14 keyword)."
                ),
            ),
        ),
    ),
    Row(
        code=202,
        name="ACCEPTED",
        phrase="Accepted",
        description=(
            "The request was accepted for processing that has not finished and may still fail; "
            "HTTP has no way to report the final outcome later."
        ),
        reference=Reference("RFC 9110", "15.3.3"),
    ),
    Row(
        code=203,
        name="NON_AUTHORITATIVE_INFORMATION",
        phrase="Non-Authoritative Information",
        description=(
            "The request succeeded, but a transforming proxy changed the content that the origin "
            "server sent in its 200 response."
        ),
        reference=Reference("RFC 9110", "15.3.4"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
    ),
    Row(
        code=204,
        name="NO_CONTENT",
        phrase="No Content",
        description=(
            "The request succeeded and there is no content to send back; a user agent should stay "
            "on the current document view."
        ),
        reference=Reference("RFC 9110", "15.3.5"),
        no_content=Reference("RFC 9110", "15.3.5"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
    ),
    Row(
        code=205,
        name="RESET_CONTENT",
        phrase="Reset Content",
        description=(
            "The request succeeded and the user agent should reset the document that sent it to "
            "its original state, such as clearing a submitted form. It carries no content."
        ),
        reference=Reference("RFC 9110", "15.3.6"),
        no_content=Reference("RFC 9110", "15.3.6"),
    ),
    Row(
        code=206,
        name="PARTIAL_CONTENT",
        phrase="Partial Content",
        description=(
            "The server is sending only the part of the representation that a `Range` request "
            "asked for, described by `Content-Range` or a multipart body."
        ),
        reference=Reference("RFC 9110", "15.3.7"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
        header_rules=(
            HeaderRule(
                "Content-Range",
                "MUST",
                Reference("RFC 9110", "15.3.7.1"),
                (
                    "The range enclosed, when one part is sent; several parts are sent as "
                    "multipart/byteranges content instead (Section 15.3.7.2)."
                ),
            ),
            *fields_of_a_200("15.3.7"),
        ),
    ),
    Row(
        code=207,
        name="MULTI_STATUS",
        phrase="Multi-Status",
        description=(
            "A WebDAV response whose XML body reports a separate status for each of several "
            "resources or operations."
        ),
        reference=Reference("RFC 4918", "11.1"),
    ),
    Row(
        code=208,
        name="ALREADY_REPORTED",
        phrase="Already Reported",
        description=(
            "Used inside a WebDAV 207 body: the members of this collection binding were already "
            "listed earlier in the response and are not repeated."
        ),
        reference=Reference("RFC 5842", "7.1"),
    ),
    Row(
        code=226,
        name="IM_USED",
        phrase="IM Used",
        description=(
            "The server fulfilled a GET with one or more instance manipulations (such as a delta "
            "encoding) applied to the current instance, named in the `IM` header."
        ),
        reference=Reference("RFC 3229", "10.4.1"),
    ),
    Row(
        code=300,
        name="MULTIPLE_CHOICES",
        phrase="Multiple Choices",
        description=(
            "The resource has several representations, each with its own identifier, and the "
            "client or user may pick one; the server may name a preferred one in `Location`."
        ),
        reference=Reference("RFC 9110", "15.4.1"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
        header_rules=(
            HeaderRule(
                "Location",
                "SHOULD",
                Reference("RFC 9110", "15.4.1"),
                "The URI reference of the preferred choice.",
                when="the server has a preferred choice",
            ),
            RETRY_AFTER_ON_REDIRECT,
        ),
    ),
    Row(
        code=301,
        name="MOVED_PERMANENTLY",
        phrase="Moved Permanently",
        description=(
            "The resource has a new permanent URI, given in `Location`; links should be updated. "
            "Clients may change a POST into a GET when they follow it: use 308 to forbid that."
        ),
        reference=Reference("RFC 9110", "15.4.2"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
        header_rules=(
            HeaderRule(
                "Location",
                "SHOULD",
                Reference("RFC 9110", "15.4.2"),
                "The preferred URI reference for the new permanent URI.",
            ),
            RETRY_AFTER_ON_REDIRECT,
        ),
    ),
    Row(
        code=302,
        name="FOUND",
        phrase="Found",
        description=(
            "The resource is temporarily at the URI in `Location`; keep using the original URI. "
            "Clients may change a POST into a GET when they follow it: use 307 to forbid that."
        ),
        reference=Reference("RFC 9110", "15.4.3"),
        header_rules=(
            HeaderRule(
                "Location",
                "SHOULD",
                Reference("RFC 9110", "15.4.3"),
                "The URI reference for the different URI.",
            ),
            RETRY_AFTER_ON_REDIRECT,
        ),
    ),
    Row(
        code=303,
        name="SEE_OTHER",
        phrase="See Other",
        description=(
            "The response to the request is found at the URI in `Location`, to be fetched with "
            "GET, as after a form POST that should not be resubmitted on reload."
        ),
        reference=Reference("RFC 9110", "15.4.4"),
        header_rules=(
            HeaderRule(
                "Location",
                "MAY",
                Reference("RFC 9110", "15.4.4"),
                (
                    "The URI of the resource that answers the request; the code is defined by it, "
                    "but the section words no BCP 14 keyword."
                ),
            ),
            RETRY_AFTER_ON_REDIRECT,
        ),
    ),
    Row(
        code=304,
        name="NOT_MODIFIED",
        phrase="Not Modified",
        description=(
            "A conditional GET or HEAD found that the client's cached copy is still current, so "
            "no content is sent and the cache should use what it has."
        ),
        reference=Reference("RFC 9110", "15.4.5"),
        no_content=Reference("RFC 9110", "15.4.5"),
        header_rules=fields_of_a_200("15.4.5"),
    ),
    Row(
        code=305,
        name="USE_PROXY",
        phrase="Use Proxy",
        description=(
            "Once told the client to repeat the request through the proxy named in `Location`; "
            "deprecated, because letting a server pick the client's proxy is a security risk."
        ),
        reference=Reference("RFC 9110", "15.4.6"),
        registration=Registration.DEPRECATED,
    ),
    Row(
        code=306,
        name="RESERVED",
        phrase="Switch Proxy",
        description=(
            "Defined in an early draft of HTTP/1.1 to make later requests use another proxy, and "
            "no longer used; the code is reserved."
        ),
        reference=Reference("RFC 9110", "15.4.7"),
        registration=Registration.UNUSED,
        registry_text="(Unused)",
    ),
    Row(
        code=307,
        name="TEMPORARY_REDIRECT",
        phrase="Temporary Redirect",
        description=(
            "The resource is temporarily at the URI in `Location`, and the client must repeat the "
            "request there with the same method and content."
        ),
        reference=Reference("RFC 9110", "15.4.8"),
        header_rules=(
            HeaderRule(
                "Location",
                "SHOULD",
                Reference("RFC 9110", "15.4.8"),
                "The URI reference for the different URI.",
            ),
            RETRY_AFTER_ON_REDIRECT,
        ),
    ),
    Row(
        code=308,
        name="PERMANENT_REDIRECT",
        phrase="Permanent Redirect",
        description=(
            "The resource has a new permanent URI, given in `Location`, and the client must "
            "repeat the request there with the same method and content."
        ),
        reference=Reference("RFC 9110", "15.4.9"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
        header_rules=(
            HeaderRule(
                "Location",
                "SHOULD",
                Reference("RFC 9110", "15.4.9"),
                "The preferred URI reference for the new permanent URI.",
            ),
            RETRY_AFTER_ON_REDIRECT,
        ),
    ),
    Row(
        code=400,
        name="BAD_REQUEST",
        phrase="Bad Request",
        description=(
            "The server will not process the request because of what it takes to be a client "
            "error, such as malformed syntax or invalid framing. It is also the fallback for any "
            "unrecognised 4xx code."
        ),
        reference=Reference("RFC 9110", "15.5.1"),
    ),
    Row(
        code=401,
        name="UNAUTHORIZED",
        phrase="Unauthorized",
        description=(
            "The request lacks valid credentials for the target resource; the response's "
            "`WWW-Authenticate` header says how to authenticate."
        ),
        reference=Reference("RFC 9110", "15.5.2"),
        header_rules=(
            HeaderRule(
                "WWW-Authenticate",
                "MUST",
                Reference("RFC 9110", "15.5.2"),
                "At least one challenge applicable to the target resource.",
            ),
        ),
    ),
    Row(
        code=402,
        name="PAYMENT_REQUIRED",
        phrase="Payment Required",
        description="Reserved for future use; no standard defines its semantics.",
        reference=Reference("RFC 9110", "15.5.3"),
    ),
    Row(
        code=403,
        name="FORBIDDEN",
        phrase="Forbidden",
        description=(
            "The server understood the request and refuses to fulfil it; sending credentials, or "
            "other ones, will not change that."
        ),
        reference=Reference("RFC 9110", "15.5.4"),
    ),
    Row(
        code=404,
        name="NOT_FOUND",
        phrase="Not Found",
        description=(
            "The server has no current representation for the target resource, or will not reveal "
            "that one exists."
        ),
        reference=Reference("RFC 9110", "15.5.5"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
    ),
    Row(
        code=405,
        name="METHOD_NOT_ALLOWED",
        phrase="Method Not Allowed",
        description=(
            "The target resource does not support the request's method; the response's `Allow` "
            "header lists the methods it does support."
        ),
        reference=Reference("RFC 9110", "15.5.6"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
        header_rules=(
            HeaderRule(
                "Allow",
                "MUST",
                Reference("RFC 9110", "15.5.6"),
                "The target resource's currently supported methods; an empty value means none.",
            ),
        ),
    ),
    Row(
        code=406,
        name="NOT_ACCEPTABLE",
        phrase="Not Acceptable",
        description=(
            "The resource has no representation that satisfies the request's proactive "
            "negotiation headers (such as `Accept`), and the server will not send a default one."
        ),
        reference=Reference("RFC 9110", "15.5.7"),
    ),
    Row(
        code=407,
        name="PROXY_AUTHENTICATION_REQUIRED",
        phrase="Proxy Authentication Required",
        description=(
            "Like 401, but the client must authenticate with the proxy, which says how in "
            "`Proxy-Authenticate`."
        ),
        reference=Reference("RFC 9110", "15.5.8"),
        header_rules=(
            HeaderRule(
                "Proxy-Authenticate",
                "MUST",
                Reference("RFC 9110", "15.5.8"),
                "A challenge applicable to that proxy for the request.",
            ),
        ),
    ),
    Row(
        code=408,
        name="REQUEST_TIMEOUT",
        phrase="Request Timeout",
        description=(
            "The server did not receive a complete request within the time it was prepared to "
            "wait, and is closing the connection; the client may send the request again."
        ),
        reference=Reference("RFC 9110", "15.5.9"),
    ),
    Row(
        code=409,
        name="CONFLICT",
        phrase="Conflict",
        description=(
            "The request conflicts with the current state of the target resource, such as an edit "
            "made against an outdated version; the user may be able to resolve it and resubmit."
        ),
        reference=Reference("RFC 9110", "15.5.10"),
    ),
    Row(
        code=410,
        name="GONE",
        phrase="Gone",
        description=(
            "The target resource is no longer available at the origin server, and this is "
            "expected to be permanent; links to it should be removed."
        ),
        reference=Reference("RFC 9110", "15.5.11"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
    ),
    Row(
        code=411,
        name="LENGTH_REQUIRED",
        phrase="Length Required",
        description=(
            "The server refuses a request that has no `Content-Length`; the client may repeat it "
            "with one."
        ),
        reference=Reference("RFC 9110", "15.5.12"),
    ),
    Row(
        code=412,
        name="PRECONDITION_FAILED",
        phrase="Precondition Failed",
        description=(
            "A condition in the request's header fields (such as `If-Match` or "
            "`If-Unmodified-Since`) evaluated to false, so the method was not applied."
        ),
        reference=Reference("RFC 9110", "15.5.13"),
    ),
    Row(
        code=413,
        name="CONTENT_TOO_LARGE",
        phrase="Content Too Large",
        description=(
            "The request content is larger than the server is willing or able to process; the "
            "server may close the connection, and `Retry-After` says when a retry might work if "
            "the limit is temporary."
        ),
        reference=Reference("RFC 9110", "15.5.14"),
        former_names=("REQUEST_ENTITY_TOO_LARGE",),
        other_phrases=("Request Entity Too Large", "Payload Too Large"),
        header_rules=(
            HeaderRule(
                "Retry-After",
                "SHOULD",
                Reference("RFC 9110", "15.5.14"),
                (
                    "Says that the condition is temporary and after what time the client may try "
                    "again."
                ),
                when="the condition is temporary",
            ),
        ),
    ),
    Row(
        code=414,
        name="URI_TOO_LONG",
        phrase="URI Too Long",
        description=(
            "The target URI is longer than the server is willing to interpret, as happens when a "
            "form with much data is sent with GET or a redirect loop keeps growing the query."
        ),
        reference=Reference("RFC 9110", "15.5.15"),
        former_names=("REQUEST_URI_TOO_LONG",),
        other_phrases=("Request-URI Too Long",),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
    ),
    Row(
        code=415,
        name="UNSUPPORTED_MEDIA_TYPE",
        phrase="Unsupported Media Type",
        description=(
            "The server refuses the request because its content is in a format, or content "
            "coding, that the target resource does not support for this method."
        ),
        reference=Reference("RFC 9110", "15.5.16"),
    ),
    Row(
        code=416,
        name="RANGE_NOT_SATISFIABLE",
        phrase="Range Not Satisfiable",
        description=(
            "None of the ranges in the request's `Range` header overlap the selected "
            "representation, or too many small or overlapping ranges were asked for."
        ),
        reference=Reference("RFC 9110", "15.5.17"),
        former_names=("REQUESTED_RANGE_NOT_SATISFIABLE",),
        other_phrases=("Requested Range Not Satisfiable",),
        header_rules=(
            HeaderRule(
                "Content-Range",
                "SHOULD",
                Reference("RFC 9110", "15.5.17"),
                (
                    "The current length of the selected representation, as in `bytes */1234` (said"
                    " of a response to a byte-range request, the one range unit HTTP defines)."
                ),
            ),
        ),
    ),
    Row(
        code=417,
        name="EXPECTATION_FAILED",
        phrase="Expectation Failed",
        description=(
            "The server cannot meet the expectation given in the request's `Expect` header."
        ),
        reference=Reference("RFC 9110", "15.5.18"),
    ),
    Row(
        code=418,
        name="IM_A_TEAPOT",
        phrase="I'm a Teapot",
        description=(
            "Unused: the April Fools' Hyper Text Coffee Pot Control Protocol (RFC 2324) gave it "
            "to a teapot asked to brew coffee. It is reserved because it is widely deployed as a "
            "joke."
        ),
        reference=Reference("RFC 9110", "15.5.19"),
        registration=Registration.UNUSED,
        registry_text="(Unused)",
    ),
    Row(
        code=421,
        name="MISDIRECTED_REQUEST",
        phrase="Misdirected Request",
        description=(
            "The request reached a server that is not able or not configured to answer for its "
            "target URI, typically over a reused connection; the client may retry on another "
            "connection."
        ),
        reference=Reference("RFC 9110", "15.5.20"),
    ),
    Row(
        code=422,
        name="UNPROCESSABLE_CONTENT",
        phrase="Unprocessable Content",
        description=(
            "The server understands the content type and the syntax of the request content is "
            "correct, but it cannot process the instructions it contains, such as well-formed "
            "data that fails validation."
        ),
        reference=Reference("RFC 9110", "15.5.21"),
        former_names=("UNPROCESSABLE_ENTITY",),
        other_phrases=("Unprocessable Entity",),
    ),
    Row(
        code=423,
        name="LOCKED",
        phrase="Locked",
        description="The WebDAV source or destination resource of the method is locked.",
        reference=Reference("RFC 4918", "11.3"),
    ),
    Row(
        code=424,
        name="FAILED_DEPENDENCY",
        phrase="Failed Dependency",
        description=(
            "The WebDAV method could not be performed on the resource because an action it "
            "depended on failed."
        ),
        reference=Reference("RFC 4918", "11.4"),
    ),
    Row(
        code=425,
        name="TOO_EARLY",
        phrase="Too Early",
        description=(
            "The server will not risk processing a request that might be replayed because it "
            "arrived in TLS early data; the client may retry once the handshake completes."
        ),
        reference=Reference("RFC 8470", "5.2"),
    ),
    Row(
        code=426,
        name="UPGRADE_REQUIRED",
        phrase="Upgrade Required",
        description=(
            "The server refuses to perform the request using the current protocol but might after "
            "the client upgrades to the one named in the response's `Upgrade` header."
        ),
        reference=Reference("RFC 9110", "15.5.22"),
        header_rules=(
            HeaderRule(
                "Upgrade",
                "MUST",
                Reference("RFC 9110", "15.5.22"),
                "The protocol or protocols required.",
            ),
        ),
    ),
    Row(
        code=428,
        name="PRECONDITION_REQUIRED",
        phrase="Precondition Required",
        description=(
            "The origin server requires the request to be conditional (for example with "
            "`If-Match`), to avoid lost updates when clients overwrite each other's changes."
        ),
        reference=Reference("RFC 6585", "3"),
    ),
    Row(
        code=429,
        name="TOO_MANY_REQUESTS",
        phrase="Too Many Requests",
        description=(
            "The user has sent too many requests in a given amount of time (rate limiting); "
            "`Retry-After` may say how long to wait."
        ),
        reference=Reference("RFC 6585", "4"),
        header_rules=(
            HeaderRule(
                "Retry-After",
                "MAY",
                Reference("RFC 6585", "4"),
                "How long to wait before making a new request.",
            ),
        ),
    ),
    Row(
        code=431,
        name="REQUEST_HEADER_FIELDS_TOO_LARGE",
        phrase="Request Header Fields Too Large",
        description=(
            "The server will not process the request because its header fields, taken one by one "
            "or all together, are too large; the client may retry with smaller ones."
        ),
        reference=Reference("RFC 6585", "5"),
    ),
    Row(
        code=451,
        name="UNAVAILABLE_FOR_LEGAL_REASONS",
        phrase="Unavailable For Legal Reasons",
        description=(
            "The server is denying access to the resource because of a legal demand, such as a "
            "court order; the response should explain, and may name the blocking entity in a "
            "`Link` header."
        ),
        reference=Reference("RFC 7725", "3"),
        heuristically_cacheable=Reference("RFC 7725", "3"),
        header_rules=(
            HeaderRule(
                "Link",
                "SHOULD",
                Reference("RFC 7725", "4"),
                (
                    "A URI reference identifying the entity that blocks access, with "
                    'rel="blocked-by" (which that use of Link MUST have).'
                ),
            ),
        ),
    ),
    Row(
        code=500,
        name="INTERNAL_SERVER_ERROR",
        phrase="Internal Server Error",
        description=(
            "The server met an unexpected condition that kept it from fulfilling the request. It "
            "is also the fallback for any unrecognised 5xx code."
        ),
        reference=Reference("RFC 9110", "15.6.1"),
    ),
    Row(
        code=501,
        name="NOT_IMPLEMENTED",
        phrase="Not Implemented",
        description=(
            "The server does not support the functionality needed to fulfil the request, such as "
            "a method it does not recognise for any resource."
        ),
        reference=Reference("RFC 9110", "15.6.2"),
        heuristically_cacheable=HEURISTICALLY_CACHEABLE,
    ),
    Row(
        code=502,
        name="BAD_GATEWAY",
        phrase="Bad Gateway",
        description=(
            "The server, acting as a gateway or proxy, received an invalid response from the "
            "inbound server it contacted."
        ),
        reference=Reference("RFC 9110", "15.6.3"),
    ),
    Row(
        code=503,
        name="SERVICE_UNAVAILABLE",
        phrase="Service Unavailable",
        description=(
            "The server cannot handle the request right now because of a temporary overload or "
            "scheduled maintenance; `Retry-After` may say when to try again."
        ),
        reference=Reference("RFC 9110", "15.6.4"),
        header_rules=(
            HeaderRule(
                "Retry-After",
                "MAY",
                Reference("RFC 9110", "15.6.4"),
                "An appropriate time for the client to wait before retrying.",
            ),
        ),
    ),
    Row(
        code=504,
        name="GATEWAY_TIMEOUT",
        phrase="Gateway Timeout",
        description=(
            "The server, acting as a gateway or proxy, did not receive a timely response from an "
            "upstream server it needed to complete the request."
        ),
        reference=Reference("RFC 9110", "15.6.5"),
    ),
    Row(
        code=505,
        name="HTTP_VERSION_NOT_SUPPORTED",
        phrase="HTTP Version Not Supported",
        description=(
            "The server does not support, or refuses to support, the major version of HTTP used "
            "in the request."
        ),
        reference=Reference("RFC 9110", "15.6.6"),
    ),
    Row(
        code=506,
        name="VARIANT_ALSO_NEGOTIATES",
        phrase="Variant Also Negotiates",
        description=(
            "A configuration error in transparent content negotiation: the chosen variant is "
            "itself set up to negotiate, so it is not a proper end point."
        ),
        reference=Reference("RFC 2295", "8.1"),
    ),
    Row(
        code=507,
        name="INSUFFICIENT_STORAGE",
        phrase="Insufficient Storage",
        description=(
            "The WebDAV method could not be performed because the server cannot store the "
            "representation needed to complete the request."
        ),
        reference=Reference("RFC 4918", "11.5"),
    ),
    Row(
        code=508,
        name="LOOP_DETECTED",
        phrase="Loop Detected",
        description=(
            "The server ended a WebDAV operation with `Depth: infinity` because it met an "
            "infinite loop of bindings."
        ),
        reference=Reference("RFC 5842", "7.2"),
    ),
    Row(
        code=510,
        name="NOT_EXTENDED",
        phrase="Not Extended",
        description=(
            "The request did not satisfy the policy for accessing the resource under the HTTP "
            "Extension Framework; that framework's RFC has been moved to Historic."
        ),
        reference=Reference("RFC 2774", "7"),
        registration=Registration.OBSOLETED,
        registry_text="Not Extended (OBSOLETED)",
    ),
    Row(
        code=511,
        name="NETWORK_AUTHENTICATION_REQUIRED",
        phrase="Network Authentication Required",
        description=(
            "The client must authenticate to gain network access; sent by intercepting proxies "
            "such as captive portals, never by an origin server."
        ),
        reference=Reference("RFC 6585", "6"),
    ),
)

WS_CATEGORIES = (
    CategoryRow(
        name="PROTOCOL",
        value="1000-2999",
        phrase="Protocol",
        first=1000,
        last=2999,
        reference=Reference("RFC 6455", "7.4.2"),
    ),
    CategoryRow(
        name="REGISTERED",
        value="3000-3999",
        phrase="Registered",
        first=3000,
        last=3999,
        reference=Reference("RFC 6455", "7.4.2"),
    ),
    CategoryRow(
        name="PRIVATE",
        value="4000-4999",
        phrase="Private Use",
        first=4000,
        last=4999,
        reference=Reference("RFC 6455", "7.4.2"),
    ),
)

# 1012 and 1013 were registered after RFC 6455 on the strength of one hybi post, 1014 of another.
HYBI_MSG09670 = Reference(
    "hybi mailing list",
    url="https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html",
)
HYBI_MSG10748 = Reference(
    "hybi mailing list",
    url="https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html",
)
IANA_WEBSOCKET_REGISTRY = Reference(
    "IANA WebSocket Close Code Number Registry",
    url="https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number",
)

# 0-999 are not used; 1016-2999 are unassigned; 4000-4999 are private and never registered
# (RFC 6455, Section 7.4.2). 1005, 1006 and 1015 are reported locally and must never be sent
# (RFC 6455, Section 7.4.1).
WS_ROWS = (
    Row(
        code=1000,
        name="NORMAL_CLOSURE",
        phrase="Normal Closure",
        description=(
            "The connection is closing because the purpose for which it was opened has been "
            "fulfilled."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
        aliases=("OK",),
    ),
    Row(
        code=1001,
        name="GOING_AWAY",
        phrase="Going Away",
        description=(
            "The endpoint is going away: a server shutting down, or a browser leaving the page "
            "that opened the connection."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
    ),
    Row(
        code=1002,
        name="PROTOCOL_ERROR",
        phrase="Protocol Error",
        description=(
            "The endpoint is closing the connection because its peer broke the WebSocket protocol."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
        registry_text="Protocol error",
    ),
    Row(
        code=1003,
        name="UNSUPPORTED_DATA",
        phrase="Unsupported Data",
        description=(
            "The endpoint received a type of data it cannot accept, such as binary messages when "
            "it only understands text."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
    ),
    Row(
        code=1004,
        name="RESERVED",
        phrase="Reserved",
        description=(
            "Reserved with no meaning assigned; a meaning may be defined in the future, so "
            "endpoints must not send it."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
        registration=Registration.RESERVED,
    ),
    Row(
        code=1005,
        name="NO_STATUS_RCVD",
        phrase="No Status Rcvd",
        description=(
            "Reported locally when a Close frame arrived without a status code; never sent in a "
            "Close frame."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
        aliases=("NO_STATUS_RECEIVED",),
        other_phrases=("No Status Received",),
        local_only=True,
    ),
    Row(
        code=1006,
        name="ABNORMAL_CLOSURE",
        phrase="Abnormal Closure",
        description=(
            "Reported locally when the connection was lost without a Close frame being received, "
            "for example when the TCP connection dropped; never sent in a Close frame."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
        local_only=True,
    ),
    Row(
        code=1007,
        name="INVALID_FRAME_PAYLOAD_DATA",
        phrase="Invalid Frame Payload Data",
        description=(
            "The endpoint received message data that does not match the message type, such as a "
            "text message that is not valid UTF-8."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
        aliases=("INVALID_TEXT", "INVALID_DATA"),
        registry_text="Invalid frame payload data",
    ),
    Row(
        code=1008,
        name="POLICY_VIOLATION",
        phrase="Policy Violation",
        description=(
            "The endpoint received a message that violates its policy; a generic code for when no "
            "more specific one (1003, 1009) fits or the details must stay hidden."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
    ),
    Row(
        code=1009,
        name="MESSAGE_TOO_BIG",
        phrase="Message Too Big",
        description="The endpoint received a message too big for it to process.",
        reference=Reference("RFC 6455", "7.4.1"),
    ),
    Row(
        code=1010,
        name="MANDATORY_EXT",
        phrase="Mandatory Extension",
        description=(
            "Sent by a client that expected the server to negotiate one or more extensions it did "
            "not return in the handshake; the reason names the extensions it needs. A server "
            "fails the handshake instead."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
        aliases=("MANDATORY_EXTENSION",),
        registry_text="Mandatory Ext.",
    ),
    Row(
        code=1011,
        name="INTERNAL_ERROR",
        phrase="Internal Error",
        description=(
            "The server met an unexpected condition that kept it from fulfilling the request."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
    ),
    Row(
        code=1012,
        name="SERVICE_RESTART",
        phrase="Service Restart",
        description=(
            "The server is restarting; a client may reconnect, after a randomised delay of a few "
            "seconds."
        ),
        reference=HYBI_MSG09670,
    ),
    Row(
        code=1013,
        name="TRY_AGAIN_LATER",
        phrase="Try Again Later",
        description=(
            "The server is temporarily overloaded or otherwise unable to serve the client, and is "
            "closing the connection; the client may reconnect later."
        ),
        reference=HYBI_MSG09670,
        answers_http=(429, 503),
    ),
    Row(
        code=1014,
        name="BAD_GATEWAY",
        phrase="Bad Gateway",
        description=(
            "The server, acting as a gateway or proxy, received an invalid response from the "
            "upstream server, as HTTP's 502 says."
        ),
        reference=HYBI_MSG10748,
        answers_http=(502,),
    ),
    Row(
        code=1015,
        name="TLS_HANDSHAKE",
        phrase="TLS Handshake",
        description=(
            "Reported locally when the TLS handshake failed, for example because the server "
            "certificate could not be verified; never sent in a Close frame."
        ),
        reference=Reference("RFC 6455", "7.4.1"),
        aliases=("TLS_HANDSHAKE_FAILED",),
        registry_text="TLS handshake",
        local_only=True,
    ),
    Row(
        code=3000,
        name="UNAUTHORIZED",
        phrase="Unauthorized",
        description=(
            "The endpoint refuses the connection because the client is not authenticated, as "
            "HTTP's 401 says."
        ),
        reference=IANA_WEBSOCKET_REGISTRY,
        answers_http=(401,),
    ),
    Row(
        code=3003,
        name="FORBIDDEN",
        phrase="Forbidden",
        description=(
            "The endpoint refuses the connection because the client, though authenticated, lacks "
            "permission, as HTTP's 403 says."
        ),
        reference=IANA_WEBSOCKET_REGISTRY,
        answers_http=(403,),
    ),
    Row(
        code=3008,
        name="TIMEOUT",
        phrase="Timeout",
        description=(
            "The endpoint is closing the connection because a request or the peer took too long, "
            "as HTTP's 408 and 504 say."
        ),
        reference=IANA_WEBSOCKET_REGISTRY,
        answers_http=(408, 504),
    ),
)
