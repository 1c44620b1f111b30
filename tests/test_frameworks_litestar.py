"""HTTPCode and WSCloseCode in msgspec (decode, convert, schema) and as Litestar parameter types:
a good code is the member, every bad input Litestar's 400 and never a 500."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from conftest import skip_module_on_pypy_without

skip_module_on_pypy_without("litestar")
skip_module_on_pypy_without("msgspec")

import msgspec  # noqa: E402  # after the skip: PyPy has no msgspec
import msgspec.inspect  # noqa: E402
from framework_inputs import BAD_TEXT, BAD_VALUES  # noqa: E402
from litestar import Litestar, get  # noqa: E402
from litestar.params import FromPath, FromQuery  # noqa: E402
from litestar.testing import TestClient  # noqa: E402

from statuscodes import HTTPCode, WSCloseCode  # noqa: E402


class Exchange(msgspec.Struct):
    status: HTTPCode
    close: WSCloseCode


def test_msgspec_decodes_a_code_to_the_member() -> None:
    assert msgspec.json.decode(b"404", type=HTTPCode) is HTTPCode.NOT_FOUND
    exchange = msgspec.json.decode(b'{"status": 201, "close": 1001}', type=Exchange)

    assert exchange.status is HTTPCode.CREATED
    assert exchange.close is WSCloseCode.GOING_AWAY
    assert msgspec.json.encode(exchange) == b'{"status":201,"close":1001}'


@pytest.mark.parametrize("value", BAD_VALUES, ids=lambda value: repr(value)[:20])
def test_msgspec_refuses_bad_input_with_its_validation_error(value: object) -> None:
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert(value, HTTPCode)
    if value == value:  # NaN is no JSON: msgspec's decoder refuses the document itself
        with pytest.raises(msgspec.ValidationError):
            msgspec.json.decode(json.dumps(value).encode(), type=HTTPCode)


def test_msgspec_convert_reads_text_only_when_not_strict() -> None:
    assert msgspec.convert(404, HTTPCode) is HTTPCode.NOT_FOUND
    assert msgspec.convert("404", HTTPCode, strict=False) is HTTPCode.NOT_FOUND
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert("404", HTTPCode)


def test_msgspec_schema_lists_each_code_once() -> None:
    schema = msgspec.json.schema(HTTPCode)

    (definition,) = schema["$defs"].values()
    assert sorted(definition["enum"]) == sorted({code.value for code in HTTPCode})


@get("/path/{code:str}", sync_to_thread=False)
def by_path(code: FromPath[HTTPCode]) -> dict[str, object]:
    return {"name": code.name}


@get("/int/{code:int}", sync_to_thread=False)
def by_int_path(code: FromPath[HTTPCode]) -> dict[str, object]:
    return {"name": code.name}


@get("/query", sync_to_thread=False)
def by_query(
    code: FromQuery[HTTPCode], close: FromQuery[WSCloseCode] = WSCloseCode.NORMAL_CLOSURE
) -> dict[str, object]:
    return {"name": code.name, "close": close.name}


app = Litestar([by_path, by_int_path, by_query])


@pytest.fixture(scope="module")
def client() -> TestClient[Litestar]:
    with TestClient(app) as client:
        return client


def test_a_path_parameter_is_the_member(client: TestClient[Litestar]) -> None:
    assert client.get("/path/404").json() == {"name": "NOT_FOUND"}
    assert client.get("/int/418").json() == {"name": "IM_A_TEAPOT"}


def test_a_query_parameter_is_the_member(client: TestClient[Litestar]) -> None:
    response = client.get("/query", params={"code": "503", "close": "1013"})

    assert response.json() == {"name": "SERVICE_UNAVAILABLE", "close": "TRY_AGAIN_LATER"}


@pytest.mark.parametrize("text", BAD_TEXT, ids=lambda text: repr(text)[:20])
def test_bad_text_is_400(client: TestClient[Litestar], text: str) -> None:
    assert client.get(f"/path/{quote(text, safe='')}").status_code == 400
    assert client.get("/query", params={"code": text}).status_code == 400


@pytest.mark.parametrize("text", ["abc", "404", "1000.0", "1016", "4001", "5000", "-1"])
def test_bad_close_code_text_is_400(client: TestClient[Litestar], text: str) -> None:
    assert client.get("/query", params={"code": "200", "close": text}).status_code == 400


@pytest.mark.parametrize("text", ["-1", "0", "599", "999", "1" + "0" * 30])
def test_an_unregistered_int_in_an_int_path_is_400(client: TestClient[Litestar], text: str) -> None:
    response = client.get(f"/int/{text}")

    assert response.status_code == 400
    assert response.json()["extra"][0]["key"] == "code"


def test_text_in_an_int_path_matches_no_route(client: TestClient[Litestar]) -> None:
    # Litestar's router refuses what `{code:int}` cannot parse before validation runs.
    assert client.get("/int/abc").status_code == 404


def test_openapi_lists_each_code_once() -> None:
    schemas = app.openapi_schema.to_schema()["components"]["schemas"]

    values = schemas["HTTPCode"]["enum"]
    assert len(values) == len(set(values)) == len(set(HTTPCode))
