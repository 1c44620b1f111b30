"""The errors a lookup raises, and the messages that say what to do instead.

The rule, for every lookup of the package (class calls, `get`, `resolve`, `of`, the predicates):
an argument of the wrong type raises `CodeTypeError`, which is both a TypeError and a ValueError;
an int the registry does not hold raises `UnregisteredCodeError` (a ValueError) where a member
must be returned. So `except ValueError` catches every failed lookup, as it does for any Enum.
"""

from __future__ import annotations

import enum


def shown(value: object) -> str:
    """`repr(value)`, cut short when huge, for error messages."""
    if isinstance(value, str) and len(value) > 60:  # no repr of a huge string
        return f"{repr(value[:40])[:80]}... ({len(value)} characters)"
    if isinstance(value, int) and not -(10**30) < value < 10**30:
        # repr() of an int past 4300 digits raises on 3.11+; the size says enough.
        return f"{type(value).__name__} of {value.bit_length()} bits"
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__ must not hide the real error
        return f"a {type(value).__name__}"
    return text if len(text) <= 80 else f"{text[:60]}... ({len(text)} characters)"


class CodeTypeError(TypeError, ValueError):
    """A lookup was given something that is not an int.

    A TypeError, since the type is what is wrong, and a ValueError, since every failed Enum
    lookup is one and frameworks (pydantic, FastAPI) turn a ValueError into a validation error.

    >>> from statuscodes import HTTPCode
    >>> HTTPCode("404")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    statuscodes.CodeTypeError: HTTPCode() takes an int, not str '404': to read text use ...
    """

    __module__ = "statuscodes"


class UnregisteredCodeError(ValueError):
    """An int that is not a member of the registry enum it was looked up in.

    The message is written only when it is read: servers that catch a miss on a hot path do not
    pay for it.
    """

    __module__ = "statuscodes"

    # No __init__: BaseException's own keeps (registry, code) in `args` without a Python frame.

    @property
    def registry(self) -> type[enum.Enum]:
        """The enum class that was asked."""
        return self.args[0]  # type: ignore[no-any-return]  # args holds what raise passed

    @property
    def code(self) -> int:
        """The int that was looked up."""
        return self.args[1]  # type: ignore[no-any-return]  # args holds what raise passed

    def _is_complete(self) -> bool:
        return len(self.args) == 2 and isinstance(self.args[1], int)

    def __str__(self) -> str:
        if not self._is_complete() or not hasattr(self.registry, "_miss_message"):
            return super().__str__()  # made by hand with other arguments
        return str(self.registry._miss_message(self.code))

    def __repr__(self) -> str:
        if not self._is_complete():
            return super().__repr__()
        registry = getattr(self.registry, "__name__", shown(self.registry))
        return f"UnregisteredCodeError({registry}, {shown(self.code)})"


def not_an_int(value: object, what: str) -> CodeTypeError:
    """The error for a non-int where a code is expected, with the way out where there is one."""
    message = f"{what} takes an int, not {type(value).__name__} {shown(value)}"
    if isinstance(value, bool):
        message += ": bool is refused, though Python counts it as an int"
    elif isinstance(value, str) and what.endswith("()") and what[0].isupper():
        registry = what.split(".")[0].rstrip("()")  # "HTTPCode()" and "HTTPCode.get()" alike
        message += f": to read text use {registry}.parse({shown(value)})"
    return CodeTypeError(message)


def as_index(value: object) -> int | None:
    """The int an object stands for: itself, or what `__index__` gives (numpy integers); None
    for anything else. Floats, Decimals and bools are refused: a code is a whole number by type,
    not by value."""
    if value.__class__ is int:
        return value  # type: ignore[return-value,unused-ignore]  # checked just above
    if isinstance(value, bool):
        return None
    index = getattr(type(value), "__index__", None)
    if index is None:
        return None
    result = index(value)
    return int(result) if isinstance(result, int) else None


def require_int(value: object, what: str) -> int:
    """`value` as an int (an enum member or `__index__` object included), else CodeTypeError."""
    if value.__class__ is int:  # the common case, without a call
        return value  # type: ignore[return-value,unused-ignore]  # checked just above
    code = as_index(value)
    if code is None:
        raise not_an_int(value, what)
    return code
