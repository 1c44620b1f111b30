# GENERATED blocks are written by tools/generate.py from src/statuscodes/_data.py; edit the rest.
import enum
from typing import Final, TypeVar, overload

from statuscodes import Reference, Registration
from statuscodes.h3 import H3ErrorCode

_T = TypeVar("_T")

__all__ = ["IANA_H2_REGISTRY_DATE", "H2ErrorCode"]

IANA_H2_REGISTRY_DATE: Final[str]
"""The "last updated" date of the IANA HTTP/2 Parameters page that `H2_ROWS` reflects."""

class H2ErrorCode(enum.IntEnum):
    """An HTTP/2 error code registered with IANA, as RST_STREAM and GOAWAY frames carry it.

    >>> H2ErrorCode(0x7).phrase
    'Stream not processed'
    """

    # BEGIN GENERATED: H2ErrorCode members
    NO_ERROR = 0x0
    """0x0 NO_ERROR: Graceful shutdown

    Not an error: sent, for instance, in a GOAWAY that closes the connection gracefully.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    PROTOCOL_ERROR = 0x1
    """0x1 PROTOCOL_ERROR: Protocol error detected

    The endpoint found a protocol error that no more specific code describes.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    INTERNAL_ERROR = 0x2
    """0x2 INTERNAL_ERROR: Implementation fault

    The endpoint hit an unexpected internal error.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    FLOW_CONTROL_ERROR = 0x3
    """0x3 FLOW_CONTROL_ERROR: Flow-control limits exceeded

    The peer broke the flow-control rules, sending more than its window allowed.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    SETTINGS_TIMEOUT = 0x4
    """0x4 SETTINGS_TIMEOUT: Settings not acknowledged

    A SETTINGS frame the endpoint sent was not acknowledged in reasonable time (RFC 9113, Section
    6.5.3).

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    STREAM_CLOSED = 0x5
    """0x5 STREAM_CLOSED: Frame received for closed stream

    A frame arrived on a stream after that stream was half-closed.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    FRAME_SIZE_ERROR = 0x6
    """0x6 FRAME_SIZE_ERROR: Frame size incorrect

    A frame arrived whose size is not valid for its type or the settings.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    REFUSED_STREAM = 0x7
    """0x7 REFUSED_STREAM: Stream not processed

    The endpoint refused the stream before doing any application work on it, so the request can
    safely be retried (RFC 9113, Section 8.7).

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    CANCEL = 0x8
    """0x8 CANCEL: Stream cancelled

    The endpoint no longer needs the stream, for example a cancelled request.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    COMPRESSION_ERROR = 0x9
    """0x9 COMPRESSION_ERROR: Compression state not updated

    The endpoint cannot keep the field compression (HPACK) context of the connection in step.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    CONNECT_ERROR = 0xA
    """0xa CONNECT_ERROR: TCP connection error for CONNECT method

    The connection opened for a CONNECT request (RFC 9113, Section 8.5) was reset or closed
    abnormally.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    ENHANCE_YOUR_CALM = 0xB
    """0xb ENHANCE_YOUR_CALM: Processing capacity exceeded

    The peer behaves in a way that may be generating excessive load.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    INADEQUATE_SECURITY = 0xC
    """0xc INADEQUATE_SECURITY: Negotiated TLS parameters not acceptable

    The transport does not meet the minimum security requirements, such as the TLS version or
    cipher suite (RFC 9113, Section 9.2).

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    HTTP_1_1_REQUIRED = 0xD
    """0xd HTTP_1_1_REQUIRED: Use HTTP/1.1 for the request

    The endpoint requires the request to be made over HTTP/1.1 instead.

    RFC 9113, Section 7: https://www.rfc-editor.org/rfc/rfc9113.html#section-7
    """
    # END GENERATED: H2ErrorCode members
    @property
    def phrase(self) -> str:
        """the code's description in the IANA registry, such as 'Stream cancelled'"""
    @property
    def description(self) -> str:
        """when the code is used, in a sentence or two"""
    @property
    def reference(self) -> Reference:
        """the section that defines the code"""
    @property
    def registration(self) -> Registration:
        """the code's standing in the IANA registry"""
    @property
    def h3_counterpart(self) -> str:
        """what RFC 9114, Appendix A.4 maps the code to, in words"""
    @overload
    @classmethod
    def get(cls, code: int) -> H2ErrorCode | None:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> H2ErrorCode | _T:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @classmethod
    def from_phrase(cls, text: str) -> H2ErrorCode:
        """The member whose phrase is `text`, ignoring case, spaces and punctuation; former and
        alternative phrases work too.
        """
    @classmethod
    def parse(cls, text: str) -> H2ErrorCode:
        """The member that `text` names by value in hex or decimal, name or phrase ("0x8",
        "8", "0x8 CANCEL", "CANCEL", "Stream cancelled"); a miss raises ValueError.
        """
    @classmethod
    def resolve(cls, code: int) -> H2ErrorCode:
        """The member for `code`; any other HTTP/2 code gives INTERNAL_ERROR, as RFC 9113
        (Section 7) lets an implementation treat a code it does not know.

        >>> H2ErrorCode.resolve(0xFF)
        <H2ErrorCode.INTERNAL_ERROR: 0x2>
        """
    def to_h3(self) -> H3ErrorCode:
        """The HTTP/3 code that RFC 9114 (Appendix A.4) gives for this one; ValueError, saying
        why, for the codes that have none (FLOW_CONTROL_ERROR, SETTINGS_TIMEOUT, STREAM_CLOSED,
        COMPRESSION_ERROR, INADEQUATE_SECURITY).

        >>> H2ErrorCode.REFUSED_STREAM.to_h3()
        <H3ErrorCode.H3_REQUEST_REJECTED: 0x10b>
        """
