"""What a user's tests may patch, with `unittest.mock` as they patch `http.HTTPStatus` and
`starlette.status` (the references, patched the same way here): methods, functions and module
constants, restored on exit; and what stays read-only because the answers depend on it: members,
member names, each member's metadata, the lookup indexes."""

from __future__ import annotations

import http
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest
import starlette.status

import statuscodes
from statuscodes import HTTPCode, WSCloseCode, status


def _fake(*args: object, **kwargs: object) -> str:
    return "patched"


def test_the_references_patch_a_method_and_a_constant_and_restore_them() -> None:
    with mock.patch.object(http.HTTPStatus, "_missing_", classmethod(lambda cls, value: None)):
        with pytest.raises(ValueError):
            http.HTTPStatus(999)
    with mock.patch.object(starlette.status, "HTTP_404_NOT_FOUND", 1):
        assert starlette.status.HTTP_404_NOT_FOUND == 1

    assert starlette.status.HTTP_404_NOT_FOUND == 404


@pytest.mark.parametrize(
    ("owner", "name", "call"),
    [
        (HTTPCode, "get", lambda: HTTPCode.get(404)),
        (HTTPCode, "parse", lambda: HTTPCode.parse("Not Found")),
        (WSCloseCode, "get", lambda: WSCloseCode.get(1000)),
    ],
    ids=["HTTPCode.get", "HTTPCode.parse", "WSCloseCode.get"],
)
def test_a_method_can_be_patched_and_is_restored(
    owner: type, name: str, call: Callable[[], object]
) -> None:
    before, original = call(), getattr(owner, name)

    with mock.patch.object(owner, name, _fake):
        assert call() == "patched"

    assert getattr(owner, name) == original and call() is before


def test_a_flat_constant_can_be_patched_and_is_restored() -> None:
    with mock.patch.object(status, "HTTP_404_NOT_FOUND", 1):
        assert getattr(status, "HTTP_404_NOT_FOUND") == 1  # noqa: B009  # typed as the member

    assert status.HTTP_404_NOT_FOUND is HTTPCode.NOT_FOUND


def test_check_response_can_be_patched_by_its_dotted_name_and_is_restored() -> None:
    original = statuscodes.check_response

    with mock.patch("statuscodes.check_response", _fake):
        assert getattr(statuscodes, "check_response")(204, {}) == "patched"  # noqa: B009

    assert statuscodes.check_response is original
    assert statuscodes.check_response(204, {}) == []


@pytest.mark.parametrize(
    "attempt",
    [
        lambda: setattr(HTTPCode, "NOT_FOUND", 1),
        lambda: delattr(HTTPCode, "NOT_FOUND"),
        lambda: setattr(WSCloseCode, "NORMAL_CLOSURE", 1),
    ],
    ids=["set a member", "delete a member", "set a WS member"],
)
def test_a_member_name_stays_bound_to_its_member_as_in_the_stdlib(attempt: Any) -> None:
    with pytest.raises(AttributeError):
        setattr(http.HTTPStatus, "NOT_FOUND", 1)  # noqa: B010  # the reference refuses too
    with pytest.raises(AttributeError):
        attempt()

    assert HTTPCode(404) is HTTPCode.NOT_FOUND and HTTPCode["NOT_FOUND"].value == 404
    assert WSCloseCode.NORMAL_CLOSURE.value == 1000


@pytest.mark.parametrize(
    "attempt",
    [
        lambda: setattr(HTTPCode.NOT_FOUND, "phrase", "x"),
        lambda: delattr(HTTPCode.NOT_FOUND, "phrase"),
        lambda: setattr(HTTPCode.NOT_FOUND, "description", "x"),
        lambda: setattr(WSCloseCode.GOING_AWAY, "phrase", "x"),
        lambda: setattr(HTTPCode.NOT_FOUND, "_name_", "X"),
        lambda: setattr(HTTPCode.NOT_FOUND, "_value_", 1),
    ],
    ids=["phrase", "delete phrase", "description", "WS phrase", "_name_", "_value_"],
)
def test_a_members_metadata_is_read_only(attempt: Any) -> None:
    # Stricter than the stdlib, whose HTTPStatus.NOT_FOUND.phrase may be overwritten.
    with pytest.raises(AttributeError):
        attempt()

    assert HTTPCode.NOT_FOUND.phrase == "Not Found" and HTTPCode.NOT_FOUND.name == "NOT_FOUND"
    assert WSCloseCode.GOING_AWAY.phrase == "Going Away"


@pytest.mark.parametrize("index", ["_value2member_map_", "_member_map_", "_member_names_"])
def test_the_lookup_indexes_cannot_be_rebound(index: str) -> None:
    # Stricter than the stdlib, whose indexes may be rebound (and its lookups then broken).
    with pytest.raises(AttributeError):
        setattr(HTTPCode, index, {})
    with pytest.raises(AttributeError):
        mock.patch.object(HTTPCode, index, {}).start()

    assert HTTPCode(404) is HTTPCode.NOT_FOUND and HTTPCode["NOT_FOUND"] is HTTPCode.NOT_FOUND
    assert len(HTTPCode) > 60
