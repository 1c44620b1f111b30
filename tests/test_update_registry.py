"""tools/update_registry.py against modified copies of the IANA snapshots."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
spec = importlib.util.spec_from_file_location(
    "update_registry", ROOT / "tools" / "update_registry.py"
)
assert spec is not None and spec.loader is not None
update = importlib.util.module_from_spec(spec)
spec.loader.exec_module(update)


@pytest.fixture
def table(tmp_path: Path) -> Path:
    copy = tmp_path / "_data.py"
    copy.write_text(
        (ROOT / "src" / "statuscodes" / "_data.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return copy


def _modified(tmp_path: Path, name: str, replacements: list[tuple[str, str]]) -> Path:
    text = (DATA / name).read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["http-status-codes.csv", "websocket-close-codes.csv"])
def test_the_snapshots_match_the_table(
    name: str, table: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert update.main([str(DATA / name), "--table", str(table)]) == 0

    assert capsys.readouterr().out == "no differences: the table matches the registry\n"


def test_additions_removals_and_changes_are_reported_and_applied(
    tmp_path: Path, table: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = _modified(
        tmp_path,
        "http-status-codes.csv",
        [
            ("404,Not Found,", "404,Not Located,"),
            ('402,Payment Required,"[RFC9110, Section 15.5.3]"\n', ""),
            (
                "451,Unavailable For Legal Reasons,[RFC7725]\n",
                "451,Unavailable For Legal Reasons,[RFC7725]\n"
                '452,Quota Exceeded,"[RFC9999, Section 4]"\n',
            ),
            ("429,Too Many Requests,[RFC6585]", '429,Too Many Requests,"[RFC9998, Section 2]"'),
        ],
    )

    assert update.main([str(csv), "--table", str(table), "--write"]) == 0

    report = capsys.readouterr().out.splitlines()
    assert "added: 452 'Quota Exceeded' [RFC9999, Section 4]" in report
    assert "removed: 402 'Payment Required' is no longer in the registry" in report
    assert "changed: 404 is now 'Not Located', was 'Not Found'" in report
    assert "changed: 429 is now defined in [RFC9998, Section 2], was RFC 6585 4" in report
    assert update.main([str(csv), "--table", str(table)]) == 0
    assert "no differences" in capsys.readouterr().out
    written = table.read_text(encoding="utf-8")
    assert 'name="QUOTA_EXCEEDED"' in written and 'Reference("RFC 9999", "4")' in written
    assert written.index("code=451") < written.index("code=452") < written.index("code=500")
    assert "code=402" not in written
    compile(written, str(table), "exec")


def test_websocket_changes(tmp_path: Path, table: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = _modified(
        tmp_path,
        "websocket-close-codes.csv",
        [
            (
                "3008,Timeout,[IANA registration]",
                "3008,Time Out,[IANA registration]\n3009,Made Up,[RFC9999]",
            )
        ],
    )

    update.main([str(csv), "--table", str(table), "--write"])

    report = capsys.readouterr().out.splitlines()
    assert report[:2] == [
        "added: 3009 'Made Up' [RFC9999]",
        "changed: 3008 is now 'Time Out', was 'Timeout'",
    ]
    written = table.read_text(encoding="utf-8")
    assert 'phrase="Time Out"' in written
    assert written.index("code=3008") < written.index("code=3009")
    assert written.endswith('        reference=Reference("RFC 9999"),\n    ),\n)\n')
    assert update.main([str(csv), "--table", str(table)]) == 0
    assert "no differences" in capsys.readouterr().out


def _rows(path: Path) -> dict[int, dict[str, object]]:
    """Each row of the tables as its keywords' values, read independently of the tool."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        ast.literal_eval(call.keywords[0].value) if call.keywords[0].arg == "code" else -1: {
            keyword.arg or "": ast.unparse(keyword.value) for keyword in call.keywords
        }
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "Row"
    }


