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

from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

from ._data import Finding
from ._findings import Exchange
from ._memo import Head, Start
from ._reporting import KEPT_CONTENT, Answer, OnFinding, Reporter

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
        parts: Start | None = None
        head: Head[Answer] | None = None
        length = 0
        kept: list[bytes] | None = None
        raised: tuple[Sequence[Finding], Exchange] | None = None  # one response per scope

        async def checked_send(message: _Message) -> None:
            nonlocal parts, head, length, kept, raised
            await send(message)  # first: the check never delays what the client gets
            if message["type"] == "http.response.body":
                body = message.get("body", b"")
                length += len(body)
                if kept is not None:
                    if length <= KEPT_CONTENT:
                        kept.append(body)
                    else:
                        kept = None  # too large to keep: its length is still known
                if not message.get("more_body", False) and parts is not None:
                    if parts[0] == "HEAD":  # servers drop its body before the wire
                        content, content_length = None, None
                    else:
                        content = None if kept is None else b"".join(kept)
                        content_length = length
                    findings = reporter.check_parts(parts, content, content_length, head)
                    if findings:
                        exchange = Exchange(*parts, content, content_length)
                        if reporter.raises:
                            raised = (findings, exchange)
                        else:
                            reporter.report(findings, exchange)
            elif message["type"] == "http.response.start":
                # Read once, sent already: the server has them, and they say what to keep.
                parts = _start_parts(scope, message)
                head = reporter.head(parts)
                kept = [] if head.keeps_body else None

        await self.app(scope, receive, checked_send)
        if raised is not None:
            reporter.report(*raised)


def _start_parts(scope: _Scope, start: _Message) -> Start:
    """The method, target, status, fields and request fields of a response (the arguments of
    `Exchange` but its body)."""
    try:  # what an HTTP scope must have, and a response start (subscripts: no method calls)
        method, path, query, request_headers, status = (
            scope["method"],
            scope["path"],
            scope["query_string"],
            scope["headers"],
            start["status"],
        )
    except KeyError:  # a scope made by hand may lack them
        method = scope.get("method", "GET")
        path, query, request_headers, status = (
            scope.get("path", ""),
            scope.get("query_string", b""),
            scope.get("headers", ()),
            start.get("status", 200),
        )
    target = path + "?" + query.decode("latin-1") if query else path
    return (method, target, status, start.get("headers", ()), request_headers)
