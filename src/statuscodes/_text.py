"""Reading codes from text: `parse`, `from_phrase` and the closest matches that errors suggest.

This module is imported on the first text lookup (`_enum.search_of`), not by `import statuscodes`;
the phrase index is built then, and difflib is imported only to suggest matches for a miss.
"""

from __future__ import annotations

from ._enum import shown

TYPE_CHECKING = False
if TYPE_CHECKING:
    import enum
    from typing import Sequence

    from ._data import Row

# The longest name or phrase in either registry normalises to under 40 characters; past this
# length nothing can match, and refusing early keeps hostile input from costing time.
MAX_TEXT = 200


def normalise(text: str) -> str:
    """`text` folded for matching: case, spaces and punctuation ignored ("Request-URI" = "requesturi")."""
    return "".join(char for char in text.casefold() if char.isalnum())


class Search:
    """The text lookups of one registry enum."""

    def __init__(self, cls: type[enum.IntEnum], rows: Sequence[Row], what: str) -> None:
        self.cls = cls
        self.rows = rows
        self.what = what
        self._phrases: dict[str, enum.IntEnum] | None = None

    def phrases(self) -> dict[str, enum.IntEnum]:
        """Normalised phrase (current, former or alternative) -> member, built on first use."""
        if self._phrases is None:
            index: dict[str, enum.IntEnum] = {}
            for row in self.rows:
                # The registry's own wording counts too, unless it only says "(Unused)".
                registry = (
                    () if (row.registry_text or "(").startswith("(") else (row.registry_text,)
                )
                for phrase in (row.phrase, *row.other_phrases, *registry):
                    index.setdefault(normalise(phrase), self.cls(row.code))
            self._phrases = index  # a race builds it twice, harmlessly
        return self._phrases

    def closest(self, text: str, limit: int = 3) -> list[enum.IntEnum]:
        """The members whose code, name or phrase `text` most resembles, best first."""
        wanted = normalise(text[:MAX_TEXT])
        if not wanted:
            return []
        candidates: dict[str, enum.IntEnum] = {}
        for row in self.rows:
            member = self.cls(row.code)
            candidates[str(row.code)] = member
            for phrase in (row.name, *row.aliases, row.phrase, *row.other_phrases):
                candidates.setdefault(normalise(phrase), member)
        # Words of the phrase count too: "teapot" finds I'm a Teapot.
        found = [member for key, member in candidates.items() if len(wanted) >= 4 and wanted in key]
        import difflib

        for key in difflib.get_close_matches(wanted, candidates, n=limit * 3, cutoff=0.6):
            found.append(candidates[key])
        unique: list[enum.IntEnum] = []
        for member in found:
            if member not in unique:
                unique.append(member)
        return unique[:limit]

    def suggestion(self, text: str, *, by_name: bool = False) -> str:
        matches = self.closest(text)
        if not matches:
            return ""
        if by_name:
            listed = ", ".join(f"{m.name} ({int(m)} {m.phrase})" for m in matches)  # type: ignore[attr-defined]  # members have phrases
        else:
            listed = ", ".join(f"{int(m)} {m.phrase}" for m in matches)  # type: ignore[attr-defined]  # members have phrases
        return f"; closest: {listed}"

    def unknown_name(self, name: object) -> str:
        closest = self.suggestion(name, by_name=True) if isinstance(name, str) else ""
        return (
            f"{shown(name)} is not a member name of {self.what}{closest} "
            f"(use {self.what}.parse() to read a code, name or phrase)"
        )

    def from_phrase(self, text: str) -> enum.IntEnum:
        _require_text(text, f"{self.what}.from_phrase()")
        member = self.phrases().get(normalise(text)) if len(text) <= MAX_TEXT else None
        if member is None:
            raise ValueError(
                f"{shown(text)} is not the phrase of a {self.what}{self.suggestion(text)}"
            )
        return member

    def parse(self, text: str) -> enum.IntEnum:
        _require_text(text, f"{self.what}.parse()")
        stripped = text.strip() if len(text) <= MAX_TEXT else ""
        head, _, tail = stripped.partition(" ")
        if head.isascii() and head.isdigit():
            code = int(head)
            member = self.cls(code) if code in self.cls else None  # type: ignore[operator]  # our `in` takes values
            if member is None:
                raise ValueError(f"{shown(text)}: {code} is not a registered {self.what}")
            if not tail or self.phrases().get(normalise(tail)) is member:
                return member
            raise ValueError(
                f"{shown(text)}: {code} is {member.phrase!r}, not {tail.strip()!r}"  # type: ignore[attr-defined]  # members have phrases
            )
        name = stripped.upper().replace(" ", "_").replace("-", "_")
        member = self.cls.__members__.get(name) if name.isascii() else None
        if member is None and stripped:
            member = self.phrases().get(normalise(stripped))
        if member is None:
            raise ValueError(f"{shown(text)} names no {self.what}{self.suggestion(text)}")
        return member


def _require_text(text: object, what: str) -> None:
    if not isinstance(text, str):
        hint = ""
        if isinstance(text, int) and not isinstance(text, bool):
            hint = f": for a number use {what.split('.')[0]}({text})"
        elif isinstance(text, (bytes, bytearray)):
            hint = ": decode it first"
        raise TypeError(f"{what} takes a str, not {type(text).__name__} {shown(text)}{hint}")
