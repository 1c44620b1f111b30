"""Typing cases of statuscodes.grpc, checked by mypy --strict and basedpyright (never run), as
check_api.py's: a line that must fail carries `# type: ignore[<code>]`."""

from __future__ import annotations

from typing import Literal

import grpc
from typing_extensions import assert_type

from statuscodes import HTTPCode, Reference, Registration
from statuscodes.grpc import GRPCCode, from_grpcio, from_http, to_grpcio, to_http
from statuscodes.unofficial import VendorCode

# Lookups
assert_type(GRPCCode(5), GRPCCode)
assert_type(GRPCCode["NOT_FOUND"], GRPCCode)
assert_type(GRPCCode.NOT_FOUND, Literal[GRPCCode.NOT_FOUND])
assert_type(GRPCCode.get(17), "GRPCCode | None")
assert_type(GRPCCode.get(17, GRPCCode.UNKNOWN), GRPCCode)
assert_type(GRPCCode.parse("not found"), GRPCCode)
assert_type(GRPCCode.from_phrase("Not Found"), GRPCCode)

# Metadata
code: int = GRPCCode.NOT_FOUND  # an IntEnum: usable as the int it is
assert_type(GRPCCode.NOT_FOUND.value, Literal[5])  # the checkers know each value
assert_type(GRPCCode.NOT_FOUND.phrase, str)
assert_type(GRPCCode.NOT_FOUND.description, str)
assert_type(GRPCCode.NOT_FOUND.reference, Reference)
assert_type(GRPCCode.NOT_FOUND.registration, Registration)
assert_type(GRPCCode.NOT_FOUND.is_application_only, bool)
assert_type(GRPCCode.NOT_FOUND.http_status, HTTPCode | VendorCode)
GRPCCode.NOT_FOUND.phrase = "Gone"  # type: ignore[misc]  # read-only

# The mappings
assert_type(to_http(GRPCCode.CANCELLED), HTTPCode | VendorCode)
assert_type(from_http(404), GRPCCode)
assert_type(from_http(HTTPCode.NOT_FOUND), GRPCCode)
status: int = to_http(5)  # either kind of member is an int
from_http("404")  # type: ignore[arg-type]  # text is parse's
to_http(None)  # type: ignore[arg-type]

# grpcio
assert_type(to_grpcio(GRPCCode.NOT_FOUND), grpc.StatusCode)
assert_type(from_grpcio(grpc.StatusCode.NOT_FOUND), GRPCCode)
from_grpcio(5)  # type: ignore[arg-type]  # an int is GRPCCode's
to_grpcio(grpc.StatusCode.OK)  # type: ignore[arg-type]  # a StatusCode is no int
