"""The registry enums are built without `EnumType.__new__` (see `RegistryType`): they must end up
with the per-class state `EnumType` gives an enum, on every Python, and refuse what it refuses."""

from __future__ import annotations

import enum
from typing import Any

import pytest

from statuscodes import HTTPCategory, HTTPCode, Registration, WSCategory, WSCloseCode
from statuscodes.unofficial import Nginx, VendorCode

REGISTRY_ENUMS = [HTTPCode, HTTPCategory, WSCloseCode, WSCategory, Registration, VendorCode]


def _made_by_enumtype(cls: type) -> Any:
    """An empty enum with the same bases, built the ordinary way."""
    bases = cls.__bases__
    return enum.EnumMeta("Probe", bases, enum.EnumMeta.__prepare__("Probe", bases))


def _sunder_state(cls: type) -> dict[str, Any]:
    return {
        key: value
        for key, value in vars(cls).items()
        if key[:1] == "_" and key[-1:] == "_" and key[1:2] != "_"
    }


@pytest.mark.parametrize("cls", REGISTRY_ENUMS, ids=lambda cls: cls.__name__)
def test_per_class_state_is_what_enumtype_gives(cls: Any) -> None:
    probe = _made_by_enumtype(cls)
    ours = _sunder_state(cls)
    for key, value in _sunder_state(probe).items():
        if isinstance(value, (list, dict)):
            assert type(ours[key]) is type(value), key
            assert ours[key] is not getattr(cls.__bases__[-1], key, None), f"{key} is shared"
        else:  # the same value, whether the class holds it or inherits it
            assert getattr(cls, key) == getattr(probe, key), key
    assert cls.__new__ is probe.__new__
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__", "__hash__", "__dir__"):
        if name not in vars(cls):  # else our own __str__/__format__ (the number on every Python)
            assert getattr(cls, name) is getattr(probe, name), name


@pytest.mark.parametrize("cls", REGISTRY_ENUMS, ids=lambda cls: cls.__name__)
def test_member_containers_are_consistent(cls: Any) -> None:
    members = list(cls)
    assert [member.name for member in members] == cls._member_names_
    assert all(cls._member_map_[member.name] is member for member in members)
    assert all(cls._value2member_map_[member.value] is member for member in members)
    assert len(cls) == len(members) == len(set(members))
    assert isinstance(cls, enum.EnumMeta)
    assert all(isinstance(member, enum.Enum) for member in members)


def test_a_sealed_registry_cannot_be_extended() -> None:
    with pytest.raises(TypeError, match="cannot extend HTTPCode"):

        class MyCode(HTTPCode):  # type: ignore[misc]
            pass

    with pytest.raises(TypeError, match="cannot extend Nginx"):

        class MyNginx(Nginx):  # type: ignore[misc]
            pass


def test_members_in_a_class_body_work_as_in_any_enum() -> None:
    class Custom(VendorCode):
        TEAPOT = 418
        KETTLE = 418
        BREWING = 218

    assert Custom(418) is Custom.TEAPOT is Custom["KETTLE"]
    assert Custom.__members__["KETTLE"] is Custom.TEAPOT  # an alias, as in any Enum
    assert list(Custom) == [Custom.TEAPOT, Custom.BREWING]
    assert (Custom.TEAPOT.name, Custom.TEAPOT.value, Custom.TEAPOT + 1) == ("TEAPOT", 418, 419)
    with pytest.raises(ValueError, match="is not a value of Custom: use one of 418, 218"):
        Custom(419)
    assert type(Custom) is not type(VendorCode)  # its lookups are its own
    assert Nginx(499).name == "CLIENT_CLOSED_REQUEST"


def test_enum_tools_accept_the_registries() -> None:
    assert enum.unique(HTTPCategory) is HTTPCategory
    with pytest.raises(ValueError, match="duplicate values"):  # the former names are aliases
        enum.unique(HTTPCode)
    assert HTTPCode.__members__["UNPROCESSABLE_ENTITY"] is HTTPCode.UNPROCESSABLE_CONTENT


def test_registration_is_sealed_like_the_others() -> None:
    assert Registration("temporary") is Registration.TEMPORARY is Registration["TEMPORARY"]
    with pytest.raises(ValueError, match="'bogus' is not a value of Registration: use one of"):
        Registration("bogus")
    with pytest.raises(KeyError, match="'BOGUS' is not a name in Registration: use one of"):
        Registration["BOGUS"]
    with pytest.raises(AttributeError, match="read-only"):
        Registration.UNUSED.note = "x"  # type: ignore[attr-defined]
    assert str(Registration.UNUSED) == "unused"


@pytest.mark.parametrize("cls", [HTTPCategory, WSCategory, Registration], ids=lambda c: c.__name__)
def test_a_member_of_a_small_enum_is_its_own_value(cls: Any) -> None:
    # Their members hash as their names, not their values (as in any Enum): the lookups must
    # still accept them, as Enum's do.
    for member in cls:
        assert cls(member) is member
        assert member in cls
        assert member.value in cls
    assert "bogus" not in cls
    assert 404 not in cls


def test_only_the_code_registries_have_a_metaclass_of_their_own() -> None:
    small = {type(HTTPCategory), type(WSCategory), type(Registration)}
    assert len(small) == 1
    own = {type(HTTPCode), type(WSCloseCode), type(Nginx), type(VendorCode)}
    assert len(own) == 4 and not own & small
