"""statuscodes.asgi.CheckResponses around real ASGI apps (Starlette, FastAPI, Litestar, Quart,
Django's ASGI handler): what the client receives is exactly what the bare app sends, and the
findings are those `check_response` gives for the response the client saw."""

from __future__ import annotations

import asyncio
import collections
import logging
import warnings
from collections.abc import Callable, MutableMapping, Sequence
from typing import Any

import pytest
from conftest import import_unless_left_out, skip_on_pypy_without

from statuscodes import Finding, ResponseRuleError, ResponseRuleWarning, check_response
from statuscodes.asgi import CheckResponses, Exchange

Message = MutableMapping[str, Any]


def call(app: Any, scope: dict[str, Any], body: bytes = b"") -> list[Message]:
    """Runs one request through an ASGI app as a server would; returns what it sent."""
    sent: list[Message] = []
    requests = [{"type": "http.request", "body": body, "more_body": False}]

    async def run() -> None:
        finished = asyncio.Event()

        async def receive() -> Message:
            if requests:
                return requests.pop()
            # As a server does: the client stays until the response is sent (Quart asks).
            await finished.wait()
            return {"type": "http.disconnect"}

        async def send(message: Message) -> None:
            sent.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                finished.set()

        await app(scope, receive, send)

    asyncio.run(run())
    return sent


def http_scope(method: str = "GET", path: str = "/", query: bytes = b"") -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "root_path": "",
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[list[Finding], Exchange]] = []

    def __call__(self, findings: list[Finding], exchange: Exchange) -> None:
        self.calls.append((findings, exchange))


def expected(sent: list[Message], method: str = "GET") -> list[Finding]:
    """The findings for the response as the client saw it, from the engine directly."""
    [start] = [m for m in sent if m["type"] == "http.response.start"]
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return check_response(
        start["status"], start["headers"], content=None if method == "HEAD" else body, method=method
    )


def starlette_app() -> Any:
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse, PlainTextResponse
    from starlette.routing import Route

    async def hello(request: Any) -> Any:
        return PlainTextResponse("hello")

    async def private(request: Any) -> Any:
        return PlainTextResponse("who are you?", status_code=401)

    async def problem(request: Any) -> Any:
        return JSONResponse(
            {"status": 401, "title": "Unauthorized"},
            status_code=401,
            media_type="application/problem+json",
        )

    routes = [Route("/", hello), Route("/private", private), Route("/problem", problem)]
    return Starlette(routes=routes)


def fastapi_app() -> Any:
    from fastapi import FastAPI
    from fastapi.responses import PlainTextResponse

    app = FastAPI()

    @app.get("/")
    def hello() -> PlainTextResponse:
        return PlainTextResponse("hello")

    @app.get("/private")
    def private() -> PlainTextResponse:
        return PlainTextResponse("who are you?", status_code=401)

    return app


# Module-level: Litestar resolves handler annotations in the module's globals.
litestar = import_unless_left_out("litestar")


def litestar_app(middleware: Sequence[Any] = ()) -> Any:
    if litestar is None:
        pytest.skip("not installed on PyPy: litestar needs msgspec, a C extension")

    # The ignores: `litestar` is a module object here (None on PyPy), so mypy cannot see types.
    @litestar.get("/", sync_to_thread=False)  # type: ignore[untyped-decorator]
    def hello() -> str:
        return "hello"

    @litestar.get("/private", sync_to_thread=False)  # type: ignore[untyped-decorator]
    def private() -> Any:
        return litestar.Response("who are you?", status_code=401)

    return litestar.Litestar([hello, private], middleware=list(middleware))


def quart_app() -> Any:
    from quart import Quart

    app = Quart(__name__)

    @app.route("/")
    async def hello() -> str:
        return "hello"

    @app.route("/private")
    async def private() -> tuple[str, int]:
        return "who are you?", 401

    return app


def django_app() -> Any:
    import django_site

    return django_site.asgi_application()


APPS: dict[str, Callable[[], Any]] = {
    "starlette": starlette_app,
    "fastapi": fastapi_app,
    "litestar": litestar_app,
    "quart": quart_app,
    "django": django_app,
}


@pytest.mark.parametrize("make_app", APPS.values(), ids=APPS.keys())
@pytest.mark.parametrize("path", ["/", "/private"])
def test_the_client_gets_what_the_bare_app_sends_and_the_findings_are_the_engines(
    make_app: Callable[[], Any], path: str
) -> None:
    app = make_app()
    bare = call(app, http_scope(path=path))
    recorder = Recorder()

    checked = call(CheckResponses(app, on_finding=recorder), http_scope(path=path))

    assert checked == bare
    findings = expected(bare)
    assert [f for call_ in recorder.calls for f in call_[0]] == findings
    if path == "/private":  # a 401 without WWW-Authenticate: each framework lets it through
        assert [f.reference.section for f in findings] == ["15.5.2"]


