from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, TypeAlias

from statuscodes import Finding

_Scope: TypeAlias = MutableMapping[str, Any]
_Message: TypeAlias = MutableMapping[str, Any]
_Receive: TypeAlias = Callable[[], Awaitable[_Message]]
_Send: TypeAlias = Callable[[_Message], Awaitable[None]]
_ASGIApp: TypeAlias = Callable[[_Scope, _Receive, _Send], Awaitable[None]]

class Exchange:
    """One request and its response, as an adapter saw them: what a callable `on_finding` gets
    beside the findings. (A plain class: a NamedTuple would import typing with the package.)"""

    method: str
    target: str | None
    """path?query, or the URL for a client"""
    status: int
    headers: Any
    request_headers: Any
    content: bytes | None
    """the whole body, only when it was kept"""
    content_length: int | None
    """bytes sent, when counted"""
    def __init__(
        self,
        method: str,
        target: str | None,
        status: int,
        headers: object,
        request_headers: object = None,
        content: bytes | None = None,
        content_length: int | None = None,
    ) -> None: ...

OnFinding: TypeAlias = str | Callable[[list[Finding], Exchange], object]

class CheckResponses:
    """Wraps an ASGI app; each HTTP response it sends is checked once fully sent."""

    app: _ASGIApp
    def __init__(self, app: _ASGIApp, *, on_finding: OnFinding = "warn") -> None: ...
    async def __call__(self, scope: _Scope, receive: _Receive, send: _Send) -> None: ...
