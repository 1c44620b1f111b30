"""check_response on the responses frameworks and clients make, and on odd input."""

from __future__ import annotations

import email.utils
import pickle
import time
from datetime import datetime, timezone

import httpx
import pytest
from aiohttp import web
from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from multidict import CIMultiDict
from requests.structures import CaseInsensitiveDict
from starlette.applications import Starlette
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.routing import Route
from werkzeug.wrappers import Response as WerkzeugResponse

import statuscodes
from statuscodes import Finding, HTTPCode, Reference, assert_valid_response, check_response


def levels(findings: list[Finding]) -> list[str]:
    return [finding.level for finding in findings]


# Real responses -------------------------------------------------------------------------------


def test_fastapi_401_without_challenge_is_reported_and_with_one_is_clean() -> None:
    app = FastAPI()

    @app.get("/bare")
    def bare() -> None:
        raise HTTPException(status_code=401)

    @app.get("/challenged")
    def challenged() -> None:
        raise HTTPException(status_code=401, headers={"WWW-Authenticate": 'Bearer realm="api"'})

    client = TestClient(app)
    bare_response, challenged_response = client.get("/bare"), client.get("/challenged")

    [finding] = check_response(bare_response.status_code, bare_response.headers)
    assert finding.reference == Reference("RFC 9110", "15.5.2")
    assert check_response(challenged_response.status_code, challenged_response.headers) == []


def test_starlette_405_carries_allow() -> None:
    app = Starlette(routes=[Route("/", lambda request: Response("ok"), methods=["GET"])])

    response = TestClient(app).post("/")

    assert response.status_code == 405
    assert check_response(response.status_code, response.headers, content=response.content) == []


def test_starlette_head_response_has_no_content_and_may_carry_the_length() -> None:
    app = Starlette(routes=[Route("/", lambda request: Response("hello"))])

    response = TestClient(app).head("/")

    assert response.headers["content-length"] == "5"  # RFC 9110, 8.6: what a GET would send
    assert check_response(200, response.headers, content=response.content, method="HEAD") == []


def test_starlette_204_with_a_body_is_reported() -> None:
    headers = MutableHeaders({"content-length": "2"})

    findings = check_response(204, headers, content=b"{}")

    assert levels(findings) == ["MUST", "MUST"]
    assert findings[0].reference == Reference("RFC 9110", "15.3.5")
    assert findings[1].reference == Reference("RFC 9110", "8.6")


def test_httpx_response_with_repeated_fields() -> None:
    response = httpx.Response(
        401,
        headers=[("WWW-Authenticate", 'Basic realm="a"'), ("www-authenticate", 'Bearer realm="a"')],
    )

    assert check_response(response.status_code, response.headers) == []


def test_httpx_mock_transport_redirect() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(301))
    with httpx.Client(transport=transport) as client:
        response = client.get("https://example.com/")

    assert levels(check_response(response.status_code, response.headers)) == ["SHOULD"]


def test_werkzeug_response() -> None:
    response = WerkzeugResponse(status=503, headers={"Retry-After": "in a bit"})

    [finding] = check_response(response.status_code, response.headers, content=response.data)

    assert "Retry-After 'in a bit'" in finding.message
    assert finding.reference == Reference("RFC 9110", "10.2.3")


def test_requests_case_insensitive_dict_and_aiohttp_multidict() -> None:
    requests_headers = CaseInsensitiveDict({"Proxy-Authenticate": 'Basic realm="proxy"'})
    aiohttp_headers = CIMultiDict([("ALLOW", "GET")])

    assert check_response(407, requests_headers) == []
    assert check_response(405, aiohttp_headers) == []


def test_aiohttp_response_headers() -> None:
    response = web.Response(status=426, headers={"Upgrade": "h2c"})

    assert check_response(response.status, response.headers) == []


