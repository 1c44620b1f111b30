"""WSCloseCode against RFC 6455 and the libraries that speak WebSocket."""

from __future__ import annotations

import asyncio
import copy
import pickle

import aiohttp  # test extras: installed by make test
import pytest
import websockets.frames as websockets_frames
from websockets.exceptions import ProtocolError

from statuscodes import WSCategory, WSCloseCode, is_valid_close_code


def test_str_format_and_repr() -> None:
    assert str(WSCloseCode.NORMAL_CLOSURE) == "1000"
    assert f"{WSCloseCode.NORMAL_CLOSURE}" == "1000"
    assert repr(WSCloseCode(1000)) == "<WSCloseCode.NORMAL_CLOSURE: 1000>"


@pytest.mark.parametrize("member", list(WSCloseCode), ids=str)
def test_pickle_and_copy_return_the_same_member(member: WSCloseCode) -> None:
    assert pickle.loads(pickle.dumps(member)) is member
    assert copy.deepcopy(member) is member


@pytest.mark.parametrize("name", [m.name for m in aiohttp.WSCloseCode])
def test_every_aiohttp_name_resolves_to_the_same_value(name: str) -> None:
    assert WSCloseCode[name] == aiohttp.WSCloseCode[name].value


@pytest.mark.parametrize("name", list(websockets_frames.CloseCode.__members__))
def test_every_websockets_name_resolves_to_the_same_value(name: str) -> None:
    assert WSCloseCode[name] == websockets_frames.CloseCode[name].value


def test_names_follow_the_registry() -> None:
    assert WSCloseCode(1004).name == "RESERVED"
    assert WSCloseCode(1005).name == "NO_STATUS_RCVD"
    assert WSCloseCode(1010).name == "MANDATORY_EXT"
    assert WSCloseCode.OK is WSCloseCode.NORMAL_CLOSURE
    assert WSCloseCode.INVALID_TEXT is WSCloseCode.INVALID_DATA is WSCloseCode(1007)


def _websockets_accepts(code: int) -> bool:
    try:
        websockets_frames.Close(code, "").check()
    except ProtocolError:  # what websockets raises for a code it refuses
        return False
    return True


def test_is_valid_close_code_is_the_rule_websockets_applies() -> None:
    for code in range(0, 70_001):
        assert is_valid_close_code(code) is _websockets_accepts(code), code


def test_is_valid_close_code_refuses_non_ints() -> None:
    for bad in (True, 1000.0, "1000", None):
        with pytest.raises(TypeError):
            is_valid_close_code(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("member", list(WSCloseCode), ids=str)
def test_member_predicates_follow_rfc_6455(member: WSCloseCode) -> None:
    assert member.is_local_only is (member in (1005, 1006, 1015))
    assert member.is_sendable is is_valid_close_code(member)
    assert member.is_sendable is _websockets_accepts(member)
    assert member.category is WSCategory.of(member)


def test_categories_and_their_boundaries() -> None:
    assert WSCategory.of(1000) is WSCategory.of(2999) is WSCategory.PROTOCOL
    assert WSCategory.of(3000) is WSCategory.of(3999) is WSCategory.REGISTERED
    assert WSCategory.of(4000) is WSCategory.of(4999) is WSCategory.PRIVATE
    for bad in (999, 5000, -1):
        with pytest.raises(ValueError, match="1000 to 4999"):
            WSCategory.of(bad)


def test_lookups() -> None:
    assert WSCloseCode(1006) is WSCloseCode.ABNORMAL_CLOSURE
    assert WSCloseCode.get(4001) is None
    assert WSCloseCode.parse("1006") is WSCloseCode.ABNORMAL_CLOSURE
    assert WSCloseCode.parse("going away") is WSCloseCode.GOING_AWAY
    assert WSCloseCode.parse("MESSAGE_TOO_BIG") is WSCloseCode.MESSAGE_TOO_BIG
    assert WSCloseCode.from_phrase("Mandatory Ext.") is WSCloseCode.MANDATORY_EXT
    assert WSCloseCode.from_phrase("no status received") is WSCloseCode.NO_STATUS_RCVD


def test_private_codes_are_explained() -> None:
    with pytest.raises(ValueError, match="private-use.*get\\(4001\\)"):
        WSCloseCode(4001)
    with pytest.raises(ValueError, match="1000 to 4999"):
        WSCloseCode(200)
    with pytest.raises(ValueError, match="^3999 is not registered with IANA: .*get\\(3999\\)"):
        WSCloseCode(3999)
    with pytest.raises(ValueError, match="^2999 is not assigned by the WebSocket protocol"):
        WSCloseCode(2999)
    with pytest.raises(TypeError, match="not str"):
        WSCloseCode("1000")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("http_code", "close_code"),
    [
        (401, 3000),
        (403, 3003),
        (408, 3008),
        (504, 3008),
        (429, 1013),
        (503, 1013),
        (502, 1014),
        (500, 1011),
        (501, 1011),
        (599, 1011),
        (400, 1008),
        (404, 1008),
        (499, 1008),
    ],
)
def test_for_http(http_code: int, close_code: int) -> None:
    assert WSCloseCode.for_http(http_code) is WSCloseCode(close_code)


@pytest.mark.parametrize("http_code", [200, 301, 100, 600, 99])
def test_for_http_refuses_non_errors(http_code: int) -> None:
    with pytest.raises(ValueError, match="not an HTTP error"):
        WSCloseCode.for_http(http_code)


def test_members_are_read_only() -> None:
    with pytest.raises(AttributeError):
        WSCloseCode.GOING_AWAY.is_sendable = False  # type: ignore[misc]
    assert WSCloseCode.GOING_AWAY.is_sendable


SENDABLE = [member for member in WSCloseCode if member.is_sendable]


def test_a_websockets_server_closes_with_each_sendable_code() -> None:
    from websockets.asyncio.client import connect
    from websockets.asyncio.server import serve

    received: list[int] = []

    async def run() -> None:
        async def handler(connection: object) -> None:
            code = int(await connection.recv())  # type: ignore[attr-defined]
            await connection.close(WSCloseCode(code), "bye")  # type: ignore[attr-defined]

        async with serve(handler, "127.0.0.1", 0) as server:
            port = list(server.sockets)[0].getsockname()[1]
            for member in SENDABLE:
                async with connect(f"ws://127.0.0.1:{port}") as client:
                    await client.send(str(int(member)))
                    await client.wait_closed()
                    assert client.close_code is not None
                    received.append(client.close_code)

    asyncio.run(asyncio.wait_for(run(), timeout=30))
    assert received == SENDABLE
    assert [WSCloseCode(code).phrase for code in received] == [m.phrase for m in SENDABLE]


def test_websockets_refuses_to_send_exactly_the_unsendable_codes() -> None:
    for member in WSCloseCode:
        assert _websockets_accepts(member) is member.is_sendable


def test_an_aiohttp_server_closes_with_each_sendable_code() -> None:
    from aiohttp import web
    from aiohttp.test_utils import TestClient, TestServer

    async def handler(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        code = int(await ws.receive_str())
        await ws.close(code=WSCloseCode(code), message=b"bye")
        return ws

    async def run() -> list[int | None]:
        app = web.Application()
        app.router.add_get("/", handler)
        codes: list[int | None] = []
        async with TestClient(TestServer(app)) as client:
            for member in SENDABLE:
                ws = await client.ws_connect("/")
                await ws.send_str(str(int(member)))
                await ws.receive()
                codes.append(ws.close_code)
                await ws.close()
        return codes

    assert asyncio.run(asyncio.wait_for(run(), timeout=30)) == SENDABLE
