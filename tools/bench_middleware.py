"""The cost of the middlewares: a hello-world app bare and under statuscodes' `CheckResponses`,
side by side in one run, called in-process three ways: the ASGI app as a server calls it (raw
calls, no client in between), the ASGI app through httpx's ASGITransport (an in-process client,
as the target of issue 25 is worded), and a Flask app as a WSGI server calls it.

    python tools/bench_middleware.py [--short] [--instructions]

Each way is timed three times: the app's one response over and over (what the findings' memo
serves after the first request); a fresh `x-request-id` field on each (a field no rule reads:
the memo still serves it); and every body of a new length, so its Content-Length too (the
engine checks every one). Rounds are interleaved (bare then checked, checked then bare, ...) so
that machine drift hits both alike; each time is the median over the rounds of the time per
request, and the ratio, what to read, is the median over the rounds of checked / bare.

`--instructions` counts instead, with valgrind's callgrind (which a busy machine does not move),
the CPU instructions per request of the hello-world app's one response again, bare and checked,
as a server calls it and through httpx: the count of 1,100 requests minus that of 100, over 1,000.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import io
import itertools
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from flask import Flask  # noqa: E402  # after the path, as bench.py does
from starlette.applications import Starlette  # noqa: E402
from starlette.responses import PlainTextResponse  # noqa: E402
from starlette.routing import Route  # noqa: E402

from statuscodes import asgi, wsgi  # noqa: E402
from statuscodes._memo import MEMO_ENTRIES  # noqa: E402

TARGET = 1.05  # issue 25: within 5% of the bare app's throughput, with an in-process client

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

ENVIRON: dict[str, Any] = {
    "REQUEST_METHOD": "GET",
    "SCRIPT_NAME": "",
    "PATH_INFO": "/",
    "QUERY_STRING": "",
    "SERVER_NAME": "bench",
    "SERVER_PORT": "80",
    "SERVER_PROTOCOL": "HTTP/1.1",
    "HTTP_HOST": "bench",
    "HTTP_ACCEPT": "*/*",
    "REMOTE_ADDR": "127.0.0.1",
    "wsgi.version": (1, 0),
    "wsgi.url_scheme": "http",
    "wsgi.errors": sys.stderr,
    "wsgi.multithread": False,
    "wsgi.multiprocess": False,
    "wsgi.run_once": False,
}

Timer = Callable[[int], float]  # requests -> seconds per request


CASES = {
    "one response again": (False, False),
    "a new request id each": (True, False),
    "every length new": (False, True),
}


def hello_world(number: int) -> str:
    """The body, of a length of its own for each number up to more than the memo holds."""
    return "Hello, world!" + "!" * (number % (4 * MEMO_ENTRIES))


def starlette_app(*, new_id: bool, new_body: bool) -> Starlette:
    ids = itertools.count()

    async def hello(request: Any) -> PlainTextResponse:
        number = next(ids)
        headers = {"x-request-id": str(number)} if new_id else None
        return PlainTextResponse(hello_world(number if new_body else 0), headers=headers)

    return Starlette(routes=[Route("/", hello)])


def flask_app(*, new_id: bool, new_body: bool) -> Flask:
    app = Flask(__name__)
    ids = itertools.count()

    @app.route("/")
    def hello() -> Any:
        number = next(ids)
        headers = {"x-request-id": str(number)} if new_id else {}
        return hello_world(number if new_body else 0), 200, headers

    return app


def raw_asgi(app: Any) -> Timer:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        pass

    async def requests(count: int) -> float:
        start = time.perf_counter()
        for _ in range(count):
            await app(dict(SCOPE), receive, send)
        return (time.perf_counter() - start) / count

    return lambda count: asyncio.run(requests(count))


def through_httpx(app: Any) -> Timer:
    import httpx

    async def requests(count: int) -> float:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            start = time.perf_counter()
            for _ in range(count):
                await client.get("/")
            return (time.perf_counter() - start) / count

    return lambda count: asyncio.run(requests(count))


def raw_wsgi(app: Any) -> Timer:
    def start_response(
        status: str, headers: list[tuple[str, str]], exc_info: object = None
    ) -> Callable[[bytes], object]:
        return len

    def requests(count: int) -> float:
        start = time.perf_counter()
        for _ in range(count):
            body: Iterable[bytes] = app({**ENVIRON, "wsgi.input": io.BytesIO()}, start_response)
            for _chunk in body:
                pass
            close = getattr(body, "close", None)
            if close is not None:
                close()
        return (time.perf_counter() - start) / count

    return requests


def measure(bare: Timer, checked: Timer, rounds: int, count: int) -> dict[str, float]:
    """Median seconds per request, bare and checked; and the median over the rounds of checked /
    bare within each round, which drift between rounds does not move."""
    for timer in (bare, checked):
        timer(max(count // 10, 1))  # warm-up: imports, caches, the memo's first entry
    times: dict[str, list[float]] = {"bare": [], "checked": []}
    ratios = []
    for round_ in range(rounds):
        # Each goes first in every other round: what runs second is not always the same one.
        if round_ % 2:
            checked_time, bare_time = checked(count), bare(count)
        else:
            bare_time, checked_time = bare(count), checked(count)
        times["bare"].append(bare_time)
        times["checked"].append(checked_time)
        ratios.append(checked_time / bare_time)
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {**medians, "ratio": statistics.median(ratios)}


# The ways an ASGI app is called, and the share of a round's requests each makes (the slow
# client does fewer).
ASGI_WAYS: dict[str, Callable[[Any], Timer]] = {
    "ASGI raw calls": raw_asgi,
    "ASGI httpx.ASGITransport": through_httpx,
}
ASGI_SHARES = {"ASGI raw calls": 1, "ASGI httpx.ASGITransport": 4}


def cases() -> Iterable[tuple[str, Timer, Timer, int]]:
    """(what, bare, checked, share of the requests a round makes): the slow client does fewer."""
    for which, (new_id, new_body) in CASES.items():
        star = starlette_app(new_id=new_id, new_body=new_body)
        checked_star = asgi.CheckResponses(star, on_finding="raise")
        for way, timer in ASGI_WAYS.items():
            yield f"{way}, {which}", timer(star), timer(checked_star), ASGI_SHARES[way]
        flask = flask_app(new_id=new_id, new_body=new_body)
        checked_flask = wsgi.CheckResponses(flask, on_finding="raise")
        yield f"WSGI Flask, {which}", raw_wsgi(flask), raw_wsgi(checked_flask), 2


def run_requests(way: str, checked: bool, count: int) -> None:
    """`count` requests of the hello-world app's one response, `way`, bare or checked: what
    `--instructions` counts."""
    app: Any = starlette_app(new_id=False, new_body=False)
    if checked:
        app = asgi.CheckResponses(app, on_finding="raise")
    ASGI_WAYS[way](app)(count)


def count_instructions(counts: tuple[int, int]) -> None:
    from import_cost import instructions  # a tool beside this one: valgrind's count of a run

    def counted(run: tuple[str, bool, int]) -> int:
        code = f"import bench_middleware; bench_middleware.run_requests{run!r}"
        return instructions(code, str(ROOT / "tools"))

    runs = [(way, checked, n) for way in ASGI_WAYS for checked in (False, True) for n in counts]
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:  # one valgrind per core
        totals = dict(zip(runs, pool.map(counted, runs), strict=True))
    requests = counts[1] - counts[0]
    print(f"Instructions per request (callgrind), Python {sys.version.split()[0]}, one response")
    print(f"again: {counts[1]} requests minus {counts[0]}, over {requests}; the collector off")
    for way in ASGI_WAYS:
        bare, checked = (
            (totals[way, mode, counts[1]] - totals[way, mode, counts[0]]) / requests
            for mode in (False, True)
        )
        print(
            f"  {way:26} bare {bare:9,.0f}  checked {checked:9,.0f}  added {checked - bare:7,.0f}"
            f"  ({(checked - bare) / bare:.1%})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="fewer rounds, for a quick look")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions (valgrind) instead"
    )
    args = parser.parse_args()
    if args.instructions:
        if shutil.which("valgrind") is None:
            raise SystemExit("valgrind is not installed: apt-get install valgrind")
        count_instructions((10, 110) if args.short else (100, 1100))
        return
    rounds, count = (5, 500) if args.short else (21, 1000)
    print(f"Middlewares on hello-world apps, Python {sys.version.split()[0]}")
    print(f"median of {rounds} interleaved rounds; target: ratio at most {TARGET} in-process")
    print(f"  {'':46} {'bare':>10} {'checked':>10} {'ratio':>7}")
    for what, bare, checked, share in cases():
        result = measure(bare, checked, rounds, count // share)
        print(
            f"  {what:46} {result['bare'] * 1e6:7.1f} µs {result['checked'] * 1e6:7.1f} µs"
            f" {result['ratio']:7.3f}"
        )


if __name__ == "__main__":
    main()