def test_starlette_headers_from_raw_bytes() -> None:
    headers = Headers(raw=[(b"location", b"/elsewhere")])

    assert check_response(HTTPCode.PERMANENT_REDIRECT, headers) == []


# The rules the check adds to the table ----------------------------------------------------------


def test_rfc9110_8_6_304_and_head_may_carry_content_length() -> None:
    assert check_response(304, {"Content-Length": "1234"}) == []
    assert check_response(200, {"Content-Length": "1234"}, method="HEAD", content=b"") == []


def test_rfc9110_8_6_1xx_must_not_send_content_length() -> None:
    [finding] = check_response(100, [("Content-Length", "0")])

    assert finding.message == (
        "100 response with Content-Length: RFC 9110, Section 8.6 says a server MUST NOT send it"
    )


def test_rfc9112_6_1_204_must_not_send_transfer_encoding() -> None:
    [finding] = check_response(204, {"Transfer-Encoding": "chunked"})

    assert finding.reference == Reference("RFC 9112", "6.1")


def test_rfc9110_9_3_6_2xx_to_connect_has_no_content_nor_length() -> None:
    findings = check_response(200, {"Content-Length": "3"}, content=b"abc", method="CONNECT")

    assert [str(f.reference) for f in findings] == [
        "RFC 9110, Section 9.3.6",
        "RFC 9110, Section 8.6",
    ]


def test_rfc9112_6_2_never_both_framings() -> None:
    findings = check_response(200, {"Content-Length": "3", "Transfer-Encoding": "chunked"})

    assert [f.reference for f in findings] == [Reference("RFC 9112", "6.2")]


@pytest.mark.parametrize("code", [100, 103, 204, 205, 304])
def test_rfc9110_6_4_1_content_where_none_is_allowed(code: int) -> None:
    [finding] = check_response(code, {}, content=b"x")

    assert finding.level == "MUST"
    assert "1 byte of content" in finding.message


def test_rfc9110_9_3_2_head_response_with_content() -> None:
    [finding] = check_response(200, {}, content=b"hello", method="head")

    assert finding.message.startswith("200 response to HEAD with 5 bytes of content")


def test_empty_or_unknown_content_is_fine_everywhere() -> None:
    assert check_response(204, {}, content=b"") == []
    assert check_response(204, {}) == []


@pytest.mark.parametrize("value", ["120", "0", "Sun, 06 Nov 1994 08:49:37 GMT", " 30 "])
def test_rfc9110_10_2_3_valid_retry_after(value: str) -> None:
    assert check_response(503, {"Retry-After": value}) == []


@pytest.mark.parametrize("value", ["Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"])
def test_rfc9110_5_6_7_obsolete_dates_must_not_be_generated(value: str) -> None:
    [finding] = check_response(503, {"Retry-After": value})

    assert finding.reference == Reference("RFC 9110", "5.6.7")


@pytest.mark.parametrize("value", ["", "-1", "1.5", "soon", "٣", "Sun, 06 Nov 1994 25:00:00 GMT"])
def test_rfc9110_10_2_3_invalid_retry_after(value: str) -> None:
    [finding] = check_response(429, {"Retry-After": value})

    assert finding.reference == Reference("RFC 9110", "10.2.3")


def test_rfc9110_10_2_2_location_on_a_code_that_gives_it_no_meaning() -> None:
    # "The type of relationship is defined by the combination of request method and status code
    # semantics": 201 and 3xx define it, and no 1xx, 4xx or 5xx code does.
    ok = {"Content-Type": "text/plain"}

    [finding] = check_response(404, {**ok, "Location": "/x"}, content=b"ok")

    assert (finding.level, str(finding.reference)) == ("SHOULD", "RFC 9110, Section 10.2.2")
    assert check_response(201, {**ok, "Location": "/x"}, content=b"ok") == []
    assert check_response(303, {**ok, "Location": "/x"}, content=b"ok") == []
    # Section 15.3.3: a 202 points to a status monitor, often so.
    assert check_response(202, {**ok, "Location": "/status/1"}, content=b"ok") == []


