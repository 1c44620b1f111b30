"""Code by code against every independent source we can install: the standard library, werkzeug,
httpx, requests, aiohttp, websockets and wsproto. Every disagreement is listed with its reason;
anything new fails."""

from __future__ import annotations

import http

import aiohttp
import httpx
import pytest
import requests.status_codes
import websockets.frames
import werkzeug.http
import wsproto.frame_protocol

from statuscodes import HTTPCode, WSCloseCode

# Phrases the peers still spell the pre-RFC 9110 way (RFC 9110, Section 15.5: renamed in 2022).
PRE_RFC_9110 = {413, 414, 416, 422}

WERKZEUG_DIFFERENCES = {
    203: "werkzeug drops the hyphen: 'Non Authoritative Information'",
    207: "werkzeug drops the hyphen: 'Multi Status'",
    418: "werkzeug writes 'I'm a teapot' (RFC 2324's case); the stdlib and we say 'I'm a Teapot'",
    511: "werkzeug says 'Network Authentication Failed'; the IANA registry says Required",
}
WERKZEUG_EXTRA = {449: "'Retry With' is Microsoft IIS's, never registered"}
HTTPX_DIFFERENCES = {418: "httpx writes 'I'm a teapot'"}
REQUESTS_EXTRA = {
    122: "IE's 'URI too long', never registered",
    444: "nginx's 'no response', never registered",
    449: "IIS's 'retry with', never registered",
    450: "Windows parental controls, never registered",
    499: "nginx's 'client closed request', never registered",
    509: "Apache's 'bandwidth limit exceeded', never registered",
}
# Registered codes a peer does not know.
MISSING = {
    "werkzeug": {104},
    "httpx": {104, 306},
    "requests": {104, 508},
    "aiohttp": {1004, 1005, 1015, 3000, 3003, 3008},
    "websockets": {1004, 3000, 3003, 3008},
    "wsproto": {1004, 1014, 3000, 3003, 3008},
}


def _phrase_matches(code: int, theirs: str) -> bool:
    member = HTTPCode(code)
    if code in PRE_RFC_9110:
        return HTTPCode.from_phrase(theirs) is member
    return theirs == member.phrase


def test_stdlib_codes_names_and_phrases() -> None:
    for status in http.HTTPStatus:
        assert HTTPCode[status.name] == status.value
        assert _phrase_matches(status.value, status.phrase), status


def test_werkzeug() -> None:
    theirs = werkzeug.http.HTTP_STATUS_CODES
    for code, phrase in theirs.items():
        if code in WERKZEUG_EXTRA:
            assert HTTPCode.get(code) is None
            continue
        if code in WERKZEUG_DIFFERENCES:
            assert phrase != HTTPCode(code).phrase
            continue
        assert _phrase_matches(code, phrase), (code, phrase)
    assert {m.value for m in HTTPCode} - set(theirs) == MISSING["werkzeug"]


def test_httpx() -> None:
    for code in httpx.codes:
        assert HTTPCode[code.name] == code.value
        phrase = httpx.codes.get_reason_phrase(code.value)
        if code.value in HTTPX_DIFFERENCES:
            assert phrase != HTTPCode(code.value).phrase
            continue
        assert _phrase_matches(code.value, phrase), code
    assert {m.value for m in HTTPCode} - {c.value for c in httpx.codes} == MISSING["httpx"]


def test_requests() -> None:
    theirs = requests.status_codes._codes
    for code in theirs:
        assert (HTTPCode.get(code) is None) is (code in REQUESTS_EXTRA), code
    assert {m.value for m in HTTPCode} - set(theirs) == MISSING["requests"]


@pytest.mark.parametrize(
    ("library", "members"),
    [
        ("aiohttp", list(aiohttp.WSCloseCode)),
        ("websockets", list(websockets.frames.CloseCode)),
        ("wsproto", list(wsproto.frame_protocol.CloseReason)),
    ],
)
def test_close_codes(library: str, members: list[object]) -> None:
    values = set()
    for member in members:
        name, value = getattr(member, "name"), getattr(member, "value")  # noqa: B009  # typed object
        values.add(value)
        assert WSCloseCode[name] == value, (library, name)
    assert {m.value for m in WSCloseCode} - values == MISSING[library]