def test_a_reformatted_table_is_still_updated(
    tmp_path: Path, table: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # ast.unparse writes each tuple on one line, in single quotes, without trailing commas.
    table.write_text(ast.unparse(ast.parse(table.read_text(encoding="utf-8"))), encoding="utf-8")
    csv = _modified(
        tmp_path,
        "http-status-codes.csv",
        [
            ("404,Not Found,", "404,Not Located,"),
            ('402,Payment Required,"[RFC9110, Section 15.5.3]"\n', ""),
            ("100,Continue,", '99,Made Up,"[RFC9999, Section 1]"\n100,Continue,'),
            (
                "511,Network Authentication Required,[RFC6585]",
                "511,Network Authentication Required,[RFC6585]\n512,Last One,[RFC9997]",
            ),
            (
                "451,Unavailable For Legal Reasons,[RFC7725]\n",
                "451,Unavailable For Legal Reasons,[RFC7725]\n"
                '452,Quota Exceeded,"[RFC9999, Section 4]"\n',
            ),
        ],
    )
    before = _rows(table)

    assert update.main([str(csv), "--table", str(table), "--write"]) == 0

    assert "changed: 404 is now 'Not Located', was 'Not Found'" in capsys.readouterr().out
    after = _rows(table)
    assert set(after) == set(before) - {402} | {99, 452, 512}
    assert after[404]["phrase"] == "'Not Located'"
    assert after[452]["reference"] == "Reference('RFC 9999', '4')"
    assert after[512]["name"] == "'LAST_ONE'"
    assert {code: after[code] for code in before if code not in (402, 404)} == {
        code: fields for code, fields in before.items() if code not in (402, 404)
    }
    codes = [code for code in after if code < 1000]
    assert codes == sorted(codes)
    assert update.main([str(csv), "--table", str(table)]) == 0
    assert "no differences" in capsys.readouterr().out


def test_a_new_code_that_a_vendor_uses_is_reported_and_still_added(
    tmp_path: Path, table: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = _modified(
        tmp_path,
        "http-status-codes.csv",
        [
            (
                "421,Misdirected Request,",
                '419,Purpose Declined,"[RFC9999, Section 3]"\n421,Misdirected Request,',
            )
        ],
    )

    assert update.main([str(csv), "--table", str(table), "--write"]) == 0

    report = capsys.readouterr().out.splitlines()
    assert "added: 419 'Purpose Declined' [RFC9999, Section 3]" in report
    assert (
        "collision: 419 'Purpose Declined' is also used unofficially as Laravel.PAGE_EXPIRED "
        "'Page Expired' in src/statuscodes/_unofficial_data.py: decide whether that row stays"
    ) in report
    written = table.read_text(encoding="utf-8")
    assert written.index("code=418") < written.index("code=419") < written.index("code=421")
    assert 'name="PURPOSE_DECLINED"' in written


WIRE = [
    ("h2", "http2-error-codes.csv", "_h2_data.py"),
    ("h3", "http3-error-codes.csv", "_h3_data.py"),
    ("quic", "quic-transport-error-codes.csv", "_quic_data.py"),
]


@pytest.mark.parametrize(("registry", "name", "module"), WIRE, ids=[w[0] for w in WIRE])
def test_the_hex_snapshots_match_their_tables(
    registry: str, name: str, module: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert update.main([str(DATA / name), "--registry", registry]) == 0

    assert capsys.readouterr().out == "no differences: the table matches the registry\n"
    assert module == update.REGISTRIES[registry][0]


def test_hex_changes_renames_and_additions_are_reported_and_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "_h3_data.py"
    table.write_text(
        (ROOT / "src" / "statuscodes" / "_h3_data.py").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    csv = _modified(
        tmp_path,
        "http3-error-codes.csv",
        [
            ("0x010c,H3_REQUEST_CANCELLED,", "0x010c,H3_REQUEST_CANCELED,"),
            ("Retry over HTTP/1.1,", "Retry over HTTP/1.1 or HTTP/2,"),
            (
                "0x0202,QPACK_DECODER_STREAM_ERROR,Error on the decoder stream,permanent,"
                '"[RFC9204, Section 6]"',
                "0x0202,QPACK_DECODER_STREAM_ERROR,Error on the decoder stream,permanent,"
                '"[RFC9204, Section 6]"\n'
                '0x0300,H3_MADE_UP,Made up,permanent,"[RFC9999, Section 2]"',
            ),
        ],
    )

    args = [str(csv), "--registry", "h3", "--table", str(table)]
    assert update.main([*args, "--write"]) == 0

    report = capsys.readouterr().out.splitlines()
    assert "added: 768 'Made up' [RFC9999, Section 2]" in report
    assert "renamed: 268 is now H3_REQUEST_CANCELED, was H3_REQUEST_CANCELLED" in report
    assert (
        "changed: 272 is now 'Retry over HTTP/1.1 or HTTP/2', was 'Retry over HTTP/1.1'" in report
    )
    after = _rows(table)
    assert after[0x300]["name"] == "'H3_MADE_UP'" and after[0x300]["code"] == "768"
    assert "code=0x300," in table.read_text(encoding="utf-8")
    assert after[0x10C]["name"] == "'H3_REQUEST_CANCELED'"
    assert update.main(args) == 0
    assert "no differences" in capsys.readouterr().out
