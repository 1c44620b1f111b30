"""What newer Pythons changed where users meet the enums: deferred annotations (PEP 649/749, 3.14),
copy.replace (3.13), http.HTTPStatus's own data. Each test runs on every version and skips only
where the feature does not exist, saying so."""

from __future__ import annotations

import copy
import http
import importlib.metadata
import inspect
import re
import sys
import typing

import pytest
from conftest import NOT_ON_PYPY

from statuscodes import (
    HTTPCategory,
    HTTPCode,
    Reference,
    Registration,
    WSCategory,
    WSCloseCode,
)

# What each enum annotates, as a checker reads the class body.
ANNOTATED: dict[type, dict[str, type]] = {
    HTTPCode: {
        "phrase": str,
        "description": str,
        "category": HTTPCategory,
        "reference": Reference,
        "registration": Registration,
        **{name: bool for name in ("is_informational", "is_success", "is_redirection")},
        **{name: bool for name in ("is_client_error", "is_server_error", "is_error")},
    },
    WSCloseCode: {
        "phrase": str,
        "description": str,
        "category": WSCategory,
        "reference": Reference,
        "registration": Registration,
        "is_sendable": bool,
        "is_local_only": bool,
    },
    HTTPCategory: {"phrase": str, "codes": range, "reference": Reference},
    WSCategory: {"phrase": str, "codes": range, "reference": Reference},
}
ENUMS = list(ANNOTATED)


def _subset(found: dict[str, object], wanted: dict[str, type]) -> dict[str, object]:
    return {name: found.get(name) for name in wanted}


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_get_type_hints_resolves_every_annotation(cls: type) -> None:
    hints = typing.get_type_hints(cls)

    assert _subset(hints, ANNOTATED[cls]) == ANNOTATED[cls]


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_inspect_get_annotations_names_every_attribute(cls: type) -> None:
    plain = inspect.get_annotations(cls)
    evaluated = inspect.get_annotations(cls, eval_str=True)

    assert set(ANNOTATED[cls]) <= set(plain)
    assert _subset(evaluated, ANNOTATED[cls]) == ANNOTATED[cls]


@pytest.mark.skipif(sys.version_info < (3, 14), reason="annotationlib is new in 3.14 (PEP 749)")
@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_annotationlib_gives_every_format(cls: type) -> None:
    import annotationlib  # type: ignore[import-not-found,unused-ignore]  # 3.14+

    formats = annotationlib.Format
    value = annotationlib.get_annotations(cls, format=formats.VALUE)
    forward = annotationlib.get_annotations(cls, format=formats.FORWARDREF)
    string = annotationlib.get_annotations(cls, format=formats.STRING)

    wanted = ANNOTATED[cls]
    # The class bodies quote names that are not imported at run time: VALUE gives those strings.
    assert set(wanted) <= set(value) and set(wanted) <= set(forward)
    assert {name: _named(string[name]) for name in wanted} == {
        name: kind.__name__ for name, kind in wanted.items()
    }


def _named(annotation: object) -> str:
    return str(annotation).strip("'\"")


@pytest.mark.parametrize(
    "member", [HTTPCode.NOT_FOUND, WSCloseCode.GOING_AWAY, HTTPCategory.of(404)]
)
def test_copy_and_deepcopy_return_the_member(member: object) -> None:
    assert copy.copy(member) is member
    assert copy.deepcopy(member) is member
    assert copy.deepcopy({"status": member})["status"] is member


def test_copies_of_a_reference_are_equal() -> None:
    reference = HTTPCode.NOT_FOUND.reference

    assert copy.copy(reference) == reference
    assert copy.deepcopy(reference) == reference


@pytest.mark.skipif(sys.version_info < (3, 13), reason="copy.replace is new in 3.13")
def test_copy_replace_refuses_a_reference_clearly() -> None:
    # A Reference's url is derived from its document and section: replacing one field would leave
    # the url stale, so a new Reference(...) is the way, and copy.replace says it is unsupported.
    replace = copy.replace  # type: ignore[attr-defined,unused-ignore]  # 3.13+

    with pytest.raises(TypeError, match="Reference"):
        replace(HTTPCode.NOT_FOUND.reference, section="15.5.4")


@pytest.mark.skipif(sys.version_info < (3, 13), reason="copy.replace is new in 3.13")
def test_copy_replace_refuses_a_member() -> None:
    replace = copy.replace  # type: ignore[attr-defined,unused-ignore]  # 3.13+

    with pytest.raises(TypeError):
        replace(HTTPCode.NOT_FOUND, phrase="Lost")


# http.HTTPStatus by version, listed rather than skipped: each change is seen, and a new one fails.
RFC_9110_NAMES = {
    "CONTENT_TOO_LARGE",
    "URI_TOO_LONG",
    "RANGE_NOT_SATISFIABLE",
    "UNPROCESSABLE_CONTENT",
}
# Before 3.14 these had empty descriptions; 3.14 wrote them (and dropped 418's full stop).
UNDESCRIBED_BEFORE_3_14 = {102, 103, 207, 208, 226, 422, 423, 424, 425, 426, 506, 507, 508, 510}


def test_stdlib_names_by_version_aliases_included() -> None:
    names = set(http.HTTPStatus.__members__)

    # 3.13 renamed four codes as RFC 9110 does and kept the old names as aliases.
    assert (RFC_9110_NAMES <= names) is (sys.version_info >= (3, 13))
    for name, stdlib in http.HTTPStatus.__members__.items():
        assert HTTPCode[name] == stdlib.value, name
    assert len(http.HTTPStatus) == 62


def test_stdlib_descriptions_by_version() -> None:
    undescribed = {status.value for status in http.HTTPStatus if not status.description}
    teapot = http.HTTPStatus.IM_A_TEAPOT.description

    if sys.version_info >= (3, 14):
        assert undescribed == set()
        assert not teapot.endswith(".")
    else:
        assert undescribed == UNDESCRIBED_BEFORE_3_14
        assert teapot.endswith(".")


def _names_marked(requirements: list[str], marker: str) -> set[str]:
    return {
        re.split(r"[ <>=!~;\[]", requirement)[0].lower()
        for requirement in requirements
        if marker in requirement.replace('"', "'")
    }


def test_what_pyproject_leaves_out_on_pypy_is_what_the_tests_skip() -> None:
    requirements = importlib.metadata.requires("statuscodes") or []
    not_on_pypy = _names_marked(requirements, "platform_python_implementation != 'PyPy'")
    # A package with a requirement of its own for PyPy (hypothesis, pinned) is not left out.
    pinned_for_pypy = _names_marked(requirements, "platform_python_implementation == 'PyPy'")

    assert not_on_pypy - pinned_for_pypy == set(NOT_ON_PYPY)
