"""What every registry enum shares: members made by `EnumType` from table rows, their metadata
attached once, the read-only contract, and the C-speed lookups of the code registries.

Invariants a maintainer keeps (docs/design.md explains them):
- EnumType builds every class; nothing here copies its private state. `_value2member_map_` and
  `_member_map_` are the only indexes: the fast lookups read them, never a copy.
- After `RegistryType.__new__` returns, a registry is sealed: the names it had then (members,
  methods, metadata, Enum's and int's attributes) cannot be rebound or deleted on the class, its
  bases or its metaclass, and members refuse every attribute write. New names stay free, as on
  any Enum (msgspec keeps `__msgspec_cache__` on the class).
"""

import enum

from ._errors import CodeTypeError, UnregisteredCodeError, as_index, not_an_int, shown
from ._parsing import TextLookups
from ._pydantic import core_schema_of, json_schema_of

# Public methods are typed by comments where their types need `typing`: it is not imported at
# run time (it would double the import cost), and `typing.get_type_hints` must resolve them.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any, NoReturn


class SealedType(type):
    """The metaclass of `RegistryType`: the metaclasses too refuse to rebind what they had."""

    def __setattr__(cls, name: str, value: object) -> None:
        _refuse_if_sealed(cls, name, "set")
        super().__setattr__(name, value)

    def __delattr__(cls, name: str) -> None:
        _refuse_if_sealed(cls, name, "delete")
        super().__delattr__(name)


def _refuse_if_sealed(cls: type, name: str, verb: str) -> None:
    if name in cls.__dict__.get("_sealed_names", ()):
        raise AttributeError(
            f"{cls.__name__}.{name} is part of the registry and read-only: cannot {verb} it"
        )


def _sealed_names(cls: type) -> "frozenset[str]":
    """Every name `cls` answers to now: its own, its bases' and, for an enum, its members'."""
    names = set().union(*(vars(klass) for klass in cls.__mro__))
    names.update(getattr(cls, "_member_map_", ()))
    return frozenset(names)


class RegistryType(enum.EnumMeta, metaclass=SealedType):
    """The metaclass of the registry enums. `class X(Base, rows=ROWS)` makes one member per row
    (its name, then aliases and former names, as aliases), through EnumType as any class body
    would, then attaches each row's metadata with `cls._member_fields(row)` and seals the class.
    """

    @classmethod
    def __prepare__(  # type: ignore[override]  # adds the rows keyword
        metacls, name: str, bases: "tuple[type, ...]", *, rows: "Sequence[Any]" = (), **kwds: "Any"
    ) -> "Any":
        namespace = super().__prepare__(name, bases, **kwds)
        for row in rows:
            for member_name in (row.name, *getattr(row, "aliases", ())):
                namespace[member_name] = row.value
            for member_name in getattr(row, "former_names", ()):
                namespace[member_name] = row.value
        return namespace

    def __new__(
        metacls,
        name: str,
        bases: "tuple[type, ...]",
        namespace: "Any",
        *,
        rows: "Sequence[Any]" = (),
        **kwds: "Any",
    ) -> "Any":
        cls: Any = super().__new__(metacls, name, bases, namespace, **kwds)
        if len(cls._member_names_) != len(rows):
            raise TypeError(
                f"{name} takes its members from table rows (class {name}(..., rows=ROWS)), "
                f"not from its body"
            )
        for row in rows:
            member = cls._value2member_map_[row.value]
            vars(member).update(cls._member_fields(row), value=row.value, name=row.name)
        if rows:  # members refuse writes from now on; while EnumType made them, it wrote
            type.__setattr__(cls, "__setattr__", _refuse_member_set)
            type.__setattr__(cls, "__delattr__", _refuse_member_delete)
        type.__setattr__(cls, "_table_rows", tuple(rows))
        type.__setattr__(cls, "_text", _text_lookups(cls))
        if rows and issubclass(cls, CodeRegistry):
            cls = _with_fast_lookups(cls)
        type.__setattr__(cls, "_sealed_names", _sealed_names(cls))
        return cls

    def __contains__(cls, value: object) -> bool:
        # 3.12's rule on every version: a member, or the value of one; anything else is False.
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:  # unhashable: no member has it as its value
            return False

    def __setattr__(cls, name: str, value: object) -> None:
        _refuse_if_sealed(cls, name, "set")
        super().__setattr__(name, value)

    def __delattr__(cls, name: str) -> None:
        _refuse_if_sealed(cls, name, "delete")
        super().__delattr__(name)


