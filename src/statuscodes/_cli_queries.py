"""The command's reading of its arguments: which queries they hold, and what each one names."""

from __future__ import annotations

import re

from ._http import HTTPCode
from ._ws import WSCloseCode

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Union

    Member = Union[HTTPCode, WSCloseCode]

# A constant as the command prints it, or as code names it: status.HTTP_404_NOT_FOUND,
# WS_1006_ABNORMAL_CLOSURE, HTTPCode.NOT_FOUND.
CONSTANT = re.compile(
    r"(?:statuscodes\.)?(?:status\.)?(HTTP|WS)_(\d{3,4})_(\w+)|(?:statuscodes\.)?(HTTPCode|WSCloseCode)\.(\w+)",
    re.ASCII | re.IGNORECASE,
)


def constant(text: str) -> Member | None:
    """The member a constant names; None if it is not one, or its number and name disagree."""
    match = CONSTANT.fullmatch(text.strip())
    if match is None:
        return None
    prefix, number, name, cls, member_name = match.groups()
    registry: type[HTTPCode] | type[WSCloseCode]
    if cls is not None:
        registry, name = (HTTPCode if cls.lower() == "httpcode" else WSCloseCode), member_name
    else:
        registry = HTTPCode if prefix.upper() == "HTTP" else WSCloseCode
    member = registry.__members__.get(name.upper())
    return member if member is not None and (number is None or member == int(number)) else None


def find(text: str) -> list[Member]:
    """The members `text` names: by constant, code, name or phrase first, else by words of them
    (of the current name, phrase and description, and of former names and phrases)."""
    if CONSTANT.fullmatch(text.strip()):
        named = constant(text)
        return [] if named is None else [named]
    matches: list[Member] = []
    for registry in (HTTPCode, WSCloseCode):
        try:
            matches.append(registry.parse(text))
        except ValueError:
            pass
    if matches:
        return matches
    words = text.casefold().split()
    if not words or len(text) > 200:
        return []
    searchable = _searchable()
    return [member for member, terms in searchable.items() if all(word in terms for word in words)]


def _searchable() -> dict[Member, str]:
    """Each member's words: its name, phrase and description, then every name and phrase that
    `parse` knows it by (the text index's keys: UNPROCESSABLE_ENTITY, Payload Too Large)."""
    terms: dict[Member, list[str]] = {
        member: [member.name, member.phrase, member.description]
        for member in (*HTTPCode, *WSCloseCode)
    }
    for registry in (HTTPCode, WSCloseCode):
        for key, member in registry._text.candidates().items():
            terms[member].append(key)
    return {member: " ".join(words).casefold() for member, words in terms.items()}


def closest(text: str) -> str:
    found = [*HTTPCode._text.closest(text), *WSCloseCode._text.closest(text)]
    listed = [f"{int(m)} {m.phrase}" for m in found[:5]]
    return f"closest: {', '.join(listed)}" if listed else "no close match"


def queries(arguments: list[str]) -> list[str]:
    """The queries in the arguments: the whole text if it names one code, else each number and
    each constant on its own, and the words between them as one query."""
    text = " ".join(arguments).strip()
    for registry in (HTTPCode, WSCloseCode):
        try:
            registry.parse(text)
            return [text]
        except ValueError:
            pass
    found: list[str] = []
    words: list[str] = []
    for token in text.split():
        if (token.isascii() and token.isdigit()) or CONSTANT.fullmatch(token):
            found += [" ".join(words)] if words else []
            found.append(token)
            words = []
        else:
            words.append(token)
    found += [" ".join(words)] if words else []
    return found or [text]
