"""The pydantic hooks on the code registries: what pydantic validates and what schema it writes.
(The framework suites, FastAPI included, exercise them end to end.)"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from statuscodes import CodeTypeError, HTTPCode, UnregisteredCodeError, WSCloseCode


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


def lax_inputs(code: int) -> list[object]:
    """Text and numbers around `code` that pydantic's lax mode reads as an int, or refuses."""
    c = str(code)
    return [
        f" +{c} ", f"{c[0]}_{c[1:]}", f"0{c}", f"{c}.00", f"0{c}.0", f"{c}\n", f"\t{c}\u00a0",
        f"{c}\u2003", f"\u3000{c}", "0" * 50 + c, "0" * 4298 + c, "0" * 10_000 + c,
        "0_" * 20 + c, f"{c}." + "0" * 50, f" {c} ".encode(), f"{c}.0".encode(),
        f"\u00a0{c}".encode(), Decimal(c), float(code),
        f"\x1c{c}", f"{c}\x1f", f"{c}.", f"{c}.5", f"{c[0]}.{c[1:]}e{len(c) - 1}", "1e3",
        f"--{c}", f"+-{c}", f"+_{c}", f"{c[0]}__{c[1:]}", f"_{c}", f"{c}_", f"{c}.0_0", f".{c}",
        f"- {c}", hex(code), "".join(chr(0x0660 + int(d)) for d in c), "", "  ", "inf", "nan",
        bytearray(c.encode()), b"\xff" + c.encode(), code + 0.5, True, None, [], "599",
        "1" + "0" * 60, "9" * 4301,
    ]  # fmt: skip


@pytest.mark.parametrize("registry", [HTTPCode, WSCloseCode], ids=lambda cls: cls.__name__)
def test_lax_mode_reads_numbers_as_pydantic_does_for_an_int_enum(registry: Any) -> None:
    # The reference: pydantic's own validation of a plain IntEnum with the same values.
    stock = enum.IntEnum("Stock", {member.name: member.value for member in registry})  # type: ignore[misc]  # functional API
    theirs = TypeAdapter(stock)
    ours = TypeAdapter(registry)
    for value in lax_inputs(list(registry)[0].value if registry is WSCloseCode else 404):
        try:
            expected: object = theirs.validate_python(value).value
        except ValidationError:
            expected = ValidationError
        try:
            got: object = ours.validate_python(value).value
        except ValidationError as refusal:
            [error] = refusal.errors()
            # Our refusal, which names the value, not another error that leaked through.
            assert isinstance(error["ctx"]["error"], (UnregisteredCodeError, CodeTypeError))
            got = ValidationError
        assert got == expected, repr(value)[:80]


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
    varnames = dict(zip(schema["enum"], schema["x-enum-varnames"], strict=True))
    assert varnames[list(registry)[0].value] == list(registry)[0].name
    assert all(text for text in schema["x-enumDescriptions"].values())
