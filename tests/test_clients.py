"""statuscodes.clients: the httpx event hooks (sync and async) and the requests response hook, on
real clients talking to a real app (through httpx's transports, and requests' adapter API)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import requests
import requests.adapters

from statuscodes import Finding, ResponseRuleWarning
from statuscodes.asgi import Exchange
from statuscodes.clients import async_httpx_hook, httpx_hook, requests_hook


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[list[Finding], Exchange]] = []

    def __call__(self, findings: list[Finding], exchange: Exchange) -> None:
        self.calls.append((findings, exchange))


def server(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/private":
        return httpx.Response(401, text="who are you?")
    if request.url.path == "/problem":
        return httpx.Response(
            401, json={"status": 401}, headers={"Content-Type": "application/problem+json"}
        )
    return httpx.Response(200, text="hello")


def test_the_sync_hook_checks_each_response_with_its_request() -> None:
    recorder = Recorder()
    hooks = {"response": [httpx_hook(on_finding=recorder)]}
    with httpx.Client(transport=httpx.MockTransport(server), event_hooks=hooks) as client:
        assert client.get("http://example.com/").text == "hello"
        assert client.get("http://example.com/private", headers={"X-Test": "1"}).status_code == 401

    [(findings, exchange)] = recorder.calls
    assert [f.reference.section for f in findings] == ["15.5.2"]
    assert exchange.target == "http://example.com/private"
    assert exchange.request_headers["x-test"] == "1"


def test_the_async_hook_reads_a_problem_body_and_leaves_it_readable() -> None:
    recorder = Recorder()

    async def main() -> bytes:
        async with httpx.AsyncClient(
            transport=httpx.MockTransport(server),
            event_hooks={"response": [async_httpx_hook(on_finding=recorder)]},
        ) as client:
            response = await client.get("http://example.com/problem")
            return response.content

    content = asyncio.run(main())

    [(findings, exchange)] = recorder.calls
    assert exchange.content == content == b'{"status":401}'
    assert [f.code for f in findings] == [401]


def test_the_hook_warns_by_default() -> None:
    with (
        httpx.Client(
            transport=httpx.MockTransport(server), event_hooks={"response": [httpx_hook()]}
        ) as client,
        pytest.warns(ResponseRuleWarning, match="GET http://example.com/private: MUST"),
    ):
        client.get("http://example.com/private")


class Adapter(requests.adapters.BaseAdapter):
    """Answers as `server` does, without a network: requests' own extension point."""

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float | None, float | None] | None = None,
        verify: bool | str = True,
        cert: str | tuple[str, str] | None = None,
        proxies: dict[str, str] | None = None,
    ) -> requests.Response:
        answer = server(httpx.Request(request.method or "GET", request.url or ""))
        response = requests.Response()
        response.status_code = answer.status_code
        response.headers.update(answer.headers)
        response._content = answer.content  # what requests stores once it has read the body
        response.request = request
        response.url = request.url or ""
        return response

    def close(self) -> None:
        pass


def test_the_requests_hook_checks_a_session_response() -> None:
    recorder = Recorder()
    with requests.Session() as session:
        session.mount("http://", Adapter())
        session.hooks["response"].append(requests_hook(on_finding=recorder))
        session.get("http://example.com/")
        session.get("http://example.com/private")

    [(findings, exchange)] = recorder.calls
    assert [f.code for f in findings] == [401]
    assert exchange.content == b"who are you?" and exchange.content_length == 12
