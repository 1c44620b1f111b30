"""Compare a downloaded IANA registry CSV with the table, and optionally apply the differences.

    python tools/update_registry.py http-status-codes-1.csv            report, in plain words
    python tools/update_registry.py websocket-close-code.csv --write   also edit the table

The HTTP registry is recognised by codes under 1000, the WebSocket one by codes from 1000. With
--write, changed phrases and references are rewritten, removed codes deleted, and new codes added
with an empty description: the test suite fails until someone writes one from the RFC. Then run
`make generate` and add a CHANGELOG line naming the code and the RFC.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src" / "statuscodes" / "_data.py"
ROW = re.compile(r"    Row\(\n        code=(?P<code>\d+),\n.*?\n    \),\n", re.DOTALL)


class Entry(NamedTuple):
    code: int
    description: str
    reference: str


def read_csv(path: Path) -> list[Entry]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    entries = []
    for record in csv.DictReader(lines):
        fields = {
            key.strip().lower(): (value or "").strip() for key, value in record.items() if key
        }
        value, description = fields.get("value", ""), fields.get("description", "")
        if not value.isdigit() or description.lower() in ("unassigned", ""):
            continue  # ranges such as 105-199, and unassigned rows
        entries.append(Entry(int(value), description, fields.get("reference", "")))
    return entries


def table_rows(source: str) -> dict[int, str]:
    return {int(match["code"]): match[0] for match in ROW.finditer(source)}


def _field(block: str, name: str) -> str | None:
    match = re.search(rf'^        {name}="(.*)",$', block, re.MULTILINE)
    return match[1] if match else None


def registry_text(block: str) -> str:
    return _field(block, "registry_text") or _field(block, "phrase") or ""


def parse_reference(text: str) -> tuple[str, str | None] | None:
    match = re.match(r"\[RFC(\d+)(?:, Section ([\d.]+))?\]", text)
    return (f"RFC {match[1]}", match[2]) if match else None


def table_reference(block: str) -> tuple[str, str | None] | None:
    match = re.search(r'reference=Reference\("(RFC \d+)"(?:, "([\d.]+)")?\)', block)
    return (match[1], match[2]) if match else None


def compare(entries: list[Entry], rows: dict[int, str]) -> list[str]:
    """The differences, in plain words, one per line."""
    found = []
    theirs = {entry.code: entry for entry in entries}
    for code in sorted(set(theirs) - set(rows)):
        found.append(f"added: {code} {theirs[code].description!r} {theirs[code].reference}")
    for code in sorted(set(rows) - set(theirs)):
        found.append(f"removed: {code} {registry_text(rows[code])!r} is no longer in the registry")
    for code in sorted(set(rows) & set(theirs)):
        entry, block = theirs[code], rows[code]
        if entry.description != registry_text(block):
            found.append(
                f"changed: {code} is now {entry.description!r}, was {registry_text(block)!r}"
            )
        new, old = parse_reference(entry.reference), table_reference(block)
        if new and old and (new[0] != old[0] or (new[1] is not None and new[1] != old[1])):
            found.append(
                f"changed: {code} is now defined in {entry.reference}, was {old[0]} {old[1] or ''}".rstrip()
            )
    return found


def new_row(entry: Entry) -> str:
    name = re.sub(r"[^A-Z0-9]+", "_", entry.description.upper()).strip("_")
    reference = parse_reference(entry.reference)
    if reference is None:
        ref = f'Reference("{entry.reference.strip("[]")}", url="")'
    else:
        ref = f'Reference("{reference[0]}"' + (f', "{reference[1]}")' if reference[1] else ")")
    return (
        f'    Row(\n        code={entry.code},\n        name="{name}",\n'
        f'        phrase="{entry.description}",\n        description="",\n'
        f"        reference={ref},\n    ),\n"
    )


def apply(entries: list[Entry], source: str) -> str:
    theirs = {entry.code: entry for entry in entries}
    rows = table_rows(source)
    for code, block in rows.items():
        if code not in theirs:
            source = source.replace(block, "")
            continue
        entry, updated = theirs[code], block
        if entry.description != registry_text(block):
            field = "registry_text" if _field(block, "registry_text") else "phrase"
            updated = re.sub(
                rf'^        {field}=".*",$',
                f'        {field}="{entry.description}",',
                updated,
                flags=re.MULTILINE,
            )
        new, old = parse_reference(entry.reference), table_reference(block)
        if new and old and (new[0] != old[0] or (new[1] is not None and new[1] != old[1])):
            args = f'"{new[0]}"' + (f', "{new[1]}"' if new[1] else "")
            updated = re.sub(
                r"reference=Reference\([^)]*\)", f"reference=Reference({args})", updated
            )
        source = source.replace(block, updated)
    for code in sorted(set(theirs) - set(rows)):
        rows = table_rows(source)
        same_table = [c for c in rows if (c < 1000) == (code < 1000)]
        later = [c for c in same_table if c > code]
        anchor = rows[min(later)] if later else rows[max(same_table)]
        addition = new_row(theirs[code])
        source = source.replace(anchor, addition + anchor if later else anchor + addition)
    return source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path, help="the registry as IANA exports it")
    parser.add_argument("--write", action="store_true", help="apply the differences to the table")
    parser.add_argument("--table", type=Path, default=TABLE, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    entries = read_csv(args.csv)
    if not entries:
        print(f"{args.csv}: no assigned codes found", file=sys.stderr)
        return 2
    websocket = entries[0].code >= 1000
    source = args.table.read_text(encoding="utf-8")
    rows = {
        code: block for code, block in table_rows(source).items() if (code >= 1000) == websocket
    }
    differences = compare(entries, rows)
    for line in differences:
        print(line)
    if not differences:
        print("no differences: the table matches the registry")
        return 0
    if args.write:
        args.table.write_text(apply(entries, source), encoding="utf-8")
        print(f"wrote {args.table}: write descriptions for added codes, then run `make generate`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
