"""The registry enums are ordinary enums built by EnumType: each is compared with a twin that
stock EnumType builds from the IANA snapshot alone, and with one built from the same ingredients
(CPython's own check for HTTPStatus, `enum._test_simple_enum`, on 3.11+)."""

from __future__ import annotations

import copy
import enum
import inspect
import pickle
import pydoc
import sys
import typing
from typing import Any

import pytest
from conftest import IANA_HTTP, IANA_WS

import statuscodes
from statuscodes import (
    CodeTypeError,
    Finding,
    HeaderRule,
    HTTPCategory,
    HTTPCode,
    Reference,
    Registration,
    WSCategory,
    WSCloseCode,
    unofficial,
)
from statuscodes.unofficial import Nginx, VendorCode

CODE_REGISTRIES = [HTTPCode, WSCloseCode, Nginx]
ALL_ENUMS = [HTTPCode, HTTPCategory, WSCloseCode, WSCategory, Nginx, Registration]


def _stock_twin(cls: Any) -> Any:
    """An IntEnum that stock EnumType builds with our names and values (aliases included)."""
    names = [(name, member.value) for name, member in cls.__members__.items()]
    base: Any = enum.IntEnum if issubclass(cls, int) else enum.Enum
    return base(cls.__name__, names)


@pytest.mark.parametrize("cls", ALL_ENUMS, ids=lambda cls: cls.__name__)
def test_members_aliases_and_order_are_what_stock_enumtype_makes(cls: Any) -> None:
    twin = _stock_twin(cls)

    assert [member.name for member in cls] == [member.name for member in twin]
    assert [member.value for member in cls] == [member.value for member in twin]
    assert list(cls.__members__) == list(twin.__members__)
    assert len(cls) == len(twin)
    assert cls._member_names_ == twin._member_names_
    assert {name: m.value for name, m in cls._member_map_.items()} == {
        name: m.value for name, m in twin._member_map_.items()
    }
    assert set(cls._value2member_map_) == set(twin._value2member_map_)
    for name, member in cls.__members__.items():
        assert cls[name] is member and cls(member.value) is cls[member.name]
        assert repr(member).replace(cls.__name__, "T") == repr(twin[name]).replace(
            cls.__name__, "T"
        )
        assert hash(member) == hash(twin[name])


def test_the_http_registry_has_every_iana_code_and_nothing_else() -> None:
    assert sorted({member.value for member in HTTPCode}) == sorted(
        row.value for row in IANA_HTTP if row.description != "Unassigned"
    )
    assert sorted(WSCloseCode._value2member_map_) == sorted(
        row.value for row in IANA_WS if row.description != "Unassigned"
    )


def _stock_copy(cls: Any, bases: tuple[type, ...]) -> Any:
    """`cls` rebuilt by stock EnumType on `bases`: the same members, class dict and metadata."""
    made_by_enumtype = {"_member_names_", "_member_map_", "_value2member_map_", "__new__"}
    namespace = enum.EnumType.__prepare__(cls.__name__, bases)
    for name, member in cls._member_map_.items():
        namespace[name] = member.value
    later = {}
    for key, value in vars(cls).items():
        is_sunder = key[:1] == "_" and key[-1:] == "_" and key[1:2] != "_"
        if key in cls._member_map_ or key in made_by_enumtype or is_sunder:
            continue
        set_after_creation = key in ("__setattr__", "__delattr__") or not (
            key.startswith("__") or hasattr(value, "__get__")
        )
        if set_after_creation:  # our own state and the members' guards, as RegistryType does
            later[key] = value
        else:
            namespace[key] = value
    twin: Any = enum.EnumType(cls.__name__, bases, namespace)
    for key, value in later.items():
        type.__setattr__(twin, key, value)
    for member in cls:
        vars(twin[member.name]).update(vars(member))
    return twin


@pytest.mark.skipif(sys.version_info < (3, 11), reason="enum._test_simple_enum is 3.11+")
@pytest.mark.parametrize("cls", [HTTPCode, WSCloseCode, HTTPCategory, WSCategory])
def test_cpython_simple_enum_check_passes(cls: Any) -> None:
    """CPython's own test for HTTPStatus: a twin made by stock EnumType from the same class dicts
    (ours and our base's) and member metadata must match ours key for key."""
    (base,) = cls.__bases__
    twin = _stock_copy(cls, (_stock_copy(base, base.__bases__),))

    enum._test_simple_enum(cls, twin)  # type: ignore[attr-defined]  # private, 3.11+


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


@pytest.mark.parametrize(
    "obj",
    [
        HTTPCode,
        HTTPCode.get,
        HTTPCode.parse,
        HTTPCode.from_phrase,
        HTTPCode.resolve,
        HTTPCategory.of,
        HTTPCategory.parse,
        WSCloseCode,
        WSCloseCode.for_http,
        VendorCode,
        Nginx,
        Reference,
        Reference.__init__,
        HeaderRule,
        HeaderRule.__init__,
        Finding,
        HTTPCode.problem,
        statuscodes.check_response,
        unofficial.meanings,
    ],
    ids=repr,
)
def test_every_public_annotation_resolves(obj: Any) -> None:
    hints = typing.get_type_hints(obj)

    own = inspect.get_annotations(obj, eval_str=True)  # evaluated, they agree with the hints
    assert all(hints[key] == value for key, value in own.items())
    if obj is HTTPCode:
        assert hints["phrase"] is str and hints["category"] is HTTPCategory
        assert hints["reference"] is Reference and hints["is_client_error"] is bool


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
        lambda: setattr(VendorCode, "get", classmethod(lambda cls, code: None)),
        lambda: setattr(type(HTTPCode), "__call__", lambda cls, value: None),
        lambda: delattr(type(HTTPCode), "__getitem__"),
        lambda: setattr(HTTPCategory, "of", None),
        lambda: setattr(HTTPCode, "__str__", lambda self: "x"),
        lambda: setattr(HTTPCode, "_value2member_map_", {}),
        lambda: setattr(Nginx, "CLIENT_CLOSED_REQUEST", 1),
        lambda: setattr(HTTPCode.NOT_FOUND, "__class__", WSCloseCode),
    ],
)
def test_classes_bases_and_metaclasses_keep_what_lookups_read(attempt: Any) -> None:
    with pytest.raises((AttributeError, TypeError)):
        attempt()

    assert Nginx(499).name == "CLIENT_CLOSED_REQUEST"
    assert HTTPCode(404) is HTTPCode.NOT_FOUND and str(HTTPCode.NOT_FOUND) == "404"
    assert HTTPCode.get(999) is None and HTTPCategory.of(404) is HTTPCategory.CLIENT_ERROR


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
