"""The stubs' docstrings, what an editor shows on hover (read from the .pyi files as a checker
reads them): a member's and a flat constant's give its code and phrase, description and
reference; every public name has one."""

from __future__ import annotations

import ast
import functools
import inspect

import pytest
from conftest import ROOT, load_tool

import statuscodes
from statuscodes import HTTPCode, WSCloseCode, status

STUBS = ROOT / "stubs" / "statuscodes"


def docstrings(body: list[ast.stmt]) -> dict[str, str]:
    """Each annotated or assigned name in `body` and the string after it, as `help` shows it."""
    found = {}
    for node, after in zip(body, body[1:], strict=False):
        target: ast.expr | None = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign):
            target = node.targets[0]
        if isinstance(target, ast.Name) and isinstance(after, ast.Expr):
            assert isinstance(after.value, ast.Constant) and isinstance(after.value.value, str)
            found[target.id] = inspect.cleandoc(after.value.value)
    return found


@functools.cache  # parsed once for all the tests
def stub_body(name: str) -> list[ast.stmt]:
    return ast.parse((STUBS / name).read_text(encoding="utf-8")).body


def stub_classes() -> dict[str, ast.ClassDef]:
    return {node.name: node for node in stub_body("__init__.pyi") if isinstance(node, ast.ClassDef)}


# Written out as an editor shows them, so that a change of the generator's format shows here.
NOT_FOUND = """\
404 Not Found

The server has no current representation for the target resource, or will not reveal that one
exists.

RFC 9110, Section 15.5.5: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"""

UPLOAD_RESUMPTION_SUPPORTED = """\
104 Upload Resumption Supported

Temporary, registered until 2026-11-13.

An interim response telling the client that the server supports resumable uploads and where
the upload resource is, so that an interrupted upload can resume rather than start again.

draft-ietf-httpbis-resumable-upload-05:
https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05"""

UNPROCESSABLE_ENTITY = """\
422 Unprocessable Content

Another name for `HTTPCode.UNPROCESSABLE_CONTENT`.

The server understands the content type and the syntax of the request content is correct, but
it cannot process the instructions it contains, such as well-formed data that fails
validation.

RFC 9110, Section 15.5.21: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21"""

WS_1000_NORMAL_CLOSURE = """\
1000 Normal Closure

The connection is closing because the purpose for which it was opened has been fulfilled.

RFC 6455, Section 7.4.1: https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1"""


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("NOT_FOUND", NOT_FOUND),
        ("UPLOAD_RESUMPTION_SUPPORTED", UPLOAD_RESUMPTION_SUPPORTED),
        ("UNPROCESSABLE_ENTITY", UNPROCESSABLE_ENTITY),
    ],
)
def test_a_member_docstring_is_what_an_editor_shows(name: str, shown: str) -> None:
    docs = docstrings(stub_classes()["HTTPCode"].body)

    assert docs[name] == shown


def test_a_flat_constant_docstring_is_what_an_editor_shows() -> None:
    docs = docstrings(stub_body("status.pyi"))

    assert docs["WS_1000_NORMAL_CLOSURE"] == WS_1000_NORMAL_CLOSURE
    assert docs["HTTP_404_NOT_FOUND"] == NOT_FOUND


def test_every_member_and_flat_constant_has_a_docstring() -> None:
    classes = stub_classes()
    members = docstrings(classes["HTTPCode"].body) | docstrings(classes["WSCloseCode"].body)
    names = set(HTTPCode.__members__) | set(WSCloseCode.__members__)
    constants = {name for name in status.__all__ if name.startswith(("HTTP_", "WS_"))}

    assert names - set(members) == set()
    assert constants - set(docstrings(stub_body("status.pyi"))) == set()


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
    source = (ROOT / "src" / "statuscodes" / "_http.py").read_text("utf-8")

    assert f"phrase: str  #: {ast.get_docstring(phrase)}\n" in source


def test_the_generator_writes_the_runtime_docstring_once_and_again_the_same() -> None:
    stubdocs = load_tool("stubdocs")
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
    stubdocs = load_tool("stubdocs")

    with pytest.raises(stubdocs.MissingDocstring, match="statuscodes.no_such_function"):
        stubdocs.document("def no_such_function() -> None: ...\n", statuscodes, set(), "toy.pyi")
