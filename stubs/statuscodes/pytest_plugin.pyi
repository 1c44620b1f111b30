from collections.abc import Generator
from typing import Any

import pytest

CLIENTS: tuple[str, ...]
"""module:Class.method for each wrapped client method."""

def pytest_addoption(parser: pytest.Parser) -> None:
    """Adds --check-responses and the ini options check_responses, check_responses_on_finding."""

def pytest_configure(config: pytest.Config) -> None:
    """Declares the check_responses marker."""

def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any]:
    """Runs a checked test with the client methods wrapped; fails it (or warns) on findings."""
