"""HTTPCode's behaviour contract: what servers and frameworks rely on."""

from __future__ import annotations

import copy
import enum
import http
import json
import pickle
from collections.abc import Callable
from typing import Any

import pytest

import statuscodes
from statuscodes import HTTPCategory, HTTPCode, Reference, UnregisteredCodeError, reason_phrase


def test_str_and_format_give_the_number_on_every_python() -> None:
    assert str(HTTPCode.NOT_FOUND) == "404"
    assert f"{HTTPCode.NOT_FOUND}" == "404"
    assert "{}".format(HTTPCode.NOT_FOUND) == "404"  # noqa: UP032  # str.format is the point
    assert f"{HTTPCode.NOT_FOUND:>5}" == "  404"
    assert "%d" % HTTPCode.NOT_FOUND == "404"  # noqa: UP031  # %-formatting is the point


def test_repr_shows_name_and_value() -> None:
    assert repr(HTTPCode.NOT_FOUND) == "<HTTPCode.NOT_FOUND: 404>"


def test_members_behave_as_ints() -> None:
    code: int = HTTPCode.NOT_FOUND
    assert code == 404
    assert hash(HTTPCode.NOT_FOUND) == hash(404)
    assert {404: "x"}[HTTPCode.NOT_FOUND] == "x"
    assert json.dumps({"status": HTTPCode.CREATED}) == '{"status": 201}'
    assert sorted([HTTPCode.NOT_FOUND, 200, HTTPCode.CONTINUE]) == [100, 200, 404]
    assert isinstance(HTTPCode.OK, int)
    assert isinstance(HTTPCode.OK, enum.IntEnum)


@pytest.mark.parametrize("member", list(HTTPCode), ids=str)
def test_pickle_and_copy_return_the_same_member(member: HTTPCode) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(member, protocol)) is member
    assert copy.copy(member) is member
    assert copy.deepcopy(member) is member


def test_lookup_by_value_name_and_member() -> None:
    assert HTTPCode(404) is HTTPCode.NOT_FOUND
    assert HTTPCode["NOT_FOUND"] is HTTPCode.NOT_FOUND
    assert HTTPCode(HTTPCode.NOT_FOUND) is HTTPCode.NOT_FOUND
    assert HTTPCode(http.HTTPStatus.NOT_FOUND) is HTTPCode.NOT_FOUND


def test_old_names_are_silent_aliases() -> None:
    assert HTTPCode.UNPROCESSABLE_ENTITY is HTTPCode.UNPROCESSABLE_CONTENT
    assert HTTPCode["REQUEST_ENTITY_TOO_LARGE"] is HTTPCode.CONTENT_TOO_LARGE
    assert HTTPCode.REQUEST_URI_TOO_LONG.name == "URI_TOO_LONG"
    assert HTTPCode.REQUESTED_RANGE_NOT_SATISFIABLE is HTTPCode(416)
    assert len(HTTPCode) == 64  # aliases are not iterated


