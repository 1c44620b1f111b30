"""The QUIC table: the IANA "QUIC Transport Error Codes" registry (RFC 9000, Sections 20.1 and
22.5; VERSION_NEGOTIATION_ERROR from RFC 9368, Section 4), and the names of the TLS alerts
that a CRYPTO_ERROR carries (IANA "TLS Alerts", RFC 8446, Section 6). Only `statuscodes.quic`
imports it. The snapshots it follows are tests/data/quic-transport-error-codes.csv and
tests/data/tls-alerts.csv; descriptions are our own summaries of the cited sections.
"""

from __future__ import annotations

from ._data import Reference, Row

#: The "last updated" date of the IANA QUIC page that `QUIC_ROWS` reflects.
IANA_QUIC_REGISTRY_DATE = "2026-03-30"

_QUIC = Reference("RFC 9000", "20")  # as the registry cites it; the codes are in 20.1

#: 0x0100-0x01ff: CRYPTO_ERROR, the low byte being the TLS alert (RFC 9001, Section 4.8).
CRYPTO_FIRST, CRYPTO_LAST = 0x0100, 0x01FF

# Transport error codes are 62-bit varints; 0x12-0xff and 0x0200 up are unassigned here.
QUIC_ROWS = (
    Row(
        code=0x00,
        name="NO_ERROR",
        phrase="No error",
        description=(
            "Not an error: the connection is being closed abruptly with nothing to report."
        ),
        reference=_QUIC,
    ),
    Row(
        code=0x01,
        name="INTERNAL_ERROR",
        phrase="Implementation error",
        description="The endpoint hit an internal error and cannot go on with the connection.",
        reference=_QUIC,
    ),
    Row(
        code=0x02,
        name="CONNECTION_REFUSED",
        phrase="Server refuses a connection",
        description="The server would not accept a new connection.",
        reference=_QUIC,
    ),
    Row(
        code=0x03,
        name="FLOW_CONTROL_ERROR",
        phrase="Flow control error",
        description="The peer sent more data than the limits the endpoint advertised allow.",
        reference=_QUIC,
    ),
    Row(
        code=0x04,
        name="STREAM_LIMIT_ERROR",
        phrase="Too many streams opened",
        description=(
            "A frame named a stream ID past the stream limit the endpoint advertised for that "
            "type of stream."
        ),
        reference=_QUIC,
    ),
    Row(
        code=0x05,
        name="STREAM_STATE_ERROR",
        phrase="Frame received in invalid stream state",
        description="A frame arrived for a stream whose state does not allow that frame.",
        reference=_QUIC,
    ),
    Row(
        code=0x06,
        name="FINAL_SIZE_ERROR",
        phrase="Change to final size",
        description=(
            "Data or a RESET_STREAM frame contradicted a stream's final size: data past it, or "
            "a final size below what had arrived, or a changed one."
        ),
        reference=_QUIC,
    ),
    Row(
        code=0x07,
        name="FRAME_ENCODING_ERROR",
        phrase="Frame encoding error",
        description="A frame arrived that was badly formatted.",
        reference=_QUIC,
    ),
    Row(
        code=0x08,
        name="TRANSPORT_PARAMETER_ERROR",
        phrase="Error in transport parameters",
        description=(
            "The peer's transport parameters were malformed, held a bad value, lacked a "
            "mandatory one or carried a forbidden one."
        ),
        reference=_QUIC,
    ),
    Row(
        code=0x09,
        name="CONNECTION_ID_LIMIT_ERROR",
        phrase="Too many connection IDs received",
        description="The peer supplied more connection IDs than the endpoint will handle.",
        reference=_QUIC,
    ),
    Row(
        code=0x0A,
        name="PROTOCOL_VIOLATION",
        phrase="Generic protocol violation",
        description="The endpoint found a protocol error that no more specific code covers.",
        reference=_QUIC,
    ),
    Row(
        code=0x0B,
        name="INVALID_TOKEN",
        phrase="Invalid Token received",
        description="A server got a client Initial packet whose Token field it cannot accept.",
        reference=_QUIC,
    ),
    Row(
        code=0x0C,
        name="APPLICATION_ERROR",
        phrase="Application error",
        description=(
            "The application or the protocol above QUIC closed the connection, from a state "
            "where its own error code could not be sent."
        ),
        reference=_QUIC,
    ),
    Row(
        code=0x0D,
        name="CRYPTO_BUFFER_EXCEEDED",
        phrase="CRYPTO data buffer overflowed",
        description="The peer sent more CRYPTO frame data than the endpoint can buffer.",
        reference=_QUIC,
    ),
    Row(
        code=0x0E,
        name="KEY_UPDATE_ERROR",
        phrase="Invalid packet protection update",
        description="The endpoint found an error in how the peer updated the packet keys.",
        reference=_QUIC,
    ),
    Row(
        code=0x0F,
        name="AEAD_LIMIT_REACHED",
        phrase="Excessive use of packet protection keys",
        description=(
            "The integrity limit of the AEAD in use was reached: too many forged packets "
            "arrived under the current keys."
        ),
        reference=_QUIC,
    ),
    Row(
        code=0x10,
        name="NO_VIABLE_PATH",
        phrase="No viable network path exists",
        description=(
            "No network path between the endpoints is usable, for instance with too small an "
            "MTU for QUIC."
        ),
        reference=_QUIC,
    ),
    Row(
        code=0x11,
        name="VERSION_NEGOTIATION_ERROR",
        phrase="Error negotiating version",
        description=(
            "The client found that version negotiation went wrong, which may be a downgrade "
            "attack, and aborts the connection."
        ),
        reference=Reference("RFC 9368", "4"),
    ),
    Row(
        code=0x0100,  # to 0x01FF: CRYPTO_FIRST to CRYPTO_LAST
        name="CRYPTO_ERROR",
        phrase="TLS alert code",
        description=(
            "The cryptographic handshake failed: the codes 0x0100-0x01ff are all CRYPTO_ERROR, "
            "and with TLS their low byte is the alert sent (RFC 9001, Section 4.8). This member "
            "stands for the range; 0x0100 itself carries alert 0, close_notify."
        ),
        reference=_QUIC,
    ),
)

#: The TLS alert names, by alert number (IANA "TLS Alerts" registry; RFC 8446, Section 6, and
#: the RFCs that added the others). Some are reserved now, kept as the registry names them.
TLS_ALERTS = {
    0: "close_notify",
    10: "unexpected_message",
    20: "bad_record_mac",
    21: "decryption_failed_RESERVED",
    22: "record_overflow",
    30: "decompression_failure_RESERVED",
    40: "handshake_failure",
    41: "no_certificate_RESERVED",
    42: "bad_certificate",
    43: "unsupported_certificate",
    44: "certificate_revoked",
    45: "certificate_expired",
    46: "certificate_unknown",
    47: "illegal_parameter",
    48: "unknown_ca",
    49: "access_denied",
    50: "decode_error",
    51: "decrypt_error",
    52: "too_many_cids_requested",
    60: "export_restriction_RESERVED",
    70: "protocol_version",
    71: "insufficient_security",
    80: "internal_error",
    86: "inappropriate_fallback",
    90: "user_canceled",
    100: "no_renegotiation_RESERVED",
    109: "missing_extension",
    110: "unsupported_extension",
    111: "certificate_unobtainable_RESERVED",
    112: "unrecognized_name",
    113: "bad_certificate_status_response",
    114: "bad_certificate_hash_value_RESERVED",
    115: "unknown_psk_identity",
    116: "certificate_required",
    120: "no_application_protocol",
    121: "ech_required",
}
