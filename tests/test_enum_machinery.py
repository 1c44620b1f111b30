"""The registry enums are ordinary enums built by EnumType: each is compared with a twin that
stock EnumType builds from an independent source (the IANA snapshot and the stdlib's names, or
the members written out here by hand, as CPython's test_httplib writes its CheckedHTTPStatus)."""

from __future__ import annotations

import copy
import enum
import http
import inspect
import pickle
import pydoc
import re
import sys
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest
from conftest import IANA_HTTP, IANA_WS, IanaRow

from statuscodes import (
    CodeTypeError,
    HTTPCategory,
    HTTPCode,
    Registration,
    WSCategory,
    WSCloseCode,
)
from statuscodes._registry import CodeRegistry
from statuscodes.unofficial import Nginx, VendorCode

CODE_REGISTRIES = [HTTPCode, WSCloseCode, Nginx]
ALL_ENUMS = [HTTPCode, HTTPCategory, WSCloseCode, WSCategory, Nginx, Registration]

# Where the IANA description is no name: "(Unused)" (306; 418 takes the stdlib's name).
HTTP_NAMES_BY_HAND = {306: "RESERVED"}
# The peers' names for WebSocket codes, kept as aliases: aiohttp's OK and INVALID_TEXT,
# websockets' INVALID_DATA, MANDATORY_EXTENSION and TLS_HANDSHAKE_FAILED, Litestar's
# NO_STATUS_RECEIVED.
WS_ALIASES_BY_HAND = {
    1000: ["OK"],
    1005: ["NO_STATUS_RECEIVED"],
    1007: ["INVALID_TEXT", "INVALID_DATA"],
    1010: ["MANDATORY_EXTENSION"],
    1015: ["TLS_HANDSHAKE_FAILED"],
}


def _iana_name(row: IanaRow) -> str | None:
    """The registry's description as a name, its notes in parentheses left out."""
    words = re.sub(r"\(.*?\)", "", row.description).replace("'", "")
    return re.sub(r"[^A-Za-z0-9]+", "_", words).strip("_").upper() or None


def _registered(rows: list[IanaRow]) -> list[IanaRow]:
    return [row for row in rows if row.description != "Unassigned"]


def _http_twin() -> Any:
    stdlib: dict[int, list[str]] = {}
    for name, member in http.HTTPStatus.__members__.items():
        stdlib.setdefault(member.value, []).append(name)
    names = []
    for row in _registered(IANA_HTTP):
        known = stdlib.get(row.value, [])
        name = HTTP_NAMES_BY_HAND.get(row.value) or _iana_name(row) or known[0]
        names += [(name, row.value)] + [(old, row.value) for old in known if old != name]
    return enum.IntEnum("HTTPCode", names)


def _ws_twin() -> Any:
    names = []
    for row in _registered(IANA_WS):
        aliases = WS_ALIASES_BY_HAND.get(row.value, [])
        names += [(_iana_name(row), row.value)] + [(alias, row.value) for alias in aliases]
    return enum.IntEnum("WSCloseCode", names)


TWINS: dict[Any, Callable[[], Any]] = {
    HTTPCode: _http_twin,
    WSCloseCode: _ws_twin,
    HTTPCategory: lambda: enum.Enum(
        "HTTPCategory",
        [
            ("INFORMATIONAL", "1xx"),
            ("SUCCESSFUL", "2xx"),
            ("REDIRECTION", "3xx"),
            ("CLIENT_ERROR", "4xx"),
            ("SERVER_ERROR", "5xx"),
        ],
    ),
    WSCategory: lambda: enum.Enum(
        "WSCategory",
        [("PROTOCOL", "1000-2999"), ("REGISTERED", "3000-3999"), ("PRIVATE", "4000-4999")],
    ),
    # nginx's own codes, as its documentation (ngx_http_request.h) numbers them.
    Nginx: lambda: enum.IntEnum(
        "Nginx",
        [
            ("NO_RESPONSE", 444),
            ("REQUEST_HEADER_TOO_LARGE", 494),
            ("SSL_CERTIFICATE_ERROR", 495),
            ("SSL_CERTIFICATE_REQUIRED", 496),
            ("HTTP_REQUEST_SENT_TO_HTTPS_PORT", 497),
            ("CLIENT_CLOSED_REQUEST", 499),
        ],
    ),
    # The IANA registries' registration states.
    Registration: lambda: enum.Enum(
        "Registration",
        [
            ("PERMANENT", "permanent"),
            ("TEMPORARY", "temporary"),
            ("DEPRECATED", "deprecated"),
            ("OBSOLETED", "obsoleted"),
            ("UNUSED", "unused"),
            ("RESERVED", "reserved"),
        ],
    ),
}


@pytest.mark.parametrize("cls", ALL_ENUMS, ids=lambda cls: cls.__name__)
def test_members_aliases_and_order_are_what_stock_enumtype_makes_of_the_sources(cls: Any) -> None:
    twin = TWINS[cls]()

    assert list(cls.__members__) == list(twin.__members__)
    assert [(member.name, member.value) for member in cls] == [
        (member.name, member.value) for member in twin
    ]
    assert len(cls) == len(twin) and cls._member_names_ == twin._member_names_
    assert set(cls._value2member_map_) == set(twin._value2member_map_)
    assert issubclass(cls, int) is issubclass(twin, int)
    for name, member in cls.__members__.items():
        assert cls[name] is member and cls(member.value) is cls[member.name]
        assert member.name == twin[name].name
        assert repr(member) == repr(twin[name]) and hash(member) == hash(twin[name])


