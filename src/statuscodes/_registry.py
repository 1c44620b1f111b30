"""What every registry enum shares: members made by `EnumType` from table rows, their metadata
attached once, the read-only parts of the contract, and the C-speed lookups of the code
registries.

Invariants a maintainer keeps (docs/design.md explains them):
- EnumType builds every class; nothing here copies its private state. `_value2member_map_` and
  `_member_map_` are the only indexes: the fast lookups read them, never a copy.
- Read-only is what the answers depend on: the members (EnumType guards them), each member's
  metadata and the descriptors that read its name and value, and the indexes (which cannot be
  rebound; `_member_map_` refuses writes too, while `_value2member_map_` stays an exact dict, the
  only kind msgspec reads). Methods and every other class attribute stay patchable, as on any
  Enum, because users' tests patch them (`mock.patch.object(HTTPCode, "get", ...)`).
"""

from __future__ import annotations

import enum

# The same classes as collections.abc, which would import collections (~7M instructions on 3.13).
from _collections_abc import Callable, Iterator, Mapping, Sequence

from ._data import CategoryRow, Row
from ._errors import UnregisteredCodeError, as_index, not_an_int, shown
from ._parsing import TextLookups
from ._pydantic import core_schema_of, json_schema_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ._parsing import Terms

# Rebinding these would change what every lookup answers (the indexes, and the descriptors that
# read each member's name and value); the members EnumType guards itself.
_PROTECTED = frozenset(
    {"_member_map_", "_value2member_map_", "_member_names_", "_text", "name", "value"}
)
# The registries EnumType has finished building: while it builds one, it writes what it likes.
_BUILT: set[type] = set()


