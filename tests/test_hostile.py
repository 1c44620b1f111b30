"""Hostile input: every public entry point returns its documented result or raises the documented
error, naming the value (cut short when huge); never another exception, never a hang."""

from __future__ import annotations

import decimal
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import statuscodes
from statuscodes import (
    Finding,
    HTTPCategory,
    HTTPCode,
    WSCategory,
    WSCloseCode,
    check_response,
    openapi_responses,
    status,
    unofficial,
)

ANYTHING = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.sampled_from([10**5000, -(10**5000), 2**64, True, False]),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet=st.characters(codec=None, categories=["Cs", "Lu", "Nd", "Zs", "Po"])),
    st.binary(),
    st.none(),
    st.lists(st.integers(), max_size=3),
    st.tuples(st.integers()),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.frozensets(st.integers(), max_size=3),
)

ENTRY_POINTS: dict[str, Callable[[Any], object]] = {
    "HTTPCode()": HTTPCode,
    "HTTPCode.get": HTTPCode.get,
    "HTTPCode.resolve": HTTPCode.resolve,
    "HTTPCode.parse": HTTPCode.parse,
    "HTTPCode.from_phrase": HTTPCode.from_phrase,
    "HTTPCategory.of": HTTPCategory.of,
    "HTTPCategory()": HTTPCategory,
    "WSCloseCode()": WSCloseCode,
    "WSCloseCode.get": WSCloseCode.get,
    "WSCloseCode.parse": WSCloseCode.parse,
    "WSCloseCode.from_phrase": WSCloseCode.from_phrase,
    "WSCloseCode.for_http": WSCloseCode.for_http,
    "WSCategory.of": WSCategory.of,
    "reason_phrase": statuscodes.reason_phrase,
    "is_informational": statuscodes.is_informational,
    "is_success": statuscodes.is_success,
    "is_redirection": statuscodes.is_redirection,
    "is_client_error": statuscodes.is_client_error,
    "is_server_error": statuscodes.is_server_error,
    "is_error": statuscodes.is_error,
    "is_valid_close_code": statuscodes.is_valid_close_code,
    "HTTPCategory.parse": HTTPCategory.parse,
    "WSCategory()": WSCategory,
    "WSCategory.parse": WSCategory.parse,
    "status.is_redirect": status.is_redirect,
    "check_response(x, {})": lambda value: check_response(value, {}),
    "check_response(404, x)": lambda value: check_response(404, value),
    "check_response(204, {}, content=x)": lambda value: check_response(204, {}, content=value),
    "HTTPCode.NOT_FOUND.problem": HTTPCode.NOT_FOUND.problem,
    "openapi_responses": openapi_responses,
    "unofficial.meanings": unofficial.meanings,
    "unofficial.Nginx()": unofficial.Nginx,
    "unofficial.Nginx.get": unofficial.Nginx.get,
}
# What an entry point may return: a member, a flag, text, or the check's and helpers' plain data.
RESULTS = (bool, str, list, dict, tuple, HTTPCode, WSCloseCode, HTTPCategory, WSCategory)
RESULTS_OF_VENDORS = unofficial.VendorCode


def _unhashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return True
    return False


@pytest.mark.slow  # 300 examples for each of ~20 entry points
@pytest.mark.parametrize("name", list(ENTRY_POINTS))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=ANYTHING)
def test_entry_point_raises_only_documented_errors(name: str, value: object) -> None:
    function = ENTRY_POINTS[name]
    try:
        result = function(value)
    except (ValueError, TypeError) as error:
        message = str(error)
        assert len(message) < 600, message[:100]
        if isinstance(error, TypeError) and _unhashable(value) and "unhashable" in message:
            return  # documented: a dict lookup cannot name an unhashable argument
        assert message
    else:
        assert result is None or isinstance(result, (*RESULTS, RESULTS_OF_VENDORS))
        if isinstance(result, list):  # the check's findings, each a Finding
            assert all(isinstance(item, (Finding, tuple)) for item in result)


@pytest.mark.slow
@pytest.mark.parametrize(
    "registry",
    [HTTPCode, WSCloseCode, HTTPCategory, WSCategory, unofficial.Nginx],
    ids=lambda registry: registry.__name__,
)
@given(value=ANYTHING)
@settings(max_examples=300, deadline=None)
def test_lookup_by_name_raises_only_key_error(registry: Any, value: object) -> None:
    if _unhashable(value):
        return
    try:
        registry[value]
    except KeyError as error:
        assert 0 < len(str(error)) < 600
    else:
        assert isinstance(value, str)