def _text_lookups(cls: "Any") -> TextLookups:
    """The text lookups of `cls`, over the names and phrases `cls._search_terms(row)` gives."""

    def every_term() -> "Iterable[tuple[Any, Sequence[str], Sequence[str]]]":
        for row in cls._table_rows:
            yield (cls._value2member_map_[row.value], *cls._search_terms(row))

    return TextLookups(cls.__name__, every_term)


def _with_fast_lookups(cls: "Any") -> "Any":
    """Give a code registry a metaclass of its own: its `__call__` reads `_value2member_map_`
    from a closure, its `__getitem__` is the bound C `__getitem__` of `_member_map_` (made a
    `_Names` dict, whose misses suggest names)."""
    by_value = cls._value2member_map_

    # Python, not a bound C method: only Python code can turn the TypeError of an unhashable
    # argument into the ValueError every failed Enum call raises (docs/design.md, "Errors").
    # One parameter, named as Enum's: `HTTPCode(value=404)` works, and the functional API's
    # extra arguments are a TypeError (a registry is final); `*args` would cost ~30% a call.
    def __call__(registry: "Any", value: object) -> "Any":
        try:
            return by_value[value]
        except KeyError:
            pass
        except TypeError:  # unhashable
            raise not_an_int(value, f"{cls.__name__}()") from None
        code = as_index(value)
        if code is None:
            raise not_an_int(value, f"{cls.__name__}()")
        member = by_value.get(code)
        if member is None:
            raise UnregisteredCodeError(cls, code)
        return member

    names = _Names(cls._member_map_)
    names.lookups = cls._text
    type.__setattr__(cls, "_member_map_", names)
    own_type = SealedType(
        f"{cls.__name__}Type",
        (type(cls),),
        {
            "__module__": type(cls).__module__,
            "__qualname__": f"{cls.__name__}Type",
            "__call__": __call__,
            # staticmethod: the bound C method is called with the name alone.
            "__getitem__": staticmethod(names.__getitem__),
        },
    )
    type.__setattr__(own_type, "_sealed_names", _sealed_names(own_type))
    type.__setattr__(cls, "__class__", own_type)
    return cls


class _Names(dict):  # type: ignore[type-arg]  # name -> member
    """`_member_map_` as EnumType made it, with a KeyError that suggests names."""

    __slots__ = ("lookups",)
    lookups: "TextLookups"

    def __missing__(self, name: object) -> "NoReturn":
        raise KeyError(self.lookups.unknown_name(name))


class Field:
    """`name` or `value` of a registry member: shadows Enum's own properties (which run Python
    code on every read) with the copy stored in each member's `__dict__`.

    A non-data descriptor loses to the member's own attribute, so a read costs what any instance
    attribute costs. Read on the class, it is a property, as stubtest and `help()` expect.
    """

    __slots__ = ("_property",)

    def __init__(self, doc: str) -> None:
        self._property = property(doc=doc)

    def __set_name__(self, owner: type, name: str) -> None:
        self._property = property(lambda member: vars(member)[name], doc=self._property.__doc__)

    def __get__(self, instance: object, owner: "type | None" = None) -> "Any":
        if instance is None:
            return self._property
        return self._property.__get__(instance, owner)


def _refuse_member_set(member: "enum.Enum", name: str, value: object) -> "NoReturn":
    raise AttributeError(f"{member!r} is read-only: cannot set {name!r}")


def _refuse_member_delete(member: "enum.Enum", name: str) -> "NoReturn":
    raise AttributeError(f"{member!r} is read-only: cannot delete {name!r}")


