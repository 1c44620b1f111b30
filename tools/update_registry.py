"""Compare a downloaded IANA registry CSV with the table, and optionally apply the differences.

    python tools/update_registry.py http-status-codes-1.csv            report, in plain words
    python tools/update_registry.py websocket-close-code.csv --write   also edit the table
    python tools/update_registry.py http3-parameters-3.csv --registry h3

The HTTP registry is recognised by codes under 1000, the WebSocket one by codes from 1000; the
HTTP/2, HTTP/3 and QUIC ones are named with --registry (their codes are hex, and their exports
have a name column, whose changes are reported too). With --write, changed phrases, names and
references are rewritten, removed codes deleted, and new codes added with an empty description:
the test suite fails until someone writes one from the RFC. Then run `make generate` and add a
CHANGELOG line naming the code and the RFC. A new code that a vendor already uses unofficially
(`_unofficial_data.py`) is reported as a collision, and still added.

The table is read with `ast`, not patterns: each `Row(...)` of the registry's tuple is found by
its `code=` keyword and edited at the source offsets of its nodes, so the table's formatting
(line breaks, quotes, parentheses) cannot break the tool.
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src" / "statuscodes" / "_data.py"
UNOFFICIAL = ROOT / "src" / "statuscodes" / "_unofficial_data.py"
TABLES = ("HTTP_ROWS", "WS_ROWS")
#: Each registry's table module and the tuple of its rows.
REGISTRIES = {
    "http": ("_data.py", "HTTP_ROWS"),
    "websocket": ("_data.py", "WS_ROWS"),
    "h2": ("_h2_data.py", "H2_ROWS"),
    "h3": ("_h3_data.py", "H3_ROWS"),
    "quic": ("_quic_data.py", "QUIC_ROWS"),
}
HEX = ("h2", "h3", "quic")


class Entry(NamedTuple):
    """One assigned code as the IANA CSV has it."""

    code: int
    description: str
    reference: str
    name: str = ""  #: the registry's name for the code, where it has a column for one


def as_code(text: str) -> int | None:
    """The code a Value cell writes: decimal, or hex ("0x010c"); a hex range ("0x0100-0x01ff",
    one entry for QUIC's CRYPTO_ERROR) gives its first code. None for anything else."""
    first, dash, _ = text.partition("-")
    if first[:2].lower() == "0x":
        try:
            return int(first, 16)
        except ValueError:
            return None
    return int(text) if text.isdigit() and not dash else None


class TableRow(NamedTuple):
    """One `Row(...)` of the table: its code, its keywords' nodes, and where it is in the source."""

    code: int
    fields: dict[str, ast.expr]
    node: ast.Call


class Edit(NamedTuple):
    """Replace source[start:end] with text."""

    start: int
    end: int
    text: str


def read_csv(path: Path) -> list[Entry]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    entries = []
    for record in csv.DictReader(lines):
        fields = {
            key.strip().lower(): (value or "").strip() for key, value in record.items() if key
        }
        value, description = fields.get("value", ""), fields.get("description", "")
        name = fields.get("name", "")
        if as_code(value) is None and as_code(fields.get("code", "")) is not None:
            value = fields["code"]  # IANA's HTTP/2 export: Name, Code, Description
        elif not name and as_code(fields.get("code", "")) is None:
            name = fields.get("code", "")  # IANA's QUIC export: Value, Code (the name)
        code = as_code(value)
        if code is None or description.lower() in ("unassigned", ""):
            continue  # ranges such as 105-199, and unassigned rows
        reference = fields.get("reference") or fields.get("specification", "")
        entries.append(Entry(code, description, reference, name))
    return entries


class Source:
    """A module's text and its syntax tree, with the character offsets of the tree's nodes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tree = ast.parse(text)
        self.lines = text.splitlines(keepends=True)
        self.line_starts = [0]
        for line in self.lines:
            self.line_starts.append(self.line_starts[-1] + len(line))

    def offset(self, lineno: int, col_offset: int) -> int:
        """The character offset of an ast position (whose column counts UTF-8 bytes)."""
        line = self.lines[lineno - 1] if lineno <= len(self.lines) else ""
        return self.line_starts[lineno - 1] + len(line.encode()[:col_offset].decode())

    def span(self, node: ast.expr) -> tuple[int, int]:
        assert node.end_lineno is not None and node.end_col_offset is not None
        start = self.offset(node.lineno, node.col_offset)
        return start, self.offset(node.end_lineno, node.end_col_offset)

    def starts_its_line(self, offset: int) -> bool:
        return self.text[self.text.rfind("\n", 0, offset) + 1 : offset].strip() == ""

    def tuples(self, names: tuple[str, ...]) -> dict[str, ast.Tuple]:
        """The module-level `NAME = (...)` tuples named in `names`."""
        found = {}
        for statement in self.tree.body:
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Tuple):
                for target in statement.targets:
                    if isinstance(target, ast.Name) and target.id in names:
                        found[target.id] = statement.value
        return found


def row_of(node: ast.expr) -> TableRow | None:
    """The row a `Row(code=..., ...)` call describes; None for anything else."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
        return None
    fields = {keyword.arg: keyword.value for keyword in node.keywords if keyword.arg}
    code = fields.get("code")
    if node.func.id != "Row" or not isinstance(code, ast.Constant):
        return None
    if not isinstance(code.value, int):
        return None
    return TableRow(code.value, fields, node)


def table_rows(source: Source, names: tuple[str, ...] = TABLES) -> dict[int, TableRow]:
    """Every row of the tuples `names` (HTTP_ROWS and WS_ROWS unless told), by code."""
    rows = {}
    for table in source.tuples(names).values():
        for element in table.elts:
            row = row_of(element)
            if row is not None:
                rows[row.code] = row
    return rows


def _text(row: TableRow, name: str) -> str | None:
    node = row.fields.get(name)
    if node is None:
        return None
    value = ast.literal_eval(node)
    return value if isinstance(value, str) else None


def registry_text(row: TableRow) -> str:
    return _text(row, "registry_text") or _text(row, "phrase") or ""


def parse_reference(text: str) -> tuple[str, str | None] | None:
    match = re.match(r"\[RFC(\d+)(?:, Section ([\d.]+))?\]", text)
    return (f"RFC {match[1]}", match[2]) if match else None


def table_reference(row: TableRow) -> tuple[str, str | None] | None:
    """(document, section) of an RFC reference written as `Reference("RFC n", "section")`."""
    node = row.fields.get("reference")
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
        return None
    try:
        args = [ast.literal_eval(arg) for arg in node.args]
    except ValueError:
        return None
    if node.func.id != "Reference" or not args or not str(args[0]).startswith("RFC "):
        return None
    section = args[1] if len(args) > 1 else None
    return str(args[0]), None if section is None else str(section)


def reference_changed(entry: Entry, row: TableRow) -> tuple[str, str | None] | None:
    """The registry's new RFC reference for `row`, or None when it has not changed."""
    new, old = parse_reference(entry.reference), table_reference(row)
    if new and old and (new[0] != old[0] or (new[1] is not None and new[1] != old[1])):
        return new
    return None


def unofficial_codes(path: Path) -> dict[int, list[str]]:
    """Each code the vendors use unofficially, as `Enum.MEMBER 'Phrase'`, read from VENDORS."""
    if not path.exists():
        return {}
    source = Source(path.read_text(encoding="utf-8"))
    found: dict[int, list[str]] = {}
    for vendor in source.tuples(("VENDORS",)).get("VENDORS", ast.Tuple(elts=[])).elts:
        if not (isinstance(vendor, ast.Tuple) and len(vendor.elts) == 3):
            continue
        name, _, rows = vendor.elts
        if not (isinstance(name, ast.Constant) and isinstance(rows, ast.Tuple)):
            continue
        if not isinstance(name.value, str):
            continue
        for element in rows.elts:
            row = row_of(element)
            if row is not None:
                found.setdefault(row.code, []).append(
                    f"{name.value}.{_text(row, 'name')} {_text(row, 'phrase')!r}"
                )
    return found


def compare(
    entries: list[Entry], rows: dict[int, TableRow], unofficial: dict[int, list[str]]
) -> list[str]:
    """The differences, in plain words, one per line."""
    found = []
    theirs = {entry.code: entry for entry in entries}
    for code in sorted(set(theirs) - set(rows)):
        found.append(f"added: {code} {theirs[code].description!r} {theirs[code].reference}")
        for meaning in unofficial.get(code, []):
            found.append(
                f"collision: {code} {theirs[code].description!r} is also used unofficially as "
                f"{meaning} in src/statuscodes/_unofficial_data.py: decide whether that row stays"
            )
    for code in sorted(set(rows) - set(theirs)):
        found.append(f"removed: {code} {registry_text(rows[code])!r} is no longer in the registry")
    for code in sorted(set(rows) & set(theirs)):
        entry, row = theirs[code], rows[code]
        if entry.description != registry_text(row):
            found.append(
                f"changed: {code} is now {entry.description!r}, was {registry_text(row)!r}"
            )
        if entry.name and entry.name != _text(row, "name"):
            found.append(f"renamed: {code} is now {entry.name}, was {_text(row, 'name')}")
        old = table_reference(row)
        if reference_changed(entry, row) and old:
            found.append(
                f"changed: {code} is now defined in {entry.reference}, "
                f"was {old[0]} {old[1] or ''}".rstrip()
            )
    return found


def quoted(text: str) -> str:
    """`text` as a double-quoted Python string literal, the table's style."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def new_row(entry: Entry, indent: str, hex: bool = False) -> str:
    """A new row in the table's shape, one keyword per line, ending in a comma and a newline."""
    name = entry.name or re.sub(r"[^A-Z0-9]+", "_", entry.description.upper()).strip("_")
    reference = parse_reference(entry.reference)
    if reference is None:
        ref = f'Reference({quoted(entry.reference.strip("[]"))}, url="")'
    else:
        ref = f"Reference({quoted(reference[0])}" + (
            f", {quoted(reference[1])})" if reference[1] else ")"
        )
    fields = [
        f"code=0x{entry.code:02X}" if hex else f"code={entry.code}",
        f"name={quoted(name)}",
        f"phrase={quoted(entry.description)}",
        'description=""',
        f"reference={ref}",
    ]
    inner = indent + "    "
    return f"{indent}Row(\n" + "".join(f"{inner}{field},\n" for field in fields) + f"{indent}),\n"


def _removal(source: Source, node: ast.expr) -> Edit:
    """The edit that deletes a tuple element with its comma, and its lines if it had them alone."""
    start, end = source.span(node)
    text = source.text
    after = end + len(text[end:]) - len(text[end:].lstrip(" \t"))
    if text.startswith(",", after):
        end = after + 1
    rest = text[end : text.find("\n", end) + 1 if "\n" in text[end:] else len(text)]
    if source.starts_its_line(start) and rest.strip() == "":
        return Edit(text.rfind("\n", 0, start) + 1, end + len(rest), "")
    return Edit(start, end + len(text[end:]) - len(text[end:].lstrip(" \t")), "")


def _insertion(
    source: Source, table: ast.Tuple, code: int, entry: Entry, hex: bool = False
) -> list[Edit]:
    """The edits that add `entry` to `table` before the first row with a higher code."""
    text = source.text
    rows = [(row, element) for element in table.elts if (row := row_of(element)) is not None]
    later = [element for row, element in rows if row.code > code]
    if later:
        start, _ = source.span(later[0])
        if source.starts_its_line(start):
            line_start = text.rfind("\n", 0, start) + 1
            return [Edit(line_start, line_start, new_row(entry, text[line_start:start], hex))]
        return [Edit(start, start, new_row(entry, "", hex).strip() + " ")]
    # After the last element, before the closing parenthesis.
    _, close = source.span(table)
    close -= 1
    edits = []
    if table.elts:
        last_start, last_end = source.span(table.elts[-1])
        if not text[last_end:close].lstrip().startswith(","):
            edits.append(Edit(last_end, last_end, ","))
        indent = " " * (last_start - text.rfind("\n", 0, last_start) - 1)
    else:
        indent = "    "
    if source.starts_its_line(close):
        line_start = text.rfind("\n", 0, close) + 1
        edits.append(Edit(line_start, line_start, new_row(entry, indent, hex)))
    else:
        edits.append(Edit(close, close, " " + new_row(entry, "", hex).strip()))
    return edits


def apply(entries: list[Entry], text: str, registry: str | None = None) -> str:
    source = Source(text)
    theirs = {entry.code: entry for entry in entries}
    registry = registry or ("websocket" if entries[0].code >= 1000 else "http")
    name = REGISTRIES[registry][1]
    table = source.tuples((name,))[name]
    rows = table_rows(source, (name,))
    hex = registry in HEX
    edits: list[Edit] = []
    for code, row in rows.items():
        if code not in theirs:
            edits.append(_removal(source, row.node))
            continue
        entry = theirs[code]
        if entry.description != registry_text(row):
            field = "registry_text" if _text(row, "registry_text") else "phrase"
            edits.append(Edit(*source.span(row.fields[field]), quoted(entry.description)))
        if entry.name and entry.name != _text(row, "name"):
            edits.append(Edit(*source.span(row.fields["name"]), quoted(entry.name)))
        new = reference_changed(entry, row)
        if new:
            args = quoted(new[0]) + (f", {quoted(new[1])}" if new[1] else "")
            edits.append(Edit(*source.span(row.fields["reference"]), f"Reference({args})"))
    for code in sorted(set(theirs) - set(rows)):
        edits += _insertion(source, table, code, theirs[code], hex)
    # From the end backwards, so that each edit's offsets still hold; of two insertions at one
    # offset the later is applied first, so that they end up in the order they were made.
    ordered = sorted(enumerate(edits), key=lambda item: (item[1].start, item[1].end, item[0]))
    for _, edit in reversed(ordered):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("csv", type=Path, help="the registry as IANA exports it")
    parser.add_argument("--write", action="store_true", help="apply the differences to the table")
    parser.add_argument(
        "--registry", choices=REGISTRIES, help="which table (default: HTTP, or WebSocket from 1000)"
    )
    parser.add_argument("--table", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--unofficial", type=Path, default=UNOFFICIAL, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    entries = read_csv(args.csv)
    if not entries:
        print(f"{args.csv}: no assigned codes found", file=sys.stderr)
        return 2
    registry = args.registry or ("websocket" if entries[0].code >= 1000 else "http")
    module, name = REGISTRIES[registry]
    args.table = args.table or TABLE.with_name(module)
    text = args.table.read_text(encoding="utf-8")
    rows = table_rows(Source(text), (name,))
    differences = compare(entries, rows, unofficial_codes(args.unofficial))
    for line in differences:
        print(line)
    if not differences:
        print("no differences: the table matches the registry")
        return 0
    if args.write:
        args.table.write_text(apply(entries, text, registry), encoding="utf-8")
        print(f"wrote {args.table}: write descriptions for added codes, then run `make generate`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
