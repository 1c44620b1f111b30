"""No false alarm on mature servers: every response of the corpus (tests/data/corpus: Starlette,
FastAPI, Django, Flask and aiohttp served for real, read off the socket by
tools/capture_corpus.py) goes through the check, and each finding must be a real violation listed
below with the sentence it breaks and whose bug it is. Any other finding is a false alarm: it
fails here, and the fix is in the engine, not in this table."""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from corpus import Exchange, read, read_all, write

from statuscodes import Finding, ResponseChecker


class Violation(NamedTuple):
    level: str
    reference: str  # as `str(Finding.reference)` spells it
    sentence: str  # the words of the RFC that the response breaks
    upstream: str  # whose bug it is, and how an app meets it


def _no_challenge(upstream: str) -> Violation:
    return Violation(
        "MUST",
        "RFC 9110, Section 15.5.2",
        "The server generating a 401 response MUST send a WWW-Authenticate header field "
        "containing at least one challenge applicable to the target resource.",
        upstream,
    )


EXPECTED: dict[str, list[Violation]] = {
    "aiohttp-11-unauthorized": [
        _no_challenge(
            "aiohttp: `raise web.HTTPUnauthorized()` sends no challenge unless the app "
            "passes `headers={'WWW-Authenticate': ...}`"
        ),
    ],
    "fastapi-10-login-required": [
        _no_challenge(
            "FastAPI: `HTTPException(status_code=401)` sends no challenge unless the "
            "app passes `headers=`; its security dependencies (HTTPBasic...) do send one"
        ),
    ],
    "flask-11-unauthorized": [
        _no_challenge(
            "werkzeug: `abort(401)` raises `Unauthorized()`, whose `www_authenticate` "
            "is empty unless given"
        ),
    ],
    "flask-12-abort-405": [
        Violation(
            "MUST",
            "RFC 9110, Section 15.5.6",
            "The origin server MUST generate an Allow header field in a 405 response containing "
            "a list of the target resource's currently supported methods.",
            "werkzeug: `abort(405)` raises `MethodNotAllowed()`, which sends Allow only when "
            "given `valid_methods` (its router does give them: flask-10-post has Allow)",
        ),
    ],
    "fastapi-02-head": [
        Violation(
            "SHOULD",  # an inference from the MUST on general-purpose servers
            "RFC 9110, Section 9.1",
            "All general-purpose servers MUST support the methods GET and HEAD.",
            "FastAPI: a route declared with `@app.get` answers HEAD with 405 (Allow: GET); "
            "Starlette's own routes add HEAD to every GET route",
        ),
    ],
    "fastapi-07-basic": [
        Violation(
            "MUST",
            "RFC 7617, Section 2",
            "The authentication parameter 'realm' is REQUIRED.",
            "FastAPI: `HTTPBasic()` without `realm=` sends `WWW-Authenticate: Basic`",
        ),
    ],
    **{
        name: [
            Violation(
                "MUST",
                "RFC 6750, Section 3",
                "This scheme MUST be followed by one or more auth-param values.",
                f"FastAPI: `{dependency}` sends `WWW-Authenticate: Bearer`, with no realm or "
                "other parameter",
            ),
        ]
        for name, dependency in (
            ("fastapi-08-bearer", "HTTPBearer()"),
            ("fastapi-09-oauth2", "OAuth2PasswordBearer(tokenUrl=...)"),
        )
    },
    **{
        name: [
            Violation(
                "MUST",
                "RFC 9110, Section 8.6",
                "a server MUST NOT send Content-Length in such a response unless its field value "
                "equals the decimal number of octets that would have been sent in the content of "
                "a 200 (OK) response to the same request.",
                "Django: the 304 that ConditionalGetMiddleware makes of the 200 keeps "
                "Content-Length, set to 0 (the 200 had 40); seen through ResponseChecker",
            ),
        ]
        for name in ("django-02-page-if-none-match", "django-03-page-if-modified-since")
    },
    "django-10-no-content": [
        Violation(
            "MUST",
            "RFC 9110, Section 8.6",
            "A server MUST NOT send a Content-Length header field in any response with a status "
            "code of 1xx (Informational) or 204 (No Content).",
            "Django: CommonMiddleware adds Content-Length to every response that is not "
            "streaming, a 204 included",
        ),
    ],
}


