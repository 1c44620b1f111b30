"""Typing cases of statuscodes.h2, .h3 and .quic, checked by mypy --strict and basedpyright (never
run): what must type-check asserts its type; what must fail carries `# type: ignore[<code>]`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from typing_extensions import assert_type

from statuscodes import Reference, Registration
from statuscodes.h2 import H2ErrorCode
from statuscodes.h3 import H3ErrorCode, is_reserved_h3_code
from statuscodes.quic import TLS_ALERTS, QUICErrorCode, tls_alert

# Lookups
assert_type(H2ErrorCode(0x8), H2ErrorCode)
assert_type(H2ErrorCode["CANCEL"], H2ErrorCode)
assert_type(H2ErrorCode.get(0xFF), "H2ErrorCode | None")
assert_type(H2ErrorCode.get(0xFF, H2ErrorCode.INTERNAL_ERROR), H2ErrorCode)
assert_type(H2ErrorCode.resolve(0xFF), H2ErrorCode)
assert_type(H2ErrorCode.parse("0x8"), H2ErrorCode)
assert_type(H3ErrorCode(0x10C), H3ErrorCode)
assert_type(H3ErrorCode.parse("0x10c"), H3ErrorCode)
assert_type(H3ErrorCode.from_phrase("Data no longer needed"), H3ErrorCode)
assert_type(H3ErrorCode.resolve(0x21), H3ErrorCode)
assert_type(QUICErrorCode(0x0A), QUICErrorCode)
assert_type(QUICErrorCode.resolve(0x178), QUICErrorCode)
H3ErrorCode.parse(0x10C)  # type: ignore[arg-type]  # parse reads text; call the class for ints

# Members and metadata
cancel: Literal[H2ErrorCode.CANCEL] = H2ErrorCode.CANCEL
as_int: int = H3ErrorCode.H3_REQUEST_CANCELLED
assert_type(H2ErrorCode.CANCEL.phrase, str)
assert_type(H2ErrorCode.CANCEL.h3_counterpart, str)
assert_type(H3ErrorCode.QPACK_DECOMPRESSION_FAILED.reference, Reference)
assert_type(QUICErrorCode.CRYPTO_ERROR.registration, Registration)
assert_type(QUICErrorCode.CRYPTO_ERROR.description, str)
H2ErrorCode.CANCEL.phrase = "mine"  # type: ignore[misc]  # metadata are read-only
not_h3: H3ErrorCode = H2ErrorCode.CANCEL  # type: ignore[assignment]  # two registries

# The mapping and the functions
assert_type(H2ErrorCode.REFUSED_STREAM.to_h3(), H3ErrorCode)
assert_type(is_reserved_h3_code(0x21), bool)
assert_type(QUICErrorCode.describe(0x178), str)
assert_type(tls_alert(0x178), int)
assert_type(TLS_ALERTS, Mapping[int, str])
