"""The shapes of the registry's data: a reference to a specification, a registration status, and
one row type per table. `_data` fills them in; nothing here knows a code."""

from __future__ import annotations

import enum

TYPE_CHECKING = False  # typing is not imported at run time: it would double the import cost
if TYPE_CHECKING:
    from typing import NoReturn

_RFC_EDITOR = "https://www.rfc-editor.org/rfc/"


class Reference:
    """Where a code is defined: a document, the section in it, and a link to that section.

    >>> ref = Reference("RFC 9110", "15.5.5")
    >>> str(ref)
    'RFC 9110, Section 15.5.5'
    >>> ref.url
    'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5'
    """

    __module__ = "statuscodes"

    __slots__ = ("document", "section", "url")

    document: str
    section: str | None
    url: str

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

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"Reference is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"Reference is immutable: cannot delete {name!r}")

    def __str__(self) -> str:
        if self.section is None:
            return self.document
        return f"{self.document}, Section {self.section}"

    def __repr__(self) -> str:
        return f"Reference({self.document!r}, {self.section!r}, {self.url!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reference):
            return NotImplemented
        return (self.document, self.section, self.url) == (other.document, other.section, other.url)

    def __hash__(self) -> int:
        return hash((self.document, self.section, self.url))

    def __reduce__(self) -> tuple[type[Reference], tuple[str, str | None, str]]:
        return (Reference, (self.document, self.section, self.url))


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


class CategoryRow:
    """One range of codes: a name, its phrase, its first and last code, and where it is defined."""

    __slots__ = ("name", "value", "phrase", "first", "last", "reference")

    def __init__(
        self, *, name: str, value: str, phrase: str, first: int, last: int, reference: Reference
    ) -> None:
        self.name = name
        self.value = value
        self.phrase = phrase
        self.first = first
        self.last = last
        self.reference = reference


class Row:
    """One code of an IANA registry (HTTP or WebSocket) with everything the library says of it."""

    __slots__ = (
        "code", "name", "phrase", "description", "reference", "registration", "aliases",
        "former_names", "other_phrases", "registry_text", "answers_http",
    )

    def __init__(
        self,
        *,
        code: int,
        name: str,
        phrase: str,
        description: str,
        reference: Reference,
        registration: Registration = Registration.PERMANENT,
        aliases: tuple[str, ...] = (),
        former_names: tuple[str, ...] = (),
        other_phrases: tuple[str, ...] = (),
        registry_text: str | None = None,
        answers_http: tuple[int, ...] = (),
    ) -> None:
        self.code = code
        self.name = name
        self.phrase = phrase
        self.description = description
        self.reference = reference
        self.registration = registration
        #: Other libraries' names for this code: silent aliases everywhere.
        self.aliases = aliases
        #: Names this code went by before its current one: silent aliases on the enum, deprecated
        #: in `statuscodes.status` (as `starlette.status` does).
        self.former_names = former_names
        #: Older or alternative wordings of the phrase that `from_phrase` and `parse` accept.
        self.other_phrases = other_phrases
        #: The registry's own text where `phrase` departs from it; None where they agree.
        self.registry_text = registry_text
        #: WebSocket rows only: the HTTP failures that `WSCloseCode.for_http` maps to this code.
        self.answers_http = answers_http
