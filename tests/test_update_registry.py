"""tools/update_registry.py against modified copies of the IANA snapshots."""

from __future__ import annotations

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
                '451,Unavailable For Legal Reasons,[RFC7725]\n452,Quota Exceeded,"[RFC9999, Section 4]"\n',
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
        [("3008,Timeout,[IANA registration]", "3008,Time Out,[IANA registration]")],
    )

    update.main([str(csv), "--table", str(table), "--write"])

    assert (
        capsys.readouterr().out.splitlines()[0] == "changed: 3008 is now 'Time Out', was 'Timeout'"
    )
    assert 'phrase="Time Out"' in table.read_text(encoding="utf-8")
