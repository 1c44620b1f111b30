"""The machinery the registry enums share: members made from table rows, read-only metadata kept as
plain instance attributes, and lookups that run at C speed.

Why it looks like this (measured, see docs/design.md):
- `Enum.__call__` runs Python code (~240 ns); a metaclass whose `__call__` is the bound
  `__getitem__` of a dict runs none on a hit (~45 ns). Type checkers never see it: it is set in
  `RegistryType.__new__`.
- An instance attribute is the fastest read an int subclass offers; a property costs 2-3x. So
  metadata live in each member's `__dict__`, and only `name` and `value` have a class-level
  `Field`, a non-data descriptor that shadows Enum's slower properties and loses to that dict.
- `EnumType.__new__` spends ~6 us on each member; `seal` makes them in ~1 us.
"""

import enum

# No `from __future__ import annotations` on the import path: it imports the __future__
# module (~0.15 ms). Annotations naming typing-only or later names are quoted instead.
TYPE_CHECKING = False  # typing is not imported at run time: it would double the import cost
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable, NoReturn, Sequence

    from ._data import CategoryRow, Row

    from ._text import Search


def shown(value: object) -> str:
    """`repr(value)`, cut short when huge, for error messages."""
    if isinstance(value, str) and len(value) > 60:  # avoid building the repr of a huge string
        return f"{repr(value[:40])[:80]}... ({len(value)} characters)"
    if isinstance(value, int) and not -(10**30) < value < 10**30:
        # repr() of an int past 4300 digits raises on 3.11+; the size says enough.
        return f"{type(value).__name__} of {value.bit_length()} bits"
    text = repr(value)
    return text if len(text) <= 80 else f"{text[:60]}... ({len(text)} characters)"


def require_int(value: object, what: str) -> int:
    """`value` if it is an int (an enum member included), else a TypeError saying what to do."""
    if value.__class__ is int or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise TypeError(not_an_int(value, what))


def not_an_int(value: object, what: str) -> str:
    """The message for a non-int where a code is expected, with the way out where there is one."""
    message = f"{what} takes an int, not {type(value).__name__} {shown(value)}"
    if isinstance(value, bool):
        return f"{message}: bool is refused, though Python counts it as an int"
    if isinstance(value, str) and what.endswith("()") and what[0].isupper():  # a class call
        return f"{message}: to read text use {what[:-2]}.parse({shown(value)})"
    return message


def as_index(value: object) -> "int | None":
    """The int an object stands for through `__index__` (as numpy integers do), else None.

    Floats, Decimals and bools are refused: a code is a whole number by type, not by value.
    """
    if isinstance(value, bool):
        return None
    index = getattr(type(value), "__index__", None)
    if index is None:
        return None
    result = index(value)
    return result if isinstance(result, int) else None


class UnregisteredCodeError(ValueError):
    """An int that is not a member of the registry enum it was looked up in.

    The message is written only when it is read: servers that catch a miss on a hot path do not
    pay for it.
    """

    __module__ = "statuscodes"

    # No __init__: BaseException's own keeps (registry, code) in `args` without a Python frame.

    @property
    def registry(self) -> "type[enum.Enum]":
        """The enum class that was asked."""
        return self.args[0]  # type: ignore[no-any-return]  # args holds what raise passed

    @property
    def code(self) -> int:
        """The int that was looked up."""
        return self.args[1]  # type: ignore[no-any-return]  # args holds what raise passed

    def __str__(self) -> str:
        explain: "Callable[[int], str]" = getattr(self.registry, "_explain_miss_")
        return explain(self.code)


class Index(dict):  # type: ignore[type-arg]  # keys and values vary by registry
    """A dict from value to member whose misses raise the registry's own error: the engine of the
    C-speed lookups."""

    __slots__ = ("_registry", "_convert")

    _registry: "type[enum.Enum]"
    _convert: "Callable[[Any], Any] | None"

    def __missing__(self, key: object) -> "Any":
        if key.__class__ is int:
            raise UnregisteredCodeError(self._registry, key)
        if self._convert is not None:
            return self._convert(key)
        # A code registry: an `__index__` object (a numpy integer) is looked up as its int.
        code = as_index(key)
        if code is None:
            raise TypeError(not_an_int(key, f"{self._registry.__name__}()"))
        return self[int(code)]


