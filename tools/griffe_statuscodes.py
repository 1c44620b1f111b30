"""A griffe extension for the API reference (mkdocs.yml): the stubs give the names and types, the
table gives what the stubs do not say yet.

mkdocstrings reads `stubs/statuscodes/*.pyi`, which declare every member, alias and constant with
its type. Where a stub has no docstring, this fills one in from the running package (the table
through the enums): a member's description; a class's or function's own docstring; a field's
`#:` comment in src/. A docstring the stub has is kept: the extension adds only what it lacks.
An enum's members lose griffe's attribute labels, and its aliases are labelled `alias` (the
members of HTTPCode, WSCloseCode and the flat module's constants are tables that
tools/generate.py writes into their pages, not entries). A name that a stub declares only
by its overloads (`HTTPCode.get`) gets an entry with them: griffe keeps overloads aside until
it meets the implementation, which a stub does not have, and would leave the name out.

Runs only in the docs venv (.venv-docs), where griffe is installed.
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import re
import sys
from pathlib import Path
from typing import Any

import griffe  # type: ignore[import-not-found]  # installed by the docs extra, in .venv-docs only

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import statuscodes  # noqa: E402

FIELD_COMMENT = re.compile(r"^ +(\w+): [^#]*#: (.+)$")  # also under `if TYPE_CHECKING:`


def field_comments() -> dict[str, str]:
    """`Class.field` -> the `#:` comment after the field's annotation in the source."""
    comments: dict[str, str] = {}
    for source in sorted((ROOT / "src/statuscodes").glob("*.py")):
        cls = None
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.startswith("class "):
                cls = re.split(r"[(:]", line[6:], maxsplit=1)[0]
            match = FIELD_COMMENT.match(line)
            if cls and match:
                comments.setdefault(f"{cls}.{match.group(1)}", match.group(2))
    return comments


def fenced(text: str) -> str:
    """`text` with each doctest block (>>> and its output) in a fenced code block."""
    lines, out, inside, fence = text.splitlines(), [], False, False
    for line in lines:
        if line.lstrip().startswith("```"):
            fence = not fence
        starts = line.lstrip().startswith(">>>") and not fence
        if starts and not inside:
            out.append("```pycon")
            inside = True
        elif inside and not line.strip():
            out.append("```")
            inside = False
        out.append(line)
    if inside:
        out.append("```")
    return "\n".join(out)


@functools.cache
def module(name: str) -> object | None:
    """The module of that name, imported: `import statuscodes` leaves out .status, .h2 and the
    others. None for what is no module, or one whose dependencies this venv lacks (the pytest
    plugin)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def runtime(path: str) -> object:
    """The running object at a dotted path under statuscodes, or None."""
    obj: object = statuscodes
    for index, part in enumerate(path.split(".")[1:], start=2):
        if inspect.ismodule(obj) and part not in vars(obj):
            module(".".join(path.split(".")[:index]))  # which sets it on its package
        # A module's own names only: a deprecated flat name read through getattr would warn.
        obj = vars(obj).get(part) if inspect.ismodule(obj) else getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def own_docstring(path: str) -> str | None:
    """The docstring of a module, class, function or method of the running package (not an
    instance's, which would be its class's)."""
    obj = runtime(path)
    if inspect.isclass(obj) or inspect.isroutine(obj) or inspect.ismodule(obj):
        return inspect.getdoc(obj)
    return None


def set_docstring(obj: Any, text: str) -> None:
    obj.docstring = griffe.Docstring(text, parent=obj)


class StatuscodesDocs(griffe.Extension):  # type: ignore[misc]  # griffe is untyped to mypy here
    def on_package(self, *, pkg: Any, **kwargs: Any) -> None:
        if pkg.name != "statuscodes":
            return
        comments = field_comments()
        for obj in walk(pkg):
            overloaded(obj)
        for obj in walk(pkg):
            path = obj.path
            if obj.docstring is None:
                cls, _, field = path.rpartition(".")
                text = own_docstring(path) or comments.get(f"{cls.rpartition('.')[2]}.{field}")
                if text:
                    set_docstring(obj, text)
            if obj.docstring is not None:
                set_docstring(obj, fenced(obj.docstring.value))
        for obj in walk(pkg):
            if obj.is_class:
                enum_labels(obj)


def shared(param: Any, overloads: list[Any]) -> Any:
    """The annotation of `param` if every overload gives it the same one, else None."""
    found = [o.parameters[param.name] for o in overloads if param.name in o.parameters]
    if len(found) == len(overloads) and all(
        str(other.annotation) == str(param.annotation) for other in found
    ):
        return param.annotation
    return None


def overloaded(obj: Any) -> None:
    """Add to a module or class the functions its stub declares only by their overloads."""
    if not (obj.is_class or obj.is_module):
        return
    for name, overloads in obj.overloads.items():
        if not overloads or name in obj.members:
            continue
        last = overloads[-1]
        defaults = {}
        running = runtime(f"{obj.path}.{name}")
        if callable(running):
            try:
                params = inspect.signature(running).parameters.values()
            except (TypeError, ValueError):  # a builtin without a signature: none to borrow
                params = ()  # type: ignore[assignment]
            defaults = {p.name: repr(p.default) for p in params if p.default is not p.empty}

        # The entry's own signature is what every overload agrees on (the types they differ in
        # are theirs to show): `get(code: int, default=None)`, not `default: _T = None`.
        parameters = griffe.Parameters(
            *(
                griffe.Parameter(
                    p.name,
                    annotation=shared(p, overloads),
                    kind=p.kind,
                    default=p.default if p.default is not None else defaults.get(p.name),
                )
                for p in last.parameters
            )
        )
        returns = {str(o.returns) for o in overloads}
        function = griffe.Function(
            name,
            lineno=overloads[0].lineno,
            endlineno=last.endlineno,
            parameters=parameters,
            returns=last.returns if len(returns) == 1 else None,
            decorators=[d for d in last.decorators if "overload" not in str(d.value)],
            docstring=next((o.docstring for o in overloads if o.docstring), None),
        )
        function.labels |= last.labels - {"overload"}
        function.overloads = list(overloads)
        obj.set_member(name, function)


def enum_labels(cls: Any) -> None:
    """An enum's members labelled as what they are: griffe's "class-attribute
    instance-attribute" says nothing of a member, and an alias should say it is one."""
    running = runtime(cls.path)
    if not (inspect.isclass(running) and issubclass(running, enum.Enum)):
        return
    for name, obj in cls.members.items():
        member = running.__members__.get(name)
        if member is None or obj.is_alias:
            continue
        obj.labels.clear()
        if member.name != name:
            obj.labels.add("alias")


def walk(obj: Any) -> list[Any]:
    """`obj` and everything defined in it, not what it imports."""
    found = [obj]
    for member in obj.members.values():
        if not member.is_alias:
            found += walk(member)
    return found
