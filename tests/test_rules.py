"""What the RFCs say of each status code, written from their text (quoted above each rule), not
from the table: a wrong row in _data.py fails here."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from statuscodes import HeaderRule, HTTPCode, Reference, check_response

# RFC 9110, Section 15.1: "Responses with status codes that are defined as heuristically
# cacheable (e.g., 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, and 501 in this
# specification) can be reused by a cache with heuristic expiration".
# RFC 7725, Section 3: "A 451 response is cacheable by default".
HEURISTICALLY_CACHEABLE = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501, 451}

# RFC 9110, Section 15.2: "A 1xx response is terminated by the end of the header section; it
# cannot contain content or trailers." Section 15.3.5: a 204 "cannot contain content or
# trailers". Section 15.3.6: "a server MUST NOT generate content in a 205 response".
# Section 15.4.5: "A 304 response is terminated by the end of the header section; it cannot
# contain content or trailers."
NO_CONTENT = {100, 101, 102, 103, 104, 204, 205, 304}


class Rule(NamedTuple):
    code: int
    field: str
    level: str
    document: str
    section: str
    conditional: bool = False  # the RFC attaches a condition the check cannot see


FROM_200 = ("Content-Location", "Date", "ETag", "Vary", "Cache-Control", "Expires")

RULES = [
    # 15.2.2: "The server MUST generate an Upgrade header field in the response that indicates
    # which protocol(s) will be in effect after this response."
    Rule(101, "Upgrade", "MUST", "RFC 9110", "15.2.2"),
    # 15.3.2: "The primary resource created by the request is identified by either a Location
    # header field in the response or, if no Location header field is received, by the target
    # URI." (no BCP 14 keyword: optional)
    Rule(201, "Location", "MAY", "RFC 9110", "15.3.2"),
    # 15.3.7.1: "If a single part is being transferred, the server generating the 206 response
    # MUST generate a Content-Range header field".
    Rule(206, "Content-Range", "MUST", "RFC 9110", "15.3.7.1"),
    # 15.3.7: "A server generating a 206 response MUST generate the following header fields, in
    # addition to those required in the subsections below, if the field would have been sent in
    # a 200 (OK) response to the same request: Date, Cache-Control, ETag, Expires,
    # Content-Location, and Vary."
    *(Rule(206, field, "MUST", "RFC 9110", "15.3.7", True) for field in FROM_200),
    # 15.4.1: "If the server has a preferred choice, the server SHOULD generate a Location
    # header field containing a preferred choice's URI reference."
    Rule(300, "Location", "SHOULD", "RFC 9110", "15.4.1", True),
    # 15.4.2 (301), 15.4.3 (302), 15.4.8 (307), 15.4.9 (308): "The server SHOULD generate a
    # Location header field in the response containing a ... URI reference".
    Rule(301, "Location", "SHOULD", "RFC 9110", "15.4.2"),
    Rule(302, "Location", "SHOULD", "RFC 9110", "15.4.3"),
    # 15.4.4: "redirecting the user agent to a different resource, as indicated by a URI in the
    # Location header field" (no BCP 14 keyword).
    Rule(303, "Location", "MAY", "RFC 9110", "15.4.4"),
    Rule(307, "Location", "SHOULD", "RFC 9110", "15.4.8"),
    Rule(308, "Location", "SHOULD", "RFC 9110", "15.4.9"),
    # 10.2.3: "When sent with any 3xx (Redirection) response, Retry-After indicates the minimum
    # time that the user agent is asked to wait before issuing the redirected request."
    *(Rule(code, "Retry-After", "MAY", "RFC 9110", "10.2.3") for code in (300, 301, 302, 303)),
    *(Rule(code, "Retry-After", "MAY", "RFC 9110", "10.2.3") for code in (307, 308)),
    # 15.4.5: "The server generating a 304 response MUST generate any of the following header
    # fields that would have been sent in a 200 (OK) response to the same request:
    # Content-Location, Date, ETag, and Vary; Cache-Control and Expires".
    *(Rule(304, field, "MUST", "RFC 9110", "15.4.5", True) for field in FROM_200),
    # 15.5.2: "The server generating a 401 response MUST send a WWW-Authenticate header field".
    Rule(401, "WWW-Authenticate", "MUST", "RFC 9110", "15.5.2"),
    # 15.5.6: "The origin server MUST generate an Allow header field in a 405 response".
    Rule(405, "Allow", "MUST", "RFC 9110", "15.5.6"),
    # 15.5.8: "The proxy MUST send a Proxy-Authenticate header field".
    Rule(407, "Proxy-Authenticate", "MUST", "RFC 9110", "15.5.8"),
    # 15.5.14: "If the condition is temporary, the server SHOULD generate a Retry-After header
    # field to indicate that it is temporary and after what time the client MAY try again."
    Rule(413, "Retry-After", "SHOULD", "RFC 9110", "15.5.14", True),
    # 15.5.17: "A server that generates a 416 response to a byte-range request SHOULD generate a
    # Content-Range header field specifying the current length of the selected representation".
    Rule(416, "Content-Range", "SHOULD", "RFC 9110", "15.5.17"),
    # 15.5.22: "The server MUST send an Upgrade header field in a 426 response".
    Rule(426, "Upgrade", "MUST", "RFC 9110", "15.5.22"),
    # RFC 6585, 4: "and MAY include a Retry-After header indicating how long to wait".
    Rule(429, "Retry-After", "MAY", "RFC 6585", "4"),
    # RFC 7725, 4: "When an entity blocks access to a resource and returns status 451, it SHOULD
    # include a "Link" HTTP header field [RFC5988] whose value is a URI reference".
    Rule(451, "Link", "SHOULD", "RFC 7725", "4"),
    # 15.6.4: "The server MAY send a Retry-After header field".
    Rule(503, "Retry-After", "MAY", "RFC 9110", "15.6.4"),
]


def _id(rule: Rule) -> str:
    document = rule.document.replace(" ", "").lower()
    return f"{document}_{rule.section.replace('.', '_')}_{rule.code}_{rule.level}_{rule.field}"


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_each_rfc_header_rule_is_on_its_code(rule: Rule) -> None:
    [found] = [r for r in HTTPCode(rule.code).header_rules if r.field == rule.field]

    assert found.level == rule.level
    assert found.reference == Reference(rule.document, rule.section)
    assert (found.when is not None) is rule.conditional
    assert found.note


def test_no_header_rule_beyond_those_the_rfcs_state() -> None:
    table = {(m.value, r.field) for m in HTTPCode for r in m.header_rules}

    assert table == {(rule.code, rule.field) for rule in RULES}


@pytest.mark.parametrize("code", HEURISTICALLY_CACHEABLE)
def test_rfc9110_15_1_and_rfc7725_3_heuristically_cacheable(code: int) -> None:
    assert HTTPCode(code).is_cacheable_by_default


def test_rfc9110_15_1_no_other_code_is_cacheable_by_default() -> None:
    assert {m.value for m in HTTPCode if m.is_cacheable_by_default} == HEURISTICALLY_CACHEABLE


def test_rfc9110_6_4_1_codes_without_content() -> None:
    assert {m.value for m in HTTPCode if not m.allows_content} == NO_CONTENT


# The check, rule by rule, from the same sentences.


def test_rfc9110_15_5_2_401_must_send_www_authenticate() -> None:
    [finding] = check_response(401, {})

    assert finding.level == "MUST"
    assert finding.message == (
        "401 response without WWW-Authenticate: RFC 9110, Section 15.5.2 says the server MUST "
        "send it"
    )
    assert check_response(401, {"WWW-Authenticate": 'Bearer realm="api"'}) == []


def test_rfc9110_15_5_6_405_must_send_allow_even_empty() -> None:
    assert [f.level for f in check_response(405, {})] == ["MUST"]
    assert check_response(405, {"Allow": ""}) == []  # 10.2.1: empty means no method is allowed


def test_rfc9110_15_5_8_407_must_send_proxy_authenticate() -> None:
    assert "Proxy-Authenticate" in check_response(407, [])[0].message


@pytest.mark.parametrize("code", [101, 426])
def test_rfc9110_15_2_2_and_15_5_22_must_send_upgrade(code: int) -> None:
    assert [f.level for f in check_response(code, {})] == ["MUST"]
    assert check_response(code, {"Upgrade": "websocket"}) == []


@pytest.mark.parametrize("code", [301, 302, 307, 308])
def test_rfc9110_15_4_redirects_should_send_location(code: int) -> None:
    assert [f.level for f in check_response(code, {})] == ["SHOULD"]
    assert check_response(code, {"Location": "/new"}) == []


@pytest.mark.parametrize("code", [200, 201, 300, 303, 304, 413, 429, 503])
def test_may_and_conditional_rules_are_not_reported(code: int) -> None:
    assert check_response(code, {}, content=None) == []


def test_rfc9110_15_3_7_2_206_multipart_byteranges_needs_no_content_range() -> None:
    multipart = {"Content-Type": "multipart/byteranges; boundary=THIS"}

    assert check_response(206, multipart) == []
    assert [f.level for f in check_response(206, {"Content-Type": "text/plain"})] == ["MUST"]


def test_rfc9110_15_5_17_416_should_send_content_range() -> None:
    assert [f.level for f in check_response(416, {})] == ["SHOULD"]
    assert check_response(416, {"Content-Range": "bytes */1234"}) == []


def test_rfc7725_4_451_should_identify_the_blocker_in_link() -> None:
    link = {"Link": '<https://blocker.example>; rel="blocked-by"'}

    assert [f.level for f in check_response(451, {})] == ["SHOULD"]
    assert check_response(451, link) == []


def test_header_rule_is_an_immutable_value() -> None:
    rule = HeaderRule("Allow", "MUST", Reference("RFC 9110", "15.5.6"), "note")

    assert rule == HeaderRule("Allow", "MUST", Reference("RFC 9110", "15.5.6"), "note")
    assert hash(rule) == hash(HeaderRule("Allow", "MUST", Reference("RFC 9110", "15.5.6"), "note"))
    assert rule != HeaderRule("Allow", "SHOULD", Reference("RFC 9110", "15.5.6"), "note")
    with pytest.raises(AttributeError):
        rule.level = "MAY"  # type: ignore[misc]  # a read-only property in the stub
    with pytest.raises(ValueError, match="level must be one of MUST, SHOULD, MAY"):
        HeaderRule("Allow", "must", Reference("RFC 9110", "15.5.6"), "note")  # type: ignore[arg-type]  # not a level
