"""statuscodes.grpc against google.rpc's code.proto, the gRPC project's HTTP mapping page (both
snapshots in tests/data) and grpcio's own enum."""

from __future__ import annotations

import ast
import copy
import csv
import json
import pickle
import subprocess
import sys
import typing
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import DATA, import_unless_left_out, skip_on_pypy_without
from hypothesis import HealthCheck, given, settings
from test_hostile import ANYTHING

from statuscodes import CodeTypeError, HTTPCode, Reference, UnregisteredCodeError
from statuscodes._cli import main
from statuscodes.grpc import GRPCCode, from_grpcio, from_http, to_grpcio, to_http
from statuscodes.unofficial import Nginx, VendorCode

grpc = import_unless_left_out("grpc")  # grpcio: no PyPy wheels
ROOT = Path(__file__).resolve().parent.parent


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


class ProtoRow(NamedTuple):
    value: int
    name: str
    line: int
    http: int
    http_phrase: str
    generated_by_library: bool


CODE_PROTO = [
    ProtoRow(
        int(row["value"]),
        row["name"],
        int(row["line"]),
        int(row["http"]),
        row["http_phrase"],
        row["generated_by_library"] == "yes",
    )
    for row in _rows("grpc-status-codes.csv")
]
HTTP_MAPPING = {row["http"]: row["grpc"] for row in _rows("http-to-grpc-status.csv")}


def test_every_code_of_code_proto_is_a_member_and_nothing_else() -> None:
    assert sorted((member.value, member.name) for member in GRPCCode) == sorted(
        (row.value, row.name) for row in CODE_PROTO
    )
    assert [member.value for member in GRPCCode] == list(range(17))  # in the order of the codes


@pytest.mark.parametrize("proto", CODE_PROTO, ids=lambda row: row.name)
def test_to_http_is_code_protos_http_mapping(proto: ProtoRow) -> None:
    http = to_http(proto.value)

    assert http == proto.http
    assert http.phrase == proto.http_phrase  # the phrase code.proto writes beside the number
    assert http is GRPCCode[proto.name].http_status


def test_cancelled_maps_to_nginx_499_which_no_rfc_defines() -> None:
    http = to_http(GRPCCode.CANCELLED)

    assert http is Nginx.CLIENT_CLOSED_REQUEST
    assert isinstance(http, VendorCode) and not isinstance(http, HTTPCode)
    assert HTTPCode.get(499) is None
    assert all(isinstance(member.http_status, HTTPCode) for member in GRPCCode if member.value != 1)


@pytest.mark.parametrize("proto", CODE_PROTO, ids=lambda row: row.name)
def test_reference_points_at_the_codes_line_of_code_proto(proto: ProtoRow) -> None:
    reference = GRPCCode(proto.value).reference

    assert reference.document == "google/rpc/code.proto"
    assert reference.section == f"Code.{proto.name}"
    assert reference.url.endswith(f"/google/rpc/code.proto#L{proto.line}")
    assert "/blob/master/" not in reference.url  # pinned to the commit the snapshot was read at


@pytest.mark.parametrize("proto", CODE_PROTO, ids=lambda row: row.name)
def test_application_only_codes_are_those_the_libraries_never_generate(proto: ProtoRow) -> None:
    assert GRPCCode(proto.value).is_application_only is not proto.generated_by_library


def _mapped(status: int) -> str:
    return HTTP_MAPPING.get(str(status), HTTP_MAPPING["*"])


def test_from_http_is_the_mapping_page_for_every_final_status() -> None:
    for status in range(200, 600):
        assert from_http(status) is GRPCCode[_mapped(status)], status


def test_from_http_of_the_statuses_people_ask_about() -> None:
    assert from_http(200) is GRPCCode.UNKNOWN  # a true OK carries grpc-status
    assert from_http(404) is GRPCCode.UNIMPLEMENTED  # not NOT_FOUND: no such method
    assert from_http(HTTPCode.TOO_MANY_REQUESTS) is GRPCCode.UNAVAILABLE
    assert from_http(431) is GRPCCode.INTERNAL
    assert from_http(499) is GRPCCode.UNKNOWN  # any int in range, registered or not


