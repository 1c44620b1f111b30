"""The HTTP/3 table: the IANA "HTTP/3 Error Codes" registry, which holds HTTP/3's own codes (RFC
9114, Section 8.1), QPACK's (RFC 9204, Section 6) and H3_DATAGRAM_ERROR (RFC 9297, Section 5.2).
Only `statuscodes.h3` imports it. The snapshot it follows is tests/data/http3-error-codes.csv;
descriptions are our own summaries of the cited sections. The registry's provisional entries
(WebTransport drafts) are left out until an RFC defines them.
"""

from __future__ import annotations

from ._data import Reference, Row

#: The "last updated" date of the IANA HTTP/3 page that `H3_ROWS` reflects.
IANA_H3_REGISTRY_DATE = "2023-06-13"

_H3 = Reference("RFC 9114", "8.1")
_QPACK = Reference("RFC 9204", "6")

# HTTP/3 error codes are QUIC application error codes: 62-bit varints. Besides these, every
# 0x1f * N + 0x21 is reserved, and any code an endpoint does not know is H3_NO_ERROR to it.
H3_ROWS = (
    Row(
        code=0x33,
        name="H3_DATAGRAM_ERROR",
        phrase="Datagram or Capsule Protocol parse error",
        description=(
            "An HTTP Datagram or a capsule was malformed, or came on a stream that does not "
            "allow it."
        ),
        reference=Reference("RFC 9297", "5.2"),
    ),
    Row(
        code=0x0100,
        name="H3_NO_ERROR",
        phrase="No error",
        description=(
            "Not an error: the connection or stream is being closed with nothing to report."
        ),
        reference=_H3,
    ),
    Row(
        code=0x0101,
        name="H3_GENERAL_PROTOCOL_ERROR",
        phrase="General protocol error",
        description=(
            "The peer broke the protocol in a way no more specific code covers, or the endpoint "
            "chose not to use the more specific one."
        ),
        reference=_H3,
    ),
    Row(
        code=0x0102,
        name="H3_INTERNAL_ERROR",
        phrase="Internal error",
        description="Something went wrong inside the endpoint's HTTP stack.",
        reference=_H3,
    ),
    Row(
        code=0x0103,
        name="H3_STREAM_CREATION_ERROR",
        phrase="Stream creation error",
        description="The peer opened a stream of a kind the endpoint will not accept.",
        reference=_H3,
    ),
    Row(
        code=0x0104,
        name="H3_CLOSED_CRITICAL_STREAM",
        phrase="Critical stream was closed",
        description=(
            "A stream the connection depends on, such as the control stream, was closed or reset."
        ),
        reference=_H3,
    ),
    Row(
        code=0x0105,
        name="H3_FRAME_UNEXPECTED",
        phrase="Frame not permitted in the current state",
        description=("A frame arrived that is not allowed in the current state or on that stream."),
        reference=_H3,
    ),
    Row(
        code=0x0106,
        name="H3_FRAME_ERROR",
        phrase="Frame violated layout or size rules",
        description="A frame arrived that breaks its layout rules or has a size that is not valid.",
        reference=_H3,
    ),
    Row(
        code=0x0107,
        name="H3_EXCESSIVE_LOAD",
        phrase="Peer generating excessive load",
        description="The peer behaves in a way that may be generating excessive load.",
        reference=_H3,
    ),
    Row(
        code=0x0108,
        name="H3_ID_ERROR",
        phrase="An identifier was used incorrectly",
        description=(
            "A stream ID or push ID was misused: past a limit, lowering a limit, or reused."
        ),
        reference=_H3,
    ),
    Row(
        code=0x0109,
        name="H3_SETTINGS_ERROR",
        phrase="SETTINGS frame contained invalid values",
        description="The payload of a SETTINGS frame held an error.",
        reference=_H3,
    ),
    Row(
        code=0x010A,
        name="H3_MISSING_SETTINGS",
        phrase="No SETTINGS frame received",
        description="The control stream did not start with a SETTINGS frame.",
        reference=_H3,
    ),
    Row(
        code=0x010B,
        name="H3_REQUEST_REJECTED",
        phrase="Request not processed",
        description=(
            "The server refused the request before doing any application work on it, so the "
            "client may retry it."
        ),
        reference=_H3,
    ),
    Row(
        code=0x010C,
        name="H3_REQUEST_CANCELLED",
        phrase="Data no longer needed",
        description="The request or its response, pushed ones included, was cancelled.",
        reference=_H3,
    ),
    Row(
        code=0x010D,
        name="H3_REQUEST_INCOMPLETE",
        phrase="Stream terminated early",
        description="The client's stream ended before it carried a complete request.",
        reference=_H3,
    ),
    Row(
        code=0x010E,
        name="H3_MESSAGE_ERROR",
        phrase="Malformed message",
        description="An HTTP message was malformed and cannot be processed.",
        reference=_H3,
    ),
    Row(
        code=0x010F,
        name="H3_CONNECT_ERROR",
        phrase="TCP reset or error on CONNECT request",
        description=(
            "The TCP connection opened for a CONNECT request was reset or closed abnormally."
        ),
        reference=_H3,
    ),
    Row(
        code=0x0110,
        name="H3_VERSION_FALLBACK",
        phrase="Retry over HTTP/1.1",
        description=(
            "The server cannot serve the request over HTTP/3; the client should retry over "
            "HTTP/1.1."
        ),
        reference=_H3,
    ),
    Row(
        code=0x0200,
        name="QPACK_DECOMPRESSION_FAILED",
        phrase="Decoding of a field section failed",
        description=(
            "The decoder could not interpret an encoded field section and cannot go on decoding it."
        ),
        reference=_QPACK,
    ),
    Row(
        code=0x0201,
        name="QPACK_ENCODER_STREAM_ERROR",
        phrase="Error on the encoder stream",
        description="The decoder could not interpret an instruction on the encoder stream.",
        reference=_QPACK,
    ),
    Row(
        code=0x0202,
        name="QPACK_DECODER_STREAM_ERROR",
        phrase="Error on the decoder stream",
        description="The encoder could not interpret an instruction on the decoder stream.",
        reference=_QPACK,
    ),
)
