from collections.abc import Callable, Iterable
from typing import Any, TypeAlias

from statuscodes.asgi import Exchange as Exchange
from statuscodes.asgi import OnFinding

_Environ: TypeAlias = dict[str, Any]
_StartResponse: TypeAlias = Callable[..., Callable[[bytes], object]]
_WSGIApp: TypeAlias = Callable[[_Environ, _StartResponse], Iterable[bytes]]

class CheckResponses:
    """Wraps a WSGI app; each response is checked once its last chunk has been handed on."""

    app: _WSGIApp
    def __init__(self, app: _WSGIApp, *, on_finding: OnFinding = "warn") -> None: ...
    def __call__(self, environ: _Environ, start_response: _StartResponse) -> Iterable[bytes]: ...
