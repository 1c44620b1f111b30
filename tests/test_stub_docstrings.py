"""The stubs' docstrings, what an editor shows on hover: each member's and each flat constant's
is its row's code and phrase, description and reference; every public name has one."""

from __future__ import annotations

import ast
import functools
import importlib.util
import inspect
from pathlib import Path
from types import ModuleType

import pytest

import statuscodes
from statuscodes import HTTPCode, WSCloseCode
from statuscodes._data import HTTP_ROWS, WS_ROWS, Row

ROOT = Path(__file__).resolve().parent.parent
STUBS = ROOT / "stubs" / "statuscodes"


def docstrings(body: list[ast.stmt]) -> dict[str, str]:
    """Each annotated or assigned name in `body` and the string right after it, as paragraphs
    whose lines are joined (the generator wraps them to the line length)."""
    found = {}
    for node, after in zip(body, body[1:], strict=False):
        target: ast.expr | None = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign):
            target = node.targets[0]
        if isinstance(target, ast.Name) and isinstance(after, ast.Expr):
            assert isinstance(after.value, ast.Constant) and isinstance(after.value.value, str)
            found[target.id] = unwrapped(after.value.value)
    return found


def unwrapped(text: str) -> str:
    return "\n\n".join(" ".join(p.split()) for p in inspect.cleandoc(text).split("\n\n"))


@functools.cache  # parsed once for the ~250 rows' tests, not once each
def stub_body(name: str) -> list[ast.stmt]:
    return ast.parse((STUBS / name).read_text(encoding="utf-8")).body


def stub_classes() -> dict[str, ast.ClassDef]:
    return {node.name: node for node in stub_body("__init__.pyi") if isinstance(node, ast.ClassDef)}


def expected(row: Row) -> str:
    reference = f"{row.reference}: {row.reference.url}"
    expiry = f"Temporary, registered until {row.expires}.\n\n" if row.expires else ""
    return unwrapped(f"{row.code} {row.phrase}\n\n{expiry}{row.description}\n\n{reference}")


@pytest.mark.parametrize("row", HTTP_ROWS + WS_ROWS, ids=lambda row: str(row.code))
def test_member_docstring_is_its_row(row: Row) -> None:
    cls = HTTPCode if row.code < 1000 else WSCloseCode
    docs = docstrings(stub_classes()[cls.__name__].body)

    assert docs[row.name] == expected(row)
    for alias in (*row.aliases, *row.former_names):
        assert docs[alias] == expected(row).replace(
            "\n\n", f"\n\nAnother name for `{cls.__name__}.{row.name}`.\n\n", 1
        )


@pytest.mark.parametrize("row", HTTP_ROWS + WS_ROWS, ids=lambda row: str(row.code))
def test_flat_constant_docstring_is_its_row(row: Row) -> None:
    docs = docstrings(stub_body("status.pyi"))
    prefix = "HTTP" if row.code < 1000 else "WS"

    assert docs[f"{prefix}_{row.code}_{row.name}"] == expected(row)


def test_every_public_class_function_and_property_has_a_docstring() -> None:
    undocumented = []
    for stub in STUBS.glob("*.pyi"):
        for node in ast.walk(ast.parse(stub.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and not node.name.startswith("_"):
                if ast.get_docstring(node) is None:
                    undocumented.append(f"{stub.name}: {node.name}")

    assert undocumented == []


def test_a_metadata_docstring_is_the_runtime_comment() -> None:
    (phrase,) = [
        node
        for node in stub_classes()["HTTPCode"].body
        if isinstance(node, ast.FunctionDef) and node.name == "phrase"
    ]
    source = (STUBS.parent.parent / "src" / "statuscodes" / "_http.py").read_text("utf-8")

    assert f"phrase: str  #: {ast.get_docstring(phrase)}\n" in source


def load_stubdocs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stubdocs", ROOT / "tools" / "stubdocs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_writes_the_runtime_docstring_once_and_again_the_same() -> None:
    stubdocs = load_stubdocs()
    template = (
        "class CodeTypeError(TypeError, ValueError): ...  # a comment stays\n"
        "def is_error(code: int) -> bool: ...\n"
    )

    once = stubdocs.document(template, statuscodes, set(), "toy.pyi")

    tree = ast.parse(once)
    assert [ast.get_docstring(node) for node in tree.body] == [
        inspect.getdoc(statuscodes.CodeTypeError),
        inspect.getdoc(statuscodes.is_error),
    ]
    assert "# a comment stays" in once
    assert stubdocs.document(once, statuscodes, set(), "toy.pyi") == once


def test_the_generator_refuses_a_public_name_without_documentation() -> None:
    stubdocs = load_stubdocs()

    with pytest.raises(stubdocs.MissingDocstring, match="statuscodes.no_such_function"):
        stubdocs.document("def no_such_function() -> None: ...\n", statuscodes, set(), "toy.pyi")
