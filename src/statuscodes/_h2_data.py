"""The HTTP/2 table: the IANA "HTTP/2 Error Code" registry (RFC 9113, Section 11.4, which
establishes it; meanings in Section 7), and each code's HTTP/3 counterpart (RFC 9114, Appendix
A.4). Only `statuscodes.h2` imports it. The snapshot it follows is
tests/data/http2-error-codes.csv; descriptions are our own summaries of RFC 9113, Section 7.
"""

from __future__ import annotations

from ._data import Reference, Row

#: The "last updated" date of the IANA HTTP/2 Parameters page that `H2_ROWS` reflects.
IANA_H2_REGISTRY_DATE = "2022-08-17"

_SECTION_7 = Reference("RFC 9113", "7")

# Error codes are 32-bit fields (RFC 9113, Section 7); 0x0e and up are unassigned.
H2_ROWS = (
    Row(
        code=0x00,
        name="NO_ERROR",
        phrase="Graceful shutdown",
        description=(
            "Not an error: sent, for instance, in a GOAWAY that closes the connection gracefully."
        ),
        reference=_SECTION_7,
    ),
    Row(
        code=0x01,
        name="PROTOCOL_ERROR",
        phrase="Protocol error detected",
        description=("The endpoint found a protocol error that no more specific code describes."),
        reference=_SECTION_7,
    ),
    Row(
        code=0x02,
        name="INTERNAL_ERROR",
        phrase="Implementation fault",
        description="The endpoint hit an unexpected internal error.",
        reference=_SECTION_7,
    ),
    Row(
        code=0x03,
        name="FLOW_CONTROL_ERROR",
        phrase="Flow-control limits exceeded",
        description="The peer broke the flow-control rules, sending more than its window allowed.",
        reference=_SECTION_7,
    ),
    Row(
        code=0x04,
        name="SETTINGS_TIMEOUT",
        phrase="Settings not acknowledged",
        description=(
            "A SETTINGS frame the endpoint sent was not acknowledged in reasonable time "
            "(RFC 9113, Section 6.5.3)."
        ),
        reference=_SECTION_7,
    ),
    Row(
        code=0x05,
        name="STREAM_CLOSED",
        phrase="Frame received for closed stream",
        description="A frame arrived on a stream after that stream was half-closed.",
        reference=_SECTION_7,
    ),
    Row(
        code=0x06,
        name="FRAME_SIZE_ERROR",
        phrase="Frame size incorrect",
        description="A frame arrived whose size is not valid for its type or the settings.",
        reference=_SECTION_7,
    ),
    Row(
        code=0x07,
        name="REFUSED_STREAM",
        phrase="Stream not processed",
        description=(
            "The endpoint refused the stream before doing any application work on it, so the "
            "request can safely be retried (RFC 9113, Section 8.7)."
        ),
        reference=_SECTION_7,
    ),
    Row(
        code=0x08,
        name="CANCEL",
        phrase="Stream cancelled",
        description="The endpoint no longer needs the stream, for example a cancelled request.",
        reference=_SECTION_7,
    ),
    Row(
        code=0x09,
        name="COMPRESSION_ERROR",
        phrase="Compression state not updated",
        description=(
            "The endpoint cannot keep the field compression (HPACK) context of the connection "
            "in step."
        ),
        reference=_SECTION_7,
    ),
    Row(
        code=0x0A,
        name="CONNECT_ERROR",
        phrase="TCP connection error for CONNECT method",
        description=(
            "The connection opened for a CONNECT request (RFC 9113, Section 8.5) was reset or "
            "closed abnormally."
        ),
        reference=_SECTION_7,
    ),
    Row(
        code=0x0B,
        name="ENHANCE_YOUR_CALM",
        phrase="Processing capacity exceeded",
        description="The peer behaves in a way that may be generating excessive load.",
        reference=_SECTION_7,
    ),
    Row(
        code=0x0C,
        name="INADEQUATE_SECURITY",
        phrase="Negotiated TLS parameters not acceptable",
        description=(
            "The transport does not meet the minimum security requirements, such as the TLS "
            "version or cipher suite (RFC 9113, Section 9.2)."
        ),
        reference=_SECTION_7,
    ),
    Row(
        code=0x0D,
        name="HTTP_1_1_REQUIRED",
        phrase="Use HTTP/1.1 for the request",
        description="The endpoint requires the request to be made over HTTP/1.1 instead.",
        reference=_SECTION_7,
    ),
)

# The list is Appendix A.4; A.4.1, often cited for it, says when mapping is worth doing.
MAPPING_REFERENCE = Reference(
    "RFC 9114", "A.4", url="https://www.rfc-editor.org/rfc/rfc9114.html#appendix-A.4"
)

#: Each HTTP/2 code's HTTP/3 code, or None and why there is none (RFC 9114, Appendix A.4).
TO_H3: dict[int, tuple[int | None, str]] = {
    0x00: (0x100, "H3_NO_ERROR"),
    0x01: (
        0x101,
        "H3_GENERAL_PROTOCOL_ERROR, except where HTTP/3 has a more specific code "
        "(H3_FRAME_UNEXPECTED, H3_MESSAGE_ERROR, H3_CLOSED_CRITICAL_STREAM)",
    ),
    0x02: (0x102, "H3_INTERNAL_ERROR"),
    0x03: (None, "none: QUIC does the flow control"),
    0x04: (None, "none: HTTP/3 does not acknowledge SETTINGS"),
    0x05: (None, "none: QUIC manages the streams"),
    0x06: (0x106, "H3_FRAME_ERROR"),
    0x07: (
        0x10B,
        "H3_REQUEST_REJECTED, to say that a request was not processed; otherwise none, as "
        "QUIC manages the streams",
    ),
    0x08: (0x10C, "H3_REQUEST_CANCELLED"),
    0x09: (
        None,
        "none: QPACK defines several instead (QPACK_DECOMPRESSION_FAILED, "
        "QPACK_ENCODER_STREAM_ERROR, QPACK_DECODER_STREAM_ERROR)",
    ),
    0x0A: (0x10F, "H3_CONNECT_ERROR"),
    0x0B: (0x107, "H3_EXCESSIVE_LOAD"),
    0x0C: (None, "none: QUIC is assumed to be secure enough on every connection"),
    0x0D: (0x110, "H3_VERSION_FALLBACK"),
}
