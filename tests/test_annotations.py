"""Every public function and method that takes parameters has annotations that
`typing.get_type_hints` resolves, as FastAPI, pydantic and cattrs read them; a comment-typed or
unannotated one gives `{}` and fails here."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

import statuscodes
from statuscodes import HTTPCategory, HTTPCode, Reference, WSCloseCode


def public_modules() -> list[ModuleType]:
    names = [info.name for info in pkgutil.iter_modules(statuscodes.__path__)]
    public = [f"statuscodes.{name}" for name in sorted(names) if not name.startswith("_")]
    return [statuscodes, *(importlib.import_module(name) for name in public)]


def public_names(module: ModuleType) -> list[str]:
    return list(getattr(module, "__all__", [n for n in vars(module) if not n.startswith("_")]))


def ours(obj: object) -> bool:
    return getattr(obj, "__module__", "").startswith("statuscodes")


def methods(cls: type) -> Iterator[tuple[str, Callable[..., Any], bool]]:
    """(name, function, whether its first parameter is bound) for what `cls` and its bases of ours
    define publicly, and `__init__`; properties by their getter."""
    seen = set()
    for klass in cls.__mro__:
        if not ours(klass):
            continue
        for name, attribute in vars(klass).items():
            if name in seen or (name.startswith("_") and name != "__init__"):
                continue
            seen.add(name)
            if isinstance(attribute, staticmethod):
                yield name, attribute.__func__, False
            elif isinstance(attribute, classmethod):
                yield name, attribute.__func__, True
            elif isinstance(attribute, property) and attribute.fget is not None:
                yield name, attribute.fget, True
            elif inspect.isfunction(attribute):
                yield name, attribute, True


def callables() -> dict[str, tuple[Callable[..., Any], bool]]:
    found: dict[str, tuple[Callable[..., Any], bool]] = {}
    for module in public_modules():
        for name in public_names(module):
            obj = getattr(module, name)
            if inspect.isfunction(obj) and ours(obj):
                found.setdefault(f"{obj.__module__}.{obj.__qualname__}", (obj, False))
            elif inspect.isclass(obj) and ours(obj):
                for _, function, bound in methods(obj):
                    found.setdefault(
                        f"{function.__module__}.{function.__qualname__}", (function, bound)
                    )
    return found


CALLABLES = callables()
TAKING_PARAMETERS = {
    name: function
    for name, (function, bound) in CALLABLES.items()
    if len(inspect.signature(function).parameters) > (1 if bound else 0)
}


def test_the_walk_finds_the_public_api() -> None:
    last_parts = {name.rpartition(".")[2] for name in TAKING_PARAMETERS}

    assert {"get", "parse", "of", "problem", "check_response", "meanings", "for_http"} <= last_parts
    assert len(TAKING_PARAMETERS) >= 20


@pytest.mark.parametrize("name", sorted(TAKING_PARAMETERS))
def test_every_public_callable_with_parameters_has_hints_that_resolve(name: str) -> None:
    function = TAKING_PARAMETERS[name]
    parameters = list(inspect.signature(function).parameters)[1 if CALLABLES[name][1] else 0 :]

    hints = typing.get_type_hints(function)

    assert hints, f"{name}: get_type_hints gives {{}} (comment-typed or unannotated)"
    assert [p for p in parameters if p not in hints] == [], f"{name}: unannotated parameters"
    assert "return" in hints, f"{name}: no return annotation"


def test_the_member_attributes_resolve_to_their_types() -> None:
    hints = typing.get_type_hints(HTTPCode)
    ws_hints = typing.get_type_hints(WSCloseCode)

    assert hints["phrase"] is str and hints["category"] is HTTPCategory
    assert hints["reference"] is Reference and hints["is_client_error"] is bool
    assert ws_hints["phrase"] is str
