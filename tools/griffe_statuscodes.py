"""A griffe extension for the API reference (mkdocs.yml): the stubs give the names and types, the
table gives what the stubs do not say yet.

mkdocstrings reads `stubs/statuscodes/*.pyi`, which declare every member, alias and constant with
its type. Where a stub has no docstring, this fills one in from the running package (the table
through the enums): a member's description; a class's or function's own docstring; a field's
`#:` comment in src/. A docstring the stub has is kept: the extension adds only what it lacks.
Every member also gets a line of facts from the table (code, phrase, category, registration,
reference), unless its docstring already links its reference; aliases are labelled `alias`, the
deprecated flat names `deprecated`; each registry enum and the flat module open with a summary
table of code, name and phrase, linked to the entries below. A name that a stub declares only
by its overloads (`HTTPCode.get`) gets an entry with them: griffe keeps overloads aside until
it meets the implementation, which a stub does not have, and would leave the name out.

Runs only in the docs venv (.venv-docs), where griffe is installed.
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path
from typing import Any

import griffe  # type: ignore[import-not-found]  # installed by the docs extra, in .venv-docs only

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import statuscodes  # noqa: E402
from statuscodes import HTTPCode, WSCloseCode, status  # noqa: E402
from statuscodes._data import HTTP_ROWS, WS_ROWS  # noqa: E402

ROWS = {row.code: row for row in (*HTTP_ROWS, *WS_ROWS)}
REGISTRIES: dict[str, Any] = {"HTTPCode": HTTPCode, "WSCloseCode": WSCloseCode}
PREFIX = {"HTTPCode": "HTTP", "WSCloseCode": "WS"}
# The deprecated flat names and their replacements, from the flat module itself.
DEPRECATED: dict[str, str] = vars(status)["_DEPRECATED"]
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


def runtime(path: str) -> object:
    """The running object at a dotted path under statuscodes, or None."""
    obj: object = statuscodes
    for part in path.split(".")[1:]:
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


def facts(member: HTTPCode | WSCloseCode) -> str:
    """One line of what the table says of a member, with links."""
    row = ROWS[member.value]
    registration = str(member.registration)
    if isinstance(member, HTTPCode) and member.expires is not None:
        registration += f", registered until {member.expires}"
    cls = type(member).__name__
    names = [*row.aliases, *row.former_names]
    line = (
        f"**{member.value} {member.phrase}** · {member.category.phrase} · {registration} · "
        f"[{member.reference}]({member.reference.url}) · "
        f"`status.{PREFIX[cls]}_{member.value}_{member.name}`"
    )
    if names:
        links = [f"[`{name}`][statuscodes.{cls}.{name}]" for name in names]
        line += " · aliases: " + ", ".join(links)
    return line


def alias_text(cls: str, name: str, member: HTTPCode | WSCloseCode) -> str:
    text = (
        f"Alias of [`{member.name}`][statuscodes.{cls}.{member.name}] "
        f"({member.value} {member.phrase}): the same member."
    )
    flat = f"{PREFIX[cls]}_{member.value}_{name}"
    if flat in DEPRECATED:
        text += (
            f" A former name: [`status.{flat}`][statuscodes.status.{flat}] is deprecated in the "
            f"flat module."
        )
    return text


def summary(rows: list[tuple[int, str, str, str]]) -> str:
    """A table of code, name and phrase, each name linked to its entry below."""
    lines = ["| Code | Name | Phrase |", "|---|---|---|"]
    lines += [
        f"| {code} | [`{name}`][{target}] | {phrase} |" for code, name, phrase, target in rows
    ]
    return "\n".join(lines)


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
        for cls, registry in REGISTRIES.items():
            self.members(pkg[cls], cls, registry)
        self.flat_module(pkg["status"])

    def members(self, griffe_cls: Any, cls: str, registry: Any) -> None:
        rows = []
        for name, obj in griffe_cls.members.items():
            member = registry.__members__.get(name)
            if member is None or obj.is_alias:
                continue
            # griffe's labels "class-attribute instance-attribute" say nothing of an enum member.
            obj.labels.clear()
            if member.name != name:
                obj.labels.add("alias")
                if obj.docstring is None:
                    set_docstring(obj, alias_text(cls, name, member))
                continue
            rows.append((member.value, name, member.phrase, f"statuscodes.{cls}.{name}"))
            text = obj.docstring.value if obj.docstring is not None else member.description
            if member.reference.url not in text:
                text += "\n\n" + facts(member)
            set_docstring(obj, text)
        intro = griffe_cls.docstring.value if griffe_cls.docstring is not None else ""
        set_docstring(griffe_cls, f"{intro}\n\n{summary(rows)}".strip())

    def flat_module(self, module: Any) -> None:
        rows = []
        for name, obj in module.members.items():
            member = vars(status).get(DEPRECATED.get(name, name))
            if not isinstance(member, (HTTPCode, WSCloseCode)) or obj.is_alias:
                continue
            target = f"statuscodes.status.{name}"
            obj.labels.clear()
            if name in DEPRECATED:
                obj.labels.add("deprecated")
                if obj.docstring is None:
                    set_docstring(
                        obj,
                        f"Deprecated: use [`{DEPRECATED[name]}`][statuscodes.status."
                        f"{DEPRECATED[name]}] ({member.value} {member.phrase}); reading this "
                        "name warns with a DeprecationWarning.",
                    )
                continue
            rows.append((member.value, name, member.phrase, target))
            if obj.docstring is None:
                cls = type(member).__name__
                set_docstring(
                    obj,
                    f"[`{cls}.{member.name}`][statuscodes.{cls}.{member.name}]: "
                    f"{member.value} {member.phrase}.",
                )
        intro = module.docstring.value if module.docstring is not None else ""
        set_docstring(module, f"{intro}\n\n{summary(rows)}".strip())


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
        parameters = griffe.Parameters(
            *(
                griffe.Parameter(
                    p.name,
                    annotation=p.annotation,
                    kind=p.kind,
                    default=p.default if p.default is not None else defaults.get(p.name),
                )
                for p in last.parameters
            )
        )
        function = griffe.Function(
            name,
            lineno=overloads[0].lineno,
            endlineno=last.endlineno,
            parameters=parameters,
            returns=last.returns,
            decorators=[d for d in last.decorators if "overload" not in str(d.value)],
            docstring=next((o.docstring for o in overloads if o.docstring), None),
        )
        function.labels |= last.labels - {"overload"}
        function.overloads = list(overloads)
        obj.set_member(name, function)


def walk(obj: Any) -> list[Any]:
    """`obj` and everything defined in it, not what it imports."""
    found = [obj]
    for member in obj.members.values():
        if not member.is_alias:
            found += walk(member)
    return found
