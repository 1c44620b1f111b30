"""The benchmark runs (short mode); timings are never asserted."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow  # the whole benchmark, in its short mode


# tools/bench.py measures imports' peak memory with tracemalloc, which PyPy does not have; its JIT
# makes the ratios another story too, so make bench-all runs CPython only.
@pytest.mark.skipif(sys.implementation.name == "pypy", reason="no tracemalloc on PyPy")
def test_bench_short_mode_prints_ratios_and_writes_json(tmp_path: Path) -> None:
    output = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "bench.py"), "--short", "--json", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    assert "lookup by int" in result.stdout and "/stdlib" in result.stdout
    results = json.loads(output.read_text(encoding="utf-8"))
    assert results["ns_per_op"]["lookup by int"]["statuscodes"] > 0
    assert "statuscodes (+ first use)" in results["imports"]


def test_check_bench_short_mode_times_each_checker(tmp_path: Path) -> None:
    output = tmp_path / "check.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "bench_check.py"), "--short", "--json", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    assert "corpus responses of 8-12 fields" in result.stdout
    figures = json.loads(output.read_text(encoding="utf-8"))["us_per_check"]
    assert figures["statuscodes"] > 0 and figures["statuscodes (ASGI: bytes, no content)"] > 0


def test_middleware_bench_short_mode_gives_a_ratio_for_each_way_and_case() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "bench_middleware.py"), "--short"],
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines() if "µs" in line]
    ways = ("ASGI raw calls", "ASGI httpx.ASGITransport", "WSGI Flask")
    cases = ("one response again", "a new request id each", "every length new")
    assert len(rows) == len(ways) * len(cases)
    assert all(f"{way}, {case}" in result.stdout for way in ways for case in cases)
    assert all(float(row[-1]) > 0 for row in rows)


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind (apt)")
@pytest.mark.skipif(sys.implementation.name != "cpython", reason="counts CPython's instructions")
def test_middleware_bench_counts_instructions_per_request_bare_and_checked() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "bench_middleware.py"), "--instructions", "--short"],
        capture_output=True,
        text=True,
        timeout=600,
    )

    assert result.returncode == 0, result.stderr
    row = re.compile(r"\s+(.+?)\s+bare\s+([\d,]+)\s+checked\s+([\d,]+)\s+added\s+([\d,]+)")
    rows = [found.groups() for found in map(row.match, result.stdout.splitlines()) if found]
    assert [way for way, *_ in rows] == ["ASGI raw calls", "ASGI httpx.ASGITransport"]
    for _, *figures in rows:
        bare, checked, added = (int(figure.replace(",", "")) for figure in figures)
        assert 0 < bare < checked and abs(added - (checked - bare)) <= 1  # each rounded