class CodeRegistry(enum.IntEnum, metaclass=RegistryType):
    """What the code registries (HTTPCode, WSCloseCode, the vendor enums) share."""

    # The number, on every Python (3.9 and 3.10 would say "HTTPCode.NOT_FOUND").
    __str__ = int.__repr__
    __format__ = int.__format__  # type: ignore[assignment]  # Enum's is the same signature

    _text: "TextLookups"
    phrase: str  #: the code's phrase, as its registry words it
    if not TYPE_CHECKING:  # checkers take these for members; the stubs type them
        name = Field("The member's name, such as 'NOT_FOUND'.")
        value = Field("The code as a plain int.")

    @classmethod
    def get(cls, code, default=None):
        # type: (int, object) -> Any
        """The member for `code`, or `default` when `code` is an int that is not a member."""
        member = cls._value2member_map_.get(code) if code.__class__ is int else None
        if member is not None:
            return member
        as_int = as_index(code)
        if as_int is None:
            raise not_an_int(code, f"{cls.__name__}.get()")
        return cls._value2member_map_.get(as_int, default)

    @classmethod
    def from_phrase(cls, text):
        # type: (str) -> Any
        """The member whose phrase is `text`, ignoring case, spaces and punctuation; former and
        alternative phrases work too."""
        return cls._text.from_phrase(text)

    @classmethod
    def parse(cls, text):
        # type: (str) -> Any
        """The member that `text` names by value, name or phrase ("404", "404 Not Found",
        "NOT_FOUND", "not_found", "Not Found"); a miss raises ValueError listing the closest
        matches."""
        return cls._text.parse(text, cls._value2member_map_, cls._member_map_)

    # pydantic's hooks, looked up by name; _pydantic.py builds what they return.
    @classmethod
    def __get_pydantic_core_schema__(cls, source, handler):
        # type: (object, object) -> Any
        """Validate as pydantic does `HTTPStatus` (lax: ints, integral floats and integer
        strings; strict: members, and ints in JSON), refusing with our ValueError, which names
        the value and the registry."""
        return core_schema_of(cls)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema, handler):
        # type: (object, object) -> dict[str, object]
        """Each code once, its name and phrase where OpenAPI tools look for them
        (`x-enum-varnames`, read by code generators; `x-enumDescriptions`, shown by ReDoc)."""
        return json_schema_of(cls)

    @classmethod
    def _search_terms(cls, row: "Any") -> "tuple[Sequence[str], Sequence[str]]":
        # The registry's own wording counts too, unless it only says "(Unused)".
        registry_text = row.registry_text or "("
        own = () if registry_text.startswith("(") else (registry_text,)
        return (
            (row.name, *row.aliases, *row.former_names),
            (row.phrase, *row.other_phrases, *own),
        )

    @classmethod
    def _miss_message(cls, code: int) -> str:
        return f"{shown(code)} is not a member of {cls.__name__}"


class Category(enum.Enum, metaclass=RegistryType):
    """What the two category enums (HTTPCategory, WSCategory) share: a range of codes with a
    phrase and a reference; `of` finds the one a code falls in."""

    _text: "TextLookups"
    codes: range  #: every code in the range, registered or not
    if not TYPE_CHECKING:  # checkers take these for members; the stubs type them
        name = Field("The member's name, such as 'CLIENT_ERROR'.")
        value = Field("The range as people write it, such as '4xx' or '4000-4999'.")

    def __str__(self) -> str:
        return str(self._value_)

    @classmethod
    def _member_fields(cls, row: "Any") -> "dict[str, object]":
        return {
            "phrase": row.phrase,
            "codes": range(row.first, row.last + 1),
            "reference": row.reference,
        }

    @classmethod
    def _search_terms(cls, row: "Any") -> "tuple[Sequence[str], Sequence[str]]":
        return (row.name,), (row.phrase,)

    @classmethod
    def _missing_(cls, value: object) -> "NoReturn":
        choices = ", ".join(repr(member.value) for member in cls)
        raise ValueError(f"{shown(value)} is not a value of {cls.__name__}: use one of {choices}")

    @classmethod
    def of(cls, code):
        # type: (int) -> Any
        """The range of any code `code`, registered or not: ValueError outside them all."""
        as_int = as_index(code)
        if as_int is None:
            raise not_an_int(code, f"{cls.__name__}.of()")
        for member in cls:
            if as_int in member.codes:
                return member
        raise ValueError(cls._out_of_range(as_int))

    @classmethod
    def _out_of_range(cls, code: int) -> str:
        return f"{shown(code)} is in no range of {cls.__name__}"

    @classmethod
    def parse(cls, text):
        # type: (str) -> Any
        """The member that `text` names by value, name or phrase ("4xx", "CLIENT_ERROR",
        "client error")."""
        return cls._text.parse(text, cls._value2member_map_, cls._member_map_)


__all__ = ["CodeTypeError", "Category", "CodeRegistry", "RegistryType"]