def test_head_bodies_are_not_counted_since_servers_drop_them() -> None:
    recorder = Recorder()
    call(CheckResponses(starlette_app(), on_finding=recorder), http_scope("HEAD"))

    assert recorder.calls == []


def test_a_problem_body_is_kept_and_another_body_only_counted() -> None:
    recorder = Recorder()
    app = CheckResponses(starlette_app(), on_finding=recorder)

    sent = call(app, http_scope(path="/problem"))
    call(app, http_scope(path="/private"))

    problem, text = (exchange for _, exchange in recorder.calls)
    assert problem.content == sent[1]["body"] and problem.content_length == len(sent[1]["body"])
    assert text.content is None and text.content_length == len(b"who are you?")


def test_warn_is_a_user_warning_naming_the_request() -> None:
    app = CheckResponses(starlette_app())
    with pytest.warns(ResponseRuleWarning, match=r"GET /private\?a=1: MUST: 401 response"):
        call(app, http_scope(path="/private", query=b"a=1"))


def test_log_goes_to_the_statuscodes_logger(caplog: pytest.LogCaptureFixture) -> None:
    app = CheckResponses(starlette_app(), on_finding="log")
    with caplog.at_level(logging.WARNING, logger="statuscodes"):
        call(app, http_scope(path="/private"))

    [record] = caplog.records
    assert record.name == "statuscodes"
    assert "GET /private -> 401: 1 RFC rule(s) broken" in record.getMessage()


def test_raise_comes_after_the_response_is_fully_sent() -> None:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    app = CheckResponses(starlette_app(), on_finding="raise")
    with pytest.raises(ResponseRuleError) as raised:
        asyncio.run(app(http_scope(path="/private"), receive, send))

    assert sent[-1]["type"] == "http.response.body" and not sent[-1].get("more_body")
    assert [f.code for f in raised.value.findings] == [401]


def test_an_unknown_on_finding_is_refused_naming_the_choices() -> None:
    with pytest.raises(ValueError, match=r"'warn', 'log', 'raise' or a callable.*'print'"):
        CheckResponses(starlette_app(), on_finding="print")


@pytest.mark.parametrize("kind", ["websocket", "lifespan"])
def test_other_scopes_reach_the_app_untouched(kind: str) -> None:
    seen: list[tuple[object, object, object]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append((scope, receive, send))

    async def receive() -> Message:
        return {}

    async def send(message: Message) -> None:
        pass

    scope = {"type": kind}
    asyncio.run(CheckResponses(app, on_finding="raise")(scope, receive, send))

    assert seen == [(scope, receive, send)]
    assert seen[0][0] is scope and seen[0][1] is receive and seen[0][2] is send


def test_no_warning_for_a_clean_response() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        call(CheckResponses(starlette_app()), http_scope())


@pytest.mark.slow
def test_under_uvicorn_the_bytes_arrive_unchanged() -> None:
    import socket
    import threading

    import httpx
    import uvicorn

    recorder = Recorder()
    bare, checked = starlette_app(), CheckResponses(starlette_app(), on_finding=recorder)
    received: dict[str, list[tuple[int, list[tuple[str, str]], bytes]]] = {}
    for name, app in (("bare", bare), ("checked", checked)):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run)
        thread.start()
        try:
            while not server.started:
                threading.Event().wait(0.01)
            with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
                responses = [client.get(path) for path in ("/", "/private", "/problem")]
        finally:
            server.should_exit = True
            thread.join()
        received[name] = [
            (r.status_code, [(k, v) for k, v in r.headers.multi_items() if k != "date"], r.content)
            for r in responses
        ]

    assert received["checked"] == received["bare"]
    assert [f.code for findings, _ in recorder.calls for f in findings] == [401, 401]


def test_the_documented_one_line_setups_install_the_middleware() -> None:
    recorder = Recorder()
    starlette, fastapi = starlette_app(), fastapi_app()
    starlette.add_middleware(CheckResponses, on_finding=recorder)
    fastapi.add_middleware(CheckResponses, on_finding=recorder)

    for app in (starlette, fastapi):
        call(app, http_scope(path="/private"))

    assert [f.code for findings, _ in recorder.calls for f in findings] == [401, 401]


@skip_on_pypy_without("litestar")
def test_litestar_takes_the_class_as_middleware() -> None:
    app = litestar_app(middleware=[CheckResponses])

    with pytest.warns(ResponseRuleWarning, match="401 response without WWW-Authenticate"):
        call(app, http_scope(path="/private"))


def test_a_repeated_response_is_reported_each_time_and_checked_once(
    engine_calls: list[Exchange],
) -> None:
    recorder = Recorder()
    app = CheckResponses(starlette_app(), on_finding=recorder)

    for path in ("/private", "/private", "/", "/private"):
        call(app, http_scope(path=path))

    assert [f.code for findings, _ in recorder.calls for f in findings] == [401, 401, 401]
    assert [exchange.status for exchange in engine_calls] == [401, 200]


