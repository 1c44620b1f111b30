"""Side-by-side benchmark of statuscodes against the standard library, the peers that are
installed, and a plain dict (the floor), on the running Python.

    python tools/bench.py [--short] [--json FILE]

Repetitions are interleaved (every variant once per round) so machine drift hits all alike; the
figures are medians. Ratios are what to read: absolute times on a shared machine are not.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import timeit
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SETUP = """
import http
from statuscodes import HTTPCode, WSCloseCode, reason_phrase, is_client_error, status
STATUS = http.HTTPStatus
FLOOR = {int(s): s for s in STATUS}
PHRASES = {int(s): s.phrase for s in STATUS}
ours, stdlib = HTTPCode.NOT_FOUND, STATUS.NOT_FOUND
code = 404
def miss(lookup):
    try:
        lookup(999)
    except ValueError:
        pass
def floor_miss(code):
    try:
        FLOOR[code]
    except KeyError:
        pass
try:
    import httpx
except ImportError:
    httpx = None
try:
    import starlette.status as starlette_status
except ImportError:
    starlette_status = None
try:
    import aiohttp
except ImportError:
    aiohttp = None
try:
    from websockets.frames import CloseCode
except ImportError:
    CloseCode = None
try:
    from wsproto.frame_protocol import CloseReason
except ImportError:
    CloseReason = None
WS_FLOOR = {int(c): c for c in WSCloseCode}
from statuscodes.h2 import H2ErrorCode
from statuscodes.h3 import H3ErrorCode
from statuscodes.quic import QUICErrorCode
WIRE_FLOOR = {int(c): c for c in (*H2ErrorCode, *H3ErrorCode)}
try:
    from h2.errors import ErrorCodes as H2Codes
except ImportError:
    H2Codes = None
try:
    from aioquic.h3.connection import ErrorCode as AioquicH3
    from aioquic.quic.packet import QuicErrorCode as AioquicQUIC
except ImportError:
    AioquicH3 = AioquicQUIC = None
from statuscodes.grpc import GRPCCode, from_grpcio, to_grpcio
try:
    import grpc
    GRPCIO_NOT_FOUND = grpc.StatusCode.NOT_FOUND
    GRPCIO_VALUE = GRPCIO_NOT_FOUND.value  # its Enum value: a (number, text) tuple
except ImportError:
    grpc = None
