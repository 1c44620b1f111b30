"""The first use from 16 threads at once, in fresh interpreters (tools/stress_first_use.py):
every call answers as it does alone. `make stress` repeats it 200 times on every Python."""

from __future__ import annotations

import pytest
from conftest import load_tool

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