def test_a_problem_body_too_large_to_keep_is_only_counted() -> None:
    from statuscodes._reporting import KEPT_CONTENT

    chunk = b" " * (KEPT_CONTENT // 2 + 1)

    async def app(scope: Any, receive: Any, send: Any) -> None:
        headers = [(b"content-type", b"application/problem+json")]
        await send({"type": "http.response.start", "status": 401, "headers": headers})
        for more in (True, True, False):
            await send({"type": "http.response.body", "body": chunk, "more_body": more})

    recorder = Recorder()
    call(CheckResponses(app, on_finding=recorder), http_scope())

    [(_, exchange)] = recorder.calls
    assert (exchange.content, exchange.content_length) == (None, 3 * len(chunk))


def test_the_request_rules_and_the_304_against_its_200_run_in_the_middleware() -> None:
    # Django's ConditionalGetMiddleware sends such a 304 (tests/data/corpus, django-02): RFC 9110,
    # Section 8.6 says its Content-Length MUST be the 200's; the middleware has seen the 200.
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def page(request: Request) -> Response:
        if request.headers.get("if-none-match") == '"v1"':
            return Response(status_code=304, headers={"ETag": '"v1"', "Content-Length": "0"})
        return Response("x" * 40, media_type="text/html", headers={"ETag": '"v1"'})

    async def partial(request: Request) -> Response:
        headers = {"Content-Range": "bytes 0-4/10"}
        return Response(b"01234", status_code=206, media_type="text/plain", headers=headers)

    recorder = Recorder()
    app = CheckResponses(
        Starlette(routes=[Route("/page", page), Route("/part", partial)]), on_finding=recorder
    )
    revalidate = {**http_scope(path="/page"), "headers": [(b"if-none-match", b'"v1"')]}

    call(app, revalidate)  # before any 200: nothing to compare with
    call(app, http_scope(path="/page"))
    call(app, revalidate)
    call(app, http_scope(path="/part"))
    call(app, {**http_scope(path="/part"), "headers": [(b"range", b"bytes=0-4")]})

    reported = [
        (exchange.target, exchange.status, [str(f.reference) for f in findings])
        for findings, exchange in recorder.calls
    ]
    assert reported == [
        ("/page", 304, ["RFC 9110, Section 8.6"]),
        ("/part", 206, ["RFC 9110, Section 15.3.7"]),
    ]


def test_a_hand_made_scope_without_the_required_keys_is_still_checked() -> None:
    async def unauthorized(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 401})
        await send({"type": "http.response.body", "body": b""})

    recorder = Recorder()
    call(CheckResponses(unauthorized, on_finding=recorder), {"type": "http"})

    [(findings, exchange)] = recorder.calls
    assert (exchange.method, exchange.target, exchange.status) == ("GET", "", 401)
    assert [finding.reference.section for finding in findings] == ["15.5.2"]


def test_the_target_is_the_path_and_the_query() -> None:
    recorder = Recorder()
    call(
        CheckResponses(starlette_app(), on_finding=recorder),
        http_scope(path="/private", query=b"a=%C3%A9"),
    )

    assert [exchange.target for _, exchange in recorder.calls] == ["/private?a=%C3%A9"]


def test_header_values_of_odd_kinds_are_checked_as_the_engine_reads_them() -> None:
    # A writable memoryview cannot be hashed (ValueError), a bytearray not at all (TypeError):
    # the memo cannot hold them, and the response is still sent and checked.
    values: list[Any] = [memoryview(bytearray(b"GET")), bytearray(b"GET"), memoryview(b"GET")]
    for value in values:

        async def not_allowed(scope: Any, receive: Any, send: Any, value: Any = value) -> None:
            await send(
                {"type": "http.response.start", "status": 405, "headers": [(b"allow", value)]}
            )
            await send({"type": "http.response.body", "body": b""})

        recorder = Recorder()
        checked = CheckResponses(not_allowed, on_finding=recorder)
        for _ in range(2):
            sent = call(checked, http_scope(method="HEAD"))
            assert sent[0]["headers"] == [(b"allow", value)]

        expected = check_response(405, [(b"allow", b"GET")], method="HEAD", request_headers=[])
        assert expected  # 405 to HEAD where GET is allowed
        assert [findings for findings, _ in recorder.calls] == [expected, expected]


def test_a_problem_body_is_kept_whatever_sequence_holds_the_fields() -> None:
    # ASGI allows any iterable of pairs: a list subclass or a deque is read as a list is.
    body = b'{"status": 500}'
    fields = [(b"content-type", b"application/problem+json"), (b"content-length", b"15")]
    expected = check_response(404, fields, content=body, request_headers=[])
    assert expected  # its status is not the response's
    for holder in (type("Fields", (list,), {}), collections.deque, tuple):

        async def not_found(scope: Any, receive: Any, send: Any, holder: Any = holder) -> None:
            await send({"type": "http.response.start", "status": 404, "headers": holder(fields)})
            await send({"type": "http.response.body", "body": body})

        recorder = Recorder()
        call(CheckResponses(not_found, on_finding=recorder), http_scope())

        assert [findings for findings, _ in recorder.calls] == [expected]
