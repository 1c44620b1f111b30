"""Concurrent first use of the lazy text lookups: the phrase index is built on the first parse or
from_phrase, so many threads arriving at once may all build it (docs/design.md, "Free-threaded
CPython"). Each run is a fresh interpreter, so that the first use really is the first."""

from __future__ import annotations

import subprocess
import sys

import pytest

THREADS = 32
SCRIPT = f"""
import sys
import threading

from statuscodes import HTTPCode, WSCloseCode

lookups = [
    (lambda: HTTPCode.parse("not found"), HTTPCode.NOT_FOUND),
    (lambda: HTTPCode.from_phrase("Payload Too Large"), HTTPCode.CONTENT_TOO_LARGE),
    (lambda: HTTPCode.parse("418 I'm a teapot"), HTTPCode.IM_A_TEAPOT),
    (lambda: WSCloseCode.parse("going away"), WSCloseCode.GOING_AWAY),
    (lambda: WSCloseCode.from_phrase("Normal Closure"), WSCloseCode.NORMAL_CLOSURE),
]
barrier = threading.Barrier({THREADS})
results = [None] * {THREADS}


def worker(index):
    lookup, expected = lookups[index % len(lookups)]
    barrier.wait()
    try:
        results[index] = lookup() is expected
    except Exception as error:
        results[index] = repr(error)


threads = [threading.Thread(target=worker, args=(index,)) for index in range({THREADS})]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
wrong = [result for result in results if result is not True]
print(wrong or "ok")
sys.exit(1 if wrong else 0)
"""


@pytest.mark.slow  # a fresh interpreter each run
@pytest.mark.parametrize("run", range(3))
def test_first_text_lookups_from_many_threads_at_once_agree(run: int) -> None:
    # A short switch interval makes threads interleave inside the index build, not after it.
    result = subprocess.run(
        [sys.executable, "-X", "dev", "-c", f"import sys; sys.setswitchinterval(1e-6)\n{SCRIPT}"],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert (result.returncode, result.stdout.strip()) == (0, "ok"), result.stderr
