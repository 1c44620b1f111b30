"""Reading codes from people's text: `parse`, `from_phrase`, the closest matches that errors
suggest, and the command's reading of its queries.

Imported with the package and importing nothing else of it (the registries come in as
arguments): an import made on first use could hang a child forked while another thread held its
lock. The phrase index is built on first use (a race builds it twice, harmlessly). Parsing is
for people's input, not an allow-list: text with control or format characters (Unicode Cc and
Cf) is refused outright, as is any other unprintable character but a space.
"""

from __future__ import annotations

# The same classes as collections.abc, which would import collections (~7M instructions on 3.13).
from _collections_abc import Callable, Iterable, Mapping, Sequence

from ._errors import shown

TYPE_CHECKING = False
if TYPE_CHECKING:  # for checkers only: _registry imports this module
    from typing import Any, TypeAlias

    Member: TypeAlias = Any  # of whichever registry: each types its own methods
    Registry: TypeAlias = type[Any]  # HTTPCode, WSCloseCode...: the stubs type them apart
    #: A member with the names and the phrases that find it.
    Terms: TypeAlias = tuple[Member, Sequence[str], Sequence[str]]

# The longest name or phrase in either registry normalises to under 40 characters; past this
# length nothing can match, and refusing early keeps hostile input from costing time.
MAX_TEXT = 200
_SIMILAR_ENOUGH = 0.6


def normalise(text: str) -> str:
    """`text` folded for matching: case, spaces and punctuation ignored.

    >>> normalise("Request-URI Too Long")
    'requesturitoolong'
    """
    return "".join(char for char in text.casefold() if char.isalnum())


def similarity(a: str, b: str) -> float:
    """2 x the longest common subsequence / the total length: 1.0 for equal strings."""
    total = len(a) + len(b)
    if not total or 2 * min(len(a), len(b)) / total < _SIMILAR_ENOUGH:
        return 0.0
    previous = [0] * (len(b) + 1)
    for char in a:
        current = [0]
        for j, other in enumerate(b):
            current.append(previous[j] + 1 if char == other else max(previous[j + 1], current[j]))
        previous = current
    return 2 * previous[-1] / total


def _refuse_hidden_characters(text: str, what: str) -> None:
    # str.isprintable() is False for Cc, Cf, surrogates, private use and unassigned code points
    # (and for spaces, which are fine): unicodedata would cost milliseconds to import.
    for char in text.strip():
        if not char.isprintable() and not (char.isspace() and char > "\x9f"):
            raise ValueError(
                f"{shown(text)} holds the unprintable character U+{ord(char):04X}: "
                f"{what} reads text people type, so remove it first"
            )


def require_text(text: object, what: str) -> str:
    """`text` if it is a str without hidden characters, else a clear TypeError or ValueError."""
    if not isinstance(text, str):
        hint = ""
        if isinstance(text, int) and not isinstance(text, bool):
            hint = f": for a number use {what.split('.')[0]}({text})"
        elif isinstance(text, (bytes, bytearray)):
            hint = ": decode it first"
        raise TypeError(f"{what} takes a str, not {type(text).__name__} {shown(text)}{hint}")
    if len(text) <= MAX_TEXT:
        _refuse_hidden_characters(text, what)
    return text


class TextLookups:
    """The text lookups of one registry enum.

    `terms` gives, on first use, each member with the names and phrases that find it: canonical
    name first, then aliases and former names; the phrase first, then former wordings.
    """

    def __init__(self, what: str, terms: Callable[[], Iterable[Terms]]) -> None:
        self.what = what
        self._terms = terms
        self._phrases: dict[str, Member] | None = None
        self._candidates: dict[str, Member] | None = None

    def phrases(self) -> dict[str, Member]:
        """Normalised phrase (current, former or alternative) -> member, built on first use."""
        if self._phrases is None:
            index: dict[str, Member] = {}
            for member, _, phrases in self._terms():
                for phrase in phrases:
                    index.setdefault(normalise(phrase), member)
            self._phrases = index
        return self._phrases

    def candidates(self) -> dict[str, Member]:
        """Normalised value, name or phrase -> member: what a miss is compared with."""
        if self._candidates is None:
            index: dict[str, Member] = {}
            for member, names, phrases in self._terms():
                for term in (str(member.value), *names, *phrases):
                    index.setdefault(normalise(term), member)
            self._candidates = index
        return self._candidates

    def closest(self, text: str, limit: int = 3) -> list[Member]:
        """The members whose value, name or phrase `text` most resembles, best first."""
        wanted = normalise(text[:MAX_TEXT])
        if not wanted:
            return []
        candidates = self.candidates()
        # Words of a phrase count too: "teapot" finds I'm a Teapot.
        found = [member for key, member in candidates.items() if len(wanted) >= 4 and wanted in key]
        scores = {key: similarity(wanted[:40], key) for key in candidates}
        ranked = sorted(candidates, key=scores.__getitem__, reverse=True)
        found += [candidates[key] for key in ranked if scores[key] >= _SIMILAR_ENOUGH]
        unique: list[Member] = []
        for member in found:
            if member not in unique:
                unique.append(member)
        return unique[:limit]

    def suggestion(self, text: str, *, by_name: bool = False) -> str:
        matches = self.closest(text)
        if not matches:
            return ""
        if by_name:
            listed = ", ".join(f"{m.name} ({m.value} {m.phrase})" for m in matches)
        else:
            listed = ", ".join(f"{m.value} {m.phrase}" for m in matches)
        return f"; closest: {listed}"

    def unknown_name(self, name: object) -> str:
        closest = self.suggestion(name, by_name=True) if isinstance(name, str) else ""
        return (
            f"{shown(name)} is not a member name of {self.what}{closest} "
            f"(use {self.what}.parse() to read a code, name or phrase)"
        )

    def from_phrase(self, text: str) -> Member:
        require_text(text, f"{self.what}.from_phrase()")
        member = self.phrases().get(normalise(text)) if len(text) <= MAX_TEXT else None
        if member is None:
            raise ValueError(
                f"{shown(text)} is not the phrase of a {self.what}{self.suggestion(text)}"
            )
        return member

    def parse(
        self, text: str, by_value: Mapping[object, Member], names: Mapping[str, Member]
    ) -> Member:
        require_text(text, f"{self.what}.parse()")
        stripped = text.strip() if len(text) <= MAX_TEXT else ""
        head, _, tail = stripped.partition(" ")
        member = by_value.get(head) if head else None  # a category: "4xx"
        if member is None and head.isascii() and head.isdigit():
            member = by_value.get(int(head))
            if member is None:
                raise ValueError(f"{shown(text)}: {int(head)} is not a registered {self.what}")
        if member is not None:
            if not tail or self.phrases().get(normalise(tail)) is member:
                return member
            raise ValueError(f"{shown(text)}: {head} is {member.phrase!r}, not {tail.strip()!r}")
        name = stripped.upper().replace(" ", "_").replace("-", "_")
        member = names.get(name) if name.isascii() else None
        if member is None and stripped:
            member = self.phrases().get(normalise(stripped))
        if member is None:
            raise ValueError(f"{shown(text)} names no {self.what}{self.suggestion(text)}")
        return member


