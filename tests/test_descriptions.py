"""Every phrase and description of the registries, IANA's and the vendors', reads as written
text: no word broken by a stray space (`WWW- Authenticate`), no doubled space, and each
description ends its last sentence with a full stop."""

from __future__ import annotations

import enum
import re

import pytest

from statuscodes import HTTPCode, WSCloseCode, unofficial

VENDORS: list[type[enum.Enum]] = [
    registry
    for name in unofficial.__all__
    if isinstance(registry := getattr(unofficial, name), type)
    and issubclass(registry, enum.Enum)
    and len(registry)
]
REGISTRIES: list[type[enum.Enum]] = [HTTPCode, WSCloseCode, *VENDORS]
MEMBERS = [member for registry in REGISTRIES for member in registry]
TEXTS = [(member, field) for member in MEMBERS for field in ("phrase", "description")]

# A backquoted span with a space in it is a header line (`Depth: infinity`) or nginx's own
# configuration (`return 444`); a header name alone has none.
SPACED_SPAN = re.compile(r"[A-Za-z-]+: \S+|return \d+")


def _id(item: tuple[enum.Enum, str]) -> str:
    member, field = item
    return f"{type(member).__name__}.{member.name}.{field}"


def test_every_registry_is_read() -> None:
    names = {registry.__name__ for registry in VENDORS}

    assert {"Nginx", "Cloudflare", "IIS"} <= names
    assert len(TEXTS) == 2 * len(MEMBERS) > 2 * (len(HTTPCode) + len(WSCloseCode))


@pytest.mark.parametrize("item", TEXTS, ids=_id)
def test_no_space_inside_backquotes(item: tuple[enum.Enum, str]) -> None:
    member, field = item
    spans = re.findall(r"`([^`]*)`", getattr(member, field))

    assert [span for span in spans if " " in span and not SPACED_SPAN.fullmatch(span)] == []


@pytest.mark.parametrize("item", TEXTS, ids=_id)
def test_no_word_broken_by_a_space_after_its_hyphen(item: tuple[enum.Enum, str]) -> None:
    member, field = item

    assert re.findall(r"\w+- \w+", getattr(member, field)) == []


@pytest.mark.parametrize("item", TEXTS, ids=_id)
def test_no_doubled_or_stray_whitespace(item: tuple[enum.Enum, str]) -> None:
    member, field = item
    text = getattr(member, field)

    assert "  " not in text and text == text.strip() and "\n" not in text


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_a_description_ends_its_sentence_with_a_full_stop(member: enum.Enum) -> None:
    description = getattr(member, "description")  # noqa: B009  # enum.Enum does not type it

    assert description.endswith(".") and not description.endswith("..")
