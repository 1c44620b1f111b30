"""Time per response check, `check_response` beside httplint, on the corpus responses that carry
8 to 12 header fields (tests/data/corpus: real servers' responses, ~10 fields each).

    python tools/bench_check.py [--short] [--json FILE]

Each round checks every chosen response once with each checker, interleaved so that machine drift
hits both alike; the figure is the median over rounds of the time per response. httplint runs as
REDbot runs it on a response it has read: the status line, the fields, the content, then its
checks (it does more than status rules: caching, every field's syntax), so the ratio is the cost
of the check a developer turns on, not of equal work. The target is < 20 us per check on 3.11
(issue 25). A missing httplint (the bench extra has it) leaves its line out.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from corpus import Exchange, read_all  # type: ignore[import-not-found]  # noqa: E402  # tests/

import statuscodes  # noqa: E402  # from src/, put on the path above
from statuscodes import check_response  # noqa: E402

FEW, MANY = 8, 12  # header fields of the responses timed


def typical() -> list[Exchange]:
    return [exchange for exchange in read_all() if FEW <= len(exchange.headers) <= MANY]


def ours(exchanges: list[Exchange]) -> Callable[[], None]:
    cases = [(e.status, e.headers, e.content, e.method) for e in exchanges]

    def run() -> None:
        for status, headers, content, method in cases:
            check_response(status, headers, content=content, method=method)

    return run


def ours_asgi(exchanges: list[Exchange]) -> Callable[[], None]:
    """As the ASGI middleware calls it: the fields as bytes pairs, the content's length only."""
    cases = [
        (e.status, [(n.lower().encode(), v.encode("latin-1")) for n, v in e.headers], e.method)
        for e in exchanges
    ]

    def run() -> None:
        for status, headers, method in cases:
            check_response(status, headers, method=method)

    return run


def ours_with_request(exchanges: list[Exchange]) -> Callable[[], None]:
    """Through one `ResponseChecker` with the request's fields (the rules that need the
    request, and the 304 compared with its 200, then run too)."""
    checker = statuscodes.ResponseChecker()
    cases = [
        (e.status, e.headers, e.content, e.method, e.target, e.request_headers) for e in exchanges
    ]

    def run() -> None:
        for status, headers, content, method, target, request_headers in cases:
            checker.check(
                status,
                headers,
                content=content,
                method=method,
                target=target,
                request_headers=request_headers,
            )

    return run


def httplint(exchanges: list[Exchange]) -> Callable[[], None] | None:
    try:
        from httplint import HttpResponseLinter
    except ImportError:
        return None
    cases = [
        (
            exchange.raw.split(b"\r\n", 1)[0].split(b" ", 2),
            [(n.encode("latin-1"), v.encode("latin-1")) for n, v in exchange.headers],
            exchange.content,
            exchange.method == "HEAD",
        )
        for exchange in exchanges
    ]

    def run() -> None:
        for status_line, headers, content, head in cases:
            linter = HttpResponseLinter()
            linter.is_head_response = head
            linter.process_response_topline(b"1.1", status_line[1], status_line[2])
            linter.process_headers(headers)
            linter.feed_content(content)
            linter.finish_content(True)

    return run


def measure(rounds: int, repeat: int) -> dict[str, float]:
    exchanges = typical()
    runners: dict[str, Callable[[], None] | None] = {
        "statuscodes": ours(exchanges),
        "statuscodes (ASGI: bytes, no content)": ours_asgi(exchanges),
        "statuscodes ResponseChecker, with the request": ours_with_request(exchanges),
        "httplint": httplint(exchanges),
    }
    present = {name: run for name, run in runners.items() if run is not None}
    for run in present.values():
        run()  # first use: imports, compiled patterns
    samples: dict[str, list[float]] = {name: [] for name in present}
    for _ in range(rounds):
        for name, run in present.items():
            start = time.perf_counter()
            for _ in range(repeat):
                run()
            elapsed = time.perf_counter() - start
            samples[name].append(elapsed / repeat / len(exchanges) * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="a few rounds: a smoke test")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    arguments = parser.parse_args()
    rounds, repeat = (3, 2) if arguments.short else (25, 40)
    figures = measure(rounds, repeat)
    count = len(typical())
    print(
        f"check per response, {count} corpus responses of {FEW}-{MANY} fields, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    base = figures["statuscodes"]
    for name, microseconds in figures.items():
        print(f"  {name:<46} {microseconds:8.1f} us  {microseconds / base:6.1f}x")
    if "httplint" not in figures:
        print("  httplint not installed: pip install -e '.[bench]'")
    if arguments.json:
        arguments.json.parent.mkdir(parents=True, exist_ok=True)
        result: dict[str, Any] = {"python": platform.python_version(), "us_per_check": figures}
        arguments.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
