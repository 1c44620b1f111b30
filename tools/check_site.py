"""Check the built docs site (`make docs` runs it after `mkdocs build --strict`).

    python tools/check_site.py site

Fails (exit 1, one line per problem) when a page loads an asset from another host (a script,
stylesheet, font, image or frame with an http(s):// or protocol-relative address: the site must
work offline), when the search index is missing, or when the API reference lacks what it is
for: a row for every member of HTTPCode and WSCloseCode with its phrase and a link to its row
of the registry table, which links its reference; aliases labelled as aliases, deprecated flat
names as deprecated, 104's expiry date; when a public name has no entry (an element with its
dotted path as id) on any page; when a cross-reference was left unresolved; or when the
header does not show the package's version.
Links to other sites (<a href>) are fine: the RFCs are on the web.

The public names are read from the stubs, which griffe renders and stubtest holds to the
runtime: each public module found in src/statuscodes/ (a module without a stub is a problem),
its `__all__` or else its public names (a stub's `import X as X` is a re-export, documented
where it is defined), and every public name in the body of each of its public classes:
methods, overloaded ones once, properties, class methods, fields and enum members.
"""

from __future__ import annotations

import argparse
import ast
import pkgutil
import re
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import statuscodes  # noqa: E402
from statuscodes import HTTPCode, WSCloseCode  # noqa: E402
from statuscodes._data import HTTP_ROWS, WS_ROWS, Row  # noqa: E402

PACKAGE = ROOT / "src" / "statuscodes"
STUBS = ROOT / "stubs" / "statuscodes"
CODE = re.compile(r"<code[^>]*>.*?</code>", re.DOTALL)
UNRESOLVED = re.compile(r"\]\[(statuscodes\.[\w.]+)\]")
LABEL = '<small class="doc doc-label doc-label-{0}"><code>{0}</code></small>'
DOUBLE_LABEL = re.compile(
    re.escape(LABEL.format("class-attribute"))
    + r"\s*"
    + re.escape(LABEL.format("instance-attribute"))
)
ID = re.compile(r"""\bid=["']?([^"'\s>]+)""")

