"""`CheckResponses`: ASGI middleware that checks every HTTP response an app sends against the
RFC rules of its status code, without changing or delaying what is sent.

>>> from statuscodes.asgi import CheckResponses
>>> async def app(scope, receive, send):
...     await send({"type": "http.response.start", "status": 401, "headers": []})
...     await send({"type": "http.response.body", "body": b""})
>>> checked = CheckResponses(app, on_finding=lambda findings, exchange: print(*findings))
>>> import asyncio
>>> async def receive():
...     return {"type": "http.request", "body": b"", "more_body": False}
>>> async def send(message):
...     pass
>>> scope = {"type": "http", "method": "GET", "path": "/", "query_string": b"", "headers": []}
>>> asyncio.run(checked(scope, receive, send))
401 response without WWW-Authenticate: RFC 9110, Section 15.5.2 says the server MUST send it
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ._findings import Exchange
from ._memo import response_fields
from ._reporting import KEPT_CONTENT, OnFinding, Reporter

_Scope = MutableMapping[str, Any]
_Message = MutableMapping[str, Any]
_Receive = Callable[[], Awaitable[_Message]]
_Send = Callable[[_Message], Awaitable[None]]
_ASGIApp = Callable[[_Scope, _Receive, _Send], Awaitable[None]]


class CheckResponses:
    """Wraps an ASGI app; each HTTP response it sends is checked once fully sent.

    `on_finding` says what to do with the findings: `"warn"` (one `ResponseRuleWarning` each),
    `"log"` (a warning on the `statuscodes` logger), `"raise"` (`ResponseRuleError`, raised
    after the app returns, so the client has the whole response), or a callable taking the list
    of findings and the `Exchange` (method, target, status, headers, request headers, the body
    where kept, its length). WebSocket and lifespan scopes reach the app untouched.

    The body is counted, not kept, except a JSON problem object up to the engine's limit; the
    body of a response to HEAD is not counted (servers drop it before the wire).
    """

    def __init__(self, app: _ASGIApp, *, on_finding: OnFinding = "warn") -> None:
        self.app = app
        self._reporter = Reporter(on_finding)

    async def __call__(self, scope: _Scope, receive: _Receive, send: _Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        reporter = self._reporter
        start: _Message = {}
        fields_key: object = None
        length = 0
        kept: list[bytes] | None = None
        found: list[tuple[list[Any], Exchange]] = []

        async def checked_send(message: _Message) -> None:
            nonlocal start, fields_key, length, kept
            await send(message)  # first: the check never delays what the client gets
            if message["type"] == "http.response.body":
                body = message.get("body", b"")
                length += len(body)
                if kept is not None:
                    if length <= KEPT_CONTENT:
                        kept.append(body)
                    else:
                        kept = None  # too large to keep: its length is still known
                if not message.get("more_body", False):
                    parts = _exchange_parts(scope, start, length, kept)
                    findings = reporter.check_parts(*parts, fields_key)
                    if findings:
                        exchange = Exchange(*parts)
                        if reporter.raises:
                            found.append((findings, exchange))
                        else:
                            reporter.report(findings, exchange)
            elif message["type"] == "http.response.start":
                start = message
                # Read once, sent already: the server has them, and they say what to keep.
                fields_key, keeps_body = response_fields(message.get("headers", ()))
                kept = [] if keeps_body else None

        await self.app(scope, receive, checked_send)
        for findings, exchange in found:
            reporter.report(findings, exchange)


def _exchange_parts(
    scope: _Scope, start: _Message, length: int, kept: list[bytes] | None
) -> tuple[str, str, int, Any, Any, bytes | None, int | None]:
    """The arguments of `Exchange` for this response (built only where there are findings)."""
    try:  # what an HTTP scope must have, and a response start (subscripts: no method calls)
        method, path, query, status = (
            scope["method"],
            scope["path"],
            scope["query_string"],
            start["status"],
        )
    except KeyError:  # a scope made by hand may lack them
        method = scope.get("method", "GET")
        path, query, status = (
            scope.get("path", ""),
            scope.get("query_string", b""),
            start.get("status", 200),
        )
    head = method == "HEAD"
    return (
        method,
        path + "?" + query.decode("latin-1") if query else path,
        status,
        start.get("headers", ()),
        scope.get("headers", ()),
        None if kept is None or head else b"".join(kept),
        None if head else length,
    )
