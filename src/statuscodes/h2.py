"""HTTP/2 error codes as an IntEnum built like HTTPCode, with each one's HTTP/3 counterpart.
`import statuscodes` does not import this module.

>>> from statuscodes.h2 import H2ErrorCode
>>> H2ErrorCode.parse("0x8")
<H2ErrorCode.CANCEL: 0x8>
>>> H2ErrorCode.CANCEL.to_h3()
<H3ErrorCode.H3_REQUEST_CANCELLED: 0x10c>
"""

from __future__ import annotations

from ._data import Reference, Registration, Row
from ._h2_data import H2_ROWS, IANA_H2_REGISTRY_DATE, MAPPING_REFERENCE, TO_H3
from ._wirecodes import HexCode, past_width
from .h3 import H3ErrorCode

__all__ = ["IANA_H2_REGISTRY_DATE", "H2ErrorCode"]

#: The largest HTTP/2 error code: the field is 32 bits (RFC 9113, Section 7).
H2_MAX = 2**32 - 1


class H2ErrorCode(HexCode, rows=H2_ROWS):
    """An HTTP/2 error code registered with IANA, as RST_STREAM and GOAWAY frames carry it.

    >>> H2ErrorCode(0x7).phrase
    'Stream not processed'
    """

    __module__ = "statuscodes.h2"

    phrase: str  #: the code's description in the IANA registry, such as 'Stream cancelled'
    description: str  #: when the code is used, in a sentence or two
    reference: Reference  #: the section that defines the code
    registration: Registration  #: the code's standing in the IANA registry
    h3_counterpart: str  #: what RFC 9114, Appendix A.4 maps the code to, in words

    @classmethod
    def _member_fields(cls, row: Row) -> dict[str, object]:
        return {
            "phrase": row.phrase,
            "description": row.description,
            "reference": row.reference,
            "registration": row.registration,
            "h3_counterpart": TO_H3[row.code][1],
        }

    def to_h3(self) -> H3ErrorCode:
        """The HTTP/3 code that RFC 9114 (Appendix A.4) gives for this one; ValueError, saying
        why, for the codes that have none (FLOW_CONTROL_ERROR, SETTINGS_TIMEOUT, STREAM_CLOSED,
        COMPRESSION_ERROR, INADEQUATE_SECURITY).

        >>> H2ErrorCode.REFUSED_STREAM.to_h3()
        <H3ErrorCode.H3_REQUEST_REJECTED: 0x10b>
        """
        counterpart, words = TO_H3[self._value_]
        if counterpart is None:
            raise ValueError(
                f"{self._name_} has no HTTP/3 counterpart, {words} ({MAPPING_REFERENCE})"
            )
        return H3ErrorCode(counterpart)

    @classmethod
    def resolve(cls, code: int) -> H2ErrorCode:
        """The member for `code`; any other HTTP/2 code gives INTERNAL_ERROR, as RFC 9113
        (Section 7) lets an implementation treat a code it does not know.

        >>> H2ErrorCode.resolve(0xFF)
        <H2ErrorCode.INTERNAL_ERROR: 0x2>
        """
        return cls._resolve_to(code, 0x2, _past_width)  # INTERNAL_ERROR

    @classmethod
    def _miss_message(cls, code: int) -> str:
        too_wide = _past_width(code)
        if too_wide is not None:
            return too_wide
        return (
            f"{code:#x} is not a registered HTTP/2 error code: H2ErrorCode.get({code:#x}) gives "
            f"None, and H2ErrorCode.resolve({code:#x}) gives INTERNAL_ERROR, as RFC 9113 lets "
            f"an implementation treat it"
        )


def _past_width(code: int) -> str | None:
    return past_width(code, "an HTTP/2 error code", H2_MAX, "32-bit")
