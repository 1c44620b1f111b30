from collections.abc import Awaitable, Callable
from typing import Any

from statuscodes.asgi import Exchange as Exchange
from statuscodes.asgi import OnFinding

def httpx_hook(*, on_finding: OnFinding = "warn") -> Callable[[Any], None]:
    """A `response` event hook for `httpx.Client(event_hooks={"response": [hook]})`."""

def async_httpx_hook(*, on_finding: OnFinding = "warn") -> Callable[[Any], Awaitable[None]]:
    """The same for `httpx.AsyncClient`, whose hooks are awaited."""

def requests_hook(*, on_finding: OnFinding = "warn") -> Callable[..., None]:
    """A response hook for requests: `session.hooks["response"].append(hook)`."""
