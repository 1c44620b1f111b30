"""The error contract (docs/design.md, "Errors"), and what an adversarial pass found."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import pytest

from statuscodes import (
    CodeTypeError,
    HTTPCategory,
    HTTPCode,
    UnregisteredCodeError,
    WSCategory,
    WSCloseCode,
    is_client_error,
    is_valid_close_code,
)

LOOKUPS: dict[str, Callable[[Any], object]] = {
    "HTTPCode()": HTTPCode,
    "HTTPCode.get()": HTTPCode.get,
    "HTTPCode.resolve()": HTTPCode.resolve,
    "HTTPCategory.of()": HTTPCategory.of,
    "WSCloseCode()": WSCloseCode,
    "WSCloseCode.for_http()": WSCloseCode.for_http,
    "is_client_error()": is_client_error,
    "is_valid_close_code()": is_valid_close_code,
}


@pytest.mark.parametrize("what", LOOKUPS)
@pytest.mark.parametrize("bad", ["404", 404.5, None, True, [], {}, b"404"], ids=repr)
def test_a_wrong_type_is_a_type_error_and_a_value_error(what: str, bad: object) -> None:
    with pytest.raises(
        CodeTypeError, match=rf"{what.replace('(', '[(]').replace(')', '[)]')} takes an int"
    ):
        LOOKUPS[what](bad)


def test_a_wrong_type_error_is_caught_as_either() -> None:
    assert issubclass(CodeTypeError, TypeError) and issubclass(CodeTypeError, ValueError)


def test_a_str_to_get_points_at_parse() -> None:
    with pytest.raises(CodeTypeError) as caught:
        HTTPCode.get("404")  # type: ignore[call-overload]  # the point of the test

    assert str(caught.value).endswith("to read text use HTTPCode.parse('404')")


def test_a_huge_code_gives_an_error_that_logging_can_print() -> None:
    with pytest.raises(UnregisteredCodeError) as caught:
        HTTPCode(10**5000)

    assert "bits" in repr(caught.value) and "bits" in str(caught.value)


@pytest.mark.parametrize("args", [(), ("just a message",), (HTTPCode,), (HTTPCode, "x")])
def test_an_error_made_by_hand_prints_as_a_value_error_does(args: tuple[object, ...]) -> None:
    error = UnregisteredCodeError(*args)

    assert str(error) == str(ValueError(*args))
    assert repr(error) == repr(ValueError(*args)).replace("ValueError", "UnregisteredCodeError")


@pytest.mark.parametrize("name", ["NOT_FOUD", "X" * 150, "unprocessable_entityyyyyyyyyyyyyyyyyyy"])
def test_a_name_miss_says_what_to_do_in_under_300_characters(name: str) -> None:
    with pytest.raises(KeyError) as caught:
        HTTPCode[name]

    assert len(str(caught.value)) < 300 and "HTTPCode.parse()" in str(caught.value)


@pytest.mark.parametrize(
    "text", ["NOT_FOUND\x00", "Not\u200bFound", "\u202eNot Found", "404\t", "Not\x85Found"]
)
@pytest.mark.parametrize(
    "read", [HTTPCode.parse, HTTPCode.from_phrase], ids=["parse", "from_phrase"]
)
def test_text_with_hidden_characters_is_refused(read: Callable[[str], object], text: str) -> None:
    with pytest.raises(ValueError, match="unprintable character"):
        read(text.replace("\t", "\tx"))


def test_spaces_people_type_are_not_hidden_characters() -> None:
    assert HTTPCode.parse("\u00a0Not\u00a0Found ") is HTTPCode.NOT_FOUND


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("4xx", HTTPCategory.CLIENT_ERROR),
        ("client error", HTTPCategory.CLIENT_ERROR),
        ("CLIENT_ERROR", HTTPCategory.CLIENT_ERROR),
        ("4000-4999", WSCategory.PRIVATE),
        ("private use", WSCategory.PRIVATE),
    ],
)
def test_the_categories_parse_too(text: str, member: Any) -> None:
    assert type(member).parse(text) is member


FORK_DURING_FIRST_TEXT_USE = """
import os, sys, threading
import statuscodes

go = threading.Event()
def first_use():
    go.wait()
    statuscodes.HTTPCode.parse("not found"); statuscodes.WSCloseCode.from_phrase("going away")
    try:
        statuscodes.HTTPCode.parse("teapott")
    except ValueError:
        pass
thread = threading.Thread(target=first_use)
thread.start()
go.set()
pid = os.fork()
if pid == 0:
    ok = statuscodes.HTTPCode.parse("404 not found") is statuscodes.HTTPCode.NOT_FOUND
    try:
        statuscodes.WSCloseCode.parse("nonsense")
    except ValueError:
        pass
    os._exit(0 if ok else 1)
thread.join()
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
"""


@pytest.mark.slow  # 20 forks in a child process
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_fork_during_the_first_text_lookup_never_hangs() -> None:
    script = textwrap.dedent(FORK_DURING_FIRST_TEXT_USE)
    for _ in range(20):
        result = subprocess.run(
            [sys.executable, "-W", "ignore::DeprecationWarning", "-c", script], timeout=30
        )
        assert result.returncode == 0
