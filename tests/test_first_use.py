"""The first use from 16 threads at once, in fresh interpreters (tools/stress_first_use.py):
every call answers as it does alone. `make stress` repeats it 200 times on every Python."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import load_tool

import statuscodes

stress_first_use = load_tool("stress_first_use")


@pytest.mark.slow  # 40 fresh interpreters, ~2 s
def test_a_first_use_from_16_threads_at_once_answers_in_each() -> None:
    failures = stress_first_use.stress(runs=40, jobs=3)

    assert failures == []


@pytest.mark.slow  # a fresh interpreter
def test_a_wrong_answer_in_a_thread_fails_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = stress_first_use.CHILD.replace('parse("Not Found") == 404', 'parse("Not Found") == 0')
    monkeypatch.setattr(stress_first_use, "CHILD", wrong)

    (failure,) = stress_first_use.stress(runs=1, jobs=1)

    assert "parse: a wrong answer" in failure


# The moment another thread meets (python/cpython#149728): the import machinery has marked
# statuscodes.status initialized but not yet set it on the package, and an import then returns.
IN_THE_WINDOW = """
import importlib._bootstrap as bootstrap

load = bootstrap._load_unlocked


def load_then_use(spec):
    module = load(spec)
    if spec.name == "statuscodes.status":
        import statuscodes.status

        print(statuscodes.status.HTTP_404_NOT_FOUND.phrase)
    return module


bootstrap._load_unlocked = load_then_use
import statuscodes.status
"""


@pytest.mark.slow  # a fresh interpreter
def test_statuscodes_status_is_there_once_its_import_returns_in_any_thread() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IN_THE_WINDOW], capture_output=True, text=True, timeout=60
    )

    assert (result.returncode, result.stdout, result.stderr) == (0, "Not Found\n", "")


def test_a_name_the_package_lacks_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'statuscodes' has no attribute 'stauts'"):
        getattr(statuscodes, "stauts")  # noqa: B009
