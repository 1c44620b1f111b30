# GENERATED blocks are written by tools/generate.py from src/statuscodes/_data.py; edit the rest.
import enum
from typing import Final, TypeVar, overload

from statuscodes import Reference, Registration

_T = TypeVar("_T")

__all__ = ["IANA_H3_REGISTRY_DATE", "H3ErrorCode", "is_reserved_h3_code"]

IANA_H3_REGISTRY_DATE: Final[str]
"""The "last updated" date of the IANA HTTP/3 page that `H3_ROWS` reflects."""

class H3ErrorCode(enum.IntEnum):
    """An HTTP/3 error code registered with IANA: HTTP/3's own, QPACK's and H3_DATAGRAM_ERROR.

    >>> H3ErrorCode.H3_VERSION_FALLBACK.reference
    Reference('RFC 9114', '8.1', 'https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1')
    """

    # BEGIN GENERATED: H3ErrorCode members
    H3_DATAGRAM_ERROR = 0x33
    """0x33 H3_DATAGRAM_ERROR: Datagram or Capsule Protocol parse error

    An HTTP Datagram or a capsule was malformed, or came on a stream that does not allow it.

    RFC 9297, Section 5.2: https://www.rfc-editor.org/rfc/rfc9297.html#section-5.2
    """
    H3_NO_ERROR = 0x100
    """0x100 H3_NO_ERROR: No error

    Not an error: the connection or stream is being closed with nothing to report.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_GENERAL_PROTOCOL_ERROR = 0x101
    """0x101 H3_GENERAL_PROTOCOL_ERROR: General protocol error

    The peer broke the protocol in a way no more specific code covers, or the endpoint chose not
    to use the more specific one.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_INTERNAL_ERROR = 0x102
    """0x102 H3_INTERNAL_ERROR: Internal error

    Something went wrong inside the endpoint's HTTP stack.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_STREAM_CREATION_ERROR = 0x103
    """0x103 H3_STREAM_CREATION_ERROR: Stream creation error

    The peer opened a stream of a kind the endpoint will not accept.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_CLOSED_CRITICAL_STREAM = 0x104
    """0x104 H3_CLOSED_CRITICAL_STREAM: Critical stream was closed

    A stream the connection depends on, such as the control stream, was closed or reset.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_FRAME_UNEXPECTED = 0x105
    """0x105 H3_FRAME_UNEXPECTED: Frame not permitted in the current state

    A frame arrived that is not allowed in the current state or on that stream.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_FRAME_ERROR = 0x106
    """0x106 H3_FRAME_ERROR: Frame violated layout or size rules

    A frame arrived that breaks its layout rules or has a size that is not valid.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_EXCESSIVE_LOAD = 0x107
    """0x107 H3_EXCESSIVE_LOAD: Peer generating excessive load

    The peer behaves in a way that may be generating excessive load.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_ID_ERROR = 0x108
    """0x108 H3_ID_ERROR: An identifier was used incorrectly

    A stream ID or push ID was misused: past a limit, lowering a limit, or reused.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_SETTINGS_ERROR = 0x109
    """0x109 H3_SETTINGS_ERROR: SETTINGS frame contained invalid values

    The payload of a SETTINGS frame held an error.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_MISSING_SETTINGS = 0x10A
    """0x10a H3_MISSING_SETTINGS: No SETTINGS frame received

    The control stream did not start with a SETTINGS frame.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_REQUEST_REJECTED = 0x10B
    """0x10b H3_REQUEST_REJECTED: Request not processed

    The server refused the request before doing any application work on it, so the client may
    retry it.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_REQUEST_CANCELLED = 0x10C
    """0x10c H3_REQUEST_CANCELLED: Data no longer needed

    The request or its response, pushed ones included, was cancelled.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_REQUEST_INCOMPLETE = 0x10D
    """0x10d H3_REQUEST_INCOMPLETE: Stream terminated early

    The client's stream ended before it carried a complete request.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_MESSAGE_ERROR = 0x10E
    """0x10e H3_MESSAGE_ERROR: Malformed message

    An HTTP message was malformed and cannot be processed.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_CONNECT_ERROR = 0x10F
    """0x10f H3_CONNECT_ERROR: TCP reset or error on CONNECT request

    The TCP connection opened for a CONNECT request was reset or closed abnormally.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    H3_VERSION_FALLBACK = 0x110
    """0x110 H3_VERSION_FALLBACK: Retry over HTTP/1.1

    The server cannot serve the request over HTTP/3; the client should retry over HTTP/1.1.

    RFC 9114, Section 8.1: https://www.rfc-editor.org/rfc/rfc9114.html#section-8.1
    """
    QPACK_DECOMPRESSION_FAILED = 0x200
    """0x200 QPACK_DECOMPRESSION_FAILED: Decoding of a field section failed

    The decoder could not interpret an encoded field section and cannot go on decoding it.

    RFC 9204, Section 6: https://www.rfc-editor.org/rfc/rfc9204.html#section-6
    """
    QPACK_ENCODER_STREAM_ERROR = 0x201
    """0x201 QPACK_ENCODER_STREAM_ERROR: Error on the encoder stream

    The decoder could not interpret an instruction on the encoder stream.

    RFC 9204, Section 6: https://www.rfc-editor.org/rfc/rfc9204.html#section-6
    """
    QPACK_DECODER_STREAM_ERROR = 0x202
    """0x202 QPACK_DECODER_STREAM_ERROR: Error on the decoder stream

    The encoder could not interpret an instruction on the decoder stream.

    RFC 9204, Section 6: https://www.rfc-editor.org/rfc/rfc9204.html#section-6
    """
    # END GENERATED: H3ErrorCode members
    @property
    def phrase(self) -> str:
        """the code's description in the IANA registry, such as 'Data no longer needed'"""
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
    def get(cls, code: int) -> H3ErrorCode | None:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> H3ErrorCode | _T:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @classmethod
    def from_phrase(cls, text: str) -> H3ErrorCode:
        """The member whose phrase is `text`, ignoring case, spaces and punctuation; former and
        alternative phrases work too.
        """
    @classmethod
    def parse(cls, text: str) -> H3ErrorCode:
        """The member that `text` names by value in hex or decimal, name or phrase ("0x8",
        "8", "0x8 CANCEL", "CANCEL", "Stream cancelled"); a miss raises ValueError.
        """
    @classmethod
    def resolve(cls, code: int) -> H3ErrorCode:
        """The member for `code`; any other HTTP/3 code gives H3_NO_ERROR, which is how RFC 9114
        (Section 9) says to treat a code one does not know, reserved codes included.

        >>> H3ErrorCode.resolve(0x999)
        <H3ErrorCode.H3_NO_ERROR: 0x100>
        """

def is_reserved_h3_code(code: int) -> bool:
    """True for the reserved codes 0x1f * N + 0x21 (RFC 9114, Section 8.1), which an endpoint
    sends to check that its peer treats unknown codes as H3_NO_ERROR. None of them is a member.
    ValueError past 62 bits; CodeTypeError for anything but an int.

    >>> is_reserved_h3_code(0x21), is_reserved_h3_code(0x40), is_reserved_h3_code(0x10C)
    (True, True, False)
    """
