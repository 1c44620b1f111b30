"""Corner cases of the contract that the broader suites do not reach: values whose repr() raises,
immutable values compared with strangers, new names on the metaclasses, a registry or a range
enum that brings no messages of its own, and the fork hook of the response check."""

from __future__ import annotations

import pytest

from statuscodes import (
    CodeTypeError,
    Finding,
    HeaderRule,
    HTTPCode,
    Reference,
    UnregisteredCodeError,
    _data,
    check_response,
)
from statuscodes._data import CategoryRow, Row
from statuscodes._registry import Category, CodeRegistry


class HostileRepr:
    def __repr__(self) -> str:
        raise RuntimeError("repr() refused")


def test_a_value_whose_repr_raises_is_named_by_its_type() -> None:
    with pytest.raises(CodeTypeError, match="a HostileRepr"):
        HTTPCode(HostileRepr())  # type: ignore[arg-type]  # the point of the test
    with pytest.raises(TypeError, match="a HostileRepr"):
        check_response(HostileRepr(), {})  # type: ignore[arg-type]  # the point of the test


def test_check_response_names_a_method_that_is_not_a_str() -> None:
    with pytest.raises(TypeError, match="method must be a str such as 'GET', not bytes"):
        check_response(200, {}, method=b"GET")  # type: ignore[arg-type]  # the point of the test


def test_a_reference_outside_the_rfcs_needs_its_url() -> None:
    with pytest.raises(ValueError, match="'W3C Fetch' is not an RFC: give its url"):
        Reference("W3C Fetch")
    assert Reference("RFC 9110").url == "https://www.rfc-editor.org/rfc/rfc9110.html"


def test_immutable_values_refuse_deletion_and_compare_unequal_with_strangers() -> None:
    reference = Reference("RFC 9110", "15.5.5")
    rule = HeaderRule("Allow", "MUST", reference, "The methods allowed.")
    finding = Finding("MUST", "405 response without Allow", 405, reference)
    with pytest.raises(AttributeError, match="Reference is immutable: cannot delete 'document'"):
        del reference.document
    with pytest.raises(AttributeError, match="HeaderRule is immutable: cannot delete 'note'"):
        del rule.note
    assert reference != ("RFC 9110", "15.5.5", reference.url)
    assert rule != finding  # both are values of fields, but not the same kind
    assert rule == HeaderRule("Allow", "MUST", Reference("RFC 9110", "15.5.5"), rule.note)


def test_the_metaclasses_take_new_names_and_give_them_back() -> None:
    metaclass = type(HTTPCode)
    metaclass.cache_of_some_library = {}  # type: ignore[attr-defined]  # any new name
    assert HTTPCode.cache_of_some_library == {}  # type: ignore[attr-defined]
    del metaclass.cache_of_some_library  # type: ignore[attr-defined]
    assert not hasattr(HTTPCode, "cache_of_some_library")


def test_the_name_descriptor_read_directly_gives_the_member_its_own_name() -> None:
    descriptor = vars(CodeRegistry)["name"]

    assert descriptor.__get__(HTTPCode.NOT_FOUND, HTTPCode) == "NOT_FOUND"
    assert isinstance(descriptor.__get__(None, HTTPCode), property)


# The table's own Reference: the public one is the same class, which the stubs declare apart.
RFC_2324 = _data.Reference("RFC 2324")
TEAPOTS = (
    Row(code=218, name="STOUT", phrase="Stout", description="A test row.", reference=RFC_2324),
)
POTS = (
    CategoryRow(name="POTS", value="2xx", phrase="Pots", first=200, last=299, reference=RFC_2324),
)


def test_a_registry_without_messages_of_its_own_still_says_what_missed() -> None:
    class Teapots(CodeRegistry, rows=TEAPOTS):
        @classmethod
        def _member_fields(cls, row: Row) -> dict[str, object]:
            return {"phrase": row.phrase}

    class Pots(Category, rows=POTS):
        pass

    assert Teapots(218).phrase == "Stout"
    with pytest.raises(UnregisteredCodeError, match="^219 is not a member of Teapots$"):
        Teapots(219)
    assert Pots.of(218) is Pots.POTS  # type: ignore[attr-defined]  # a member from the rows
    with pytest.raises(ValueError, match="^300 is in no range of Pots$"):
        Pots.of(300)