def test_rfc9110_15_unregistered_code_says_how_it_is_treated() -> None:
    [finding] = check_response(499, {})

    assert finding.level == "SHOULD"
    assert "treats it as 400 Bad Request" in finding.message


def test_rfc9110_15_code_outside_100_599_is_invalid() -> None:
    [finding] = check_response(600, {"Content-Length": "0"})

    assert finding.level == "MUST"
    assert "outside 100-599 are invalid" in finding.message


# Odd input ------------------------------------------------------------------------------------


def test_bytes_names_values_and_mixed_case_match() -> None:
    assert check_response(401, [(b"wWw-AuThEnTiCaTe", b'Basic rEaLm="x"')]) == []


@pytest.mark.parametrize("kind", [bytearray, memoryview])
def test_bytes_like_names_and_values_are_read_as_bytes(kind: type) -> None:
    challenge = (kind(b"WWW-Authenticate"), kind(b'Basic realm="x"'))

    assert check_response(401, [challenge]) == []
    assert check_response(401, [(b"x-other", kind(b"x"))]) == check_response(401, [])


def test_non_ascii_bytes_do_not_raise() -> None:
    [finding] = check_response(401, [(b"WWW-Authenticate", b"\xff\xfe")])

    assert "'ÿþ'" in finding.message  # read as Latin-1, named as it came, and no scheme


def test_empty_required_value_is_reported_as_empty() -> None:
    [finding] = check_response(401, {"WWW-Authenticate": "  "})

    assert "with an empty WWW-Authenticate" in finding.message


def test_items_that_are_not_pairs_are_skipped() -> None:
    odd: list[object] = [("only-one",), None, ("a", "b", "c"), (1, "x"), ("Allow", None), ("", "x")]

    assert levels(check_response(405, odd)) == ["MUST"]  # type: ignore[arg-type]  # odd on purpose


def test_a_dict_of_value_lists_counts_each_value() -> None:
    allow = {"Allow": ["GET", "HEAD"]}  # a list of values, as some frameworks keep them

    assert check_response(405, allow) == []  # type: ignore[arg-type]  # not in the typed shapes


@pytest.mark.parametrize("status", ["401", 401.0, None, True])
def test_a_status_that_is_not_an_int_is_a_type_error_naming_it(status: object) -> None:
    with pytest.raises(TypeError, match=f"not {status!r}"):
        check_response(status, {})  # type: ignore[arg-type]  # not an int


def test_headers_that_are_not_a_collection_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="headers must be a mapping"):
        check_response(200, "Allow: GET")  # type: ignore[arg-type]  # a str


def test_content_that_is_not_bytes_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="content must be bytes"):
        check_response(200, {}, content=42)  # type: ignore[arg-type]  # an int


text_or_bytes = st.one_of(st.text(), st.binary())


@given(
    status=st.integers(min_value=-1000, max_value=1000),
    headers=st.lists(st.tuples(text_or_bytes, text_or_bytes)),
    content=st.one_of(st.none(), st.binary()),
    method=st.sampled_from(["GET", "HEAD", "CONNECT", "POST", "get", ""]),
)
def test_check_response_never_raises_on_any_header_list(
    status: int,
    headers: list[tuple[str | bytes, str | bytes]],
    content: bytes | None,
    method: str,
) -> None:
    findings = check_response(status, headers, content=content, method=method)

    assert all(finding.level in ("MUST", "SHOULD") and finding.message for finding in findings)


# assert_valid_response and Finding ------------------------------------------------------------


def test_assert_valid_response_lists_every_finding() -> None:
    with pytest.raises(AssertionError) as caught:
        assert_valid_response(204, {"Content-Length": "1"}, content=b"x")

    assert str(caught.value).splitlines() == [
        "2 RFC rule(s) broken:",
        (
            "  MUST: 204 response with 1 byte of content: RFC 9110, Section 15.3.5 says such a "
            "response has no content"
        ),
        (
            "  MUST: 204 response with Content-Length: RFC 9110, Section 8.6 says a server MUST "
            "NOT send it"
        ),
    ]


