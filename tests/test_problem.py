"""HTTPCode.problem against RFC 9457."""

from __future__ import annotations

import json

import pytest

from statuscodes import PROBLEM_JSON, HTTPCode


def test_rfc9457_4_2_1_about_blank_title_is_the_phrase() -> None:
    assert HTTPCode.NOT_FOUND.problem() == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
    }


def test_rfc9457_3_1_members_and_extensions_are_json_ready() -> None:
    body = HTTPCode.FORBIDDEN.problem(
        "Your balance is 30; the item costs 50.",
        type="https://example.com/probs/out-of-credit",
        instance="/account/12345/msgs/abc",
        balance=30,
    )

    assert json.loads(json.dumps(body)) == {
        "type": "https://example.com/probs/out-of-credit",
        "title": "Forbidden",
        "status": 403,
        "detail": "Your balance is 30; the item costs 50.",
        "instance": "/account/12345/msgs/abc",
        "balance": 30,
    }
    assert type(body["status"]) is int


def test_rfc9457_problem_json_media_type() -> None:
    assert PROBLEM_JSON == "application/problem+json"


@pytest.mark.parametrize("name", ["status", "title"])
def test_reserved_member_names_cannot_be_extensions(name: str) -> None:
    with pytest.raises(ValueError, match=f"'{name}' cannot be an extension member"):
        HTTPCode.NOT_FOUND.problem(**{name: "x"})


@pytest.mark.parametrize("code", [HTTPCode.OK, HTTPCode.CONTINUE, HTTPCode.FOUND])
def test_a_code_below_400_has_no_problem(code: HTTPCode) -> None:
    with pytest.raises(ValueError, match="is not an error: problem details"):
        code.problem()


@pytest.mark.parametrize("keyword", ["detail", "type", "instance"])
def test_string_members_must_be_strings(keyword: str) -> None:
    with pytest.raises(TypeError, match=f"{keyword} must be a str or None, not int"):
        HTTPCode.NOT_FOUND.problem(**{keyword: 1})  # type: ignore[arg-type]  # not a str
