"""Nothing corrupts the registry, and it works the same from many threads, across processes, in
isolated mode and with optimisations that strip docstrings and asserts."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from conftest import IANA_HTTP, IANA_WS, ROOT

from statuscodes import HTTPCategory, HTTPCode, WSCloseCode, reason_phrase, status


def _snapshot() -> list[tuple[object, ...]]:
    """Everything a lookup can answer, read through the public API."""
    rows: list[tuple[object, ...]] = []
    for iana in IANA_HTTP:
        member = HTTPCode(iana.value)
        rows.append(
            (
                member,
                HTTPCode[member.name],
                member.phrase,
                member.category,
                member.reference,
                member.is_error,
                reason_phrase(iana.value),
                HTTPCode.get(iana.value),
                getattr(status, f"HTTP_{iana.value}_{member.name}"),
            )
        )
    for iana in IANA_WS:
        close = WSCloseCode(iana.value)
        rows.append(
            (close, WSCloseCode[close.name], close.phrase, close.is_sendable, close.category)
        )
    rows.append((HTTPCode.get(599), HTTPCode.resolve(499), len(HTTPCode), len(WSCloseCode)))
    return rows


BEFORE = _snapshot()

ATTEMPTS: list[tuple[str, Callable[[], object]]] = [
    ("set member metadata", lambda: setattr(HTTPCode.NOT_FOUND, "phrase", "Lost")),
    ("set member value", lambda: setattr(HTTPCode.NOT_FOUND, "value", 405)),
    ("set member _value_", lambda: setattr(HTTPCode.NOT_FOUND, "_value_", 405)),
    ("add member attribute", lambda: setattr(HTTPCode.NOT_FOUND, "extra", 1)),
    ("delete member metadata", lambda: delattr(WSCloseCode.GOING_AWAY, "is_sendable")),
    ("rebind member", lambda: setattr(HTTPCode, "NOT_FOUND", HTTPCode.OK)),
    ("rebind index", lambda: setattr(HTTPCode, "_value2member_map_", {})),
    ("delete index", lambda: delattr(WSCloseCode, "_member_map_")),
    ("delete member", lambda: delattr(HTTPCode, "OK")),
    ("rebind category", lambda: setattr(HTTPCategory, "CLIENT_ERROR", HTTPCategory.SERVER_ERROR)),
    ("set category metadata", lambda: setattr(HTTPCategory.CLIENT_ERROR, "phrase", "Oops")),
    ("mutate reference", lambda: setattr(HTTPCode.OK.reference, "section", "1")),
]


@pytest.mark.parametrize(("what", "attempt"), ATTEMPTS, ids=[what for what, _ in ATTEMPTS])
def test_changing_the_registry_fails_and_changes_nothing(
    what: str, attempt: Callable[[], object]
) -> None:
    with pytest.raises((AttributeError, TypeError), match="(?i)read-only|immutable|cannot"):
        attempt()

    assert _snapshot() == BEFORE


INDEX_WRITES: list[tuple[str, Callable[[], object]]] = [
    ("add a name", lambda: HTTPCode._member_map_.__setitem__("GONE_FISHING", HTTPCode.GONE)),
    ("drop a name", lambda: HTTPCode._member_map_.pop("NOT_FOUND")),
    ("clear names", lambda: WSCloseCode._member_map_.clear()),
    ("merge names", lambda: WSCloseCode._member_map_.update({"BYE": WSCloseCode.GOING_AWAY})),
    ("category names", lambda: HTTPCategory._member_map_.setdefault("X", HTTPCategory.SUCCESSFUL)),
]


@pytest.mark.parametrize(("what", "write"), INDEX_WRITES, ids=[what for what, _ in INDEX_WRITES])
def test_the_lookup_indexes_refuse_writes(what: str, write: Callable[[], object]) -> None:
    with pytest.raises(TypeError, match="index is read-only"):
        write()

    assert _snapshot() == BEFORE


@pytest.mark.slow  # many threads, many lookups each
def test_lookups_from_many_threads_agree() -> None:
    codes = [row.value for row in IANA_HTTP] + [499, 599, 1000, 4001]

    def work(_: int) -> list[object]:
        return [
            (HTTPCode.get(code), reason_phrase(code), WSCloseCode.get(code)) for code in codes * 20
        ]

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(work, range(64)))

    assert all(result == results[0] for result in results)
    assert results[0][0] == (HTTPCode.CONTINUE, "Continue", None)


def _round_trip(payload: bytes) -> bytes:
    members = pickle.loads(payload)
    return pickle.dumps([(member, member.phrase) for member in members])


@pytest.mark.slow  # a process pool
def test_members_cross_process_boundaries_as_the_same_members() -> None:
    members: list[Any] = [*HTTPCode, *WSCloseCode]
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        returned = pickle.loads(pool.apply(_round_trip, (pickle.dumps(members),)))

    assert [member for member, _ in returned] == members
    assert all(back is original for (back, _), original in zip(returned, members, strict=True))
    assert [phrase for _, phrase in returned] == [m.phrase for m in members]


# No assert: -OO strips them, and the point is to check under -OO.
SMOKE = """
import pickle
import statuscodes
from statuscodes import HTTPCode as H, WSCloseCode as W, status as s
checks = [
    H(404).phrase == "Not Found",
    H.resolve(499) is H.BAD_REQUEST,
    H.parse("404 not found") is H.NOT_FOUND,
    W(1006).is_local_only,
    s.HTTP_418_IM_A_TEAPOT is H.IM_A_TEAPOT,
    statuscodes.reason_phrase(201) == "Created",
    pickle.loads(pickle.dumps(H.OK)) is H.OK,
]
print("ok" if all(checks) else checks)
"""


@pytest.mark.slow  # a fresh interpreter each
@pytest.mark.parametrize(
    ("flags", "environment"),
    [(["-I"], {}), (["-OO"], {}), ([], {"PYTHONOPTIMIZE": "2"})],
    ids=["isolated", "-OO", "PYTHONOPTIMIZE=2"],
)
def test_works_isolated_and_optimised(flags: list[str], environment: dict[str, str]) -> None:
    # -I ignores PYTHONPATH, so the package must come from the installed environment.
    result = subprocess.run(
        [sys.executable, *flags, "-c", SMOKE],
        capture_output=True,
        text=True,
        env={**os.environ, **environment},
        cwd=ROOT / "tests",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"
