"""The docstrings of the stubs, for tools/generate.py: read from the runtime, written once.

A member's or constant's docstring comes from its table row (`row_docstring`). Every other
docstring in a stub (classes, functions, methods, properties, module attributes) is the
runtime's: the object's own docstring, or for a plain attribute its `#:` comment (on its line
or the lines above it) or the string right after it, read from src/statuscodes/ with ast and
tokenize. `document` writes them into a template outside its GENERATED blocks, replacing what
an earlier run wrote; a public name without one at run time is an error to fix there.
"""

from __future__ import annotations

import ast
import enum
import inspect
import io
import textwrap
import tokenize
from pathlib import Path
from types import ModuleType
from typing import Any

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "statuscodes"


class MissingDocstring(Exception):
    """A public name of a stub that has no docstring or `#:` comment in the runtime."""


def quoted(text: str, indent: int, width: int = 100) -> list[str]:
    """`text` as the lines of a docstring: paragraphs wrapped to fit `width` at `indent`."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    paragraphs = text.split("\n\n")
    lines: list[str] = []
    room = width - indent - 3  # 3: the opening quotes on the first line
    for index, paragraph in enumerate(paragraphs):
        if index:
            lines.append("")
        written = paragraph.splitlines() or [""]
        prose = not any(line.startswith((">>>", "...", " ", "-", "*")) for line in written)
        if prose and max(map(len, written)) > room:  # rewrapped only where it would not fit
            # links and names stay whole: a line break inside one would change it
            written = textwrap.wrap(
                " ".join(written), room, break_on_hyphens=False, break_long_words=False
            )
        lines += written
    if len(lines) == 1 and len(lines[0]) + indent + 6 <= width and not lines[0].endswith('"'):
        return [f'"""{lines[0]}"""']
    return [f'"""{lines[0]}', *lines[1:], '"""']


def row_docstring(first: str, *paragraphs: str, indent: int) -> list[str]:
    return quoted("\n\n".join((first, *paragraphs)), indent)


# Reading the runtime's source. ------------------------------------------------------------------


def _comments(source: str) -> dict[int, str]:
    """The text of each `#:` comment, by line."""
    found = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and token.string.startswith("#:"):
            found[token.start[0]] = token.string[2:].strip()
    return found


def _attribute_docs(
    body: list[ast.stmt], comments: dict[int, str], lines: list[str]
) -> dict[str, str]:
    """name -> its documentation, for each assignment or annotation in `body`."""
    docs: dict[str, str] = {}
    for index, node in enumerate(body):
        if isinstance(node, ast.If):  # `if TYPE_CHECKING:` declarations
            docs.update(_attribute_docs(node.body, comments, lines))
            continue
        targets: list[ast.expr]
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, ast.Assign):
            targets = node.targets
        else:
            continue
        names = [target.id for target in targets if isinstance(target, ast.Name)]
        following = body[index + 1] if index + 1 < len(body) else None
        text = comments.get(node.lineno)
        if text is None:
            above: list[str] = []
            number = node.lineno - 1
            while number in comments and lines[number - 1].lstrip().startswith("#:"):
                above.insert(0, comments[number])
                number -= 1
            text = " ".join(above) or None
        if (
            text is None
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            text = inspect.cleandoc(following.value.value)
        for name in names:
            if text:
                docs[name] = text
    return docs


def _index() -> dict[str | None, dict[str, str]]:
    """Class name (None for module level) -> attribute name -> documentation, from every module."""
    index: dict[str | None, dict[str, str]] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        comments, lines = _comments(source), source.splitlines()
        scopes: list[tuple[str | None, list[ast.stmt]]] = [(None, tree.body)]
        scopes += [(node.name, node.body) for node in tree.body if isinstance(node, ast.ClassDef)]
        for owner, body in scopes:
            index.setdefault(owner, {}).update(_attribute_docs(body, comments, lines))
    return index


SOURCE_DOCS = _index()
OURS = ("statuscodes",)


def _own_doc(value: object) -> str | None:
    if isinstance(value, (classmethod, staticmethod)):
        value = value.__func__
    if isinstance(value, property):
        value = value.fget
    doc = value.__doc__ if inspect.isfunction(value) else None
    return inspect.cleandoc(doc) if doc else None


def class_doc(cls: type) -> str | None:
    doc = vars(cls).get("__doc__")
    return inspect.cleandoc(doc) if isinstance(doc, str) else None


def member_doc(member: Any) -> str:
    """A vendor member's docstring, as a row's reads: code and phrase, description, reference."""
    return (
        f"{member.value} {member.phrase} ({member.vendor})\n\n{member.description}\n\n"
        f"{member.reference}: {member.reference.url}"
    )


def attribute_doc(owner: ModuleType | type, name: str) -> str | None:
    """The runtime's documentation of `owner.name`, from its own or an ancestor's source."""
    if isinstance(owner, ModuleType):
        value = vars(owner).get(name)
        if inspect.isclass(value):
            return class_doc(value)
        if name in getattr(owner, "_UNOFFICIAL", {}):
            return member_doc(getattr(owner, name))  # answered by the module's __getattr__
        return _own_doc(value) or SOURCE_DOCS[None].get(name)
    for ancestor in owner.__mro__:
        if ancestor.__module__.split(".")[0] not in OURS or ancestor in (enum.Enum, int):
            continue
        doc = _own_doc(vars(ancestor).get(name))
        doc = doc or SOURCE_DOCS.get(ancestor.__name__, {}).get(name)
        if doc:
            return doc
    return None


# Writing them into a template. ------------------------------------------------------------------


def _wanted(node: ast.stmt) -> str | None:
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return node.name
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def _is_doc(node: ast.stmt | None) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def document(text: str, runtime: ModuleType, generated: set[int], where: str) -> str:
    """`text` with the runtime's docstring on every public name outside the GENERATED lines."""
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, list[str]]] = []  # (first line, end line, new lines), 0-based
    missing: list[str] = []

    def visit(body: list[ast.stmt], owner: ModuleType | type, prefix: str) -> None:
        for index, node in enumerate(body):
            name = _wanted(node)
            if name is None or node.lineno in generated:
                continue
            if name.startswith("_") and name != "__version__":
                continue  # private, or a dunder such as __init__ (the class's docstring tells)
            if isinstance(node, ast.ClassDef):
                doc = class_doc(getattr(owner, name))
            else:
                doc = attribute_doc(owner, name)
            if doc is None:
                missing.append(f"{prefix}{name}")
                continue
            indent = node.col_offset + (0 if isinstance(node, ast.AnnAssign) else 4)
            docstring = [
                f"{' ' * indent}{line}\n" if line else "\n" for line in quoted(doc, indent)
            ]
            if isinstance(node, ast.AnnAssign):
                following = body[index + 1] if index + 1 < len(body) else None
                if _is_doc(following):
                    assert following is not None and following.end_lineno is not None
                    edits.append((following.lineno - 1, following.end_lineno, docstring))
                else:
                    assert node.end_lineno is not None
                    edits.append((node.end_lineno, node.end_lineno, docstring))
                continue
            assert isinstance(node, (ast.FunctionDef, ast.ClassDef))
            first = node.body[0]
            if _is_doc(first):  # written by an earlier run, `...` after it or not
                end = first.end_lineno
                assert end is not None
                if len(node.body) > 1 and node.body[1].lineno == end:
                    end = node.body[1].end_lineno or end
                edits.append((first.lineno - 1, end, docstring))
            elif lines[first.lineno - 1][: first.col_offset].strip():
                # a body on the header's line, `def f() -> T: ...`: the docstring replaces it
                line = lines[first.lineno - 1]
                head = line[: first.col_offset].rstrip()
                if len(node.body) > 1:
                    raise MissingDocstring(f"{where}:{first.lineno}: one statement after ':'")
                tail = line[first.end_col_offset :].strip()  # a comment, kept on the header
                edits.append(
                    (
                        first.lineno - 1,
                        first.lineno,
                        [f"{head}  {tail}\n" if tail else f"{head}\n", *docstring],
                    )
                )
            else:  # right after the header, before any comment or marker that opens the body
                decorators = getattr(first, "decorator_list", [])
                header = min([first.lineno, *(d.lineno for d in decorators)]) - 1  # from 1
                while header > node.lineno and lines[header - 1].strip()[:1] in ("", "#"):
                    header -= 1
                edits.append((header, header, docstring))
            if isinstance(node, ast.ClassDef):
                visit(node.body, getattr(owner, name), f"{prefix}{name}.")

    visit(ast.parse(text).body, runtime, f"{runtime.__name__}.")
    if missing:
        raise MissingDocstring(
            f"{where}: no docstring or `#:` comment at run time for " + ", ".join(missing)
        )
    for first, end, new in sorted(edits, reverse=True):
        lines[first:end] = new
    return "".join(lines)