def test_unregistered_code_raises_value_error_pointing_to_get_and_resolve() -> None:
    with pytest.raises(ValueError, match=r"499 is not a registered.*get\(499\).*resolve\(499\)"):
        HTTPCode(499)
    with pytest.raises(UnregisteredCodeError) as caught:
        HTTPCode(999)
    assert caught.value.code == 999
    assert caught.value.registry is HTTPCode
    assert "100 to 599" in str(caught.value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("404", r"not str '404'.*HTTPCode\.parse\('404'\)"),
        (True, "not bool"),
        (404.5, "not float 404.5"),
        (None, "not NoneType"),
        (b"404", "not bytes"),
    ],
)
def test_non_int_raises_type_error_naming_the_value(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        HTTPCode(value)  # type: ignore[arg-type]  # the point of the test


def test_float_equal_to_a_code_finds_it_as_dict_and_stdlib_do() -> None:
    # Documented: a value equal to a code and hashing like it is that code, as with a dict key.
    assert HTTPCode(404.0) is HTTPCode.NOT_FOUND  # type: ignore[arg-type]  # documented behaviour
    assert http.HTTPStatus(404.0) is http.HTTPStatus.NOT_FOUND  # type: ignore[arg-type]


class IndexOnly:
    """An object that is an integer only through __index__ (as numpy integers are)."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


def test_index_only_objects_are_looked_up_as_their_int() -> None:
    assert HTTPCode(IndexOnly(404)) is HTTPCode.NOT_FOUND  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="499"):
        HTTPCode(IndexOnly(499))  # type: ignore[arg-type]
    assert HTTPCode.get(IndexOnly(404)) is HTTPCode.NOT_FOUND  # type: ignore[call-overload]


def test_unknown_name_raises_key_error_with_suggestions() -> None:
    with pytest.raises(KeyError, match="NOT_FOUND"):
        HTTPCode["NOT_FUND"]


def test_get_never_raises_for_an_int() -> None:
    assert HTTPCode.get(404) is HTTPCode.NOT_FOUND
    assert HTTPCode.get(599) is None
    assert HTTPCode.get(-1, HTTPCode.OK) is HTTPCode.OK
    assert HTTPCode.get(10**100) is None
    with pytest.raises(TypeError):
        HTTPCode.get("404")  # type: ignore[call-overload]  # a str is refused


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (404, 404),
        (499, 400),
        (299, 200),
        (100, 100),
        (199, 100),
        (599, 500),
        (509, 500),
        (306, 306),
    ],
)
def test_resolve_falls_back_to_the_class_x00_code(code: int, expected: int) -> None:
    assert HTTPCode.resolve(code) is HTTPCode(expected)


@pytest.mark.parametrize("code", [99, 600, 0, -404, 1000])
def test_resolve_refuses_codes_outside_100_to_599(code: int) -> None:
    with pytest.raises(ValueError, match="100 to 599"):
        HTTPCode.resolve(code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Not Found", 404),
        ("not found", 404),
        ("NOT-FOUND!", 404),
        ("Request Entity Too Large", 413),
        ("Payload Too Large", 413),
        ("Unprocessable Entity", 422),
        ("Request-URI Too Long", 414),
        ("Requested Range Not Satisfiable", 416),
        ("i'm a teapot", 418),
        ("non authoritative information", 203),
    ],
)
def test_from_phrase_ignores_case_space_and_punctuation(text: str, code: int) -> None:
    assert HTTPCode.from_phrase(text) is HTTPCode(code)


def test_from_phrase_miss_lists_closest() -> None:
    with pytest.raises(ValueError, match="closest: 404 Not Found"):
        HTTPCode.from_phrase("Not Fund")


@pytest.mark.parametrize(
    "text",
    ["404", "404 Not Found", "NOT_FOUND", "not_found", "Not Found", " 404 ", "404 not found"],
)
def test_parse_accepts_every_spelling(text: str) -> None:
    assert HTTPCode.parse(text) is HTTPCode.NOT_FOUND


def test_parse_checks_the_phrase_against_the_code() -> None:
    with pytest.raises(ValueError, match="404 is 'Not Found', not 'OK'"):
        HTTPCode.parse("404 OK")


def test_parse_miss_lists_closest_matches() -> None:
    with pytest.raises(ValueError, match=r"names no HTTPCode; closest: .*418 I'm a Teapot"):
        HTTPCode.parse("teapott")


@pytest.mark.parametrize("text", ["", "   ", "999", "4o4x", "\ud800", "x" * 100_000, "٤٠٤"])
def test_parse_refuses_what_names_no_code(text: str) -> None:
    with pytest.raises(ValueError):
        HTTPCode.parse(text)


def test_parse_takes_text_only() -> None:
    with pytest.raises(TypeError, match=r"for a number use HTTPCode\(404\)"):
        HTTPCode.parse(404)  # type: ignore[arg-type]  # the point of the test


def test_metadata_of_a_member() -> None:
    member = HTTPCode.CONTENT_TOO_LARGE

    assert member.phrase == "Content Too Large"
    assert member.category is HTTPCategory.CLIENT_ERROR
    assert member.reference == Reference("RFC 9110", "15.5.14")
    assert str(member.reference) == "RFC 9110, Section 15.5.14"
    assert member.reference.url == "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14"
    assert member.value == 413 and type(member.value) is int
    assert member.name == "CONTENT_TOO_LARGE"


PREDICATES = [
    "is_informational",
    "is_success",
    "is_redirection",
    "is_client_error",
    "is_server_error",
    "is_error",
]


@pytest.mark.parametrize("member", list(HTTPCode), ids=str)
def test_member_predicates_match_the_first_digit(member: HTTPCode) -> None:
    digit = member // 100
    expected = {
        "is_informational": digit == 1,
        "is_success": digit == 2,
        "is_redirection": digit == 3,
        "is_client_error": digit == 4,
        "is_server_error": digit == 5,
        "is_error": digit in (4, 5),
    }
    assert {name: getattr(member, name) for name in PREDICATES} == expected
    assert member.category is HTTPCategory.of(member)


@pytest.mark.parametrize("name", PREDICATES)
def test_int_predicates_agree_with_members_and_reject_non_ints(name: str) -> None:
    function = getattr(statuscodes, name)
    for code in range(-5, 1100):
        member = HTTPCode.get(code)
        expected = (
            getattr(member, name)
            if member
            else getattr(HTTPCode.resolve(code), name)
            if 100 <= code <= 599
            else False
        )
        assert function(code) is expected, code
    for bad in (True, 404.0, "404", None):
        with pytest.raises(TypeError):
            function(bad)


def test_stdlib_predicates_agree_where_the_stdlib_has_them() -> None:
    if not hasattr(http.HTTPStatus.OK, "is_client_error"):
        assert not hasattr(http.HTTPStatus.OK, "is_success")  # added together in 3.12
        return
    for member in HTTPCode:
        stdlib = http.HTTPStatus.__members__.get(member.name)
        if stdlib is not None:
            # HTTPStatus has the predicates from 3.12: getattr keeps mypy quiet on 3.10-3.11.
            assert member.is_client_error == getattr(stdlib, "is_client_error")  # noqa: B009
            assert member.is_success == getattr(stdlib, "is_success")  # noqa: B009


def test_category_of_any_code() -> None:
    assert HTTPCategory.of(499) is HTTPCategory.CLIENT_ERROR
    assert HTTPCategory.CLIENT_ERROR.phrase == "Client Error"
    assert 450 in HTTPCategory.CLIENT_ERROR.codes
    assert HTTPCategory("4xx") is HTTPCategory.CLIENT_ERROR
    for bad in (99, 600):
        with pytest.raises(ValueError, match="100 to 599"):
            HTTPCategory.of(bad)
    with pytest.raises(TypeError):
        HTTPCategory.of("404")  # type: ignore[arg-type]


def test_reason_phrase_is_empty_for_anything_unregistered() -> None:
    assert reason_phrase(404) == "Not Found"
    assert reason_phrase(HTTPCode.CREATED) == "Created"
    for code in (599, -1, 0, 10**30):
        assert reason_phrase(code) == ""
    assert reason_phrase("404") == ""  # type: ignore[arg-type]  # documented: never raises


def test_members_are_read_only() -> None:
    attempts: list[Callable[[], object]] = [
        lambda: setattr(HTTPCode.NOT_FOUND, "phrase", "Lost"),
        lambda: setattr(HTTPCode.NOT_FOUND, "anything", 1),
        lambda: delattr(HTTPCode.NOT_FOUND, "phrase"),
        lambda: setattr(HTTPCode, "NOT_FOUND", 5),
        lambda: delattr(HTTPCode, "NOT_FOUND"),
    ]  # methods are patchable: tests/test_patching.py
    for attempt in attempts:
        with pytest.raises(AttributeError, match="(?i)read-only|cannot"):
            attempt()
    assert HTTPCode.NOT_FOUND.phrase == "Not Found"
    assert HTTPCode.get(999) is None
    assert HTTPCode.resolve(404) is HTTPCode.NOT_FOUND


def test_contains_answers_for_values_on_every_python() -> None:
    registry: Any = HTTPCode  # typeshed accepts plain values in an Enum only from 3.12 on
    assert 404 in registry
    assert HTTPCode.NOT_FOUND in registry
    assert 499 not in registry
