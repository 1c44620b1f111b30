"""statuscodes.wsgi.CheckResponses around real WSGI apps (Flask, Django's WSGI handler, werkzeug)
and around hand-written apps for the corners of PEP 3333: `start_response` with `exc_info`, an
iterable with `close()`, the `write()` callable."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

from statuscodes import Finding, ResponseRuleError, ResponseRuleWarning, check_response
from statuscodes.asgi import Exchange
from statuscodes.wsgi import CheckResponses


def environ(method: str = "GET", path: str = "/", query: str = "") -> dict[str, Any]:
    return {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }


class Served:
    """What a server would send for one request: status, headers and body, close() called."""

    def __init__(self, app: Any, env: dict[str, Any]) -> None:
        self.starts: list[tuple[str, list[tuple[str, str]], object]] = []
        self.written: list[bytes] = []
        body = app(env, self.start_response)
        try:
            self.chunks = list(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        self.status, self.headers, _ = self.starts[-1]
        self.body = b"".join(self.written + self.chunks)

    def start_response(
        self, status: str, headers: list[tuple[str, str]], exc_info: object = None
    ) -> Callable[[bytes], None]:
        self.starts.append((status, headers, exc_info))
        return self.written.append


def ignore_start(*args: object) -> Callable[[bytes], object]:
    return lambda data: None


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[list[Finding], Exchange]] = []

    def __call__(self, findings: list[Finding], exchange: Exchange) -> None:
        self.calls.append((findings, exchange))

    @property
    def findings(self) -> list[Finding]:
        return [finding for findings, _ in self.calls for finding in findings]


def flask_app() -> Any:
    from flask import Flask, abort

    app = Flask(__name__)

    @app.route("/")
    def hello() -> str:
        return "hello"

    @app.route("/private")
    def private() -> str:
        abort(401)

    return app


def werkzeug_app() -> Any:
    from werkzeug.wrappers import Request, Response

    @Request.application
    def app(request: Request) -> Response:
        if request.path == "/private":
            return Response("who are you?", status=401)
        return Response("hello")

    return app


def django_app() -> Any:
    import django_site

    return django_site.wsgi_application()


APPS: dict[str, Callable[[], Any]] = {
    "flask": flask_app,
    "werkzeug": werkzeug_app,
    "django": django_app,
}


@pytest.mark.parametrize("make_app", APPS.values(), ids=APPS.keys())
@pytest.mark.parametrize("path", ["/", "/private"])
def test_the_server_gets_what_the_bare_app_returns_and_the_findings_are_the_engines(
    make_app: Callable[[], Any], path: str
) -> None:
    app = make_app()
    bare = Served(app, environ(path=path))
    recorder = Recorder()

    checked = Served(CheckResponses(app, on_finding=recorder), environ(path=path))

    assert (checked.status, checked.headers, checked.body) == (bare.status, bare.headers, bare.body)
    findings = check_response(int(bare.status[:3]), bare.headers, content=bare.body)
    assert recorder.findings == findings
    if path == "/private":  # a 401 without WWW-Authenticate: each framework lets it through
        assert [f.reference.section for f in findings] == ["15.5.2"]


class Closing:
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.closed = 0

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.chunks)

    def close(self) -> None:
        self.closed += 1


def test_close_is_passed_on_exactly_once_and_the_check_runs_once() -> None:
    body = Closing([b"no ", b"content"])

    def app(env: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        start_response("401 Unauthorized", [("Content-Type", "text/plain")])
        return body

    recorder = Recorder()
    checked = CheckResponses(app, on_finding=recorder)(environ(), ignore_start)
    list(checked)
    checked.close()  # type: ignore[attr-defined]
    checked.close()  # type: ignore[attr-defined]

    assert body.closed == 1
    [(findings, exchange)] = recorder.calls
    assert [f.code for f in findings] == [401] and exchange.content_length == len(b"no content")


def test_write_counts_as_body() -> None:
    def app(env: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        write = start_response("401 Unauthorized", [])
        write(b"who ")
        return [b"are you?"]

    recorder = Recorder()
    served = Served(CheckResponses(app, on_finding=recorder), environ())

    assert (served.written, served.chunks) == ([b"who "], [b"are you?"])
    [(_, exchange)] = recorder.calls
    assert exchange.content_length == len(b"who are you?")


def test_exc_info_is_passed_on_and_the_last_status_is_checked() -> None:
    def app(env: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        start_response("200 OK", [("Content-Type", "text/plain")])
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            start_response("401 Unauthorized", [("Content-Type", "text/plain")], sys.exc_info())
        return [b"failed"]

    recorder = Recorder()
    served = Served(CheckResponses(app, on_finding=recorder), environ())

    assert [start[0] for start in served.starts] == ["200 OK", "401 Unauthorized"]
    exc_info = served.starts[-1][2]
    assert isinstance(exc_info, tuple) and exc_info[0] is RuntimeError
    assert [f.code for f in recorder.findings] == [401]


def test_raise_comes_from_close_after_the_last_chunk() -> None:
    app = CheckResponses(werkzeug_app(), on_finding="raise")
    body = app(environ(path="/private"), ignore_start)

    assert list(body) == [b"who are you?"]
    with pytest.raises(ResponseRuleError, match=r"GET /private -> 401: 1 RFC rule\(s\) broken"):
        body.close()  # type: ignore[attr-defined]


def test_warn_names_the_request() -> None:
    app = CheckResponses(werkzeug_app())
    with pytest.warns(ResponseRuleWarning, match=r"GET /private\?x=1: MUST: 401 response"):
        Served(app, environ(path="/private", query="x=1"))


def test_request_headers_come_from_the_environ() -> None:
    recorder = Recorder()
    env = environ(path="/private") | {"HTTP_IF_NONE_MATCH": '"x"', "CONTENT_TYPE": "text/plain"}
    Served(CheckResponses(werkzeug_app(), on_finding=recorder), env)

    [(_, exchange)] = recorder.calls
    assert ("IF-NONE-MATCH", '"x"') in exchange.request_headers
    assert ("CONTENT-TYPE", "text/plain") in exchange.request_headers


def test_a_repeated_response_is_reported_each_time_and_checked_once(
    engine_calls: list[Exchange],
) -> None:
    recorder = Recorder()
    app = CheckResponses(werkzeug_app(), on_finding=recorder)

    for path in ("/private", "/private", "/", "/private"):
        Served(app, environ(path=path))

    assert [f.code for f in recorder.findings] == [401, 401, 401]
    assert [exchange.status for exchange in engine_calls] == [401, 200]


def json_app(body: bytes, chunks: int = 1) -> Any:
    def app(env: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        start_response("401 Unauthorized", [("Content-Type", "application/problem+json")])
        size = len(body) // chunks
        return [body[start : start + size] for start in range(0, len(body), size)]

    return app


def test_a_problem_body_is_kept_and_one_too_large_only_counted() -> None:
    from statuscodes._reporting import KEPT_CONTENT

    recorder = Recorder()
    small, large = b'{"status": 401}', b" " * (KEPT_CONTENT + 1)
    for body in (small, large):
        Served(CheckResponses(json_app(body, chunks=2), on_finding=recorder), environ())

    kept, counted = (exchange for _, exchange in recorder.calls)
    assert (kept.content, kept.content_length) == (small, len(small))
    assert (counted.content, counted.content_length) == (None, len(large))


def test_the_request_rules_run_in_the_middleware() -> None:
    # RFC 9110, Section 15.5.13: a 412 answers a request whose precondition evaluated to false.
    def app(env: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        start_response("412 Precondition Failed", [("Content-Length", "0")])
        return [b""]

    recorder = Recorder()
    checked = CheckResponses(app, on_finding=recorder)
    Served(checked, environ())
    Served(checked, {**environ(), "HTTP_IF_MATCH": '"v2"'})

    assert [str(f.reference) for f in recorder.findings] == ["RFC 9110, Section 15.5.13"]


@pytest.mark.parametrize("status", ["OK", "20", "20 OK", "2000 OK", "٢٠٠ OK"])
def test_a_status_line_without_a_three_digit_code_is_refused_naming_it(status: str) -> None:
    def app(env: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        start_response(status, [])
        return [b""]

    with pytest.raises(ValueError, match=r"three-digit code, as in '200 OK'.*PEP 3333.*not "):
        list(CheckResponses(app, on_finding=Recorder())(environ(), ignore_start))