def test_the_two_mappings_are_neither_symmetric_nor_one_to_one() -> None:
    round_trips = {member for member in GRPCCode if from_http(to_http(member)) is member}
    images = [to_http(member) for member in GRPCCode]

    assert round_trips == {
        GRPCCode.UNKNOWN,
        GRPCCode.PERMISSION_DENIED,
        GRPCCode.UNAVAILABLE,
        GRPCCode.UNAUTHENTICATED,
    }
    assert len(set(images)) < len(images)  # 400 and 500 stand for three codes each


@pytest.mark.parametrize("status", [100, 101, 103, 199])
def test_from_http_refuses_an_interim_status(status: int) -> None:
    with pytest.raises(ValueError, match=f"{status} is an interim response"):
        from_http(status)


@pytest.mark.parametrize("status", [-1, 0, 99, 600, 10**5000], ids=["-1", "0", "99", "600", "huge"])
def test_from_http_refuses_what_is_no_http_status(status: int) -> None:
    with pytest.raises(ValueError, match="is not an HTTP status code"):
        from_http(status)


@pytest.mark.parametrize("value", ["404", 404.0, True, None])
def test_from_http_takes_ints_only(value: object) -> None:
    with pytest.raises(CodeTypeError, match="from_http\\(\\) takes an int"):
        from_http(value)  # type: ignore[arg-type]  # the point of the test


@pytest.mark.parametrize("member", list(GRPCCode), ids=repr)
def test_same_contract_as_the_http_registry(member: GRPCCode) -> None:
    assert str(member) == f"{member}" == str(member.value)
    assert repr(member) == f"<GRPCCode.{member.name}: {member.value}>"
    assert pickle.loads(pickle.dumps(member)) is member
    assert copy.deepcopy(member) is member
    assert GRPCCode(member.value) is GRPCCode[member.name] is GRPCCode.get(member.value) is member
    for text in (
        member.name,
        member.name.lower(),
        member.phrase,
        f"{member.value} {member.phrase}",
    ):
        assert GRPCCode.parse(text) is member
    assert GRPCCode.from_phrase(member.phrase.upper()) is member
    assert member.description.endswith(".")
    assert isinstance(member.reference, Reference)
    with pytest.raises(AttributeError, match="read-only"):
        member.phrase = "changed"  # type: ignore[misc]  # the point of the test


def test_phrases_are_the_names_in_words() -> None:
    for member in GRPCCode:
        assert member.phrase.upper().replace(" ", "_") == member.name


@pytest.mark.parametrize("code", [-1, 17, 404, 10**5000], ids=["-1", "17", "404", "huge"])
def test_a_miss_names_the_registry_and_its_range(code: int) -> None:
    with pytest.raises(UnregisteredCodeError, match="is not a gRPC status code: GRPCCode has 0"):
        GRPCCode(code)
    assert GRPCCode.get(code) is None


def test_a_miss_on_an_http_status_points_to_from_http() -> None:
    with pytest.raises(ValueError, match=r"use from_http\(503\)"):
        GRPCCode(503)
    with pytest.raises(ValueError, match=r"17 is not a gRPC status code"):
        to_http(17)


@pytest.mark.parametrize("value", [True, False, 5.5, "5", b"5", None, [5]], ids=repr)
def test_anything_but_an_int_is_refused(value: object) -> None:
    with pytest.raises(CodeTypeError, match="GRPCCode\\(\\) takes an int"):
        GRPCCode(value)  # type: ignore[arg-type]  # the point of the test
    with pytest.raises(CodeTypeError):
        to_http(value)  # type: ignore[arg-type]  # the point of the test


def test_bools_are_refused_although_0_and_1_are_codes() -> None:
    with pytest.raises(CodeTypeError, match="bool is refused"):
        GRPCCode(True)
    with pytest.raises(CodeTypeError, match="bool is refused"):
        GRPCCode.get(False)
    # As HTTPCode(404.0): a value equal to a code and hashing like it is that code.
    assert GRPCCode(5.0) is GRPCCode.NOT_FOUND  # type: ignore[arg-type]  # not an int by type


