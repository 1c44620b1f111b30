from collections.abc import Generator
from typing import Any

import pytest

CLIENTS: tuple[str, ...]
"""module:Class.method for each wrapped client method."""

def pytest_addoption(parser: pytest.Parser) -> None: ...
def pytest_configure(config: pytest.Config) -> None: ...
def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any]: ...