class Index:
    """An int by `__index__` only, as numpy's integers are."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


def test_the_check_answers_huge_and_index_codes_as_every_lookup_does() -> None:
    [finding] = check_response(10**5000, {})

    assert finding.level == "MUST" and "int of 16610 bits" in finding.message
    assert check_response(Index(204), {}) == check_response(204, {})  # type: ignore[arg-type]
    assert check_response(Index(404), {"Content-Type": "text/plain"}, content=b"x") == []  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bytes"):
        check_response(204, {}, content="abc")  # type: ignore[arg-type]  # the point of the test


@pytest.mark.parametrize("registry", [HTTPCategory, WSCategory], ids=lambda r: r.__name__)
def test_a_huge_int_as_a_category_name_is_named_by_its_size(registry: Any) -> None:
    with pytest.raises(KeyError) as caught:
        registry[10**5000]

    assert "int of 16610 bits is not a member name" in str(caught.value)


@pytest.mark.parametrize("function", [HTTPCode.parse, HTTPCode.from_phrase, WSCloseCode.parse])
def test_long_text_is_refused_in_linear_time(function: Callable[[str], object]) -> None:
    for text in ("x" * 10_000_000, "404 " + "a" * 10_000_000, "\udcff" * 1_000_000):
        started = time.perf_counter()
        with pytest.raises(ValueError) as caught:
            function(text)
        assert time.perf_counter() - started < 2.0
        assert len(str(caught.value)) < 300


def test_decided_edge_cases() -> None:
    # A value equal to a code and hashing like it is that code, as for any dict key.
    assert HTTPCode(404.0) is HTTPCode(decimal.Decimal(404)) is HTTPCode.NOT_FOUND  # type: ignore[arg-type]
    # bool is refused although it is an int: True would otherwise be looked up as 1.
    with pytest.raises(TypeError, match="bool"):
        HTTPCode(True)
    with pytest.raises(TypeError, match="bool"):
        statuscodes.is_error(True)
    # A huge int is named without printing all its digits.
    with pytest.raises(ValueError, match="int of 16610 bits"):
        HTTPCode(10**5000)


@pytest.mark.parametrize("member", [*HTTPCode, *WSCloseCode], ids=repr)
def test_parse_round_trips_every_spelling(member: HTTPCode | WSCloseCode) -> None:
    registry = type(member)
    for text in (
        str(member.value),
        member.name,
        member.name.lower(),
        member.phrase,
        member.phrase.upper(),
        f"{member.value} {member.phrase}",
    ):
        assert registry.parse(text) is member, text
    assert registry.from_phrase(member.phrase) is member


@given(code=st.integers(min_value=-(10**4), max_value=10**5))
def test_int_predicates_agree_with_members_and_categories(code: int) -> None:
    member = HTTPCode.get(code)
    in_range = 100 <= code <= 599
    if member is not None:
        assert statuscodes.is_client_error(code) is member.is_client_error
        assert statuscodes.is_error(code) is member.is_error
    assert statuscodes.is_success(code) is (
        in_range and HTTPCategory.of(code) is HTTPCategory.SUCCESSFUL
    )
    close = WSCloseCode.get(code)
    if close is not None:
        assert statuscodes.is_valid_close_code(code) is close.is_sendable


@pytest.mark.parametrize("boundary", [99, 100, 199, 200, 299, 300, 399, 400, 499, 500, 599, 600])
def test_categories_at_every_http_boundary(boundary: int) -> None:
    if not 100 <= boundary <= 599:
        with pytest.raises(ValueError):
            HTTPCategory.of(boundary)
        assert not any(
            getattr(statuscodes, p)(boundary)
            for p in (
                "is_informational",
                "is_success",
                "is_redirection",
                "is_client_error",
                "is_server_error",
                "is_error",
            )
        )
        return
    category = HTTPCategory.of(boundary)
    assert boundary in category.codes
    assert statuscodes.is_client_error(boundary) is (category is HTTPCategory.CLIENT_ERROR)
    assert statuscodes.is_server_error(boundary) is (category is HTTPCategory.SERVER_ERROR)
