"""A pytest plugin that checks every response a test receives from a test client, and fails the
test listing the findings. Off unless asked: `pytest --check-responses`, or
`check_responses = true` in the ini file; `@pytest.mark.check_responses(False)` (or `True`)
per test. `check_responses_on_finding = warn` warns (`ResponseRuleWarning`) instead of failing.

While a checked test runs, the plugin wraps the one method through which each client returns a
response, and restores it after the test:

- `httpx.Client.send` and `httpx.AsyncClient.send` (Starlette's and FastAPI's `TestClient` are
  `httpx.Client` subclasses);
- `requests.Session.send`;
- `django.test.Client.request` and `django.test.AsyncClient.request`;
- `werkzeug.test.Client.open` (Flask's test client is its subclass).

A client whose package is not installed is left alone, and nothing is imported unless enabled.

>>> from statuscodes.pytest_plugin import CLIENTS
>>> [client.split(":")[0] for client in CLIENTS]
['httpx', 'httpx', 'requests', 'django.test', 'django.test', 'werkzeug.test']
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import warnings
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from ._findings import Exchange, ResponseRuleWarning, describe
from ._reporting import Reporter
from ._rules import reads_content

#: module:Class.method for each wrapped client method.
CLIENTS = (
    "httpx:Client.send",
    "httpx:AsyncClient.send",
    "requests:Session.send",
    "django.test:Client.request",
    "django.test:AsyncClient.request",
    "werkzeug.test:Client.open",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    """Adds --check-responses and the ini options check_responses, check_responses_on_finding."""
    group = parser.getgroup("statuscodes", "statuscodes: RFC rules of each test client response")
    group.addoption(
        "--check-responses",
        action="store_true",
        default=None,
        help="check every response a test client receives against the RFC rules of its status",
    )
    parser.addini("check_responses", "check test client responses (see --check-responses)", "bool")
    parser.addini(
        "check_responses_on_finding", "fail (the default) or warn when a response breaks a rule"
    )


def pytest_configure(config: pytest.Config) -> None:
    """Declares the check_responses marker."""
    config.addinivalue_line(
        "markers",
        "check_responses(enabled=True): check (or, with False, do not check) this test's "
        "client responses against the RFC rules of their status codes",
    )


def _enabled(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("check_responses")
    if marker is not None:
        return bool(marker.args[0]) if marker.args else bool(marker.kwargs.get("enabled", True))
    option = item.config.getoption("check_responses")
    return bool(option) if option is not None else bool(item.config.getini("check_responses"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any, None]:
    """Runs a checked test with the client methods wrapped; fails it (or warns) on findings."""
    if not _enabled(item):
        yield
        return
    mode = item.config.getini("check_responses_on_finding") or "fail"
    if mode not in ("fail", "warn"):
        raise pytest.UsageError(
            f"check_responses_on_finding must be 'fail' or 'warn', not {mode!r}"
        )
    found: list[str] = []

    def collect(findings: list[Any], exchange: Exchange) -> None:
        found.append(describe(findings, exchange))

    with _wrapped(Reporter(collect)):
        outcome = yield
    if found and outcome.excinfo is None:
        text = "\n".join(found)
        if mode == "warn":
            warnings.warn(text, ResponseRuleWarning, stacklevel=1)
        else:
            outcome.force_exception(
                pytest.fail.Exception(f"responses broke RFC rules:\n{text}", pytrace=False)
            )


@contextmanager
def _wrapped(reporter: Reporter) -> Iterator[None]:
    restore: list[tuple[type, str, Any]] = []
    try:
        for where in CLIENTS:
            module_name, _, path = where.partition(":")
            if importlib.util.find_spec(module_name.partition(".")[0]) is None:
                continue
            cls = getattr(importlib.import_module(module_name), path.partition(".")[0])
            name = path.partition(".")[2]
            original = cls.__dict__[name]
            restore.append((cls, name, original))
            setattr(cls, name, _wrapper(original, _READERS[where], reporter))
        yield
    finally:
        for cls, name, original in reversed(restore):
            setattr(cls, name, original)


def _wrapper(
    original: Callable[..., Any], read: Callable[[Any], Exchange], reporter: Reporter
) -> Callable[..., Any]:
    def check(response: Any) -> Any:
        exchange = read(response)
        reporter.report(reporter.check(exchange), exchange)
        return response

    if inspect.iscoroutinefunction(original):

        async def checked_async(*args: Any, **kwargs: Any) -> Any:
            return check(await original(*args, **kwargs))

        return checked_async

    def checked(*args: Any, **kwargs: Any) -> Any:
        return check(original(*args, **kwargs))

    return checked


def _body(method: str, content: bytes | None, encoded: bool) -> tuple[bytes | None, int | None]:
    """What the check is given of a body a client has read (None: not read, or decoded)."""
    if content is None or method == "HEAD" or encoded:
        return None, None
    return content, len(content)


def _httpx(response: Any) -> Exchange:
    request = response.request
    read = not response.is_stream_consumed or hasattr(response, "_content")
    content, length = _body(
        request.method,
        response.content if read and hasattr(response, "_content") else None,
        "content-encoding" in response.headers,
    )
    return _exchange(request.method, str(request.url), response, request.headers, content, length)


def _requests(response: Any) -> Exchange:
    request = response.request
    read = getattr(response, "_content", False) is not False  # False until read (stream=True)
    content, length = _body(
        request.method or "GET",
        response.content if read else None,
        "content-encoding" in response.headers,
    )
    return _exchange(request.method, request.url, response, request.headers, content, length)


def _django(response: Any) -> Exchange:
    request = getattr(response, "wsgi_request", None) or response.asgi_request
    streaming = getattr(response, "streaming", False)
    content, length = _body(
        request.method,
        None if streaming else response.content,
        response.has_header("Content-Encoding"),
    )
    target = request.get_full_path()
    headers = list(response.items())
    return _exchange(request.method, target, response, request.headers, content, length, headers)


def _werkzeug(response: Any) -> Exchange:
    request = response.request
    content, length = _body(
        request.method,
        None if response.is_streamed else response.get_data(),
        "Content-Encoding" in response.headers,
    )
    target = request.full_path.rstrip("?")
    return _exchange(request.method, target, response, request.headers, content, length)


def _exchange(
    method: str,
    target: str,
    response: Any,
    request_headers: Any,
    content: bytes | None,
    length: int | None,
    headers: Any = None,
) -> Exchange:
    headers = response.headers if headers is None else headers
    types = (value for name, value in _pairs(headers) if name.lower() == "content-type")
    kept = content if any(map(reads_content, types)) else None
    return Exchange(method, target, response.status_code, headers, request_headers, kept, length)


def _pairs(headers: Any) -> Iterator[tuple[str, str]]:
    items = getattr(headers, "multi_items", None) or getattr(headers, "items", None)
    return iter(items()) if items is not None else iter(headers)


_READERS: dict[str, Callable[[Any], Exchange]] = {
    "httpx:Client.send": _httpx,
    "httpx:AsyncClient.send": _httpx,
    "requests:Session.send": _requests,
    "django.test:Client.request": _django,
    "django.test:AsyncClient.request": _django,
    "werkzeug.test:Client.open": _werkzeug,
}