def test_assert_valid_response_passes_a_valid_response() -> None:
    headers = {"Location": "/items/1", "Content-Type": "application/json"}

    assert_valid_response(201, headers, content=b"{}", method="POST", request_headers={})


def test_finding_is_an_immutable_picklable_value() -> None:
    [finding] = check_response(401, {})

    assert pickle.loads(pickle.dumps(finding)) == finding
    assert hash(finding) == hash(pickle.loads(pickle.dumps(finding)))
    assert repr(finding).startswith("Finding(level='MUST', message='401 response without")
    with pytest.raises(AttributeError, match="immutable"):
        finding.level = "SHOULD"  # type: ignore[misc]  # a read-only property in the stub


def test_import_statuscodes_loads_neither_re_nor_collections() -> None:
    import subprocess
    import sys

    code = (
        "import enum, sys; before = set(sys.modules); import statuscodes; "
        "print(sorted(set(sys.modules) - before))"
    )
    loaded = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True
    ).stdout

    assert "'statuscodes._check'" in loaded  # the check comes with the package, eagerly
    # Beyond what enum itself imports (functools and collections on 3.11 and 3.12).
    assert "'re'" not in loaded and "'collections'" not in loaded and "'typing'" not in loaded
    assert statuscodes.PROBLEM_JSON == "application/problem+json"


# The standard library writes the dates independently: email.utils an IMF-fixdate, time.asctime
# the asctime-date; RFC 9110, Section 5.6.7 says a sender generates only the first.
@given(moment=st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31)))
def test_rfc9110_5_6_7_every_imf_fixdate_is_a_retry_after(moment: datetime) -> None:
    value = email.utils.format_datetime(moment.replace(tzinfo=timezone.utc), usegmt=True)
    asctime = time.asctime(moment.timetuple())

    assert check_response(503, {"Retry-After": value}) == []
    [finding] = check_response(503, {"Retry-After": asctime})
    assert finding.reference == Reference("RFC 9110", "5.6.7"), asctime


@pytest.mark.parametrize(
    "value",
    [
        "Sun, 06 Nov 1994 08:49:37 UTC",
        "Sun 06 Nov 1994 08:49:37 GMT",
        "Sun, 6 Nov 1994 08:49:37 GMT",
        "Sun, 06 November 1994 08:49:37 GMT",
        "Sun, 06 Nov 94 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49 GMT",
        "Sun, 06 Nov 1994 08:60:00 GMT",
        "Sun, 32 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-1994 08:49:37 GMT",
        "Sun Nov 6 08:49:37 1994",
        "sun, 06 nov 1994 08:49:37 gmt",
    ],
)
def test_rfc9110_5_6_7_near_misses_are_no_http_date(value: str) -> None:
    [finding] = check_response(503, {"Retry-After": value})

    assert finding.reference == Reference("RFC 9110", "10.2.3"), value


def test_rfc9110_6_4_1_a_counted_body_is_judged_as_the_body_would_be() -> None:
    [finding] = check_response(204, {}, content_length=3)

    assert finding.message.startswith("204 response with 3 bytes of content")
    assert check_response(204, {}, content=b"", content_length=3) == []  # the body wins
    assert check_response(200, {"Content-Type": "text/plain"}, content_length=3) == []
    for bad in (-1, "3", 3.0):
        with pytest.raises(TypeError, match="content_length must be a number of bytes"):
            check_response(204, {}, content_length=bad)  # type: ignore[arg-type]


def test_an_exchange_names_its_request_and_status() -> None:
    from statuscodes.asgi import Exchange

    assert repr(Exchange("GET", "/x", 204, {})) == "Exchange(GET /x -> 204)"
