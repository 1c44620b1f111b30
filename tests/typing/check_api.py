"""Typing cases, checked by mypy --strict and basedpyright (never run).

A line that must type-check asserts its type; a line that must fail carries
`# type: ignore[<code>]`: mypy's warn_unused_ignores and pyright's
reportUnnecessaryTypeIgnoreComment turn a regression in either direction into an error.
"""

from __future__ import annotations

from typing import Literal

from typing_extensions import assert_never, assert_type

from statuscodes import (
    Finding,
    HeaderRule,
    HTTPCategory,
    HTTPCode,
    Reference,
    Registration,
    WSCategory,
    WSCloseCode,
    check_response,
    is_client_error,
    is_valid_close_code,
    reason_phrase,
    status,
)
from statuscodes.unofficial import Common

# Lookups
assert_type(HTTPCode(404), HTTPCode)
assert_type(HTTPCode["NOT_FOUND"], HTTPCode)
assert_type(HTTPCode.get(599), "HTTPCode | None")
assert_type(HTTPCode.get(599, HTTPCode.OK), HTTPCode)
assert_type(HTTPCode.resolve(499), HTTPCode)
assert_type(HTTPCode.parse("404"), HTTPCode)
assert_type(HTTPCode.from_phrase("Not Found"), HTTPCode)
assert_type(WSCloseCode(1000), WSCloseCode)
assert_type(WSCloseCode.get(4001), "WSCloseCode | None")
assert_type(WSCloseCode.for_http(403), WSCloseCode)
assert_type(HTTPCategory.of(404), HTTPCategory)
assert_type(WSCategory.of(4001), WSCategory)

# Metadata
value: int = HTTPCode.NOT_FOUND.value
assert_type(HTTPCode.NOT_FOUND.phrase, str)
assert_type(HTTPCode.NOT_FOUND.description, str)
assert_type(HTTPCode.NOT_FOUND.category, HTTPCategory)
assert_type(HTTPCode.NOT_FOUND.reference, Reference)
assert_type(HTTPCode.NOT_FOUND.reference.section, "str | None")
assert_type(HTTPCode.NOT_FOUND.registration, Registration)
assert_type(HTTPCode.NOT_FOUND.is_client_error, bool)
assert_type(HTTPCode.NOT_FOUND.is_error, bool)
assert_type(WSCloseCode.GOING_AWAY.is_sendable, bool)
assert_type(WSCloseCode.GOING_AWAY.category, WSCategory)
assert_type(HTTPCategory.CLIENT_ERROR.codes, range)

# RFC rules, the response check and problem details
assert_type(HTTPCode.NO_CONTENT.allows_content, bool)
assert_type(HTTPCode.NOT_FOUND.is_cacheable_by_default, bool)
assert_type(HTTPCode.UNAUTHORIZED.header_rules, tuple[HeaderRule, ...])
assert_type(HTTPCode.UNAUTHORIZED.header_rules[0].level, 'Literal["MUST", "SHOULD", "MAY"]')
assert_type(check_response(401, {"WWW-Authenticate": "Basic"}), list[Finding])
assert_type(check_response(401, [(b"allow", b"GET")], content=b"", method="HEAD"), list[Finding])
assert_type(HTTPCode.NOT_FOUND.problem("gone", instance="/x", extra=1), "dict[str, object]")
check_response("401", {})  # type: ignore[arg-type]  # a str is not a status code
HTTPCode.NOT_FOUND.allows_content = False  # type: ignore[misc]  # metadata are read-only

# Functions on plain ints
assert_type(is_client_error(404), bool)
assert_type(is_valid_close_code(4001), bool)
assert_type(reason_phrase(404), str)

# The flat module: each constant is its member, usable as the member's Literal and as an int.
teapot: Literal[HTTPCode.IM_A_TEAPOT] = status.HTTP_418_IM_A_TEAPOT
as_int: int = status.HTTP_404_NOT_FOUND
closure: Literal[WSCloseCode.NORMAL_CLOSURE] = status.WS_1000_NORMAL_CLOSURE
old: Literal[HTTPCode.UNPROCESSABLE_CONTENT] = status.HTTP_422_UNPROCESSABLE_ENTITY

# Django REST Framework's names: its predicates, and 509, the unofficial enum's member.
assert_type(status.is_redirect(301), bool)
assert_type(status.is_server_error(status.HTTP_503_SERVICE_UNAVAILABLE), bool)
status.is_success("200")  # type: ignore[arg-type]  # an int only, where DRF's compare anything
bandwidth: Literal[Common.BANDWIDTH_LIMIT_EXCEEDED] = status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED
as_int_too: int = status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED
not_registered: HTTPCode = status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED  # type: ignore[assignment]  # no IANA code