class _NameIndex(dict):  # type: ignore[type-arg]  # members vary by registry
    """A dict from name to member whose misses raise the registry's KeyError."""

    __slots__ = ("_registry", "_missing")

    _registry: "type[enum.Enum]"
    _missing: "Callable[[Any], Any] | None"

    def __missing__(self, key: object) -> "Any":
        if self._missing is not None:
            return self._missing(key)
        raise KeyError(search_of(self._registry).unknown_name(key))


class Field:
    """`name` or `value` of a registry enum: shadows Enum's own properties (which run Python code
    on every read) with the copy `seal` stores in each member's `__dict__`.

    Being a non-data descriptor it loses to the member's own attribute, so a read costs what any
    instance attribute costs. Read on the class, it is a property, as stubtest expects.
    """

    __slots__ = ("_doc", "_name", "_property")

    def __init__(self, doc: str) -> None:
        self._doc = doc
        self._name = ""
        self._property = property(doc=doc)

    def __set_name__(self, owner: type, name: str) -> None:
        def read(member: object) -> object:
            return vars(member)[name]

        self._name = name
        self._property = property(read, doc=self._doc)

    def __get__(self, instance: object, owner: "type | None" = None) -> "Any":
        if instance is None:
            return self._property
        raise AttributeError(f"{type(instance).__name__} has no {self._name!r} yet")