GRPC_FLOOR = {int(c): c for c in GRPCCode}
"""

HAS_GRPCIO = importlib.util.find_spec("grpc") is not None

# operation -> {variant: statement}; a variant whose peer is missing is skipped.
OPERATIONS: dict[str, dict[str, str]] = {
    "lookup by int": {
        "statuscodes": "HTTPCode(code)",
        "stdlib": "STATUS(code)",
        "httpx": "httpx.codes(code)",
        "dict": "FLOOR[code]",
    },
    "lookup + phrase": {
        "statuscodes": "HTTPCode(code).phrase",
        "stdlib": "STATUS(code).phrase",
        "dict": "PHRASES[code]",
    },
    "lookup by name": {
        "statuscodes": "HTTPCode['NOT_FOUND']",
        "stdlib": "STATUS['NOT_FOUND']",
        "httpx": "httpx.codes['NOT_FOUND']",
    },
    "failed lookup": {
        "statuscodes": "miss(HTTPCode)",
        "stdlib": "miss(STATUS)",
        "dict": "floor_miss(999)",
    },
    ".phrase": {"statuscodes": "ours.phrase", "stdlib": "stdlib.phrase"},
    ".value": {"statuscodes": "ours.value", "stdlib": "stdlib.value"},
    ".category": {"statuscodes": "ours.category", "stdlib (.phrase)": "stdlib.phrase"},
    ".is_client_error": {
        "statuscodes": "ours.is_client_error",
        "stdlib": "stdlib.is_client_error" if sys.version_info >= (3, 12) else "",
    },
    "is_client_error(int)": {
        "statuscodes": "is_client_error(code)",
        "dict": "400 <= code <= 499",
    },
    "reason_phrase": {"statuscodes": "reason_phrase(code)", "dict": "PHRASES[code]"},
    "flat constant": {
        "statuscodes": "status.HTTP_404_NOT_FOUND",
        "starlette": "starlette_status.HTTP_404_NOT_FOUND",
    },
    "WebSocket lookup": {
        "statuscodes": "WSCloseCode(1000)",
        "aiohttp": "aiohttp.WSCloseCode(1000)",
        "websockets": "CloseCode(1000)",
        "wsproto": "CloseReason(1000)",
        "dict": "WS_FLOOR[1000]",
    },
    # The other registries against their peers' enums: the target is a /peer ratio no worse than
    # HTTPCode's /stdlib on "lookup by int".
    "HTTP/2 lookup": {
        "statuscodes": "H2ErrorCode(8)",
        "h2": "H2Codes(8)",
        "dict": "WIRE_FLOOR[8]",
    },
    "HTTP/3 lookup": {
        "statuscodes": "H3ErrorCode(0x10C)",
        "aioquic": "AioquicH3(0x10C)",
        "dict": "WIRE_FLOOR[0x10C]",
    },
    "QUIC lookup": {
        "statuscodes": "QUICErrorCode(0xA)",
        "aioquic": "AioquicQUIC(0xA)",
        "dict": "WIRE_FLOOR[0xA]",
    },
    "HTTP/3 lookup by name": {
        "statuscodes": "H3ErrorCode['H3_REQUEST_CANCELLED']",
        "aioquic": "AioquicH3['H3_REQUEST_CANCELLED']",
    },
    # grpc.StatusCode has no int lookup (its values are tuples): its own Enum call by value is
    # what HTTPStatus(404) is to HTTPCode(404).
    "gRPC lookup by int": {
        "statuscodes": "GRPCCode(5)",
        "grpcio": "grpc.StatusCode(GRPCIO_VALUE)",
        "dict": "GRPC_FLOOR[5]",
    },
    "gRPC lookup by name": {
        "statuscodes": "GRPCCode['NOT_FOUND']",
        "grpcio": "grpc.StatusCode['NOT_FOUND']",
    },
    # The conversions need grpcio itself: left out where it is not installed (PyPy).
    "gRPC from grpcio": {"statuscodes": "from_grpcio(GRPCIO_NOT_FOUND)" if HAS_GRPCIO else ""},
    "gRPC to grpcio": {"statuscodes": "to_grpcio(5)" if HAS_GRPCIO else ""},
}

PEER_MODULE = {
    "httpx": "httpx",
    "aiohttp": "aiohttp",
    "websockets": "CloseCode",
    "wsproto": "CloseReason",
    "starlette": "starlette_status",
    "h2": "H2Codes",
    "aioquic": "AioquicH3",
    "grpcio": "grpc",
}


def per_operation(rounds: int, number: int) -> dict[str, dict[str, float]]:
    namespace: dict[str, object] = {}
    exec(SETUP, namespace)
    timers = []
    for operation, variants in OPERATIONS.items():
        for variant, statement in variants.items():
            module = PEER_MODULE.get(variant)
            if not statement or (module and namespace.get(module) is None):
                continue
            timers.append((operation, variant, timeit.Timer(statement, globals=namespace)))
    samples: dict[tuple[str, str], list[float]] = {(o, v): [] for o, v, _ in timers}
    for round_number in range(rounds):
        shift = round_number % len(timers)
        for operation, variant, timer in timers[shift:] + timers[:shift]:
            samples[operation, variant].append(timer.timeit(number) / number * 1e9)
    results: dict[str, dict[str, float]] = {}
    for (operation, variant), values in samples.items():
        results.setdefault(operation, {})[variant] = statistics.median(values)
    return results


IMPORTS = {
    "statuscodes (+ first use)": (
        "import statuscodes; statuscodes.HTTPCode(404); statuscodes.WSCloseCode(1000)"
    ),
    "statuscodes.status": "import statuscodes.status",
    "http": "import http; http.HTTPStatus(404)",
    "starlette.status": "import starlette.status",
    "httpx (codes)": "import httpx; httpx.codes(404)",
    "aiohttp (WSCloseCode)": "from aiohttp import WSCloseCode; WSCloseCode(1000)",
    "websockets (CloseCode)": "from websockets.frames import CloseCode; CloseCode(1000)",
    "statuscodes.h2 (+ first use)": "from statuscodes.h2 import H2ErrorCode; H2ErrorCode(8)",
    "statuscodes.h3 (+ first use)": "from statuscodes.h3 import H3ErrorCode; H3ErrorCode(0x10C)",
    "statuscodes.quic (+ first use)": "from statuscodes.quic import QUICErrorCode as Q; Q(0)",
    "h2.errors": "from h2.errors import ErrorCodes; ErrorCodes(8)",
    "aioquic (h3 ErrorCode)": "from aioquic.h3.connection import ErrorCode; ErrorCode(0x10C)",
    "statuscodes.grpc (+ first use)": "from statuscodes.grpc import GRPCCode; GRPCCode(5)",
    "grpc (grpcio)": "import grpc; grpc.StatusCode.NOT_FOUND",
}

# Time and memory are taken in separate interpreters: tracemalloc slows imports several-fold.
TIMED = "import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
TRACED = (
    "import tracemalloc; tracemalloc.start(); {code}; print(tracemalloc.get_traced_memory()[1])"
)


def cold_imports(rounds: int) -> dict[str, dict[str, float]]:
    """Milliseconds (and peak KiB) of each import in a fresh interpreter, medians of `rounds`."""
    # Cold means no modules loaded, not no bytecode: PYTHONDONTWRITEBYTECODE may be set here.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    available = {}
    for name, code in IMPORTS.items():
        probe = subprocess.run([sys.executable, "-c", code], capture_output=True)
        if probe.returncode == 0:
            available[name] = code
    times: dict[str, list[float]] = {name: [] for name in available}
    memory: dict[str, list[float]] = {name: [] for name in available}
    environment = {"PYTHONPATH": str(ROOT / "src")}
    names = list(available)
    for round_number in range(rounds):
        # Rotate the order each round: the first interpreter of a round tends to be slower.
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            code = available[name]
            times[name].append(float(_run(TIMED.format(code=code), environment)) * 1e3)
            if round_number < 3:
                memory[name].append(float(_run(TRACED.format(code=code), environment)) / 1024)
    return {
        name: {"ms": statistics.median(times[name]), "peak KiB": statistics.median(memory[name])}
        for name in available
    }


def _run(code: str, environment: dict[str, str]) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment
    ).stdout


def report(operations: dict[str, dict[str, float]], imports: dict[str, dict[str, float]]) -> str:
    lines = [
        f"CPython {platform.python_version()} on {platform.machine()}; ns/op, medians",
        f"{'operation':22} {'ours':>7} {'stdlib':>7} {'best peer':>16} {'dict':>6}"
        f" {'/stdlib':>8} {'/peer':>6} {'/dict':>6}",
    ]
    for operation, variants in operations.items():
        ours = variants["statuscodes"]
        stdlib = next((t for v, t in variants.items() if v.startswith("stdlib")), None)
        peers = {v: t for v, t in variants.items() if v not in ("statuscodes", "dict")}
        best = min(peers.items(), key=lambda item: item[1]) if peers else None
        floor = variants.get("dict")

        def ratio(other: float | None, ours: float = ours) -> str:
            return f"{ours / other:.2f}x" if other else "-"

        def cell(value: float | None, width: int) -> str:
            return f"{value:{width}.1f}" if value else "-".rjust(width)

        lines.append(
            f"{operation:22} {ours:7.1f} {cell(stdlib, 7)} "
            f"{(f'{best[1]:.1f} {best[0]}' if best else '-'):>16} {cell(floor, 6)}"
            f" {ratio(stdlib):>8} {ratio(best[1] if best else None):>6} {ratio(floor):>6}"
        )
    lines.append("")
    lines.append("cold import in a fresh interpreter (median ms, peak KiB allocated)")
    base = imports.get("http", {}).get("ms")
    for name, figures in imports.items():
        versus = f"  {figures['ms'] / base:.2f}x http" if base else ""
        lines.append(f"  {name:28} {figures['ms']:6.2f} ms {figures['peak KiB']:8.1f} KiB{versus}")
    starlette = imports.get("starlette.status", {}).get("ms")
    if starlette:
        flat = imports["statuscodes.status"]["ms"]
        lines.append(f"  statuscodes.status / starlette.status: {flat / starlette:.2f}x")
    return "\n".join(lines)


def write_page(runs: list[dict[str, Any]], page: Path) -> None:
    """docs/performance.md and its chart, from the results of whole runs: nothing typed by hand."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, all_axes = plt.subplots(len(runs), 1, figsize=(9, 4.2 * len(runs)), squeeze=False)
    for run, (axes,) in zip(runs, all_axes, strict=True):
        operations: dict[str, dict[str, float]] = run["ns_per_op"]
        charted = {op: v for op, v in operations.items() if "stdlib" in v}
        peers = sorted(
            {lib for v in charted.values() for lib in v} - {"statuscodes", "stdlib", "dict"}
        )
        libraries = ["statuscodes", "stdlib", *peers]
        width = 0.8 / len(libraries)
        for index, library in enumerate(libraries):
            ratios = [v.get(library, 0) / v["stdlib"] for v in charted.values()]
            axes.bar([i + index * width for i in range(len(charted))], ratios, width, label=library)
        axes.axhline(1.0, color="black", linewidth=0.8)
        axes.set_xticks([i + width * (len(libraries) - 1) / 2 for i in range(len(charted))])
        axes.set_xticklabels(list(charted), rotation=15, ha="right")
        axes.set_ylabel("time / http.HTTPStatus's")
        axes.set_title(f"CPython {run['python']}: lower is faster")
        axes.legend()
    figure.tight_layout()
    chart = page.with_suffix(".svg")
    figure.savefig(chart, metadata={"Date": None})
    versions = ", ".join(f"CPython {run['python']}" for run in runs)
    tables = "\n".join(f"```\n{run['report']}\n```\n" for run in runs)
    page.write_text(
        "<!-- Generated by tools/bench.py --page from whole runs (make perf-page). "
        "Do not edit. -->\n"
        "# Performance\n\n"
        "`make bench` measures statuscodes against the standard library, the installed peers and "
        "a plain dict (the floor), side by side in one run with interleaved repetitions; "
        "`make bench-all` repeats it on every CPython 3.10-3.15 found. Figures are medians of "
        "15 rounds (imports: 21 fresh interpreters each); read the ratios, not the absolute "
        "times: the machine is shared.\n\n"
        f"Measured on {runs[0]['machine']}, with {versions}.\n\n"
        f"![time relative to the standard library, per operation]({chart.name})\n\n{tables}",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--short", action="store_true", help="a quick run that only proves it works"
    )
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--page", type=Path, help="also write this Markdown page and its SVG chart")
    parser.add_argument(
        "--render", nargs="+", type=Path, metavar="JSON", help="write --page from these results"
    )
    args = parser.parse_args(argv)
    if args.render:
        write_page(
            [json.loads(path.read_text(encoding="utf-8")) for path in args.render], args.page
        )
        return 0
    rounds, number, import_rounds = (3, 2000, 2) if args.short else (15, 100_000, 21)
    operations = per_operation(rounds, number)
    imports = cold_imports(import_rounds)
    text = report(operations, imports)
    print(text)
    payload = {
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "ns_per_op": operations,
        "imports": imports,
        "report": text,
    }
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.page:
        write_page([payload], args.page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
