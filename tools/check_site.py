"""Check the built docs site (`make docs` runs it after `mkdocs build --strict`).

    python tools/check_site.py site

Fails (exit 1, one line per problem) when a page loads an asset from another host (a script,
stylesheet, font, image or frame with an http(s):// or protocol-relative address: the site must
work offline), when the search index is missing, or when the API reference lacks what it is
for: every member of HTTPCode and WSCloseCode with its phrase and reference link, the summary
tables, aliases labelled as aliases, deprecated flat names as deprecated, 104's expiry date.
Links to other sites (<a href>) are fine: the RFCs are on the web.
"""

from __future__ import annotations

import argparse
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from statuscodes import HTTPCode, WSCloseCode  # noqa: E402
from statuscodes._data import HTTP_ROWS, WS_ROWS, Row  # noqa: E402

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


def reference(site: Path) -> list[str]:
    """What the API reference pages must show, from the table."""
    problems = []
    pages: dict[str, tuple[Path, tuple[Row, ...], type[HTTPCode] | type[WSCloseCode]]] = {
        "HTTPCode": (site / "api/httpcode.html", HTTP_ROWS, HTTPCode),
        "WSCloseCode": (site / "api/wsclosecode.html", WS_ROWS, WSCloseCode),
    }
    for cls, (page, rows, registry) in pages.items():
        if not page.exists():
            problems.append(f"{page.relative_to(site)} is missing")
            continue
        html = page.read_text(encoding="utf-8")
        if f'href="#statuscodes.{cls}.{rows[-1].name}"' not in html:
            problems.append(f"{page.name}: no summary table linking each {cls} member")
        for row in rows:
            anchor = f'id="statuscodes.{cls}.{row.name}"'
            member = registry[row.name]
            entry = html.partition(anchor)[2][:6000]
            if not entry:
                problems.append(f"{page.name}: no entry for {cls}.{row.name}")
                continue
            for fact in (f"{row.code} {member.phrase}", member.reference.url.replace("&", "&amp;")):
                if fact.replace("'", "&#39;") not in entry and fact not in entry:
                    problems.append(f"{page.name}: {cls}.{row.name} does not show {fact!r}")
            for alias in (*row.aliases, *row.former_names):
                alias_entry = html.partition(f'id="statuscodes.{cls}.{alias}"')[2][:1500]
                if "doc-label-alias" not in alias_entry:
                    problems.append(f"{page.name}: {cls}.{alias} is not labelled an alias")
    http = (site / "api/httpcode.html").read_text(encoding="utf-8")
    if "registered until 2026-11-13" not in http:
        problems.append("httpcode.html: 104's expiry date is not shown")
    status = site / "api/status.html"
    deprecated = status.read_text(encoding="utf-8").partition(
        'id="statuscodes.status.HTTP_422_UNPROCESSABLE_ENTITY"'
    )[2][:1500]
    if "doc-label-deprecated" not in deprecated:
        problems.append("status.html: HTTP_422_UNPROCESSABLE_ENTITY is not labelled deprecated")
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
    for problem in problems:
        print(f"tools/check_site.py: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
