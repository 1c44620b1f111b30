"""The table against independent sources: the IANA snapshots and the running Python's HTTPStatus."""

from __future__ import annotations

import http
import re
import sys

import pytest
from conftest import DATA, IANA_HTTP, IANA_WS, IanaRow

from statuscodes import (
    IANA_HTTP_REGISTRY_DATE,
    HTTPCode,
    Registration,
    WSCloseCode,
)
from statuscodes._data import HTTP_ROWS, WS_ROWS


def test_every_iana_http_code_is_a_member_and_nothing_else() -> None:
    assert sorted(member.value for member in HTTPCode) == [row.value for row in IANA_HTTP]
    assert len(HTTPCode) == 64


def test_every_iana_close_code_is_a_member_and_nothing_else() -> None:
    assert sorted(member.value for member in WSCloseCode) == [row.value for row in IANA_WS]


HTTP_ROWS_BY_CODE = {row.code: row for row in HTTP_ROWS}
WS_ROWS_BY_CODE = {row.code: row for row in WS_ROWS}


def _registry_text(member: HTTPCode | WSCloseCode) -> str:
    row = {**HTTP_ROWS_BY_CODE, **WS_ROWS_BY_CODE}[member.value]
    return row.registry_text or row.phrase


@pytest.mark.parametrize("iana", IANA_HTTP, ids=lambda row: str(row.value))
def test_http_phrase_is_the_registry_description(iana: IanaRow) -> None:
    assert _registry_text(HTTPCode(iana.value)) == iana.description


@pytest.mark.parametrize("iana", IANA_WS, ids=lambda row: str(row.value))
def test_close_code_phrase_is_the_registry_description(iana: IanaRow) -> None:
    member = WSCloseCode(iana.value)

    assert _registry_text(member) == iana.description
    # Where the phrase departs from the registry, it only recases or expands it.
    if member.phrase != iana.description:
        assert member.phrase.lower().startswith(iana.description.lower().rstrip("."))


@pytest.mark.parametrize("iana", IANA_HTTP, ids=lambda row: str(row.value))
def test_http_reference_matches_the_registry(iana: IanaRow) -> None:
    reference = HTTPCode(iana.value).reference
    document = re.match(r"\[([^\],]+)(?:, Section ([\d.]+))?\]", iana.reference)
    assert document is not None

    name, section = document.groups()
    assert reference.document.replace(" ", "") == name
    if section is not None:
        assert reference.section == section
    if reference.document.startswith("RFC "):
        number = reference.document[4:]
        assert reference.url.startswith(f"https://www.rfc-editor.org/rfc/rfc{number}.html")
        assert reference.section is not None, "every RFC-defined code cites its section"
        assert reference.url.endswith(f"#section-{reference.section}")


@pytest.mark.parametrize("iana", IANA_WS, ids=lambda row: str(row.value))
def test_close_code_reference_matches_the_registry(iana: IanaRow) -> None:
    reference = WSCloseCode(iana.value).reference

    if iana.reference == "[RFC6455]":
        assert str(reference) == "RFC 6455, Section 7.4.1"
    elif iana.reference == "[IANA registration]":
        assert reference.url.startswith("https://www.iana.org/assignments/websocket/")
    else:
        archive_path = iana.reference.strip("[]").split("://", 1)[1].split("/", 1)[1]
        assert reference.url.endswith(archive_path)


def test_special_registrations_follow_the_registry_notes() -> None:
    assert HTTPCode(104).registration is Registration.TEMPORARY
    assert HTTPCode(305).registration is Registration.DEPRECATED
    assert HTTPCode(306).registration is Registration.UNUSED
    assert HTTPCode(418).registration is Registration.UNUSED
    assert HTTPCode(510).registration is Registration.OBSOLETED
    assert WSCloseCode(1004).registration is Registration.RESERVED
    special = {104, 305, 306, 418, 510}
    assert all(m.registration is Registration.PERMANENT for m in HTTPCode if m not in special)


def test_registry_date_is_the_snapshot_date() -> None:
    header = (DATA / "http-status-codes.csv").read_text(encoding="utf-8")

    assert f"Registry last updated: {IANA_HTTP_REGISTRY_DATE}" in header


def test_names_follow_the_issue_and_the_stdlib() -> None:
    assert HTTPCode(306).name == "RESERVED"
    assert HTTPCode(418).name == "IM_A_TEAPOT"
    assert HTTPCode(104).name == "UPLOAD_RESUMPTION_SUPPORTED"
    assert HTTPCode(306).phrase == "Switch Proxy"
    assert HTTPCode(418).phrase == http.HTTPStatus(418).phrase == "I'm a Teapot"


@pytest.mark.parametrize("name", list(http.HTTPStatus.__members__))
def test_every_stdlib_name_resolves_to_the_same_value(name: str) -> None:
    stdlib = http.HTTPStatus[name]

    assert HTTPCode[name] == stdlib.value
    assert getattr(HTTPCode, name) is HTTPCode(stdlib.value)


@pytest.mark.parametrize("stdlib", list(http.HTTPStatus), ids=lambda s: str(s.value))
def test_every_stdlib_phrase_reads_back_as_the_same_code(stdlib: http.HTTPStatus) -> None:
    # Before 3.13 the stdlib has the pre-RFC 9110 phrases: they must still parse.
    assert HTTPCode.from_phrase(stdlib.phrase) is HTTPCode(stdlib.value)


@pytest.mark.parametrize("stdlib", list(http.HTTPStatus), ids=lambda s: str(s.value))
def test_phrases_agree_with_the_stdlib(stdlib: http.HTTPStatus) -> None:
    member = HTTPCode(stdlib.value)

    if sys.version_info < (3, 13) and stdlib.value in {413, 414, 416, 422}:
        assert stdlib.phrase in HTTP_ROWS_BY_CODE[stdlib.value].other_phrases  # pre-RFC 9110
    else:
        assert member.phrase == stdlib.phrase


def test_descriptions_are_never_empty_and_end_as_sentences() -> None:
    for member in (*HTTPCode, *WSCloseCode):
        assert len(member.description) > 30, member
        assert member.description.endswith("."), member


@pytest.mark.parametrize("iana", IANA_HTTP, ids=lambda row: str(row.value))
def test_a_temporary_registration_has_the_registry_expiry_date(iana: IanaRow) -> None:
    expiry = re.search(r"expires (\d{4}-\d\d-\d\d)", iana.description)

    member = HTTPCode(iana.value)
    assert member.expires == (expiry and expiry.group(1))
    assert (member.registration is Registration.TEMPORARY) == (expiry is not None)
