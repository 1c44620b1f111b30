"""QUIC transport error codes as an IntEnum built like HTTPCode, and the TLS alert that a
CRYPTO_ERROR (0x0100-0x01ff) carries. `import statuscodes` does not import this module.

>>> from statuscodes.quic import QUICErrorCode
>>> QUICErrorCode.parse("0xa")
<QUICErrorCode.PROTOCOL_VIOLATION: 0xa>
>>> QUICErrorCode.describe(0x178)
'CRYPTO_ERROR, TLS alert 120 (no_application_protocol)'
"""

from __future__ import annotations

from types import MappingProxyType

from ._data import Reference, Registration, Row
from ._errors import as_index, not_an_int, require_int, shown
from ._quic_data import CRYPTO_FIRST, CRYPTO_LAST, IANA_QUIC_REGISTRY_DATE, QUIC_ROWS
from ._quic_data import TLS_ALERTS as _TLS_ALERTS
from ._wirecodes import VARINT_MAX, HexCode, past_width, refuse_bools

__all__ = ["IANA_QUIC_REGISTRY_DATE", "TLS_ALERTS", "QUICErrorCode", "tls_alert"]

#: The TLS alerts' names by number, as the IANA "TLS Alerts" registry gives them (read-only).
TLS_ALERTS = MappingProxyType(_TLS_ALERTS)


class QUICErrorCode(HexCode, rows=QUIC_ROWS):
    """A QUIC transport error code registered with IANA, as a CONNECTION_CLOSE frame of type
    0x1c carries it. CRYPTO_ERROR stands for the whole range 0x0100-0x01ff.

    >>> QUICErrorCode.resolve(0x178)
    <QUICErrorCode.CRYPTO_ERROR: 0x100>
    """

    __module__ = "statuscodes.quic"

    phrase: str  #: the code's description in the IANA registry, such as 'Flow control error'
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
    def resolve(cls, code: int) -> QUICErrorCode:
        """The member for `code`, and CRYPTO_ERROR for every code of 0x0100-0x01ff; ValueError
        for any other code.

        >>> QUICErrorCode.resolve(0x12A)
        <QUICErrorCode.CRYPTO_ERROR: 0x100>
        """
        as_int = as_index(code)
        if as_int is None:
            raise not_an_int(code, "QUICErrorCode.resolve()")
        if CRYPTO_FIRST <= as_int <= CRYPTO_LAST:
            return cls(CRYPTO_FIRST)
        return cls(as_int)

    @classmethod
    def describe(cls, code: int) -> str:
        """What `code` means, in words: its member's name, and for a CRYPTO_ERROR the TLS
        alert it carries; ValueError for a code that is neither.

        >>> QUICErrorCode.describe(0x10)
        'NO_VIABLE_PATH'
        """
        member = cls.resolve(code)
        as_int = require_int(code, "QUICErrorCode.describe()")
        if member._value_ != CRYPTO_FIRST:
            return member._name_
        alert = as_int - CRYPTO_FIRST
        return f"CRYPTO_ERROR, TLS alert {alert} ({TLS_ALERTS.get(alert, 'unassigned')})"

    @classmethod
    def _miss_message(cls, code: int) -> str:
        too_wide = past_width(code, "a QUIC error code", VARINT_MAX, "62-bit varints")
        if too_wide is not None:
            return too_wide
        if CRYPTO_FIRST <= code <= CRYPTO_LAST:
            return (
                f"{code:#x} is {cls.describe(code)}: every code of 0x100-0x1ff is a CRYPTO_ERROR, "
                f"and only 0x100 is the member; QUICErrorCode.resolve({code:#x}) gives it, "
                f"tls_alert({code:#x}) the alert"
            )
        return (
            f"{code:#x} is not a registered QUIC transport error code: "
            f"QUICErrorCode.get({code:#x}) gives None"
        )


refuse_bools(QUICErrorCode)  # NO_ERROR is 0x0 and a bool is no code


def tls_alert(code: int) -> int:
    """The TLS alert a CRYPTO_ERROR code carries, its low byte (RFC 9001, Section 4.8); look
    its name up in TLS_ALERTS. ValueError for a code outside 0x0100-0x01ff.

    >>> tls_alert(0x178), TLS_ALERTS[tls_alert(0x178)]
    (120, 'no_application_protocol')
    """
    as_int = require_int(code, "tls_alert()")
    if not CRYPTO_FIRST <= as_int <= CRYPTO_LAST:
        raise ValueError(
            f"{shown(code)} is not a CRYPTO_ERROR code: only 0x100-0x1ff carry a TLS alert"
        )
    return as_int - CRYPTO_FIRST