ENTRY_POINTS: dict[str, typing.Callable[[typing.Any], object]] = {
    "GRPCCode()": GRPCCode,
    "GRPCCode.get": GRPCCode.get,
    "GRPCCode.parse": GRPCCode.parse,
    "GRPCCode.from_phrase": GRPCCode.from_phrase,
    "to_http": to_http,
    "from_http": from_http,
    "from_grpcio": from_grpcio,
}


@pytest.mark.slow  # 300 examples for each entry point
@pytest.mark.parametrize("name", list(ENTRY_POINTS))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=ANYTHING)
def test_hostile_input_gets_a_member_or_a_documented_error(name: str, value: object) -> None:
    try:
        result = ENTRY_POINTS[name](value)
    except (ValueError, TypeError) as error:  # parse's TypeError for a non-str, as HTTPCode's
        assert 0 < len(str(error)) < 600
    else:
        assert result is None or isinstance(result, (GRPCCode, HTTPCode, VendorCode))
        assert not isinstance(value, bool)


def test_text_is_read_by_parse_only() -> None:
    with pytest.raises(CodeTypeError, match=r"GRPCCode.parse\('5'\)"):
        GRPCCode("5")  # type: ignore[arg-type]  # the point of the test
    with pytest.raises(ValueError, match="17 is not a registered"):
        GRPCCode.parse("17")
    with pytest.raises(ValueError, match="closest: 5 Not Found"):
        GRPCCode.parse("not fond")


def test_annotations_resolve_without_grpcio() -> None:
    hints = typing.get_type_hints(GRPCCode)

    assert hints["phrase"] is str and hints["is_application_only"] is bool
    assert hints["http_status"] == HTTPCode | VendorCode
    assert typing.get_type_hints(to_grpcio)["return"].__name__ == "Enum"
    assert typing.get_type_hints(from_http)["return"] is GRPCCode


def test_importing_statuscodes_imports_neither_this_module_nor_grpcio() -> None:
    code = (
        "import sys, statuscodes; statuscodes.HTTPCode(404); "
        "before = 'statuscodes.grpc' in sys.modules; "
        "import statuscodes.grpc; statuscodes.grpc.GRPCCode(5); statuscodes.grpc.from_http(404); "
        "print(before, 'grpc' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.split() == ["False", "False"]


def test_from_grpcio_refuses_anything_else_without_importing_grpcio() -> None:
    code = (
        "import sys\nfrom statuscodes.grpc import from_grpcio\n"
        "try:\n    from_grpcio(5)\nexcept TypeError as error:\n    print(error)\n"
        "print('grpc' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.splitlines() == [
        "from_grpcio() takes a grpc.StatusCode, not int 5: for an int use GRPCCode(5)",
        "False",
    ]


# grpcio: the peer whose enum users convert from.


@skip_on_pypy_without("grpc")
def test_every_grpcio_status_code_has_our_member_of_that_name_and_number() -> None:
    assert grpc is not None
    for status in grpc.StatusCode:
        number, _ = status.value
        assert GRPCCode[status.name].value == number
        assert from_grpcio(status) is GRPCCode(number)
        assert to_grpcio(number) is status
    assert len(grpc.StatusCode) == len(GRPCCode)


@skip_on_pypy_without("grpc")
def test_grpcio_phrases_are_ours_in_lower_case() -> None:
    assert grpc is not None
    for status in grpc.StatusCode:
        assert GRPCCode.parse(status.value[1]) is GRPCCode[status.name]


@skip_on_pypy_without("grpc")
def test_grpcio_conversions_refuse_what_is_not_a_code() -> None:
    assert grpc is not None
    with pytest.raises(CodeTypeError, match="from_grpcio\\(\\) takes a grpc.StatusCode"):
        from_grpcio((5, "not found"))  # type: ignore[arg-type]  # the point of the test
    with pytest.raises(CodeTypeError, match="to_grpcio\\(\\) takes an int, not StatusCode"):
        to_grpcio(grpc.StatusCode.OK)  # grpc is a module found at run time: Any to checkers
    with pytest.raises(UnregisteredCodeError):
        to_grpcio(17)
    # With both caches filled, where 1 is CANCELLED, a bool is still refused.
    assert to_grpcio(1) is grpc.StatusCode.CANCELLED
    assert from_grpcio(grpc.StatusCode.CANCELLED) is GRPCCode.CANCELLED
    with pytest.raises(CodeTypeError, match="bool is refused"):
        to_grpcio(True)
    with pytest.raises(CodeTypeError, match="not list"):
        from_grpcio([])  # type: ignore[arg-type]  # unhashable


def test_to_grpcio_without_grpcio_says_how_to_install_it() -> None:
    code = (
        "import sys\nsys.modules['grpc'] = None  # as if not installed\n"
        "from statuscodes.grpc import to_grpcio\n"
        "try:\n    to_grpcio(5)\n"
        "except ModuleNotFoundError as error:\n    print(error.name, error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == (
        "grpc to_grpcio() needs grpcio, which is not installed: pip install 'statuscodes[grpc]'"
    )


# The command: `statuscodes grpc 5`, `statuscodes list --grpc`.


def test_the_command_answers_a_grpc_code_by_number_or_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["grpc", "5"]) == 0
    by_number = capsys.readouterr().out
    assert main(["grpc", "not_found"]) == 0

    assert capsys.readouterr().out == by_number
    assert by_number.startswith("5 NOT_FOUND\n")  # decimal, as gRPC writes its codes
    assert "http status: 404 Not Found" in by_number
    assert "statuscodes.grpc.GRPCCode.NOT_FOUND" in by_number


