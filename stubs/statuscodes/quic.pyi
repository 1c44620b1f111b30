# GENERATED blocks are written by tools/generate.py from src/statuscodes/_data.py; edit the rest.
import enum
from collections.abc import Mapping
from typing import Final, TypeVar, overload

from statuscodes import Reference, Registration

_T = TypeVar("_T")

__all__ = ["IANA_QUIC_REGISTRY_DATE", "TLS_ALERTS", "QUICErrorCode", "tls_alert"]

IANA_QUIC_REGISTRY_DATE: Final[str]
"""The "last updated" date of the IANA QUIC page that `QUIC_ROWS` reflects."""
TLS_ALERTS: Final[Mapping[int, str]]
"""The TLS alerts' names by number, as the IANA "TLS Alerts" registry gives them (read-only)."""

class QUICErrorCode(enum.IntEnum):
    """A QUIC transport error code registered with IANA, as a CONNECTION_CLOSE frame of type
    0x1c carries it. CRYPTO_ERROR stands for the whole range 0x0100-0x01ff.

    >>> QUICErrorCode.resolve(0x178)
    <QUICErrorCode.CRYPTO_ERROR: 0x100>
    """

    # BEGIN GENERATED: QUICErrorCode members
    NO_ERROR = 0x0
    """0x0 NO_ERROR: No error

    Not an error: the connection is being closed abruptly with nothing to report.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    INTERNAL_ERROR = 0x1
    """0x1 INTERNAL_ERROR: Implementation error

    The endpoint hit an internal error and cannot go on with the connection.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    CONNECTION_REFUSED = 0x2
    """0x2 CONNECTION_REFUSED: Server refuses a connection

    The server would not accept a new connection.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    FLOW_CONTROL_ERROR = 0x3
    """0x3 FLOW_CONTROL_ERROR: Flow control error

    The peer sent more data than the limits the endpoint advertised allow.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    STREAM_LIMIT_ERROR = 0x4
    """0x4 STREAM_LIMIT_ERROR: Too many streams opened

    A frame named a stream ID past the stream limit the endpoint advertised for that type of
    stream.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    STREAM_STATE_ERROR = 0x5
    """0x5 STREAM_STATE_ERROR: Frame received in invalid stream state

    A frame arrived for a stream whose state does not allow that frame.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    FINAL_SIZE_ERROR = 0x6
    """0x6 FINAL_SIZE_ERROR: Change to final size

    Data or a RESET_STREAM frame contradicted a stream's final size: data past it, or a final
    size below what had arrived, or a changed one.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    FRAME_ENCODING_ERROR = 0x7
    """0x7 FRAME_ENCODING_ERROR: Frame encoding error

    A frame arrived that was badly formatted.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    TRANSPORT_PARAMETER_ERROR = 0x8
    """0x8 TRANSPORT_PARAMETER_ERROR: Error in transport parameters

    The peer's transport parameters were malformed, held a bad value, lacked a mandatory one or
    carried a forbidden one.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    CONNECTION_ID_LIMIT_ERROR = 0x9
    """0x9 CONNECTION_ID_LIMIT_ERROR: Too many connection IDs received

    The peer supplied more connection IDs than the endpoint will handle.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    PROTOCOL_VIOLATION = 0xA
    """0xa PROTOCOL_VIOLATION: Generic protocol violation

    The endpoint found a protocol error that no more specific code covers.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    INVALID_TOKEN = 0xB
    """0xb INVALID_TOKEN: Invalid Token received

    A server got a client Initial packet whose Token field it cannot accept.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    APPLICATION_ERROR = 0xC
    """0xc APPLICATION_ERROR: Application error

    The application or the protocol above QUIC closed the connection, from a state where its own
    error code could not be sent.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    CRYPTO_BUFFER_EXCEEDED = 0xD
    """0xd CRYPTO_BUFFER_EXCEEDED: CRYPTO data buffer overflowed

    The peer sent more CRYPTO frame data than the endpoint can buffer.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    KEY_UPDATE_ERROR = 0xE
    """0xe KEY_UPDATE_ERROR: Invalid packet protection update

    The endpoint found an error in how the peer updated the packet keys.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    AEAD_LIMIT_REACHED = 0xF
    """0xf AEAD_LIMIT_REACHED: Excessive use of packet protection keys

    The integrity limit of the AEAD in use was reached: too many forged packets arrived under the
    current keys.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    NO_VIABLE_PATH = 0x10
    """0x10 NO_VIABLE_PATH: No viable network path exists

    No network path between the endpoints is usable, for instance with too small an MTU for QUIC.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    VERSION_NEGOTIATION_ERROR = 0x11
    """0x11 VERSION_NEGOTIATION_ERROR: Error negotiating version

    The client found that version negotiation went wrong, which may be a downgrade attack, and
    aborts the connection.

    RFC 9368, Section 4: https://www.rfc-editor.org/rfc/rfc9368.html#section-4
    """
    CRYPTO_ERROR = 0x100
    """0x100 CRYPTO_ERROR: TLS alert code

    The cryptographic handshake failed: the codes 0x0100-0x01ff are all CRYPTO_ERROR, and with
    TLS their low byte is the alert sent (RFC 9001, Section 4.8). This member stands for the
    range; 0x0100 itself carries alert 0, close_notify.

    RFC 9000, Section 20: https://www.rfc-editor.org/rfc/rfc9000.html#section-20
    """
    # END GENERATED: QUICErrorCode members
    @property
    def phrase(self) -> str:
        """the code's description in the IANA registry, such as 'Flow control error'"""
    @property
    def description(self) -> str:
        """when the code is used, in a sentence or two"""
    @property
    def reference(self) -> Reference:
        """the section that defines the code"""
    @property
    def registration(self) -> Registration:
        """the code's standing in the IANA registry"""
    @overload
    @classmethod
    def get(cls, code: int) -> QUICErrorCode | None:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> QUICErrorCode | _T:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @classmethod
    def from_phrase(cls, text: str) -> QUICErrorCode:
        """The member whose phrase is `text`, ignoring case, spaces and punctuation; former and
        alternative phrases work too.
        """
    @classmethod
    def parse(cls, text: str) -> QUICErrorCode:
        """The member that `text` names by value in hex or decimal, name or phrase ("0x8",
        "8", "0x8 CANCEL", "CANCEL", "Stream cancelled"); a miss raises ValueError.
        """
    @classmethod
    def resolve(cls, code: int) -> QUICErrorCode:
        """The member for `code`, and CRYPTO_ERROR for every code of 0x0100-0x01ff; ValueError
        for any other code.

        >>> QUICErrorCode.resolve(0x12A)
        <QUICErrorCode.CRYPTO_ERROR: 0x100>
        """
    @classmethod
    def describe(cls, code: int) -> str:
        """What `code` means, in words: its member's name, and for a CRYPTO_ERROR the TLS
        alert it carries; ValueError for a code that is neither.

        >>> QUICErrorCode.describe(0x10)
        'NO_VIABLE_PATH'
        """

def tls_alert(code: int) -> int:
    """The TLS alert a CRYPTO_ERROR code carries, its low byte (RFC 9001, Section 4.8); look
    its name up in TLS_ALERTS. ValueError for a code outside 0x0100-0x01ff.

    >>> tls_alert(0x178), TLS_ALERTS[tls_alert(0x178)]
    (120, 'no_application_protocol')
    """
