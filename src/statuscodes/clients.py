"""Response hooks for HTTP clients, to check the responses of a server one does not own: httpx's
event hooks (sync and async) and requests' response hooks.

>>> import httpx
>>> from statuscodes.clients import httpx_hook
>>> def server(request):
...     return httpx.Response(401, request=request)
>>> hook = httpx_hook(on_finding=lambda findings, exchange: print(*findings))
>>> client = httpx.Client(
...     transport=httpx.MockTransport(server), event_hooks={"response": [hook]}
... )
>>> client.get("http://example.com/").status_code
401 response without WWW-Authenticate: RFC 9110, Section 15.5.2 says the server MUST send it
401

Neither httpx nor requests is imported here: the hooks read the objects they are given.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from ._findings import Exchange
from ._reporting import KEPT_CONTENT, OnFinding, Reporter
from ._rules import reads_content


def httpx_hook(*, on_finding: OnFinding = "warn") -> Callable[[Any], None]:
    """A `response` event hook for `httpx.Client(event_hooks={"response": [hook]})`.

    `on_finding` is as for `statuscodes.asgi.CheckResponses`. The hook runs before the body is
    read, so the body is not judged, except a JSON problem object (read, up to the engine's
    limit as its Content-Length says), whose `status` a rule compares.
    """
    reporter = Reporter(on_finding)

    def hook(response: Any) -> None:
        content = response.read() if _wants_content(response) else None
        _check(reporter, response, content)

    return hook


def async_httpx_hook(*, on_finding: OnFinding = "warn") -> Callable[[Any], Awaitable[None]]:
    """The same for `httpx.AsyncClient`, whose hooks are awaited."""
    reporter = Reporter(on_finding)

    async def hook(response: Any) -> None:
        content = await response.aread() if _wants_content(response) else None
        _check(reporter, response, content)

    return hook


def requests_hook(*, on_finding: OnFinding = "warn") -> Callable[..., None]:
    """A response hook for requests: `session.hooks["response"].append(hook)`.

    requests has read the body unless the request was made with `stream=True`; then only the
    status and the header fields are checked.
    """
    reporter = Reporter(on_finding)

    def hook(response: Any, *args: object, **kwargs: object) -> None:
        request = response.request
        head = request.method == "HEAD"
        # requests' own mark of a body not read yet (stream=True): reading it here would consume it.
        read = getattr(response, "_content", False) is not False
        content = response.content if read and not head else None
        exchange = Exchange(
            request.method or "GET",
            request.url,
            response.status_code,
            response.headers,
            request.headers,
            content,
            None if content is None else len(content),
        )
        reporter.report(reporter.check(exchange), exchange)

    return hook


def _wants_content(response: Any) -> bool:
    if not reads_content(response.headers.get("content-type")):
        return False
    length = response.headers.get("content-length")
    return length is not None and length.isdigit() and int(length) <= KEPT_CONTENT


def _check(reporter: Reporter, response: Any, content: bytes | None) -> None:
    request = response.request
    method = request.method
    exchange = Exchange(
        method,
        str(request.url),
        response.status_code,
        response.headers,
        request.headers,
        None if method == "HEAD" else content,
        None if content is None or method == "HEAD" else len(content),
    )
    reporter.report(reporter.check(exchange), exchange)