def test_the_registries_have_every_iana_code_and_nothing_else() -> None:
    assert sorted({member.value for member in HTTPCode}) == sorted(
        row.value for row in _registered(IANA_HTTP)
    )
    assert sorted(WSCloseCode._value2member_map_) == sorted(
        row.value for row in _registered(IANA_WS)
    )


@pytest.mark.parametrize("cls", ALL_ENUMS, ids=lambda cls: cls.__name__)
def test_an_ordinary_enum_in_every_way_the_stdlib_checks(cls: Any) -> None:
    member = next(iter(cls))

    assert isinstance(cls, enum.EnumMeta)
    assert isinstance(member, enum.Enum)
    assert pickle.loads(pickle.dumps(member)) is member
    assert pickle.loads(pickle.dumps(cls)) is cls
    assert copy.copy(member) is member and copy.deepcopy(member) is member
    assert member.name in dir(cls)
    assert "phrase" in dir(member) or cls is Registration
    assert pydoc.render_doc(cls)
    assert inspect.getmembers(cls)
    if cls not in (HTTPCode, WSCloseCode):  # unique members only
        assert enum.unique(cls) is cls
        if sys.version_info >= (3, 11):
            assert enum.verify(enum.UNIQUE)(cls) is cls


def test_aliases_make_unique_fail_as_in_any_enum() -> None:
    with pytest.raises(ValueError, match="duplicate values found"):
        enum.unique(HTTPCode)


def test_a_registry_takes_its_members_from_rows_only() -> None:
    with pytest.raises(TypeError, match="takes its members from table rows"):

        class Mine(VendorCode):
            MINE = enum.auto()


def test_a_registry_with_members_cannot_be_extended() -> None:
    with pytest.raises(TypeError, match="cannot extend"):

        class More(HTTPCode):  # type: ignore[misc]  # the point of the test
            pass


@pytest.mark.parametrize(
    "attempt",
    [
        lambda: setattr(VendorCode, "name", property(lambda self: "x")),
        lambda: setattr(HTTPCode, "value", property(lambda self: 0)),
        lambda: delattr(CodeRegistry, "name"),
        lambda: setattr(HTTPCode, "_value2member_map_", {}),
        lambda: delattr(HTTPCategory, "_member_map_"),
        lambda: setattr(Nginx, "CLIENT_CLOSED_REQUEST", 1),
        lambda: setattr(HTTPCode.NOT_FOUND, "__class__", WSCloseCode),
    ],
)
def test_what_lookups_answer_is_read_only(attempt: Any) -> None:
    with pytest.raises((AttributeError, TypeError)):
        attempt()

    assert Nginx(499).name == "CLIENT_CLOSED_REQUEST"
    assert HTTPCode(404) is HTTPCode.NOT_FOUND and str(HTTPCode.NOT_FOUND) == "404"
    assert HTTPCode.get(999) is None and HTTPCategory.of(404) is HTTPCategory.CLIENT_ERROR


@pytest.mark.parametrize(
    ("owner", "name"),
    [
        (VendorCode, "get"),
        (HTTPCode, "get"),
        (HTTPCode, "resolve"),
        (HTTPCategory, "of"),
        (HTTPCode, "__str__"),
        (type(HTTPCode), "__call__"),
    ],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_methods_patch_and_restore_as_on_any_enum(owner: Any, name: str) -> None:
    with mock.patch.object(owner, name) as patched:
        assert getattr(owner, name) is patched

    assert getattr(owner, name) is not patched
    assert HTTPCode(404) is HTTPCode.NOT_FOUND and str(HTTPCode.NOT_FOUND) == "404"
    assert HTTPCode.get(999) is None and HTTPCategory.of(404) is HTTPCategory.CLIENT_ERROR
    assert HTTPCode.resolve(499) is HTTPCode.BAD_REQUEST and Nginx.get(499) is not None


@pytest.mark.parametrize("cls", ALL_ENUMS, ids=lambda cls: cls.__name__)
def test_new_attributes_can_be_set_on_the_class_as_on_any_enum(cls: Any) -> None:
    cls.__msgspec_cache__ = {"one": 1}  # msgspec's per-type cache
    cls.__msgspec_cache__ = {"two": 2}

    assert cls.__msgspec_cache__ == {"two": 2}
    del cls.__msgspec_cache__
    assert not hasattr(cls, "__msgspec_cache__")
    assert "__msgspec_cache__" not in cls.__members__


@pytest.mark.parametrize("cls", CODE_REGISTRIES, ids=lambda cls: cls.__name__)
def test_the_class_call_behaves_as_enums_do(cls: Any) -> None:
    member = next(iter(cls))
    registry: Any = cls

    assert registry(value=member.value) is member
    assert registry(member) is member
    assert registry(float(member.value)) is member  # as any Enum: a value equal to a member's
    assert [] not in registry and {} not in registry and "x" not in registry
    bad_values: list[object] = [[], {}, float(member.value) + 0.5, "abc", None, b"404"]
    for bad in bad_values:
        with pytest.raises(ValueError):
            registry(bad)
        with pytest.raises(TypeError):
            registry(bad)
    with pytest.raises(CodeTypeError):
        registry(599.0)
    with pytest.raises(TypeError, match="names"):
        registry(member.value, names=["A"])
