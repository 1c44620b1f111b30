"""HTTP/3 error codes, QPACK's among them, as an IntEnum built like HTTPCode. `import statuscodes`
does not import this module.

>>> from statuscodes.h3 import H3ErrorCode, is_reserved_h3_code
>>> H3ErrorCode.parse("0x10c")
<H3ErrorCode.H3_REQUEST_CANCELLED: 0x10c>
>>> H3ErrorCode(0x10C).phrase
'Data no longer needed'
>>> is_reserved_h3_code(0x21), H3ErrorCode.resolve(0x21)
(True, <H3ErrorCode.H3_NO_ERROR: 0x100>)
"""

from __future__ import annotations

from ._data import Reference, Registration, Row
from ._errors import require_int
from ._h3_data import H3_ROWS, IANA_H3_REGISTRY_DATE
from ._wirecodes import VARINT_MAX, HexCode, past_width

__all__ = ["IANA_H3_REGISTRY_DATE", "H3ErrorCode", "is_reserved_h3_code"]


class H3ErrorCode(HexCode, rows=H3_ROWS):
    """An HTTP/3 error code registered with IANA: HTTP/3's own, QPACK's and H3_DATAGRAM_ERROR.

    >>> H3ErrorCode.H3_VERSION_FALLBACK.reference
    Reference('RFC 9114', '8.1', 'https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1')
    """

    __module__ = "statuscodes.h3"

    phrase: str  #: the code's description in the IANA registry, such as 'Data no longer needed'
    description: str  #: when the code is used, in a sentence or two
    reference: Reference  #: the section that defines the code
    registration: Registration  #: the code's standing in the IANA registry

    @classmethod
    def _member_fields(cls, row: Row) -> dict[str, object]:
        return {
            "phrase": row.phrase,
            "description": row.description,
            "reference": row.reference,
            "registration": row.registration,
        }

    @classmethod
    def resolve(cls, code: int) -> H3ErrorCode:
        """The member for `code`; any other HTTP/3 code gives H3_NO_ERROR, which is how RFC 9114
        (Section 9) says to treat a code one does not know, reserved codes included.

        >>> H3ErrorCode.resolve(0x999)
        <H3ErrorCode.H3_NO_ERROR: 0x100>
        """
        return cls._resolve_to(code, 0x100, _past_width)  # H3_NO_ERROR

    @classmethod
    def _miss_message(cls, code: int) -> str:
        too_wide = _past_width(code)
        if too_wide is not None:
            return too_wide
        treated = (
            f"H3ErrorCode.get({code:#x}) gives None and H3ErrorCode.resolve({code:#x}) gives "
            f"H3_NO_ERROR, as RFC 9114 says to treat it"
        )
        if _is_reserved(code):
            return (
                f"{code:#x} is a reserved HTTP/3 error code (0x1f * N + 0x21, RFC 9114, Section "
                f"8.1), sent to exercise unknown codes: {treated}"
            )
        return f"{code:#x} is not a registered HTTP/3 error code: {treated}"


def _past_width(code: int) -> str | None:
    return past_width(
        code, "an HTTP/3 error code", VARINT_MAX, "QUIC application error codes, 62-bit varints"
    )


def _is_reserved(code: int) -> bool:
    return code >= 0x21 and (code - 0x21) % 0x1F == 0


def is_reserved_h3_code(code: int) -> bool:
    """True for the reserved codes 0x1f * N + 0x21 (RFC 9114, Section 8.1), which an endpoint
    sends to check that its peer treats unknown codes as H3_NO_ERROR. None of them is a member.
    ValueError past 62 bits; CodeTypeError for anything but an int.

    >>> is_reserved_h3_code(0x21), is_reserved_h3_code(0x40), is_reserved_h3_code(0x10C)
    (True, True, False)
    """
    code = require_int(code, "is_reserved_h3_code()")
    too_wide = _past_width(code)
    if too_wide is not None:
        raise ValueError(too_wide)
    return _is_reserved(code)
