"""The first use from many threads at once, in fresh interpreters: `make stress` runs it on every
Python of the matrix (tools/test-matrix.sh --stress), tests/test_first_use.py a few times.

Each run starts a fresh interpreter in which 16 threads wait at a barrier and then each make a
first call (a threaded server's first requests do exactly this); every call must give its usual
answer. Runs go in parallel batches, one per core and one more, since each run mostly waits.

    python tools/stress_first_use.py [--runs 200] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THREADS = 16

# The child: no statuscodes import before the barrier, so that each thread's call is a first use.
CHILD = f"""
import sys
import threading

sys.setswitchinterval(1e-6)  # threads interleave inside the imports, not after them


def check_response():
    from statuscodes import check_response

    return [finding.code for finding in check_response(401, {{}})] == [401]


def flat_constant():
    import statuscodes.status

    return statuscodes.status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED == 509


def meanings():
    from statuscodes import unofficial

    return [code.value for code in unofficial.meanings(499)] == [499, 499]


def parse():
    from statuscodes import HTTPCode

    return HTTPCode.parse("Not Found") == 404


def problem():
    from statuscodes import HTTPCode

    return HTTPCode.NOT_FOUND.problem()["status"] == 404


calls = [check_response, flat_constant, meanings, parse, problem]
barrier = threading.Barrier({THREADS})
results = [None] * {THREADS}


def worker(index):
    call = calls[index % len(calls)]
    barrier.wait()
    try:
        results[index] = True if call() else call.__name__ + ": a wrong answer"
    except BaseException as error:
        results[index] = call.__name__ + ": " + repr(error)


threads = [threading.Thread(target=worker, args=(i,)) for i in range({THREADS})]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
wrong = [result for result in results if result is not True]
print("; ".join(wrong) or "ok")
sys.exit(1 if wrong else 0)
"""


def one_run(python: str) -> str | None:
    """None if every thread's first call answered right, else what went wrong."""
    result = subprocess.run(
        [python, "-c", CHILD], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    if result.returncode == 0:
        return None
    said = result.stdout.strip() or result.stderr.strip()
    return said.splitlines()[-1] if said else f"exit status {result.returncode}, nothing said"


def stress(runs: int, jobs: int, python: str = sys.executable) -> list[str]:
    """What went wrong in each failed run of `runs`, `jobs` at a time."""
    with ThreadPoolExecutor(jobs) as pool:
        outcomes = list(pool.map(one_run, [python] * runs))
    return [outcome for outcome in outcomes if outcome is not None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=(os.cpu_count() or 1) + 1)
    args = parser.parse_args(argv)
    if args.runs < 1 or args.jobs < 1:
        parser.error(f"--runs and --jobs take a positive number, not {args.runs}, {args.jobs}")
    start = time.perf_counter()
    failures = stress(args.runs, args.jobs)
    seconds = time.perf_counter() - start
    version = ".".join(map(str, sys.version_info[:2]))
    name = sys.implementation.name
    print(
        f"first use from {THREADS} threads, {args.runs} fresh interpreters ({name} {version}): "
        f"{len(failures)} failed, {seconds:.1f} s"
    )
    said = [thread for failure in failures for thread in failure.split("; ")]
    for thread in sorted(set(said)):
        print(f"  {said.count(thread)} threads: {thread}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