def test_the_command_gives_the_mappings_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["grpc", "14", "--json"]) == 0
    (found,) = json.loads(capsys.readouterr().out)

    assert found["registry"] == "grpc" and found["name"] == "UNAVAILABLE"
    assert found["http_status"] == "503 Service Unavailable"
    assert found["from_http"] == [429, 502, 503, 504]


def test_the_command_lists_every_grpc_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--grpc"]) == 0
    rows = capsys.readouterr().out.splitlines()

    assert [row.split()[-1] for row in rows] == [member.name for member in GRPCCode]


def test_the_command_refuses_a_code_past_16(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["grpc", "17"]) == 1
    assert "17 is not a gRPC status code" in capsys.readouterr().err


def test_pydantic_reads_it_as_httpstatus_and_names_the_registry_in_errors() -> None:
    import pydantic

    adapter = pydantic.TypeAdapter(GRPCCode)

    assert adapter.validate_python(5) is adapter.validate_json("5") is GRPCCode.NOT_FOUND
    assert adapter.validate_python("14") is GRPCCode.UNAVAILABLE  # lax mode: integer text
    for bad in (17, True, "NOT_FOUND"):
        with pytest.raises(pydantic.ValidationError, match="GRPCCode"):
            adapter.validate_python(bad)
    schema = adapter.json_schema()
    assert schema["enum"] == list(range(17))
    assert schema["x-enum-varnames"][12] == "UNIMPLEMENTED"


def test_from_http_statuses_are_the_statuses_from_http_names() -> None:
    for member in GRPCCode:
        named = {status for status in range(100, 600) if _mapped(status) == member.name}
        if member is GRPCCode.UNKNOWN:
            assert member.from_http_statuses == ()  # the page's "all other codes"
        else:
            assert set(member.from_http_statuses) == named


def _stub_member_docs() -> dict[str, str]:
    stub = ast.parse((ROOT / "stubs" / "statuscodes" / "grpc.pyi").read_text(encoding="utf-8"))
    (cls,) = [node for node in stub.body if isinstance(node, ast.ClassDef)]
    docs = {}
    for node, after in zip(cls.body, cls.body[1:], strict=False):
        if isinstance(node, ast.Assign) and isinstance(after, ast.Expr):
            assert isinstance(node.targets[0], ast.Name) and isinstance(after.value, ast.Constant)
            docs[node.targets[0].id] = " ".join(str(after.value.value).split())
    return docs


def test_each_members_stub_docstring_is_what_an_editor_should_show() -> None:
    docs = _stub_member_docs()

    assert list(docs) == [member.name for member in GRPCCode]
    for member in GRPCCode:
        doc = docs[member.name]
        assert doc.startswith(f"{member.value} {member.phrase} {member.description}")
        assert f"HTTP {member.http_status} {member.http_status.phrase}" in doc
        assert doc.endswith(member.reference.url)