# Aliases are the canonical member, not extra members, under both checkers.
assert_type(HTTPCode.UNPROCESSABLE_ENTITY, Literal[HTTPCode.UNPROCESSABLE_CONTENT])
assert_type(HTTPCode.REQUEST_ENTITY_TOO_LARGE, Literal[HTTPCode.CONTENT_TOO_LARGE])
assert_type(WSCloseCode.OK, Literal[WSCloseCode.NORMAL_CLOSURE])
assert_type(HTTPCode.UNPROCESSABLE_ENTITY.phrase, str)
alias_value: int = HTTPCode.UNPROCESSABLE_ENTITY.value  # Literal[422] to pyright, int to mypy
assert_type(WSCloseCode.OK.is_sendable, bool)
alias: Literal[HTTPCode.UNPROCESSABLE_CONTENT] = HTTPCode.UNPROCESSABLE_ENTITY
assert HTTPCode.UNPROCESSABLE_ENTITY is HTTPCode.UNPROCESSABLE_CONTENT
ws_alias: Literal[WSCloseCode.NORMAL_CLOSURE] = WSCloseCode.OK


def describe(category: HTTPCategory) -> str:
    if category is HTTPCategory.INFORMATIONAL:
        return "wait"
    elif category is HTTPCategory.SUCCESSFUL:
        return "done"
    elif category is HTTPCategory.REDIRECTION:
        return "elsewhere"
    elif category is HTTPCategory.CLIENT_ERROR:
        return "your fault"
    elif category is HTTPCategory.SERVER_ERROR:
        return "our fault"
    else:
        assert_never(category)


def timeout_kind(code: WSCloseCode) -> str:
    if code is WSCloseCode.TIMEOUT:
        return "timeout"
    elif code in (
        WSCloseCode.NORMAL_CLOSURE,
        WSCloseCode.GOING_AWAY,
        WSCloseCode.PROTOCOL_ERROR,
        WSCloseCode.UNSUPPORTED_DATA,
        WSCloseCode.RESERVED,
        WSCloseCode.NO_STATUS_RCVD,
        WSCloseCode.ABNORMAL_CLOSURE,
        WSCloseCode.INVALID_FRAME_PAYLOAD_DATA,
        WSCloseCode.POLICY_VIOLATION,
        WSCloseCode.MESSAGE_TOO_BIG,
        WSCloseCode.MANDATORY_EXT,
        WSCloseCode.INTERNAL_ERROR,
        WSCloseCode.SERVICE_RESTART,
        WSCloseCode.TRY_AGAIN_LATER,
        WSCloseCode.BAD_GATEWAY,
        WSCloseCode.TLS_HANDSHAKE,
        WSCloseCode.UNAUTHORIZED,
        WSCloseCode.FORBIDDEN,
    ):
        return "other"
    else:
        assert_never(code)


# The unofficial namespace
from statuscodes import unofficial  # noqa: E402

assert_type(unofficial.Nginx(499), unofficial.Nginx)
assert_type(unofficial.Nginx.CLIENT_CLOSED_REQUEST.vendor, str)
assert_type(unofficial.Cloudflare.get(522), "unofficial.Cloudflare | None")
assert_type(unofficial.meanings(499), "tuple[HTTPCode | unofficial.VendorCode, ...]")
vendor_value: int = unofficial.meanings(499)[0].value

# What a checker must refuse.
status.HTTP_404_NOT_FUND  # type: ignore[attr-defined]
HTTPCode.NOT_FUND  # type: ignore[attr-defined]
HTTPCode.NOT_FOUND.phrase = "Lost"  # type: ignore[misc]
HTTPCode.NOT_FOUND.phrases  # type: ignore[attr-defined]
is_client_error("404")  # type: ignore[arg-type]
reason_phrase("404")  # type: ignore[arg-type]
HTTPCode.resolve("404")  # type: ignore[arg-type]
WSCloseCode.for_http("403")  # type: ignore[arg-type]
HTTPCode.parse(404)  # type: ignore[arg-type]
unofficial.Nginx.CLIENT_CLOSED_REQUEST.phrase = "x"  # type: ignore[misc]
HTTPCode.CLIENT_CLOSED_REQUEST  # type: ignore[attr-defined]
