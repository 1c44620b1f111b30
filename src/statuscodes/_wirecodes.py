"""What the registries of codes written in hex share (HTTP/2, HTTP/3, QUIC): a repr in hex, `parse`
that reads "0x10c", and the miss message of a code past the registry's width.

Built on `CodeRegistry`, so lookups, pickling, pydantic and the read-only contract are HTTPCode's;
`str()` and `format()` stay the plain int, as there. Only the enum modules that need it import
this one: `import statuscodes` never does.
"""

from __future__ import annotations

from _collections_abc import Callable

from ._errors import as_index, not_an_int, shown
from ._parsing import MAX_TEXT, normalise, require_text
from ._registry import CodeRegistry

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    _Code = TypeVar("_Code", bound="HexCode")

#: The largest QUIC variable-length integer (RFC 9000, Section 16): every QUIC and HTTP/3 code.
VARINT_MAX = 2**62 - 1
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def as_hex_text(text: str) -> int | None:
    """The int that `text` writes in hex with a 0x prefix ("0x10c", "0X010C"); None otherwise."""
    digits = text[2:]
    if text[:2] not in ("0x", "0X") or not digits or len(digits) > 40:
        return None
    return int(digits, 16) if _HEX_DIGITS.issuperset(digits) else None


def past_width(code: int, what: str, largest: int, unit: str) -> str | None:
    """The message for a code outside 0..largest, which cannot be `what` at all; None inside."""
    if 0 <= code <= largest:
        return None
    return (
        f"{shown(code) if code < 0 else hex_or_bits(code)} is not {what}: "
        f"they are {unit}, from 0 to {largest:#x}"
    )


def hex_or_bits(code: int) -> str:
    """`code` in hex for a message, or its size when it is too large to print."""
    return f"{code:#x}" if code.bit_length() <= 100 else shown(code)


class HexCode(CodeRegistry):
    """What the registries of codes written in hex share: the base of H2ErrorCode, H3ErrorCode
    and QUICErrorCode."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self._name_}: {self._value_:#x}>"

    @classmethod
    def parse(cls, text: str) -> HexCode:
        """The member that `text` names by value in hex or decimal, name or phrase ("0x8",
        "8", "0x8 CANCEL", "CANCEL", "Stream cancelled"); a miss raises ValueError."""
        require_text(text, f"{cls.__name__}.parse()")
        stripped = text.strip() if len(text) <= MAX_TEXT else ""
        head, _, tail = stripped.partition(" ")
        code = as_hex_text(head)
        if code is None:
            named: HexCode = cls._text.parse(text, cls._value2member_map_, cls._member_map_)
            return named
        member = cls.get(code)
        if not isinstance(member, HexCode):
            raise ValueError(f"{shown(text)}: {cls._miss_message(code)}")
        wanted = normalise(tail)
        if wanted and cls._text.candidates().get(wanted) is not member:
            raise ValueError(
                f"{shown(text)}: {code:#x} is {member.name} ({member.phrase!r}), "
                f"not {tail.strip()!r}"
            )
        return member

    @classmethod
    def _resolve_to(
        cls: type[_Code], code: object, fallback: int, too_wide: Callable[[int], str | None]
    ) -> _Code:
        """`resolve` where every code inside the registry's width that is not a member means
        the member `fallback` (as HTTP/2 and HTTP/3 treat codes they do not know)."""
        as_int = as_index(code)
        if as_int is None:
            raise not_an_int(code, f"{cls.__name__}.resolve()")
        member = cls._value2member_map_.get(as_int)
        if isinstance(member, cls):
            return member
        message = too_wide(as_int)
        if message is not None:
            raise ValueError(message)
        return cls(fallback)
