"""Captures the corpus of real responses in tests/data/corpus: each app of tools/corpus_apps.py
served for real on 127.0.0.1 (a free port), sent a fixed list of requests over a raw socket, and
each response written as the client read it (tests/corpus.py has the format).

    python tools/capture_corpus.py [--only SERVER] [--into DIR]

Every server stops after its list (and the whole run after TIMEOUT seconds, whatever happens);
re-running rewrites the files, and only their Date fields and ports should change.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.metadata
import os
import platform
import socket
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tools")]

import corpus_apps  # noqa: E402  # from tools/, put on the path above

# tests/ is not on mypy's path when it checks tools/; `mypy tests` checks the module itself.
from corpus import CORPUS, parse_response, write  # type: ignore[import-not-found]  # noqa: E402

TIMEOUT = 60.0  # seconds for the whole run
READ_TIMEOUT = 5.0  # seconds a response may take

# (name, method, target, extra header lines). {etag} and {last_modified} are those of the last
# response to the same target that had one, as a browser's cache would send them back.
Request = tuple[str, str, str, tuple[str, ...]]


def static_requests(target: str) -> tuple[Request, ...]:
    return (
        ("get", "GET", target, ()),
        ("head", "HEAD", target, ()),
        ("if-none-match", "GET", target, ("If-None-Match: {etag}",)),
        ("if-modified-since", "GET", target, ("If-Modified-Since: {last_modified}",)),
        ("range", "GET", target, ("Range: bytes=0-99",)),
        ("range-suffix", "GET", target, ("Range: bytes=-50",)),
        ("ranges", "GET", target, ("Range: bytes=0-9, 100-109",)),
        ("range-unsatisfiable", "GET", target, ("Range: bytes=5000-6000",)),
        ("if-range-stale", "GET", target, ('If-Range: "stale"', "Range: bytes=0-9")),
        ("post", "POST", target, ("Content-Length: 0",)),
    )


SERVERS: dict[str, tuple[str, tuple[Request, ...]]] = {
    # name: (how it is served, its requests)
    "starlette": (
        "uvicorn",
        (
            *static_requests("/static/hello.txt"),
            ("not-found", "GET", "/static/missing.txt", ()),
            ("home", "GET", "/", ()),
            ("home-head", "HEAD", "/", ()),
            ("home-delete", "DELETE", "/", ()),
            ("moved", "GET", "/moved", ()),
            ("found", "GET", "/found", ()),
            ("stream", "GET", "/stream", ()),
            ("options", "OPTIONS", "/", ()),
        ),
    ),
    "fastapi": (
        "uvicorn",
        (
            ("get", "GET", "/items/1", ()),
            ("head", "HEAD", "/items/1", ()),
            ("put", "PUT", "/items/1", ("Content-Length: 0",)),
            ("invalid", "GET", "/items/one", ()),
            ("create", "POST", "/items", ("Content-Length: 0",)),
            ("delete", "DELETE", "/items/1", ()),
            ("basic", "GET", "/basic", ()),
            ("bearer", "GET", "/bearer", ()),
            ("oauth2", "GET", "/oauth2", ()),
            ("login-required", "GET", "/login-required", ()),
            ("slash-redirect", "GET", "/slash", ()),
            ("not-found", "GET", "/nothing", ()),
            ("options", "OPTIONS", "/items/1", ()),
        ),
    ),
    "django": (
        "runserver",
        (
            ("page", "GET", "/page/", ()),
            ("page-if-none-match", "GET", "/page/", ("If-None-Match: {etag}",)),
            ("page-if-modified-since", "GET", "/page/", ("If-Modified-Since: {last_modified}",)),
            ("page-if-match-failed", "PUT", "/page/", ('If-Match: "v0"', "Content-Length: 0")),
            ("page-head", "HEAD", "/page/", ()),
            ("get-only-post", "POST", "/get-only/", ("Content-Length: 0",)),
            ("file", "GET", "/file/", ()),
            ("file-head", "HEAD", "/file/", ()),
            ("file-range", "GET", "/file/", ("Range: bytes=0-99",)),
            ("no-content", "GET", "/no-content/", ()),
            ("found", "GET", "/found/", ()),
            ("moved", "GET", "/moved/", ()),
            ("append-slash", "GET", "/page", ()),
            ("not-found", "GET", "/nothing/", ()),
            ("stream", "GET", "/stream/", ()),
            ("options", "OPTIONS", "/page/", ()),
        ),
    ),
    "flask": (
        "werkzeug",
        (
            *static_requests("/file"),
            ("unauthorized", "GET", "/unauthorized", ()),
            ("abort-405", "GET", "/not-allowed", ()),
            ("found", "GET", "/found", ()),
            ("not-found", "GET", "/nothing", ()),
            ("stream", "GET", "/stream", ()),
            ("options", "OPTIONS", "/file", ()),
        ),
    ),
    "aiohttp": (
        "aiohttp",
        (
            *static_requests("/static/hello.txt"),
            ("unauthorized", "GET", "/unauthorized", ()),
            ("found", "GET", "/found", ()),
            ("not-found", "GET", "/nothing", ()),
            ("stream", "GET", "/stream", ()),
            ("options", "OPTIONS", "/static/hello.txt", ()),
        ),
    ),
}

PACKAGES = {
    "starlette": ("uvicorn", "starlette"),
    "fastapi": ("uvicorn", "fastapi", "starlette"),
    "django": ("django",),
    "flask": ("flask", "werkzeug"),
    "aiohttp": ("aiohttp",),
}


@contextmanager
def served(name: str, files: Path) -> Iterator[int]:
    """The app `name` listening on a free port of 127.0.0.1, in a thread, until the block ends."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop: Callable[[], None]
    if name in ("starlette", "fastapi"):
        import uvicorn

        app = corpus_apps.starlette_app(files) if name == "starlette" else corpus_apps.fastapi_app()
        config = uvicorn.Config(app, log_level="warning", lifespan="off")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]})

        def stop() -> None:
            server.should_exit = True

    elif name == "aiohttp":
        from aiohttp import web

        loop = asyncio.new_event_loop()
        runner = web.AppRunner(corpus_apps.aiohttp_app(files), access_log=None)
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.SockSite(runner, listener).start())
        thread = threading.Thread(target=loop.run_forever)

        def stop() -> None:
            loop.call_soon_threadsafe(loop.stop)

    else:
        wsgi = corpus_apps.django_app(files) if name == "django" else corpus_apps.flask_app(files)
        server = _wsgi_server(name, listener, wsgi)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        stop = server.shutdown
    thread.start()
    try:
        yield port
    finally:
        stop()
        thread.join(READ_TIMEOUT)
        if name == "aiohttp":
            loop.run_until_complete(runner.cleanup())
            loop.close()


