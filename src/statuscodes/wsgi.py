"""`CheckResponses`: WSGI middleware that checks every response an app returns against the RFC
rules of its status code, without changing what is sent.

>>> from statuscodes.wsgi import CheckResponses
>>> def app(environ, start_response):
...     start_response("204 No Content", [("Content-Length", "0")])
...     return [b""]
>>> checked = CheckResponses(app, on_finding=lambda findings, exchange: print(*findings))
>>> environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "QUERY_STRING": ""}
>>> b"".join(checked(environ, lambda status, headers, exc_info=None: None))
204 response with Content-Length: RFC 9110, Section 8.6 says a server MUST NOT send it
b''
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ._findings import Exchange
from ._reporting import KEPT_CONTENT, OnFinding, Reporter
from ._rules import reads_content

_Environ = dict[str, Any]
_StartResponse = Callable[..., Callable[[bytes], object]]
_WSGIApp = Callable[[_Environ, _StartResponse], Iterable[bytes]]


class CheckResponses:
    """Wraps a WSGI app; each response is checked once its last chunk has been handed on.

    `on_finding` is as for `statuscodes.asgi.CheckResponses`: `"warn"`, `"log"`, `"raise"`
    (raised from the iterable's `close()`, which the server calls after the last chunk) or a
    callable taking the findings and the `Exchange`. `start_response` with `exc_info` (a second
    call replacing the headers after an error) is passed on, and the last status and headers
    are checked; bytes sent through the `write()` callable count as body; the app's iterable is
    closed exactly once.
    """

    def __init__(self, app: _WSGIApp, *, on_finding: OnFinding = "warn") -> None:
        self.app = app
        self._reporter = Reporter(on_finding)

    def __call__(self, environ: _Environ, start_response: _StartResponse) -> Iterable[bytes]:
        response = _Response(self._reporter, environ, start_response)
        response.body = self.app(environ, response.start_response)
        return response


class _Response:
    """One response as the server gets it: the iterable handed on in place of the app's, counted
    as it is iterated, its `close()` passed on exactly once; its status, headers, body length,
    and the body where kept. (One object per request: the fewer, the cheaper.)"""

    __slots__ = (
        "_closed",
        "_environ",
        "_kept",
        "_reporter",
        "_start_response",
        "body",
        "done",
        "headers",
        "length",
        "status",
    )

    def __init__(
        self, reporter: Reporter, environ: _Environ, start_response: _StartResponse
    ) -> None:
        self._reporter = reporter
        self._environ = environ
        self._start_response = start_response
        self.body: Iterable[bytes] = ()
        self.status = 0
        self.headers: list[tuple[str, str]] = []
        self.length = 0
        self._kept: list[bytes] | None = None
        self.done = False
        self._closed = False

    def start_response(
        self, status: str, headers: list[tuple[str, str]], exc_info: Any = None
    ) -> Callable[[bytes], object]:
        write = (
            self._start_response(status, headers)
            if exc_info is None
            else self._start_response(status, headers, exc_info)
        )
        code = status[:3]
        if not (len(code) == 3 and code.isdigit() and code.isascii() and status[3:4] in ("", " ")):
            raise ValueError(
                f"start_response() needs a status line that starts with a three-digit code, "
                f"as in '200 OK' (PEP 3333), not {status!r}"
            )
        self.status = int(code)
        self.headers = headers
        self._kept = None
        for name, value in headers:
            if name.lower() == "content-type" and reads_content(value):
                self._kept = []
                break

        def checked_write(data: bytes) -> object:
            result = write(data)
            self.count(data)
            return result

        return checked_write

    def count(self, data: bytes) -> None:
        self.length += len(data)
        if self._kept is not None:
            if self.length <= KEPT_CONTENT:
                self._kept.append(data)
            else:
                self._kept = None  # too large to keep: its length is still known

    def __iter__(self) -> Iterator[bytes]:
        count = self.count
        for chunk in self.body:
            count(chunk)
            yield chunk
        if not self._reporter.raises:
            self.finish()  # a server that forgets close() still gets the check

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            close = getattr(self.body, "close", None)
            if close is not None:
                close()
        finally:
            self.finish()

    def finish(self) -> None:
        """Checks the response, once: on close() or at the end of the iteration."""
        if self.done or not self.status:
            return
        self.done = True
        environ = self._environ
        method = environ.get("REQUEST_METHOD", "GET")
        query = environ.get("QUERY_STRING", "")
        head = method == "HEAD"
        exchange = Exchange(
            method,
            environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "") + (query and "?" + query),
            self.status,
            self.headers,
            _request_headers(environ),
            None if self._kept is None or head else b"".join(self._kept),
            None if head else self.length,
        )
        reporter = self._reporter
        findings = reporter.check(exchange)
        if findings:
            reporter.report(findings, exchange)


def _request_headers(environ: _Environ) -> list[tuple[str, str]]:
    """The request's header fields, from the CGI names WSGI gives them (PEP 3333)."""
    fields = [
        (key[5:].replace("_", "-"), value)
        for key, value in environ.items()
        if key.startswith("HTTP_") and isinstance(value, str)
    ]
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            fields.append((key.replace("_", "-"), environ[key]))
    return fields