# The command's queries. -------------------------------------------------------------------------
# The registries come in as arguments, first-named first: this module imports none of them.

#: The prefixes of a constant as the command prints it or code names it, lowercased.
_PACKAGE_PREFIXES = ("statuscodes.", "status.")


def constant(text: str, registries: Mapping[str, Registry]) -> Member | None:
    """The member a constant names, or None if `text` is not one or its number and name disagree.

    `registries` maps the names a constant may start with to the registries they mean:
    {"HTTP_": HTTPCode, "HTTPCode.": HTTPCode, ...} (matched in any case).
    `status.HTTP_404_NOT_FOUND`, `WS_1006_ABNORMAL_CLOSURE` and `HTTPCode.NOT_FOUND` are three.
    """
    rest = text.strip()
    for prefix in _PACKAGE_PREFIXES:
        if rest.lower().startswith(prefix):
            rest = rest[len(prefix) :]
    for prefix, registry in registries.items():
        if not rest.lower().startswith(prefix.lower()):
            continue
        rest = rest[len(prefix) :]
        number = None
        if prefix.endswith("_"):  # HTTP_404_NOT_FOUND: the number, then the name
            number, _, rest = rest.partition("_")
            if not (3 <= len(number) <= 4 and number.isascii() and number.isdigit()):
                return None
        if not (rest.isascii() and rest.replace("_", "a").isalnum()):
            return None
        member = registry.__members__.get(rest.upper())
        if member is None or (number is not None and member != int(number)):
            return None
        return member
    return None


def looks_like_constant(text: str, registries: Mapping[str, Registry]) -> bool:
    """Whether `text` is written as a constant, whether or not one of that name exists."""
    rest = text.strip().lower()
    for prefix in _PACKAGE_PREFIXES:
        rest = rest.removeprefix(prefix)
    return any(rest.startswith(prefix.lower()) and len(rest) > len(prefix) for prefix in registries)


def find(text: str, registries: Mapping[str, Registry]) -> list[Member]:
    """The members `text` names: by constant, code, name or phrase first, else by words of them
    (of the current name, phrase and description, and of former names and phrases)."""
    if looks_like_constant(text, registries):
        named = constant(text, registries)
        return [] if named is None else [named]
    every = _unique(registries.values())
    matches: list[Member] = []
    for registry in every:
        try:
            matches.append(registry.parse(text))
        except ValueError:
            pass
    if matches:
        return matches
    words = text.casefold().split()
    if not words or len(text) > MAX_TEXT:
        return []
    searchable = _searchable(every)
    return [member for member, terms in searchable.items() if all(word in terms for word in words)]


def _unique(registries: Iterable[Registry]) -> list[Registry]:
    return list(dict.fromkeys(registries))


def _searchable(registries: Iterable[Registry]) -> dict[Member, str]:
    """Each member's words: its name, phrase and description, then every name and phrase that
    `parse` knows it by (the text index's keys: UNPROCESSABLE_ENTITY, Payload Too Large)."""
    terms: dict[Member, list[str]] = {}
    for registry in registries:
        for member in registry:
            terms[member] = [member.name, member.phrase, getattr(member, "description", "")]
        for key, member in registry._text.candidates().items():
            terms[member].append(key)
    return {member: " ".join(words).casefold() for member, words in terms.items()}


def closest(text: str, registries: Iterable[Registry]) -> str:
    """The closest matches in `registries`, as the command words them."""
    found = [member for registry in registries for member in registry._text.closest(text)]
    listed = [f"{member.value} {member.phrase}" for member in found[:5]]
    return f"closest: {', '.join(listed)}" if listed else "no close match"


def queries(arguments: list[str], registries: Mapping[str, Registry]) -> list[str]:
    """The queries in the arguments: the whole text if it names one code, else each number and
    each constant on its own, and the words between them as one query."""
    text = " ".join(arguments).strip()
    for registry in _unique(registries.values()):
        try:
            registry.parse(text)
            return [text]
        except ValueError:
            pass
    found: list[str] = []
    words: list[str] = []
    for token in text.split():
        if (token.isascii() and token.isdigit()) or looks_like_constant(token, registries):
            found += [" ".join(words)] if words else []
            found.append(token)
            words = []
        else:
            words.append(token)
    found += [" ".join(words)] if words else []
    return found or [text]