def _wsgi_server(name: str, listener: socket.socket, app: Any) -> Any:
    """The framework's own development server, serving on `listener` (already bound)."""
    if name == "django":  # what `manage.py runserver` serves with
        from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer

        class QuietHandler(WSGIRequestHandler):  # type: ignore[misc]  # Django has no types
            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = WSGIServer(listener.getsockname(), QuietHandler, bind_and_activate=False)
        server.socket.close()
        server.socket = listener
        # What server_bind would have set: the environ's SERVER_NAME and SERVER_PORT.
        server.server_address = listener.getsockname()
        server.server_name, server.server_port = server.server_address
        server.setup_environ()
        server.set_app(app)
        return server
    import logging

    from werkzeug.serving import make_server  # what `flask run` serves with

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # its access log
    return make_server("127.0.0.1", 0, app, fd=listener.fileno())


def exchange(port: int, lines: list[str]) -> bytes:
    """Sends the request and reads until the server closes the connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=READ_TIMEOUT) as connection:
        connection.sendall("\r\n".join([*lines, "", ""]).encode("latin-1"))
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def capture(name: str, files: Path, into: Path) -> list[Path]:
    how, requests = SERVERS[name]
    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in PACKAGES[name])
    label = f"{name} served by {how} ({versions}; Python {platform.python_version()})"
    validators: dict[str, dict[str, str]] = {}
    written = []
    with served(name, files) as port:
        for number, (slug, method, target, extra) in enumerate(requests, 1):
            known = validators.get(target, {})
            lines = [f"{method} {target} HTTP/1.1", f"Host: 127.0.0.1:{port}"]
            lines += [line.format(**known) for line in extra] + ["Connection: close"]
            raw = exchange(port, lines)
            _, headers, _ = parse_response(raw, method)
            for field, value in headers:
                key = field.lower().replace("-", "_")
                if key in ("etag", "last_modified"):
                    validators.setdefault(target, {})[key] = value
            path = into / f"{name}-{number:02d}-{slug}.http"
            write(path, label, lines, raw)
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--only", choices=sorted(SERVERS), action="append")
    parser.add_argument("--into", type=Path, default=CORPUS, help=f"default: {CORPUS}")
    arguments = parser.parse_args()
    threading.Timer(TIMEOUT, _timed_out).start()
    into: Path = arguments.into
    into.mkdir(parents=True, exist_ok=True)
    code = 1
    try:
        with tempfile.TemporaryDirectory() as scratch:
            files = corpus_apps.static_dir(Path(scratch))
            for name in arguments.only or SERVERS:
                for stale in into.glob(f"{name}-*.http"):
                    stale.unlink()
                print(f"{name}: {len(capture(name, files, into))} responses")
        code = 0
    except Exception:  # noqa: BLE001  # printed here: the exit below would swallow it
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        _exit(code)


def _timed_out() -> None:
    print(f"timed out after {TIMEOUT:.0f} s", file=sys.stderr)
    _exit(1)


def _exit(code: int) -> None:
    os._exit(code)  # also ends the server threads and the timer, which hold no data


if __name__ == "__main__":
    main()
