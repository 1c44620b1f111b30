"""statuscodes.status as a drop-in for starlette.status, fastapi.status and Litestar's module."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
import starlette.status
from conftest import import_unless_left_out, skip_on_pypy_without

from statuscodes import HTTPCode, WSCloseCode, status

litestar_status_codes = import_unless_left_out("litestar.status_codes")

SEED = Path(__file__).parent / "data" / "fastapi-status-reference.txt"


def _public(module: object) -> dict[str, int]:
    return {
        name: getattr(module, name)
        for name in dir(module)
        if re.fullmatch(r"(HTTP|WS)_\d+_\w+", name)
    }


def _starlette_names() -> dict[str, int]:
    names = {name: getattr(starlette.status, name) for name in starlette.status.__all__}
    names.update(getattr(starlette.status, "__deprecated__", {}))
    return names


@pytest.mark.parametrize("name", sorted(_starlette_names()))
def test_every_starlette_name_has_the_same_value(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ours = getattr(status, name)
    assert ours == _starlette_names()[name]


@skip_on_pypy_without("litestar")
@pytest.mark.parametrize("name", sorted(_public(litestar_status_codes)) or ["(litestar)"])
def test_every_litestar_name_has_the_same_value(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ours = getattr(status, name)
    assert ours == getattr(litestar_status_codes, name)


def test_every_name_on_fastapis_reference_page_exists() -> None:
    page = SEED.read_text(encoding="utf-8")
    names = set(re.findall(r"^((?:HTTP|WS)_\d+_\w+)$", page, flags=re.MULTILINE))
    values = dict(re.findall(r"^((?:HTTP|WS)_\d+_\w+)\n=\n(\d+)$", page, flags=re.MULTILINE))
    assert len(names) == 78  # the page as snapshotted: 63 HTTP names and 15 WS names
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for name in names:
            assert getattr(status, name) == int(values[name]), name


@pytest.mark.parametrize("member", [*HTTPCode, *WSCloseCode], ids=repr)
def test_every_member_is_a_constant_that_is_the_member(member: HTTPCode | WSCloseCode) -> None:
    prefix = "HTTP" if isinstance(member, HTTPCode) else "WS"
    constant = getattr(status, f"{prefix}_{member.value}_{member.name}")

    assert constant is member
    assert f"{prefix}_{member.value}_{member.name}" in status.__all__


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("HTTP_413_REQUEST_ENTITY_TOO_LARGE", "HTTP_413_CONTENT_TOO_LARGE"),
        ("HTTP_414_REQUEST_URI_TOO_LONG", "HTTP_414_URI_TOO_LONG"),
        ("HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE", "HTTP_416_RANGE_NOT_SATISFIABLE"),
        ("HTTP_422_UNPROCESSABLE_ENTITY", "HTTP_422_UNPROCESSABLE_CONTENT"),
    ],
)
def test_pre_rfc_9110_names_warn_and_point_at_the_caller(old: str, new: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"{old} is deprecated.*use {new}") as caught:
        value = getattr(status, old)

    assert value is getattr(status, new)
    assert caught[0].filename == __file__
    assert old not in status.__all__
    assert old in dir(status)


def test_from_import_of_a_deprecated_name_warns_at_the_import_line() -> None:
    with pytest.warns(DeprecationWarning) as caught:
        from statuscodes.status import HTTP_422_UNPROCESSABLE_ENTITY  # noqa: F401

    assert caught[0].filename == __file__


def test_a_misspelt_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="HTTP_404_NOT_FUND"):
        status.HTTP_404_NOT_FUND  # type: ignore[attr-defined]  # noqa: B018  # the point of the test


def test_constants_are_enum_members_and_ints() -> None:
    assert status.HTTP_404_NOT_FOUND.phrase == "Not Found"
    assert status.HTTP_404_NOT_FOUND + 1 == 405
    assert status.WS_1005_NO_STATUS_RECEIVED is WSCloseCode.NO_STATUS_RCVD


def test_fastapi_example_from_its_docs_runs_with_our_module() -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    app = FastAPI()

    @app.get("/items/", status_code=status.HTTP_418_IM_A_TEAPOT)
    def read_items() -> list[dict[str, str]]:
        return [{"name": "Plumbus"}, {"name": "Portal Gun"}]

    client = TestClient(app)
    response = client.get("/items/")

    assert response.status_code == 418
    assert response.json() == [{"name": "Plumbus"}, {"name": "Portal Gun"}]
    responses = client.get("/openapi.json").json()["paths"]["/items/"]["get"]["responses"]
    assert list(responses) == ["418"]


def test_starlette_response_and_http_exception_take_our_constants() -> None:
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    def created(request: object) -> PlainTextResponse:
        return PlainTextResponse("made", status_code=status.HTTP_201_CREATED)

    def missing(request: object) -> PlainTextResponse:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)

    app = Starlette(routes=[Route("/made", created), Route("/missing", missing)])
    client = TestClient(app)

    made = client.get("/made")
    assert made.status_code == status.HTTP_201_CREATED
    assert made.status_code == 201
    lost = client.get("/missing")
    assert lost.status_code == status.HTTP_404_NOT_FOUND
    assert lost.text == "Not Found"


def test_httpx_compares_status_codes_with_our_constants() -> None:
    import httpx

    transport = httpx.MockTransport(lambda request: httpx.Response(status.HTTP_201_CREATED))
    with httpx.Client(transport=transport) as client:
        response = client.get("http://test.invalid/")

    assert response.status_code == status.HTTP_201_CREATED
    assert response.reason_phrase == "Created"
