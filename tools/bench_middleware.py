"""The cost of statuscodes.asgi.CheckResponses: a hello-world Starlette app with and without it,
side by side in one run, called as a server calls it (raw ASGI, no client in between).

    python tools/bench_middleware.py [--short]

Rounds are interleaved (bare, checked, bare, ...) so machine drift hits both alike; each figure
is the median over the rounds of the time per request, and the ratio is what to read.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from starlette.applications import Starlette  # noqa: E402  # after the path, as bench.py does
from starlette.responses import PlainTextResponse  # noqa: E402
from starlette.routing import Route  # noqa: E402

from statuscodes.asgi import CheckResponses  # noqa: E402

SCOPE: dict[str, Any] = {
    "type": "http",
    "asgi": {"version": "3.0"},
    "http_version": "1.1",
    "method": "GET",
    "scheme": "http",
    "path": "/",
    "raw_path": b"/",
    "query_string": b"",
    "root_path": "",
    "headers": [(b"host", b"bench"), (b"accept", b"*/*")],
    "client": ("127.0.0.1", 50000),
    "server": ("bench", 80),
}


def hello_app() -> Starlette:
    async def hello(request: Any) -> PlainTextResponse:
        return PlainTextResponse("Hello, world!")

    return Starlette(routes=[Route("/", hello)])


async def _requests(app: Any, count: int) -> float:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        pass

    start = time.perf_counter()
    for _ in range(count):
        await app(dict(SCOPE), receive, send)
    return (time.perf_counter() - start) / count


async def _client_requests(app: Any, count: int) -> float:
    import httpx

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        start = time.perf_counter()
        for _ in range(count):
            await client.get("/")
        return (time.perf_counter() - start) / count


def measure(rounds: int = 15, count: int = 2000, *, client: bool = False) -> dict[str, float]:
    """Median seconds per request, bare and checked, and checked / bare; through httpx's
    ASGITransport rather than raw calls if `client`."""
    bare = hello_app()
    apps = {"bare": bare, "checked": CheckResponses(bare, on_finding="raise")}
    run = _client_requests if client else _requests
    times: dict[str, list[float]] = {name: [] for name in apps}
    loop = asyncio.new_event_loop()
    try:
        for app in apps.values():
            loop.run_until_complete(run(app, count // 10))  # warm-up
        for _ in range(rounds):
            for name, app in apps.items():
                times[name].append(loop.run_until_complete(run(app, count)))
    finally:
        loop.close()
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {**medians, "ratio": medians["checked"] / medians["bare"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="fewer rounds, for a quick look")
    args = parser.parse_args()
    rounds, count = (5, 500) if args.short else (15, 2000)
    print(f"ASGI middleware, hello-world Starlette, Python {sys.version.split()[0]}")
    for client, how in ((False, "raw ASGI calls"), (True, "httpx.ASGITransport")):
        result = measure(rounds, count // 4 if client else count, client=client)
        print(f"  {how}:")
        print(f"    bare     {result['bare'] * 1e6:8.1f} µs/request")
        print(f"    checked  {result['checked'] * 1e6:8.1f} µs/request")
        print(f"    ratio    {result['ratio']:8.3f}  (target: at most 1.05)")


if __name__ == "__main__":
    main()