class _ReadOnlyIndex(dict):  # type: ignore[type-arg]  # typed by the attribute that holds it
    """A lookup index after its class is built: read at C speed, never written."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("a registry's index is read-only: its members are fixed by the table")

    # One refusal for every writer; dict's own signatures differ, and none is ever called.
    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse  # type: ignore[assignment]


class _Names(_ReadOnlyIndex):  # name -> member
    """`_member_map_` as EnumType made it, with a KeyError that suggests names."""

    __slots__ = ("lookups",)
    lookups: TextLookups

    def __missing__(self, name: object) -> enum.Enum:
        raise KeyError(self.lookups.unknown_name(name))


class RegistryType(enum.EnumMeta):
    """The metaclass of the registry enums. `class X(Base, rows=ROWS)` makes one member per row
    (its name, then aliases and former names, as aliases), through EnumType as any class body
    would, then attaches each row's metadata with `cls._member_fields(row)`.
    """

    _member_fields: Callable[[Row | CategoryRow], dict[str, object]]
    _search_terms: Callable[[Row | CategoryRow], tuple[Sequence[str], Sequence[str]]]
    _text: TextLookups

    @classmethod
    def __prepare__(  # type: ignore[override]  # adds the rows keyword
        metacls,
        name: str,
        bases: tuple[type, ...],
        *,
        rows: Sequence[Row | CategoryRow] = (),
        **kwds: Any,
    ) -> enum._EnumDict:
        namespace = super().__prepare__(name, bases, **kwds)
        for row in rows:
            names = (row.name, *getattr(row, "aliases", ()), *getattr(row, "former_names", ()))
            for member_name in names:
                namespace[member_name] = row.value
        return namespace

    def __new__(
        metacls,
        name: str,
        bases: tuple[type, ...],
        namespace: enum._EnumDict,
        *,
        rows: Sequence[Row | CategoryRow] = (),
        **kwds: Any,
    ) -> RegistryType:
        cls = super().__new__(metacls, name, bases, namespace, **kwds)
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
            names = _Names(cls._member_map_)
            names.lookups = _text_lookups(cls, rows)
            type.__setattr__(cls, "_text", names.lookups)
            type.__setattr__(cls, "_member_map_", names)
            if issubclass(cls, CodeRegistry):
                type.__setattr__(cls, "__class__", _fast_lookups_type(cls, names))
        _BUILT.add(cls)
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
        _refuse_if_protected(cls, name, "set")
        super().__setattr__(name, value)

    def __delattr__(cls, name: str) -> None:
        _refuse_if_protected(cls, name, "delete")
        super().__delattr__(name)


def _refuse_if_protected(cls: type, name: str, verb: str) -> None:
    if name in _PROTECTED and cls in _BUILT:
        raise AttributeError(
            f"{cls.__name__}.{name} is what the registry's lookups read, and read-only: "
            f"cannot {verb} it"
        )


def _text_lookups(cls: RegistryType, rows: Sequence[Row | CategoryRow]) -> TextLookups:
    """The text lookups of `cls`, over the names and phrases `cls._search_terms(row)` gives."""

    def every_term() -> Iterator[Terms]:
        for row in rows:
            yield (cls._value2member_map_[row.value], *cls._search_terms(row))

    return TextLookups(cls.__name__, every_term)


def _fast_lookups_type(cls: RegistryType, names: _Names) -> type:
    """A metaclass of `cls`'s own: its `__call__` reads `_value2member_map_` from a closure, its
    `__getitem__` is the bound C `__getitem__` of `_member_map_`."""
    by_value: Mapping[object, enum.Enum] = cls._value2member_map_

    # Python, not a bound C method: only Python code can turn the TypeError of an unhashable
    # argument into the ValueError every failed Enum call raises (docs/design.md, "Errors").
    # One parameter, named as Enum's: `HTTPCode(value=404)` works, and the functional API's
    # extra arguments are a TypeError (a registry is final); `*args` would cost ~30% a call.
    def __call__(registry: RegistryType, value: object) -> enum.Enum:
        try:
            return by_value[value]
        except KeyError:
            pass
        except TypeError:  # unhashable
            raise not_an_int(value, f"{cls.__name__}()") from None
        return _miss(value)

    # Where 0 or 1 is a member (HTTP/2's NO_ERROR), a bool would find it as a dict key does.
    def __call_refusing_bools__(registry: RegistryType, value: object) -> enum.Enum:
        if value.__class__ is not bool:
            try:
                return by_value[value]
            except KeyError:
                pass
            except TypeError:  # unhashable
                raise not_an_int(value, f"{cls.__name__}()") from None
        return _miss(value)

    def _miss(value: object) -> enum.Enum:
        code = as_index(value)
        if code is None:
            raise not_an_int(value, f"{cls.__name__}()")
        member = by_value.get(code)
        if member is None:
            raise UnregisteredCodeError(cls, code)
        return member

    takes_bools = 0 in by_value or 1 in by_value
    return type(
        f"{cls.__name__}Type",
        (type(cls),),
        {
            "__module__": type(cls).__module__,
            "__qualname__": f"{cls.__name__}Type",
            "__call__": __call_refusing_bools__ if takes_bools else __call__,
            # staticmethod: the bound C method is called with the name alone.
            "__getitem__": staticmethod(names.__getitem__),
        },
    )


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

    def __get__(self, instance: object, owner: type | None = None) -> object:
        if instance is None:
            return self._property
        return self._property.__get__(instance, owner)


def _refuse_member_set(member: enum.Enum, name: str, value: object) -> None:
    raise AttributeError(f"{member!r} is read-only: cannot set {name!r}")


def _refuse_member_delete(member: enum.Enum, name: str) -> None:
    raise AttributeError(f"{member!r} is read-only: cannot delete {name!r}")


class CodeRegistry(enum.IntEnum, metaclass=RegistryType):
    """What the code registries (HTTPCode, WSCloseCode, the vendor enums) share."""

    # The number, on every Python (3.10 would say "HTTPCode.NOT_FOUND").
    __str__ = int.__repr__
    __format__ = int.__format__  # type: ignore[assignment]  # Enum's is the same signature

    phrase: str  #: the code's phrase, as its registry words it
    if not TYPE_CHECKING:  # checkers take these for members; the stubs type them
        name = Field("The member's name, such as 'NOT_FOUND'.")
        value = Field("The code as a plain int.")

    @classmethod
    def get(cls, code: int, default: object = None) -> CodeRegistry | object:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
        member = cls._value2member_map_.get(code) if code.__class__ is int else None
        if member is not None:
            return member
        as_int = as_index(code)
        if as_int is None:
            raise not_an_int(code, f"{cls.__name__}.get()")
        return cls._value2member_map_.get(as_int, default)

    @classmethod
    def from_phrase(cls, text: str) -> CodeRegistry:
        """The member whose phrase is `text`, ignoring case, spaces and punctuation; former and
        alternative phrases work too."""
        member: CodeRegistry = cls._text.from_phrase(text)
        return member

    @classmethod
    def parse(cls, text: str) -> CodeRegistry:
        """The member that `text` names by value, name or phrase ("404", "404 Not Found",
        "NOT_FOUND", "not_found", "Not Found"); a miss raises ValueError listing the closest
        matches."""
        member: CodeRegistry = cls._text.parse(text, cls._value2member_map_, cls._member_map_)
        return member

    # pydantic's hooks, looked up by name; _pydantic.py builds what they return.
    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: object) -> object:
        """Validate as pydantic does `HTTPStatus` (lax: ints, integral floats and integer
        strings; strict: members, and ints in JSON), refusing with our ValueError, which names
        the value and the registry."""
        return core_schema_of(cls)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: object, handler: object) -> dict[str, object]:
        """Each code once, its name and phrase where OpenAPI tools look for them
        (`x-enum-varnames`, read by code generators; `x-enumDescriptions`, shown by ReDoc)."""
        return json_schema_of(cls)

    @classmethod
    def _search_terms(cls, row: Row) -> tuple[Sequence[str], Sequence[str]]:
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

    codes: range  #: every code in the range, registered or not
    if not TYPE_CHECKING:  # checkers take these for members; the stubs type them
        name = Field("The member's name, such as 'CLIENT_ERROR'.")
        value = Field("The range as people write it, such as '4xx' or '4000-4999'.")

    def __str__(self) -> str:
        return str(self._value_)

    @classmethod
    def _member_fields(cls, row: CategoryRow) -> dict[str, object]:
        return {
            "phrase": row.phrase,
            "codes": range(row.first, row.last + 1),
            "reference": row.reference,
        }

    @classmethod
    def _search_terms(cls, row: CategoryRow) -> tuple[Sequence[str], Sequence[str]]:
        return (row.name,), (row.phrase,)

    @classmethod
    def _missing_(cls, value: object) -> None:
        choices = ", ".join(repr(member.value) for member in cls)
        raise ValueError(f"{shown(value)} is not a value of {cls.__name__}: use one of {choices}")

    @classmethod
    def of(cls, code: int) -> Category:
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
    def parse(cls, text: str) -> Category:
        """The member that `text` names by value, name or phrase ("4xx", "CLIENT_ERROR",
        "client error")."""
        member: Category = cls._text.parse(text, cls._value2member_map_, cls._member_map_)
        return member
