"""Each page whose examples import more than statuscodes and the standard library says, at its
top, which extra installs it: a reader who runs the examples meets the install line first."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))
IMPORT = re.compile(r"^(?:>>>|\.\.\.)\s+(?:from|import)\s+([A-Za-z_]\w*)", re.MULTILINE)
EXTRA = re.compile(r"pip install 'statuscodes\[(\w+)\]'")


def defined_extras() -> set[str]:
    """The extras pyproject.toml defines (read as text: tomllib is 3.11+, and 3.10 runs this)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = text.partition("[project.optional-dependencies]")[2].partition("\n[")[0]
    return set(re.findall(r"^(\w+) = \[", section, re.MULTILINE))


def third_party(text: str) -> set[str]:
    imported = set(IMPORT.findall(text))
    return {name for name in imported if name not in sys.stdlib_module_names} - {"statuscodes"}


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_a_page_that_needs_an_extra_names_it_at_its_top(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    if not third_party(text):
        return
    top = text.partition("\n## ")[0]  # before the first section
    extras = set(EXTRA.findall(top))

    assert extras, f"{page.name} imports {sorted(third_party(text))} but names no extra at its top"
    assert extras <= defined_extras()


def test_the_pages_that_import_frameworks_are_found() -> None:
    needing = {page.name for page in PAGES if third_party(page.read_text(encoding="utf-8"))}

    assert {"frameworks.md", "rfc-rules.md", "checking-apps.md", "grpc.md"} <= needing
    assert {"test", "grpc", "docs", "bench", "release"} == defined_extras()
