"""HTTPCode and WSCloseCode as attrs field types, structured and unstructured by cattrs."""

from __future__ import annotations

import attrs
import cattrs
import pytest
from framework_inputs import BAD_VALUES

from statuscodes import HTTPCode, WSCloseCode


@attrs.define
class Exchange:
    status: HTTPCode
    close: WSCloseCode


converter = cattrs.Converter()


def test_structure_gives_the_members_and_unstructure_the_ints() -> None:
    exchange = converter.structure({"status": 404, "close": 1008}, Exchange)

    assert exchange.status is HTTPCode.NOT_FOUND
    assert exchange.close is WSCloseCode.POLICY_VIOLATION
    assert converter.unstructure(exchange) == {"status": 404, "close": 1008}
    assert type(converter.unstructure(exchange)["status"]) is int


@pytest.mark.parametrize(
    "value",
    [value for value in BAD_VALUES if value != 1000],  # 1000 is a close code: the next test
    ids=lambda value: repr(value)[:20],
)
def test_bad_input_is_a_cattrs_error_holding_a_value_error(value: object) -> None:
    with pytest.raises(cattrs.ClassValidationError) as excinfo:
        converter.structure({"status": value, "close": 1000}, Exchange)

    (error,) = excinfo.value.exceptions
    assert isinstance(error, ValueError)


def test_a_bare_code_raises_the_registry_s_value_error() -> None:
    # Outside a class cattrs adds no wrapper: the enum's own error, a ValueError as for any Enum.
    with pytest.raises(ValueError, match="not a registered HTTP status code"):
        converter.structure(599, HTTPCode)
    with pytest.raises(ValueError, match="takes an int"):
        converter.structure("404", HTTPCode)
    assert converter.structure(1000, WSCloseCode) is WSCloseCode.NORMAL_CLOSURE
