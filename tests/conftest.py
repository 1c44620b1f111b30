"""Shared fixtures: the repository's top, the tools, the IANA snapshots vendored in tests/data
(read independently of the table), and what the test extras leave out on PyPy."""

from __future__ import annotations

import csv
import importlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple

import pytest

if TYPE_CHECKING:
    from statuscodes._findings import Exchange

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
TOOLS = ROOT / "tools"


def load_tool(name: str) -> ModuleType:
    """tools/<name>.py as the module its siblings import (tools/ is a folder of scripts)."""
    if str(TOOLS) not in sys.path:
        sys.path.append(str(TOOLS))  # appended: a tool never shadows an installed module
    module = importlib.import_module(name)
    assert Path(module.__file__ or "").parent == TOOLS, f"{name} is not tools/{name}.py"
    return module


@pytest.fixture(scope="session")
def generated() -> dict[Path, str]:
    """Every file tools/generate.py derives, and its expected content: rendered once a session."""
    outputs: dict[Path, str] = load_tool("generate").outputs()
    return outputs


class IanaRow(NamedTuple):
    value: int
    description: str
    reference: str


def read_iana(name: str) -> list[IanaRow]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [
        IanaRow(int(row["value"]), row["description"], row["reference"])
        for row in csv.DictReader(lines)
    ]


IANA_HTTP = read_iana("http-status-codes.csv")
IANA_WS = read_iana("websocket-close-codes.csv")


# The test extras that pyproject.toml's markers leave out on PyPy: no PyPy wheel, and no compiler
# here to build one. A test that needs one skips on PyPy only, naming it; elsewhere a missing one
# fails like any import.
NOT_ON_PYPY = {
    "mypy": "mypy needs ast-serialize, a Rust extension without PyPy wheels",
    "litestar": "litestar needs msgspec, a C extension without PyPy wheels",
    "msgspec": "msgspec is a C extension without PyPy wheels",
    "matplotlib": "matplotlib is C++ without PyPy wheels",
    "aioquic": "aioquic and its pylsqpack are C extensions without PyPy wheels",
    "grpcio": "grpcio is C++ without PyPy wheels",
}
# The import name of a package of NOT_ON_PYPY where it is not the distribution's name.
_DISTRIBUTION_OF = {"grpc": "grpcio"}
ON_PYPY = sys.implementation.name == "pypy"


def _left_out(package: str) -> bool:
    distribution = _DISTRIBUTION_OF.get(package, package)
    return ON_PYPY and distribution in NOT_ON_PYPY and importlib.util.find_spec(package) is None


def skip_on_pypy_without(package: str) -> pytest.MarkDecorator:
    """Skips the test on PyPy when `package`, one of NOT_ON_PYPY, is not installed there."""
    return pytest.mark.skipif(
        _left_out(package),
        reason=f"not installed on PyPy: {NOT_ON_PYPY[_DISTRIBUTION_OF.get(package, package)]}",
    )


def skip_module_on_pypy_without(package: str) -> None:
    """Skips the whole test module on PyPy when `package`, one of NOT_ON_PYPY, is not there."""
    if _left_out(package):
        reason = NOT_ON_PYPY[_DISTRIBUTION_OF.get(package, package)]
        pytest.skip(f"not installed on PyPy: {reason}", allow_module_level=True)


def import_unless_left_out(module: str) -> ModuleType | None:
    """`import module`, or None on PyPy when its package is one that does not install there."""
    return None if _left_out(module.partition(".")[0]) else importlib.import_module(module)


# The doctests whose examples import a package of NOT_ON_PYPY (pytest runs docs/*.md and the
# docstrings of src/): they skip on PyPy only, where the package does not install.
DOCTESTS_NEEDING = {
    "grpc.md": "grpc",
    "statuscodes.grpc.to_grpcio": "grpc",
    "statuscodes.grpc.from_grpcio": "grpc",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        package = DOCTESTS_NEEDING.get(item.name) if item.path.parent.name != "tests" else None
        if package is not None:
            item.add_marker(skip_on_pypy_without(package))


@pytest.fixture
def engine_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Exchange]]:
    """Each exchange the adapters' Reporter hands to the engine; the engine still answers."""
    from statuscodes import _reporting

    calls: list[Exchange] = []
    engine = _reporting.run_engine

    def spy(exchange: Exchange, *seen: Any) -> Any:
        calls.append(exchange)
        return engine(exchange, *seen)

    monkeypatch.setattr(_reporting, "run_engine", spy)
    yield calls