class RegistryType(enum.EnumMeta):
    """The metaclass of the registry enums: the class is built bare with its lookups (empty
    dicts) and read-only members; `seal` fills the lookups and makes the class read-only too.
    A code registry (one with `Lookups`) gets a subclass of its own whose lookups are those
    dicts' C methods; the small enums (categories, Registration) call them from Python.

    `EnumType.__new__` costs ~50-150 us per class at start-up, for checks and fix-ups these
    enums do not need (their members come from a table; the pickling and repr fix-ups are already
    on the base enums). The class is made by `type.__new__` and given the per-class state
    `EnumType` would give it; `tests/test_enum_machinery.py` compares the two on every Python.
    """

    @classmethod
    def __prepare__(  # type: ignore[override]  # a plain dict: __new__ finds any members
        metacls, name: str, bases: "tuple[type, ...]", **kwds: "Any"
    ) -> "dict[str, object]":
        return {}

    def __new__(
        metacls, name: str, bases: "tuple[type, ...]", namespace: "dict[str, object]"
    ) -> "RegistryType":
        for base in bases:
            if getattr(base, "_member_names_", None):
                raise TypeError(f"{name} cannot extend {base.__name__}: its members are final")
        enum_base = next(base for base in bases if isinstance(base, enum.EnumMeta))
        state = dict(namespace)
        # Plain values in the body are members, as in any Enum (methods and Fields are not).
        body_members = {
            key: state.pop(key)
            for key, value in namespace.items()
            if key[0] != "_" and not hasattr(value, "__get__")
        }
        # Every container EnumType keeps per class (_member_names_, _member_map_,
        # _value2member_map_ and, by version, _unhashable_values_[_map_]) is made fresh; the
        # rest of its per-class state is the base enum's, which the class inherits.
        for key, value in vars(enum_base).items():
            is_sunder = key[:1] == "_" and key[-1:] == "_" and key[1:2] != "_"
            if is_sunder and type(value) in (list, dict):
                state[key] = type(value)()
        member_type = enum_base._member_type_  # type: ignore[attr-defined]  # EnumType's
        state["_member_type_"] = member_type
        if "_new_member_" in vars(enum_base):  # 3.11+
            state["_new_member_"] = member_type.__new__
        state["__new__"] = enum.Enum.__new__  # as EnumType does, for pickling's sake
        # The lookups exist, empty, from the start, and seal() fills them: set once the classes
        # exist, they would cost a slot update each.
        by_value = Index()
        by_name = _NameIndex()
        own_type = metacls
        if any(issubclass(base, Lookups) for base in bases):  # a code registry: on hot paths
            own_type = type(
                f"{name}Type",
                (metacls,),
                {
                    "__module__": metacls.__module__,
                    # staticmethod: the bound C method is called with the argument alone.
                    "__call__": staticmethod(by_value.__getitem__),
                    "__getitem__": staticmethod(by_name.__getitem__),
                    "__contains__": staticmethod(by_value.__contains__),
                },
            )
        state["_index_"] = by_value
        state["_names_"] = by_name
        state["__setattr__"] = _refuse_set
        state["__delattr__"] = _refuse_delete
        cls: "Any" = type.__new__(own_type, name, bases, state)
        by_value._registry = by_name._registry = cls
        by_value._convert = by_name._missing = None  # seal() says how misses are answered
        if body_members:
            names_by_value: "dict[object, list[str]]" = {}
            for key, value in body_members.items():  # a repeated value makes an alias
                names_by_value.setdefault(value, []).append(key)
            seal_choices(
                cls, [(tuple(names), value, {}) for value, names in names_by_value.items()]
            )
        return cls  # type: ignore[no-any-return]  # an instance of a subclass of metacls

    # The lookups of the small enums (categories, Registration); the code registries get C-speed
    # ones from a metaclass of their own.
    def __call__(cls, value: object) -> "Any":  # type: ignore[override]  # by value only
        return cls._index_[value]  # type: ignore[attr-defined]  # made in __new__

    def __getitem__(cls, name: str) -> "Any":
        return cls._names_[name]  # type: ignore[attr-defined]  # made in __new__

    def __contains__(cls, value: object) -> bool:
        return value in cls._index_  # type: ignore[attr-defined]  # made in __new__

    def __setattr__(cls, name: str, value: object) -> None:
        if "_sealed_" in cls.__dict__:
            raise AttributeError(f"{cls.__name__} is read-only: cannot set {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name: str) -> None:
        if "_sealed_" in cls.__dict__:
            raise AttributeError(f"{cls.__name__} is read-only: cannot delete {name!r}")
        super().__delattr__(name)


_MISSING = object()


class Lookups:
    """The class methods every registry enum offers beyond `Enum`'s own lookups."""

    _index_: "Index"

    @classmethod
    def get(cls, code: int, default: "Any" = None) -> "Any":
        """The member for `code`, or `default` when `code` is an int that is not a member."""
        member = cls._index_.get(code, _MISSING)
        if member is _MISSING:
            as_int = as_index(code)
            if as_int is None:
                raise TypeError(not_an_int(code, f"{cls.__name__}.get()"))
            return cls._index_.get(as_int, default)
        return member

    @classmethod
    def from_phrase(cls, text: str) -> "Any":
        """The member whose phrase is `text`, ignoring case, spaces and punctuation; former and
        alternative phrases work too."""
        return search_of(cls).from_phrase(text)

    @classmethod
    def parse(cls, text: str) -> "Any":
        """The member that `text` names by value, name or phrase ("404", "404 Not Found",
        "NOT_FOUND", "not_found", "Not Found"); a miss raises ValueError listing the closest
        matches."""
        return search_of(cls).parse(text)


def search_of(cls: type) -> "Search":
    """The text lookups of a registry enum, made on first use: reading text is off the hot path,
    and importing `_text` at start-up would cost every user."""
    search: "Search | None" = cls.__dict__.get("_search_")
    if search is None:
        from ._text import Search

        search = Search(cls, getattr(cls, "_rows_"), cls.__name__)
        type.__setattr__(cls, "_search_", search)  # a race makes two; either is right
    return search


def _refuse_set(member: "enum.Enum", name: str, value: object) -> "NoReturn":
    raise AttributeError(f"{member!r} is read-only: cannot set {name!r}")


def _refuse_delete(member: "enum.Enum", name: str) -> "NoReturn":
    raise AttributeError(f"{member!r} is read-only: cannot delete {name!r}")


def seal_choices(
    cls: "type[enum.Enum]", members: "Sequence[tuple[tuple[str, ...], object, dict[str, object]]]"
) -> None:
    """Seal a small enum of named values (the categories, Registration) whose misses list the
    choices. `members` is as for `seal`."""

    def explain(value: object) -> str:
        choices = ", ".join(repr(choice) for _, choice, _ in members)
        return f"{shown(value)} is not a value of {cls.__name__}: use one of {choices}"

    def missing_value(value: object) -> "NoReturn":
        raise ValueError(explain(value))

    def missing_name(name: object) -> "NoReturn":
        choices = ", ".join(names[0] for names, _, _ in members)
        raise KeyError(f"{shown(name)} is not a name in {cls.__name__}: use one of {choices}")

    seal(cls, members, explain, convert=missing_value, missing_name=missing_name)


def seal_categories(cls: "type[enum.Enum]", rows: "Sequence[CategoryRow]") -> None:
    """Make the members of a category enum from its rows."""
    seal_choices(
        cls,
        [
            (
                (row.name,),
                row.value,
                {
                    "phrase": row.phrase,
                    "codes": range(row.first, row.last + 1),
                    "reference": row.reference,
                },
            )
            for row in rows
        ],
    )


def seal(
    cls: "type[enum.Enum]",
    members: "Iterable[tuple[tuple[str, ...], object, dict[str, object]]]",
    explain_miss: "Callable[[int], str]",
    *,
    convert: "Callable[[Any], Any] | None" = None,
    missing_name: "Callable[[Any], Any] | None" = None,
    rows: "Sequence[Row]" = (),
) -> "Index":
    """Add the members to `cls` (built with none), fill its lookups, and make it read-only.
    Returns the value index, the fastest way from a value to its member.

    `members` gives, in table order, each member's names (canonical first, then aliases), value
    and metadata, a fresh dict that becomes the member's `__dict__`. `explain_miss` writes the
    message of an UnregisteredCodeError. `convert` answers a lookup by anything but an exact int
    (a member, or raise); by default an `__index__` object is looked up as its int and anything
    else is a TypeError. `missing_name` raises for an unknown name; by default a KeyError
    suggesting the closest names. `rows` are what the text lookups search.

    The members are made here rather than in the class body: `EnumType.__new__` spends ~6 us on
    each name, this ~1 us. They are complete as Enum members: `_name_`, `_value_`,
    `__objclass__` and `_sort_order_`, and the class's `_member_names_`, `_member_map_` and
    `_value2member_map_`, which iteration, `len()`, `__members__`, repr and pickling read.
    """
    member_type: "Any" = cls._member_type_  # type: ignore[attr-defined]  # set by RegistryType
    canonical = cls._member_names_
    member_map: "dict[str, Any]" = cls._member_map_
    value_map: "dict[object, Any]" = cls._value2member_map_
    for names, value, fields in members:
        member = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
        fields.update(
            _value_=value,
            _name_=names[0],
            __objclass__=cls,
            _sort_order_=len(canonical),
            value=value,
            name=names[0],
        )
        # The caller's fresh dict becomes the member's, not a copy (through object.__setattr__:
        # the class refuses plain assignment).
        object.__setattr__(member, "__dict__", fields)
        canonical.append(names[0])
        value_map[value] = member
        for name in names:
            member_map[name] = member
            type.__setattr__(cls, name, member)
    by_value: "Index" = cls._index_  # type: ignore[attr-defined]  # made by RegistryType
    by_value._convert = convert
    by_value.update(value_map)
    if member_type is object:  # unlike an int member, a plain one hashes as its name, not value
        by_value.update((member, member) for member in value_map.values())
    by_name: "_NameIndex" = cls._names_  # type: ignore[attr-defined]  # made by RegistryType
    by_name._missing = missing_name
    by_name.update(member_map)
    type.__setattr__(cls, "_rows_", rows)
    type.__setattr__(cls, "_explain_miss_", staticmethod(explain_miss))
    type.__setattr__(cls, "_sealed_", True)
    return by_value
