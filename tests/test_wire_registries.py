"""statuscodes.h2, .h3 and .quic: each registry against its IANA snapshot (tests/data), with
HTTPCode's contract, hex where these codes are written in hex, and the misses their RFCs explain."""

from __future__ import annotations

import ast
import copy
import csv
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from statuscodes import CodeTypeError, Registration, UnregisteredCodeError
from statuscodes.h2 import H2ErrorCode
from statuscodes.h3 import H3ErrorCode, is_reserved_h3_code
from statuscodes.quic import TLS_ALERTS, QUICErrorCode, tls_alert

DATA = Path(__file__).parent / "data"
ENUMS: list[Any] = [H2ErrorCode, H3ErrorCode, QUICErrorCode]
MEMBERS = [member for enum in ENUMS for member in enum]


def read_snapshot(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def snapshot_rows(name: str, name_column: str) -> list[tuple[int, str, str, str]]:
    """(first code, name, description, reference) of each row; a range gives its first code."""
    return [
        (int(row["Value" if "Value" in row else "Code"].split("-")[0], 16), row[name_column],
         row["Description"], row.get("Specification") or row["Reference"])
        for row in read_snapshot(name)
    ]  # fmt: skip


SNAPSHOTS = {
    H2ErrorCode: snapshot_rows("http2-error-codes.csv", "Name"),
    H3ErrorCode: snapshot_rows("http3-error-codes.csv", "Name"),
    QUICErrorCode: snapshot_rows("quic-transport-error-codes.csv", "Code"),
}


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
def test_the_enum_is_its_iana_registry_in_order(enum: Any) -> None:
    ours = [(member.value, member.name, member.phrase) for member in enum]

    assert ours == [(code, name, description) for code, name, description, _ in SNAPSHOTS[enum]]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
def test_each_reference_is_the_document_the_registry_cites(enum: Any) -> None:
    for code, _, _, reference in SNAPSHOTS[enum]:
        document = reference.strip("[]").split(",")[0]  # "RFC9113"

        assert enum(code).reference.document.replace(" ", "") == document


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_same_contract_as_httpcode(member: Any) -> None:
    enum = type(member)

    assert repr(member) == f"<{enum.__name__}.{member.name}: {member.value:#x}>"
    assert str(member) == f"{member}" == str(int(member))
    assert pickle.loads(pickle.dumps(member)) is member
    assert copy.deepcopy(member) is member
    assert enum(member.value) is member
    assert enum[member.name] is member
    assert enum.get(member.value) is member
    assert enum.parse(f"{member.value:#x}") is member
    assert enum.parse(f"{member.value:#X} {member.name}") is member
    assert enum.parse(str(member.value)) is member
    assert enum.parse(member.name.lower()) is member
    assert enum.from_phrase(member.phrase) is member
    assert member.registration is Registration.PERMANENT
    assert member.reference.url.startswith("https://www.rfc-editor.org/rfc/rfc")
    assert member.description.endswith(".")
    with pytest.raises(AttributeError):
        member.phrase = "changed"


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
@pytest.mark.parametrize(
    "bad", [True, False, 8.5, "8", b"8", None, [8]], ids=repr
)  # fmt: skip
def test_refuses_what_httpcode_refuses(enum: Any, bad: object) -> None:
    with pytest.raises(CodeTypeError, match=rf"{enum.__name__}\(\) takes an int"):
        enum(bad)
    if not isinstance(bad, list):
        with pytest.raises(CodeTypeError):
            enum.get(bad)


@pytest.mark.parametrize(
    ("enum", "code", "message"),
    [
        (H2ErrorCode, -1, r"-1 is not an HTTP/2 error code: they are 32-bit, from 0 to 0xffffffff"),
        (H2ErrorCode, 2**32, r"0x100000000 is not an HTTP/2 error code"),
        (H2ErrorCode, 0xE, r"0xe is not a registered HTTP/2 error code.*resolve\(0xe\) gives "
         r"INTERNAL_ERROR"),
        (H3ErrorCode, 2**62, r"0x4000000000000000 is not an HTTP/3 error code: they are QUIC "
         r"application error codes, 62-bit varints"),
        (H3ErrorCode, 0x21, r"0x21 is a reserved HTTP/3 error code.*gives H3_NO_ERROR"),
        (H3ErrorCode, 0x111, r"0x111 is not a registered HTTP/3 error code.*H3_NO_ERROR"),
        (QUICErrorCode, 2**62, r"is not a QUIC error code: they are 62-bit varints"),
        (QUICErrorCode, 10**400, r"int of 1329 bits is not a QUIC error code"),
        (QUICErrorCode, 0x178, r"0x178 is CRYPTO_ERROR, TLS alert 120 \(no_application_protocol\)"),
        (QUICErrorCode, 0x1F0, r"0x1f0 is CRYPTO_ERROR, TLS alert 240 \(unassigned\)"),
        (QUICErrorCode, 0x12, r"0x12 is not a registered QUIC transport error code"),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else None,
)  # fmt: skip
def test_a_miss_names_the_registry_and_the_nearest_meaning(
    enum: Any, code: int, message: str
) -> None:
    with pytest.raises(UnregisteredCodeError, match=message) as caught:
        enum(code)

    assert caught.value.registry == enum  # `is` would narrow enum to type[Enum]
    assert caught.value.code == code
    assert enum.get(code) is None
    if 0 <= code < 2**100:  # parse reads no sign, and no hex of more than 40 digits
        with pytest.raises(ValueError, match=message):
            enum.parse(hex(code))


def test_parse_refuses_a_hex_code_named_otherwise() -> None:
    with pytest.raises(ValueError, match=r"0x8 is CANCEL \('Stream cancelled'\), not 'NO_ERROR'"):
        H2ErrorCode.parse("0x8 NO_ERROR")
    with pytest.raises(ValueError, match="names no H3ErrorCode"):
        H3ErrorCode.parse("0xZZ")
    with pytest.raises(TypeError, match="takes a str"):
        H3ErrorCode.parse(0x10C)  # type: ignore[arg-type]  # the point of the test


def test_resolve_treats_unknown_codes_as_the_rfcs_say() -> None:
    assert H2ErrorCode.resolve(0xFF) is H2ErrorCode.INTERNAL_ERROR  # RFC 9113, Section 7
    assert H2ErrorCode.resolve(0x8) is H2ErrorCode.CANCEL
    assert H3ErrorCode.resolve(0x21) is H3ErrorCode.H3_NO_ERROR  # RFC 9114, Section 9
    assert H3ErrorCode.resolve(2**62 - 1) is H3ErrorCode.H3_NO_ERROR
    assert H3ErrorCode.resolve(0x10C) is H3ErrorCode.H3_REQUEST_CANCELLED
    assert QUICErrorCode.resolve(0x1FF) is QUICErrorCode.CRYPTO_ERROR  # RFC 9001, Section 4.8
    for enum, too_wide in ((H2ErrorCode, 2**32), (H3ErrorCode, 2**62), (QUICErrorCode, 0x200)):
        with pytest.raises(ValueError):
            enum.resolve(too_wide)
        with pytest.raises(CodeTypeError):
            enum.resolve("0x8")  # type: ignore[arg-type]  # the point of the test


# 0x1f * N + 0x21 (RFC 9114, Section 8.1), computed here, not read from the module.
RESERVED = [0x1F * n + 0x21 for n in (0, 1, 2, 7, 10**6, (2**62 - 1 - 0x21) // 0x1F)]


@pytest.mark.parametrize("code", RESERVED, ids=hex)
def test_reserved_h3_codes_are_never_members(code: int) -> None:
    assert is_reserved_h3_code(code)
    assert H3ErrorCode.get(code) is None
    assert H3ErrorCode.resolve(code) is H3ErrorCode.H3_NO_ERROR


def test_no_member_is_a_reserved_code_and_the_neighbours_are_not() -> None:
    assert not any(is_reserved_h3_code(member) for member in H3ErrorCode)
    assert not any(
        is_reserved_h3_code(code + 1) or is_reserved_h3_code(code - 1) for code in RESERVED
    )
    assert not is_reserved_h3_code(0)
    with pytest.raises(ValueError, match="62-bit"):
        is_reserved_h3_code(2**62)
    with pytest.raises(CodeTypeError):
        is_reserved_h3_code(True)


def test_crypto_errors_carry_a_tls_alert() -> None:
    assert QUICErrorCode.describe(0x178) == "CRYPTO_ERROR, TLS alert 120 (no_application_protocol)"
    assert QUICErrorCode.describe(0x100) == "CRYPTO_ERROR, TLS alert 0 (close_notify)"
    assert QUICErrorCode.describe(QUICErrorCode.NO_VIABLE_PATH) == "NO_VIABLE_PATH"
    assert tls_alert(0x128) == 40 and TLS_ALERTS[40] == "handshake_failure"
    with pytest.raises(ValueError, match="only 0x100-0x1ff carry a TLS alert"):
        tls_alert(0x0A)
    with pytest.raises(UnregisteredCodeError):
        QUICErrorCode.describe(0x200)
    with pytest.raises(TypeError):
        TLS_ALERTS[999] = "mine"  # type: ignore[index]  # read-only


def test_tls_alert_names_are_the_registry_snapshot() -> None:
    snapshot = {int(row["Value"]): row["Description"] for row in read_snapshot("tls-alerts.csv")}

    assert dict(TLS_ALERTS) == snapshot


def test_tls_alert_names_agree_with_the_standard_library() -> None:
    import ssl

    for alert in ssl.AlertDescription:
        name = alert.name.removeprefix("ALERT_DESCRIPTION_").lower()
        # Python spells 90 user_cancelled; the registry marks five as _RESERVED since TLS 1.3.
        ours = TLS_ALERTS[alert].removesuffix("_RESERVED").replace("canceled", "cancelled")
        assert ours == name


# RFC 9114, Appendix A.4, written out here from the RFC text.
H2_TO_H3 = {
    "NO_ERROR": "H3_NO_ERROR",
    "PROTOCOL_ERROR": "H3_GENERAL_PROTOCOL_ERROR",
    "INTERNAL_ERROR": "H3_INTERNAL_ERROR",
    "FLOW_CONTROL_ERROR": None,
    "SETTINGS_TIMEOUT": None,
    "STREAM_CLOSED": None,
    "FRAME_SIZE_ERROR": "H3_FRAME_ERROR",
    "REFUSED_STREAM": "H3_REQUEST_REJECTED",
    "CANCEL": "H3_REQUEST_CANCELLED",
    "COMPRESSION_ERROR": None,  # "multiple error codes are defined in [QPACK]"
    "CONNECT_ERROR": "H3_CONNECT_ERROR",
    "ENHANCE_YOUR_CALM": "H3_EXCESSIVE_LOAD",
    "INADEQUATE_SECURITY": None,
    "HTTP_1_1_REQUIRED": "H3_VERSION_FALLBACK",
}


@pytest.mark.parametrize("member", list(H2ErrorCode), ids=lambda member: member.name)
def test_to_h3_is_rfc_9114_appendix_a_4_1(member: H2ErrorCode) -> None:
    expected = H2_TO_H3[member.name]

    if expected is None:
        with pytest.raises(ValueError, match=rf"{member.name} has no HTTP/3 counterpart, none"):
            member.to_h3()
        assert member.h3_counterpart.startswith("none")
    else:
        assert member.to_h3() is H3ErrorCode[expected]
        assert member.h3_counterpart.startswith(expected)


def test_pydantic_reads_and_describes_them() -> None:
    pydantic = pytest.importorskip("pydantic")
    adapter = pydantic.TypeAdapter(H3ErrorCode)

    assert adapter.validate_python(268) is H3ErrorCode.H3_REQUEST_CANCELLED
    assert adapter.validate_json("268") is H3ErrorCode.H3_REQUEST_CANCELLED
    assert adapter.dump_json(H3ErrorCode.H3_REQUEST_CANCELLED) == b"268"
    schema = adapter.json_schema()
    assert schema["enum"] == [member.value for member in H3ErrorCode]
    assert schema["x-enumDescriptions"]["268"] == "Data no longer needed"
    with pytest.raises(pydantic.ValidationError, match="reserved HTTP/3 error code"):
        adapter.validate_python(0x21)


def test_importing_statuscodes_imports_none_of_them() -> None:
    code = (
        "import sys, statuscodes, statuscodes.status; "
        "print(sorted(m for m in sys.modules if m.startswith('statuscodes.')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    loaded = set(eval(result.stdout))
    assert not loaded & {"statuscodes.h2", "statuscodes.h3", "statuscodes.quic"}
    assert not any(
        name.endswith(("_h2_data", "_h3_data", "_quic_data", "_wirecodes")) for name in loaded
    )


def test_importing_one_registry_does_not_import_the_others() -> None:
    code = (
        "import sys, statuscodes.quic; "
        "print('statuscodes.h2' in sys.modules, 'statuscodes.h3' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.split() == ["False", "False"]


WIRE_ENTRY_POINTS: dict[str, Any] = {
    f"{enum.__name__}.{what}": getattr(enum, what) if what != "()" else enum
    for enum in ENUMS
    for what in ("()", "get", "resolve", "parse", "from_phrase")
}
WIRE_ENTRY_POINTS |= {
    "QUICErrorCode.describe": QUICErrorCode.describe,
    "tls_alert": tls_alert,
    "is_reserved_h3_code": is_reserved_h3_code,
    "H2ErrorCode.to_h3": lambda value: H2ErrorCode(value).to_h3(),
}


@pytest.mark.slow  # 200 examples for each of ~20 entry points
@pytest.mark.parametrize("name", list(WIRE_ENTRY_POINTS))
def test_entry_point_raises_only_documented_errors(name: str) -> None:
    from hypothesis import HealthCheck, given, settings
    from test_hostile import ANYTHING

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(value=ANYTHING)
    def check(value: object) -> None:
        try:
            result = WIRE_ENTRY_POINTS[name](value)
        except (ValueError, TypeError) as error:
            assert str(error) and len(str(error)) < 600, str(error)[:100]
        else:
            assert result is None or isinstance(result, (bool, int, str))

    check()


def stub_member_docs(enum: Any) -> dict[str, str]:
    """Each member's docstring in its stub, read with ast."""
    stub = Path(__file__).parent.parent / "stubs" / "statuscodes" / f"{enum.__module__[12:]}.pyi"
    (cls,) = [
        node
        for node in ast.parse(stub.read_text(encoding="utf-8")).body
        if isinstance(node, ast.ClassDef) and node.name == enum.__name__
    ]
    found = {}
    for node, after in zip(cls.body, cls.body[1:]):
        if isinstance(node, ast.Assign) and isinstance(after, ast.Expr):
            assert isinstance(node.targets[0], ast.Name)
            assert isinstance(after.value, ast.Constant)
            found[node.targets[0].id] = " ".join(str(after.value.value).split())
    return found


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
def test_each_stub_member_shows_its_code_phrase_description_and_reference(enum: Any) -> None:
    docs = stub_member_docs(enum)

    assert list(docs) == [member.name for member in enum]
    for member in enum:
        heading = f"{member.value:#x} {member.name}: {member.phrase}"
        reference = f"{member.reference}: {member.reference.url}"
        assert docs[member.name] == " ".join(f"{heading} {member.description} {reference}".split())


@pytest.mark.parametrize(
    "obj",
    [
        H2ErrorCode,
        H2ErrorCode.to_h3,
        H2ErrorCode.resolve,
        H3ErrorCode,
        H3ErrorCode.resolve,
        H3ErrorCode.parse,
        is_reserved_h3_code,
        QUICErrorCode,
        QUICErrorCode.describe,
        QUICErrorCode.resolve,
        tls_alert,
    ],
    ids=repr,
)
def test_every_public_annotation_resolves(obj: Any) -> None:
    import inspect
    import typing

    hints = typing.get_type_hints(obj)

    own = inspect.get_annotations(obj, eval_str=True)
    assert all(hints[key] == value for key, value in own.items())
    if obj is H2ErrorCode:
        assert hints["phrase"] is str and hints["registration"] is Registration
        assert hints["h3_counterpart"] is str