# The attributes that make a browser fetch something, by tag (<a href> only links).
FETCHED = {
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "audio": "src",
    "video": "src",
    "embed": "src",
    "object": "data",
    "link": "href",
}
REMOTE = re.compile(r"^(?:[a-z]+:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"url\(\s*['\"]?((?:[a-z]+:)?//[^)'\"]+)", re.IGNORECASE)


class Assets(HTMLParser):
    """The remote addresses a page fetches."""

    def __init__(self) -> None:
        super().__init__()
        self.remote: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        wanted = FETCHED.get(tag)
        if tag == "link" and (values.get("rel") or "") in ("canonical", "alternate", "next"):
            wanted = None  # a link between pages, not an asset
        address = values.get(wanted) if wanted else None
        if address and REMOTE.match(address):
            self.remote.append(f"<{tag} {wanted}={address!r}>")
        self.remote += CSS_URL.findall(values.get("style") or "")


def remote_assets(site: Path) -> list[str]:
    problems = []
    for page in sorted(site.rglob("*.html")):
        parser = Assets()
        parser.feed(page.read_text(encoding="utf-8"))
        problems += [f"{page.relative_to(site)}: fetches {what}" for what in parser.remote]
    for sheet in sorted(site.rglob("*.css")):
        found = CSS_URL.findall(sheet.read_text(encoding="utf-8"))
        problems += [f"{sheet.relative_to(site)}: fetches {url}" for url in found]
    return problems


def table_row(html: str, identifier: str) -> str | None:
    """The table row (its HTML) that holds the element with this id, or None."""
    at = html.find(f'id="{identifier}"')
    if at < 0:
        return None
    return html[html.rfind("<tr>", 0, at) : html.find("</tr>", at)]


def shows(row: str, fact: str) -> bool:
    return fact in row or fact.replace("&", "&amp;").replace("'", "&#39;") in row


def reference(site: Path) -> list[str]:
    """What the API reference pages must show, from the table."""
    problems = []
    pages: dict[str, tuple[str, str, tuple[Row, ...], type[HTTPCode] | type[WSCloseCode]]] = {
        "HTTPCode": ("api/httpcode.html", "reference/http.html", HTTP_ROWS, HTTPCode),
        "WSCloseCode": ("api/wsclosecode.html", "reference/websocket.html", WS_ROWS, WSCloseCode),
    }
    for cls, (api, table, rows, registry) in pages.items():
        if not (site / api).exists() or not (site / table).exists():
            problems.append(f"{api} or {table} is missing")
            continue
        html = (site / api).read_text(encoding="utf-8")
        registry_html = (site / table).read_text(encoding="utf-8")
        for row in rows:
            member = registry[row.name]
            entry = table_row(html, f"statuscodes.{cls}.{row.name}")
            if entry is None:
                problems.append(f"{api}: no row for {cls}.{row.name}")
                continue
            link = f'href="../{table}#{row.code}"'
            for fact in (f">{row.code}<", f">{member.phrase}<", link):
                if not shows(entry, fact):
                    problems.append(f"{api}: {cls}.{row.name} does not show {fact!r}")
            for alias in (*row.aliases, *row.former_names):
                at = entry.find(f'id="statuscodes.{cls}.{alias}"')
                if at < 0 or "(alias)" not in entry[at:].partition("<br>")[0]:
                    problems.append(f"{api}: {cls}.{alias} is not labelled an alias")
            line = table_row(registry_html, str(row.code))
            if line is None or not shows(line, member.reference.url):
                problems.append(f"{table}: {row.code} has no row linking {member.reference.url}")
    http = (site / "reference/http.html").read_text(encoding="utf-8")
    if "registered until 2026-11-13" not in (table_row(http, "104") or ""):
        problems.append("reference/http.html: 104's expiry date is not shown")
    status = (site / "api/status.html").read_text(encoding="utf-8")
    deprecated = table_row(status, "statuscodes.status.HTTP_422_UNPROCESSABLE_ENTITY") or ""
    if "deprecated: use" not in deprecated:
        problems.append("status.html: HTTP_422_UNPROCESSABLE_ENTITY is not labelled deprecated")
    return problems


def double_labels(site: Path) -> list[str]:
    """Entries labelled both class- and instance-attribute: griffe's guess for an enum member,
    which the griffe extension replaces (a member is neither)."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        if found := len(DOUBLE_LABEL.findall(page.read_text(encoding="utf-8"))):
            problems.append(
                f"{page.relative_to(site)}: {found} entries labelled class- and instance-attribute"
            )
    return problems


def unresolved(site: Path) -> list[str]:
    """The cross-references autorefs left as text: mkdocs --strict does not count them."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        prose = CODE.sub("", page.read_text(encoding="utf-8"))  # code may show the syntax
        for found in UNRESOLVED.findall(prose):
            problems.append(f"{page.relative_to(site)}: a link to {found} that leads nowhere")
    return problems


def public(name: str) -> bool:
    return not name.startswith("_")


def assigned(node: ast.stmt) -> list[str]:
    """The names a statement of a stub declares."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    if isinstance(node, ast.Assign):
        return [target.id for target in node.targets if isinstance(target, ast.Name)]
    return []


def declared_all(tree: ast.Module) -> list[str] | None:
    """A stub's `__all__`, when it has one (its items are string literals)."""
    for node in tree.body:
        if "__all__" in assigned(node) and isinstance(node, (ast.Assign, ast.AnnAssign)):
            value = node.value
            if isinstance(value, (ast.List, ast.Tuple)):
                items = [item.value for item in value.elts if isinstance(item, ast.Constant)]
                return [item for item in items if isinstance(item, str)]
    return None


def stub_names(module: str, tree: ast.Module) -> Iterator[str]:
    """The dotted path of each public name a stub declares, as its documentation entry has it."""
    exported = declared_all(tree)
    classes: dict[str, ast.ClassDef] = {}
    here: dict[str, str] = {}  # name -> where it is defined: this module, or the one re-exported
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if alias.asname == alias.name or exported and alias.name in exported:
                    here[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        for name in assigned(node):
            here[name] = f"{module}.{name}"
            if isinstance(node, ast.ClassDef):
                classes[name] = node
    for name in exported if exported is not None else [n for n in here if public(n)]:
        yield here.get(name, f"{module}.{name}")
        if name in classes and here[name] == f"{module}.{name}":
            seen = set()
            for node in classes[name].body:
                for member in assigned(node):
                    if public(member) and member not in seen:  # an overload's name once
                        seen.add(member)
                        yield f"{module}.{name}.{member}"


def public_modules(package: Path = PACKAGE) -> list[str]:
    """The public modules of the package, walked from its directory (not a list kept by hand)."""
    found = ["statuscodes"]
    for info in pkgutil.walk_packages([str(package)], prefix="statuscodes."):
        if all(public(part) for part in info.name.split(".")):
            found.append(info.name)
    return found


def public_names(package: Path = PACKAGE, stubs: Path = STUBS) -> tuple[list[str], list[str]]:
    """The public names, by dotted path, and the public modules that have no stub."""
    names: list[str] = []
    unstubbed: list[str] = []
    for module in public_modules(package):
        parts = module.split(".")[1:]
        stub = stubs.joinpath(*parts).with_suffix(".pyi") if parts else stubs / "__init__.pyi"
        if not stub.is_file():
            unstubbed.append(module)
            continue
        names.append(module)
        names += stub_names(module, ast.parse(stub.read_text(encoding="utf-8")))
    return list(dict.fromkeys(names)), unstubbed  # a re-export's entry once


def undocumented(site: Path, package: Path = PACKAGE, stubs: Path = STUBS) -> list[str]:
    """A line for each public name that no page of the site has an entry for."""
    ids: set[str] = set()
    for page in site.rglob("*.html"):
        ids.update(ID.findall(page.read_text(encoding="utf-8")))
    names, unstubbed = public_names(package, stubs)
    problems = [f"{module}: a public module without a stub" for module in unstubbed]
    problems += [
        f"{name}: a public name without an entry in the site" for name in names if name not in ids
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site (site/)")
    args = parser.parse_args(argv)
    site: Path = args.site
    problems = remote_assets(site)
    for index in ("search/search_index.json", "search/search_index.js"):
        if not (site / index).exists():
            problems.append(f"{index} is missing: search would not work")
    problems += reference(site)
    version = f'md-source__fact--version">{statuscodes.__version__}<'
    if version not in (site / "index.html").read_text(encoding="utf-8"):
        problems.append(f"index.html: the header does not show {statuscodes.__version__}")
    problems += undocumented(site)
    problems += unresolved(site)
    problems += double_labels(site)
    for problem in problems:
        print(f"tools/check_site.py: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