@functools.cache
def corpus_findings() -> dict[str, list[Finding]]:
    """Each exchange's findings; the exchanges of one server go through one `ResponseChecker`
    in capture order, so that a 304 is compared with the 200 before it."""
    checkers: dict[str, ResponseChecker] = {}
    findings = {}
    for exchange in read_all():
        keywords: dict[str, Any] = {"content": exchange.content, "method": exchange.method}
        server = exchange.name.split("-", 1)[0]
        checker = checkers.setdefault(server, ResponseChecker())
        findings[exchange.name] = checker.check(
            exchange.status,
            exchange.headers,
            target=exchange.target,
            request_headers=exchange.request_headers,
            **keywords,
        )
    return findings


EXCHANGES = read_all()


@pytest.mark.parametrize("exchange", EXCHANGES, ids=lambda exchange: exchange.name)
def test_every_finding_on_the_corpus_is_a_listed_violation(exchange: Exchange) -> None:
    found = sorted(
        (finding.level, str(finding.reference)) for finding in corpus_findings()[exchange.name]
    )

    expected = sorted((v.level, v.reference) for v in EXPECTED.get(exchange.name, []))
    assert found == expected, [finding.message for finding in corpus_findings()[exchange.name]]


def test_every_listed_violation_names_a_corpus_exchange() -> None:
    names = {exchange.name for exchange in EXCHANGES}

    assert sorted(EXPECTED.keys() - names) == []


def test_the_corpus_has_what_issue_25_asks_of_each_server() -> None:
    seen = {
        (exchange.name.split("-", 1)[0], exchange.method, exchange.status) for exchange in EXCHANGES
    }
    wanted = {
        ("starlette", "GET", 206), ("starlette", "GET", 304), ("starlette", "HEAD", 200),
        ("starlette", "POST", 405), ("starlette", "GET", 301), ("starlette", "GET", 307),
        ("fastapi", "GET", 401), ("fastapi", "HEAD", 405), ("fastapi", "GET", 307),
        ("django", "GET", 304), ("django", "POST", 405), ("django", "GET", 302),
        ("django", "GET", 301), ("flask", "GET", 206), ("flask", "GET", 304),
        ("flask", "GET", 401), ("flask", "GET", 405), ("aiohttp", "GET", 206),
        ("aiohttp", "GET", 304), ("aiohttp", "HEAD", 200),
    }  # fmt: skip

    assert sorted(wanted - seen) == []
    multipart = [e for e in EXCHANGES if e.status == 206 and b"multipart/byteranges" in e.raw]
    assert [e.name for e in multipart] == ["starlette-07-ranges"]
    chunked = [e.name for e in EXCHANGES if e.status == 200 and b"chunked\r\n" in e.raw.lower()]
    assert chunked == ["aiohttp-14-stream", "starlette-17-stream"]


@pytest.mark.parametrize("exchange", EXCHANGES, ids=lambda exchange: exchange.name)
def test_corpus_content_is_what_its_framing_says(exchange: Exchange) -> None:
    fields = {name.lower(): value for name, value in exchange.headers}

    if exchange.method != "HEAD" and "content-length" in fields:
        assert len(exchange.content) == int(fields["content-length"])
    assert exchange.raw.startswith(b"HTTP/1.")


def test_an_exchange_reads_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / "server-01-chunked.http"
    raw = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Two: a\r\nX-Two: b\r\n\r\n"
        b"3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n"
    )

    write(path, "a server 1.0", ["GET /x HTTP/1.1", "Host: example"], raw)

    exchange = read(path)
    assert (exchange.server, exchange.method, exchange.target) == ("a server 1.0", "GET", "/x")
    assert exchange.request_headers == [("Host", "example")]
    assert exchange.headers == [("Transfer-Encoding", "chunked"), ("X-Two", "a"), ("X-Two", "b")]
    assert (exchange.status, exchange.content, exchange.raw) == (200, b"abcde", raw)


@pytest.mark.slow  # five servers started, 78 requests
def test_a_fresh_capture_answers_as_the_corpus(tmp_path: Path) -> None:
    tool = Path(__file__).parent.parent / "tools" / "capture_corpus.py"

    result = subprocess.run(
        [sys.executable, str(tool), "--into", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    fresh = {path.stem: read(path).status for path in tmp_path.glob("*.http")}
    # The status codes only: field values (dates, ports, ETags) and versions move between runs.
    assert fresh == {exchange.name: exchange.status for exchange in EXCHANGES}
