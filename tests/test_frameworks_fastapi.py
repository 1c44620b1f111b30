"""HTTPCode and WSCloseCode as FastAPI parameter types, in query, path and body: a good code is
the member, every bad input a 422 and never a 500; the OpenAPI document; openapi_responses."""

from __future__ import annotations

import http.client
import json
from typing import Annotated, Any
from urllib.parse import quote

import pytest
from fastapi import Body, FastAPI
from fastapi.testclient import TestClient
from framework_inputs import BAD_TEXT, BAD_VALUES
from pydantic import BaseModel

from statuscodes import HTTPCode, UnregisteredCodeError, WSCloseCode, openapi_responses

app = FastAPI()


class Exchange(BaseModel):
    status: HTTPCode
    close: WSCloseCode


@app.get("/query")
def by_query(
    code: HTTPCode,
    retry: HTTPCode | None = None,
) -> dict[str, object]:
    return {"name": code.name, "retry": retry.name if retry else None}


@app.get("/path/{code}")
def by_path(code: HTTPCode) -> dict[str, object]:
    return {"name": code.name}


@app.get("/close/{code}")
def by_close_code(code: WSCloseCode) -> dict[str, object]:
    return {"name": code.name}


@app.post("/body")
def by_body(exchange: Exchange) -> Exchange:
    return exchange


@app.post("/embedded")
def by_embedded(code: Annotated[HTTPCode, Body(embed=True)]) -> dict[str, object]:
    return {"name": code.name}


class Number(BaseModel):
    status: int


@app.post("/int")
def by_int(number: Number) -> Number:
    return number


@app.get("/documented", responses=openapi_responses(104, 306, 404, 422))
def documented() -> None:
    return None


# raise_server_exceptions=False: a bug answers 500 instead of raising, so the tests see it.
client = TestClient(app, raise_server_exceptions=False)


def _is_validation_error(response: Any) -> bool:
    return response.status_code == 422 and response.json()["detail"][0]["type"] != ""  # type: ignore[no-any-return]  # a JSON body


def test_a_query_parameter_is_the_member() -> None:
    response = client.get("/query", params={"code": "404", "retry": "503"})

    assert response.status_code == 200
    assert response.json() == {"name": "NOT_FOUND", "retry": "SERVICE_UNAVAILABLE"}


def test_an_optional_query_parameter_may_be_left_out() -> None:
    response = client.get("/query", params={"code": "200"})

    assert response.json() == {"name": "OK", "retry": None}


def test_integral_text_is_the_member_as_for_http_status() -> None:
    # pydantic's lax mode reads "404.0" as 404 for an int and for http.HTTPStatus alike.
    response = client.get("/query", params={"code": "404.0"})

    assert response.json() == {"name": "NOT_FOUND", "retry": None}


def test_a_path_parameter_is_the_member() -> None:
    assert client.get("/path/418").json() == {"name": "IM_A_TEAPOT"}
    assert client.get("/close/1008").json() == {"name": "POLICY_VIOLATION"}


def test_a_body_field_is_the_member() -> None:
    response = client.post("/body", json={"status": 201, "close": 1000})

    assert response.status_code == 200
    assert response.json() == {"status": 201, "close": 1000}
    assert client.post("/embedded", json={"code": 503}).json() == {"name": "SERVICE_UNAVAILABLE"}


@pytest.mark.parametrize("text", BAD_TEXT, ids=lambda text: repr(text)[:20])
def test_bad_query_text_is_422(text: str) -> None:
    assert _is_validation_error(client.get("/query", params={"code": text}))
    assert _is_validation_error(client.get("/query", params={"code": "404", "retry": text}))


@pytest.mark.parametrize("text", BAD_TEXT, ids=lambda text: repr(text)[:20])
def test_bad_path_text_is_422(text: str) -> None:
    assert _is_validation_error(client.get(f"/path/{quote(text, safe='')}"))


@pytest.mark.parametrize("text", ["abc", "404", "1000.5", "1016", "4001", "5000", "-1"])
def test_bad_close_code_text_is_422(text: str) -> None:
    assert _is_validation_error(client.get(f"/close/{text}"))


def _post_json(path: str, body: object) -> Any:
    # json.dumps writes NaN as Python's json module reads it back, as FastAPI does.
    return _post_text(path, json.dumps(body))


def _post_text(path: str, content: str) -> Any:
    return client.post(path, content=content, headers={"content-type": "application/json"})


@pytest.mark.parametrize(
    "value",
    [value for value in BAD_VALUES if value == value],  # NaN: the next test
    ids=lambda value: repr(value)[:20],
)
def test_bad_body_values_are_422(value: object) -> None:
    assert _is_validation_error(_post_json("/body", {"status": value, "close": 1000}))
    assert _is_validation_error(_post_json("/embedded", {"code": value}))


@pytest.mark.parametrize("number", ["NaN", "1e400"])  # 1e400 reads as infinity
def test_a_non_finite_number_in_a_body_fails_as_it_does_for_an_int_field(number: str) -> None:
    # FastAPI echoes the input in its 422 and cannot write it as JSON: a 500 for `int` too.
    ours = _post_text("/body", f'{{"status": {number}, "close": 1000}}')
    for_int = _post_text("/int", f'{{"status": {number}}}')

    assert ours.status_code == for_int.status_code


def test_a_missing_parameter_is_422() -> None:
    assert _is_validation_error(client.get("/query"))
    assert _is_validation_error(client.post("/body", json={"close": 1000}))


@pytest.mark.parametrize("value", [599, "abc"])
def test_the_422_names_the_registry_not_every_code(value: object) -> None:
    (error,) = client.post("/embedded", json={"code": value}).json()["detail"]

    assert "HTTPCode" in error["msg"]
    assert "100, 101" not in error["msg"]


def _enums(schema: Any) -> list[list[object]]:
    if isinstance(schema, dict):
        found = [schema["enum"]] if "enum" in schema else []
        return found + [enum for value in schema.values() for enum in _enums(value)]
    if isinstance(schema, list):
        return [enum for value in schema for enum in _enums(value)]
    return []


def test_openapi_document_is_json_with_every_code() -> None:
    document = json.loads(json.dumps(app.openapi()))

    schemas = document["components"]["schemas"]
    assert set(schemas["HTTPCode"]["enum"]) == {code.value for code in HTTPCode}
    assert set(schemas["WSCloseCode"]["enum"]) == {code.value for code in WSCloseCode}
    assert document["paths"]["/path/{code}"]["get"]["parameters"][0]["schema"] == {
        "$ref": "#/components/schemas/HTTPCode"
    }


def test_openapi_document_lists_each_code_once() -> None:
    for enum in _enums(app.openapi()):
        assert len(enum) == len(set(enum)), enum


def test_openapi_responses_are_described_by_the_registry() -> None:
    responses = app.openapi()["paths"]["/documented"]["get"]["responses"]

    assert responses["404"]["description"] == "Not Found"
    assert responses["422"]["description"] == "Unprocessable Content"
    assert responses["104"]["description"] == "Upload Resumption Supported"
    assert responses["306"]["description"] == "Switch Proxy"
    # What FastAPI would have said: the stdlib's table, which has neither 104 nor 306.
    assert 104 not in http.client.responses and 306 not in http.client.responses


def test_openapi_responses_takes_members_and_refuses_unregistered_codes() -> None:
    assert openapi_responses(HTTPCode.GONE) == {410: {"description": "Gone"}}
    assert openapi_responses() == {}
    with pytest.raises(UnregisteredCodeError):
        openapi_responses(599)
