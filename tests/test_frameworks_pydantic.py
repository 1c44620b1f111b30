"""HTTPCode and WSCloseCode as pydantic v2 field types: lax and strict validation, JSON round
trips, the errors for bad input and the JSON Schema. http.HTTPStatus, another IntEnum, is the
independent reference for what pydantic does with an int enum."""

from __future__ import annotations

import http
import json
from http import HTTPStatus
from typing import Any

import pytest
from framework_inputs import BAD_VALUES
from pydantic import BaseModel, TypeAdapter, ValidationError

from statuscodes import HTTPCode, WSCloseCode


class Exchange(BaseModel):
    status: HTTPCode
    close: WSCloseCode
    retry: HTTPCode | None = None


def _one_error(excinfo: pytest.ExceptionInfo[ValidationError]) -> str:
    (error,) = excinfo.value.errors()
    return str(error["msg"])


@pytest.mark.parametrize(
    "value", [404, "404", "404.0", 404.0, HTTPCode.NOT_FOUND, http.HTTPStatus.NOT_FOUND]
)
def test_lax_mode_takes_what_it_takes_for_http_status(value: object) -> None:
    reference = TypeAdapter(http.HTTPStatus).validate_python(value)

    assert TypeAdapter(HTTPCode).validate_python(value) is HTTPCode(reference.value)


def test_a_model_holds_the_members() -> None:
    exchange = Exchange.model_validate({"status": "404", "close": 1008})

    assert exchange.status is HTTPCode.NOT_FOUND
    assert exchange.close is WSCloseCode.POLICY_VIOLATION
    assert exchange.retry is None


def test_json_round_trip_keeps_the_members() -> None:
    exchange = Exchange(status=HTTPCode.CREATED, close=WSCloseCode.GOING_AWAY, retry=503)  # type: ignore[arg-type]  # lax mode takes the int

    dumped = exchange.model_dump_json()

    assert json.loads(dumped) == {"status": 201, "close": 1001, "retry": 503}
    assert Exchange.model_validate_json(dumped) == exchange
    assert Exchange.model_validate_json(dumped).retry is HTTPCode.SERVICE_UNAVAILABLE
    assert exchange.model_dump() == {"status": 201, "close": 1001, "retry": 503}


@pytest.mark.parametrize("value", BAD_VALUES, ids=lambda value: repr(value)[:20])
def test_bad_input_is_a_validation_error(value: object) -> None:
    adapter = TypeAdapter(HTTPCode)

    with pytest.raises(ValidationError):
        adapter.validate_python(value)
    with pytest.raises(ValidationError):
        adapter.validate_json(json.dumps(value))


@pytest.mark.parametrize("value", [599, "abc", None, True])
def test_the_error_names_the_registry_not_every_code(value: object) -> None:
    with pytest.raises(ValidationError) as excinfo:
        TypeAdapter(HTTPCode).validate_python(value)

    message = _one_error(excinfo)
    assert "HTTPCode" in message
    assert "100, 101" not in message


def test_strict_mode_takes_members_and_json_ints() -> None:
    adapter = TypeAdapter(HTTPCode)

    assert adapter.validate_python(HTTPCode.NOT_FOUND, strict=True) is HTTPCode.NOT_FOUND
    assert adapter.validate_json("404", strict=True) is HTTPCode.NOT_FOUND


def test_strict_mode_takes_members_in_python_and_ints_in_json_as_for_httpstatus() -> None:
    ours, stdlib = TypeAdapter(HTTPCode), TypeAdapter(HTTPStatus)

    assert ours.validate_python(HTTPCode.NOT_FOUND, strict=True) is HTTPCode.NOT_FOUND
    assert ours.validate_json("404", strict=True) is HTTPCode.NOT_FOUND
    for adapter in (ours, stdlib):
        with pytest.raises(ValidationError):
            adapter.validate_python(404, strict=True)


@pytest.mark.parametrize("value", ["404", True, None])
def test_strict_mode_refuses_what_lax_mode_coerces(value: object) -> None:
    adapter = TypeAdapter(HTTPCode)

    with pytest.raises(ValidationError):
        adapter.validate_python(value, strict=True)
    with pytest.raises(ValidationError):
        adapter.validate_json(json.dumps(value), strict=True)


def test_strict_mode_refuses_a_python_float() -> None:
    # pydantic's strict JSON mode reads 404.0 as the int 404, for HTTPStatus too.
    with pytest.raises(ValidationError):
        TypeAdapter(HTTPCode).validate_python(404.0, strict=True)


def _schema_enums(schema: Any) -> list[list[object]]:
    """Every `enum` list anywhere in a JSON Schema."""
    if isinstance(schema, dict):
        found = [schema["enum"]] if "enum" in schema else []
        return found + [enum for value in schema.values() for enum in _schema_enums(value)]
    if isinstance(schema, list):
        return [enum for value in schema for enum in _schema_enums(value)]
    return []


def _descriptions(schema: Any) -> list[str]:
    if isinstance(schema, dict):
        own = [schema["description"]] if isinstance(schema.get("description"), str) else []
        return own + [text for value in schema.values() for text in _descriptions(value)]
    if isinstance(schema, list):
        return [text for value in schema for text in _descriptions(value)]
    return []


def test_json_schema_lists_every_code() -> None:
    enums = _schema_enums(TypeAdapter(HTTPCode).json_schema())

    assert [set(enum) for enum in enums] == [{code.value for code in HTTPCode}]


def test_json_schema_lists_each_code_once() -> None:
    schema = Exchange.model_json_schema()

    for enum in _schema_enums(schema):
        assert len(enum) == len(set(enum)), enum


def test_json_schema_descriptions_are_one_line_without_doctests() -> None:
    descriptions = _descriptions(Exchange.model_json_schema())

    assert descriptions
    for text in descriptions:
        assert ">>>" not in text and "\n" not in text, text
