"""The pydantic hooks on the code registries: what pydantic validates and what schema it writes.
(The framework suites, FastAPI included, exercise them end to end.)"""

from __future__ import annotations

from decimal import Decimal
from http import HTTPStatus
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from statuscodes import HTTPCode, WSCloseCode


class Lax(BaseModel):
    code: HTTPCode
    close: WSCloseCode = WSCloseCode.NORMAL_CLOSURE


class Strict(BaseModel):
    model_config = ConfigDict(strict=True)

    code: HTTPCode


@pytest.mark.parametrize("value", [404, "404", 404.0, HTTPCode.NOT_FOUND])
def test_lax_mode_takes_what_it_takes_for_httpstatus(value: object) -> None:
    assert Lax(code=value).code is HTTPCode.NOT_FOUND  # type: ignore[arg-type]  # lax input


def test_strict_mode_takes_members_and_json_ints() -> None:
    assert Strict(code=HTTPCode.NOT_FOUND).code is HTTPCode.NOT_FOUND
    assert Strict.model_validate_json('{"code": 404}').code is HTTPCode.NOT_FOUND
    with pytest.raises(ValidationError, match="instance of HTTPCode"):
        Strict(code=404)  # type: ignore[arg-type]  # strict refuses a plain int
    with pytest.raises(ValidationError):
        Strict.model_validate_json('{"code": "404"}')


# Text and numbers that pydantic's lax mode reads as an int, or refuses, for HTTPStatus: each
# must give the same answer for HTTPCode, pydantic's own behaviour being the reference.
LAX_INPUTS = [
    " +404 ", "4_04", "0404", "404.00", "0404.0", "404\n", "\t404\u00a0", "0" * 50 + "404",
    "404." + "0" * 50, b" 404 ", b"404.0", Decimal("404"), 404.0,
    "404.", "404.5", "4.04e2", "1e3", "--404", "+-404", "4__04", "_404", "404_", "404.0_0", ".404",
    "- 404", "0x194", "\u0664\u0660\u0664", "", "  ", "inf", "nan", bytearray(b"404"), 404.5,
    True, None, [], "599", "1" + "0" * 60,
]  # fmt: skip


@pytest.mark.parametrize("value", LAX_INPUTS)
def test_lax_mode_reads_numbers_as_pydantic_does_for_httpstatus(value: object) -> None:
    class Stdlib(BaseModel):
        code: HTTPStatus

    try:
        expected: object = Stdlib(code=value).code.value  # type: ignore[arg-type]  # lax input
    except ValidationError:
        expected = ValidationError
    try:
        got: object = Lax(code=value).code.value  # type: ignore[arg-type]  # lax input
    except ValidationError as error:
        assert "Value error" in error.errors()[0]["msg"]  # ours, naming the value
        got = ValidationError
    assert got == expected


@pytest.mark.parametrize("value", [599, 10**40, 0, -1])
def test_an_unregistered_int_is_refused_by_name_not_by_a_list_of_codes(value: int) -> None:
    with pytest.raises(ValidationError) as caught:
        Lax(code=value)  # type: ignore[arg-type]  # the point of the test

    message = caught.value.errors()[0]["msg"]
    assert "HTTP status code" in message and "100, 101" not in message


def test_json_dumps_the_number_and_python_keeps_the_member() -> None:
    model = Lax(code=HTTPCode.CREATED)

    assert model.model_dump_json() == '{"code":201,"close":1000}'
    assert model.model_dump()["code"] is HTTPCode.CREATED


@pytest.mark.parametrize("registry", [HTTPCode, WSCloseCode], ids=lambda cls: cls.__name__)
def test_the_schema_lists_each_code_once_with_its_name_and_phrase(registry: Any) -> None:
    schema = TypeAdapter(registry).json_schema()

    assert schema["enum"] == sorted(set(schema["enum"]))
    assert len(schema["enum"]) == len(list(registry))
    assert ">>>" not in schema["description"] and "\n" not in schema["description"]
    varnames = dict(zip(schema["enum"], schema["x-enum-varnames"]))
    assert varnames[list(registry)[0].value] == list(registry)[0].name
    assert all(text for text in schema["x-enumDescriptions"].values())
