"""The command's other registries: `statuscodes h2 0x8`, `statuscodes h3 0x10c`, `statuscodes quic
0x178`, `statuscodes list --h3`; a bare number still means HTTP, then WebSocket."""

from __future__ import annotations

import json

import pytest
from test_cli import run

from statuscodes.h2 import H2ErrorCode
from statuscodes.h3 import H3ErrorCode
from statuscodes.quic import QUICErrorCode


@pytest.mark.parametrize(
    ("argv", "first"),
    [
        (("h2", "0x8"), "0x8 CANCEL"),
        (("h2", "8"), "0x8 CANCEL"),
        (("h3", "0x10c"), "0x10c H3_REQUEST_CANCELLED"),
        (("h3", "0X10C"), "0x10c H3_REQUEST_CANCELLED"),
        (("h3", "QPACK_DECOMPRESSION_FAILED"), "0x200 QPACK_DECOMPRESSION_FAILED"),
        (("quic", "crypto", "buffer"), "0xd CRYPTO_BUFFER_EXCEEDED"),
        (("H2", "Stream", "cancelled"), "0x8 CANCEL"),
    ],
)
def test_a_registry_word_then_a_query(argv: tuple[str, ...], first: str) -> None:
    result = run(*argv)

    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == first


def test_the_json_is_the_api() -> None:
    result = run("h2", "0x7", "--json")

    (facts,) = json.loads(result.stdout)
    member = H2ErrorCode.REFUSED_STREAM
    assert facts["registry"] == "h2" and facts["code"] == member and facts["hex"] == "0x7"
    assert facts["name"] == member.name and facts["phrase"] == member.phrase
    assert facts["reference"]["url"] == member.reference.url
    assert facts["h3_counterpart"] == member.h3_counterpart


def test_a_crypto_error_names_its_tls_alert_and_exits_4() -> None:
    result = run("quic", "0x178")

    assert result.returncode == 4
    assert "CRYPTO_ERROR, TLS alert 120 (no_application_protocol)" in result.stdout
    (facts,) = json.loads(run("quic", "0x178", "--json").stdout)
    assert facts["treated_as"] == "CRYPTO_ERROR" and facts["registered"] is False


def test_a_reserved_h3_code_is_treated_as_h3_no_error() -> None:
    result = run("h3", "0x21", "--json")

    assert result.returncode == 4
    assert json.loads(result.stdout)[0]["treated_as"] == "H3_NO_ERROR"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("quic", "0x300"), "not a registered QUIC transport error code"),
        (("h2", "0x100000000"), "not an HTTP/2 error code: they are 32-bit"),
        (("h3", "nothing", "like", "it"), "names no H3ErrorCode"),
    ],
)
def test_a_miss_says_why_on_stderr_and_exits_1(argv: tuple[str, ...], message: str) -> None:
    result = run(*argv)

    assert result.returncode == 1
    assert message in result.stderr
    assert result.stdout == ""


def test_several_queries_and_the_worst_status() -> None:
    result = run("h3", "0x100", "0x21")

    assert result.returncode == 4
    assert result.stdout.startswith("0x100 H3_NO_ERROR")


@pytest.mark.parametrize(
    ("flag", "enum"), [("--h2", H2ErrorCode), ("--h3", H3ErrorCode), ("--quic", QUICErrorCode)]
)
def test_list_a_registry(flag: str, enum: type[H2ErrorCode | H3ErrorCode | QUICErrorCode]) -> None:
    lines = run("list", flag).stdout.splitlines()

    assert [line.split()[-1] for line in lines] == [member.name for member in enum]
    assert lines[0].split()[0] == f"{next(iter(enum)).value:#x}"
    assert [facts["name"] for facts in json.loads(run("list", flag, "--json").stdout)] == [
        member.name for member in enum
    ]


def test_the_bare_word_lists_its_registry_and_two_flags_list_both() -> None:
    assert run("h2").stdout == run("list", "--h2").stdout
    both = run("list", "--h2", "--quic").stdout.splitlines()
    assert len(both) == len(H2ErrorCode) + len(QUICErrorCode)


def test_a_bare_number_still_means_http_then_websocket() -> None:
    assert run("8").returncode == 1  # no HTTP or WebSocket code 8, though H2ErrorCode has one
    assert run("404").stdout.startswith("404 Not Found")
    assert run("1006").stdout.startswith("1006 Abnormal Closure")


def test_a_registry_in_decimal_shows_no_hex(monkeypatch: pytest.MonkeyPatch) -> None:
    from statuscodes import _cli_registries
    from statuscodes._cli_registries import REGISTRIES, Registry

    decimal = Registry("dec", "H2 codes in decimal", REGISTRIES["h2"].load, hex=False)
    monkeypatch.setitem(_cli_registries.REGISTRIES, "dec", decimal)

    (facts,) = json.loads(run("dec", "8", "--json").stdout)
    assert "hex" not in facts and facts["code"] == 8
    assert run("dec", "8").stdout.splitlines()[0] == "8 CANCEL"
    (miss,) = json.loads(run("dec", "255", "--json").stdout)
    assert "hex" not in miss and miss["treated_as"] == "INTERNAL_ERROR"
