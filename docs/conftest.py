"""The pages whose examples need a package that does not install everywhere: skipped only where
it cannot (as tests/conftest.py's NOT_ON_PYPY), elsewhere a missing one fails like any import."""

from __future__ import annotations

import importlib.util
import sys

import pytest

# page -> (the package it imports, why PyPy has none)
NOT_ON_PYPY = {"grpc.md": ("grpc", "grpcio is C++ without PyPy wheels")}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if sys.implementation.name != "pypy":
        return
    for item in items:
        package, reason = NOT_ON_PYPY.get(item.path.name, (None, ""))
        if package is not None and importlib.util.find_spec(package) is None:
            item.add_marker(pytest.mark.skip(reason=f"not installed on PyPy: {reason}"))
