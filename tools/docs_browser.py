"""Check the built docs site in Chromium (`make docs-check` runs it after `make docs`).

    python tools/docs_browser.py site

Serves site/ on 127.0.0.1 (a free port) and drives the system's Chromium with Playwright (never
a downloaded browser: $CHROMIUM, else /usr/bin/chromium). Fails (exit 1, one line per problem)
when a page is wider than its viewport at 1280 or 390 px, when a code block or a table clips its
text at 1280 px (scrollWidth > clientWidth: it would need scrolling sideways), when a name in a
generated table wraps mid-word (anywhere but after "_" or "."), when the copy button of a chosen
block puts on the clipboard code that does not run in Python, when search does not find a
chosen name, when an internal link or anchor leads nowhere, or when a page fetches anything from
a host other than the local server. Screenshots of the home page and the HTTPCode page go to
build/ for review. Exit 2: no browser.
"""

from __future__ import annotations

import argparse
import functools
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

ROOT = Path(__file__).resolve().parent.parent
WIDTHS = (1280, 390)
# The copy buttons whose code must run: (page, index of the block among the page's code blocks).
COPIED = (("index.html", 1), ("index.html", 6), ("rfc-rules.html", 0))
# Nothing that reaches beyond 127.0.0.1 (no QUIC, updates, sync), and no GPU on a server.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
SEARCHED = (
    "check_response",
    "resolve",
    "1006",
    "reason_phrase",
    "openapi_responses",
    "choices",
    "is_valid_close_code",
    "UnregisteredCodeError",
    "Teapot",
    "for_http",
    "HTTP_422_UNPROCESSABLE_CONTENT",  # a constant of the flat module: a row of its table
    "TRY_AGAIN_LATER",  # a member: a row of the WSCloseCode page's table
)
# What clips: a code block, or the box Material wraps a table in.
CLIPPING = """() => [
  ...document.querySelectorAll('.md-content pre > code, .md-typeset__scrollwrap')]
  .filter(e => e.scrollWidth > e.clientWidth + 1)
  .map(e => (e.tagName === 'CODE' ? 'code block ' : 'table ') + JSON.stringify(
    e.textContent.trim().split('\\n')[0].slice(0, 50))
    + ` (${e.scrollWidth} > ${e.clientWidth} px)`)"""
# A name of a generated table (code.identifier) that wraps other than after "_" or ".": the
# line box of each character, read through a Range, tells where the browser broke it.
MID_WORD = """() => {
  const broken = [];
  const range = document.createRange();
  for (const code of document.querySelectorAll('.md-content code.identifier')) {
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    let top = null, previous = '';
    chars: while (walker.nextNode()) {
      const node = walker.currentNode;
      for (let i = 0; i < node.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        if (top !== null && box.top > top + 1 && !'_.'.includes(previous)) {
          broken.push(code.textContent);
          break chars;
        }
        top = box.top;
        previous = node.data[i];
      }
    }
  }
  return broken;
}"""
WIDTH = "() => document.documentElement.scrollWidth"
LINKS = "() => [...document.querySelectorAll('a[href]')].map(a => a.href)"
IDS = "() => [...document.querySelectorAll('[id]')].map(e => e.id)"


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # one line per request would bury the findings


@contextmanager
def serve(site: Path) -> Iterator[str]:
    handler = functools.partial(Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def browser_path() -> str | None:
    path = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    return path if Path(path).is_file() else None


def runs(code: str) -> str | None:
    """None when `code` runs in a fresh Python, else why not."""
    if ">>>" in code or not code.strip():
        return f"copies prompts or nothing: {code[:60]!r}"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    if done.returncode:
        return f"copied code fails: {done.stderr.strip().splitlines()[-1:]}"
    return None


def check_pages(page: Any, base: str, site: Path, pages: list[str], shots: Path) -> list[str]:
    problems: list[str] = []
    links: dict[str, set[str]] = {}
    ids: dict[str, set[str]] = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for name in pages:
            page.goto(base + name)
            wide = page.evaluate(WIDTH)
            if wide > width:
                problems.append(f"{name} at {width} px: the page is {wide} px wide")
            problems += [
                f"{name} at {width} px: {broken} wraps mid-word"
                for broken in page.evaluate(MID_WORD)
            ]
            if width == 1280:
                problems += [f"{name} at {width} px: {c}" for c in page.evaluate(CLIPPING)]
                links[name] = set(page.evaluate(LINKS))
                ids[name] = set(page.evaluate(IDS))
            if name in ("index.html", "api/httpcode.html"):
                stem = "home" if name == "index.html" else "httpcode"
                page.screenshot(path=str(shots / f"docs-{stem}-{width}.png"))
    for name, hrefs in links.items():
        for href in sorted(hrefs):
            if not href.startswith(base):
                continue  # another site: the RFCs
            url, anchor = urldefrag(href)
            target = unquote(urlsplit(url).path).lstrip("/") or "index.html"
            if target.endswith("/"):
                target += "index.html"
            if not (site / target).is_file():
                problems.append(f"{name}: link to {target}, which is not in the site")
            elif anchor and target in ids and unquote(anchor) not in ids[target]:
                problems.append(f"{name}: link to {target}#{anchor}, which has no such anchor")
    return problems


def check_copy(page: Any, base: str) -> list[str]:
    problems = []
    page.set_viewport_size({"width": 1280, "height": 900})
    for name, index in COPIED:
        page.goto(base + name)
        block = page.locator(".md-content pre").nth(index)
        block.hover()
        block.locator("button[data-md-type=copy]").click()
        copied = page.evaluate("() => navigator.clipboard.readText()")
        why = runs(copied)
        if why:
            problems.append(f"{name}, code block {index}: {why}")
    return problems


def check_search(page: Any, base: str) -> list[str]:
    """Each chosen name, searched for once the worker has its index, and its results read once
    they are shown: Material's meta line says "Initializing search" until the index is ready and
    "... matching document(s)" once a query has run (a fixed sleep was too short on a busy
    machine)."""
    problems = []
    page.set_viewport_size({"width": 1280, "height": 900})
    meta = ".md-search-result__meta"
    for word in SEARCHED:
        page.goto(base + "index.html")  # a fresh page: the last query's results gone
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.wait_for_function(
            f"() => !/Initializing/.test(document.querySelector({meta!r}).textContent)",
            timeout=60_000,
        )
        box = page.locator("input.md-search__input")
        box.fill(word)
        box.press("End")  # Material queries on keyup, not on the input event that fill() sends
        page.wait_for_function(
            f"() => /matching document/.test(document.querySelector({meta!r}).textContent)",
            timeout=60_000,
        )
        results = page.locator(".md-search-result__item")
        if not results.count():
            problems.append(f"search finds nothing for {word!r}")
            continue
        text = " ".join(results.all_inner_texts()[:10])
        if word.lower() not in text.lower():
            problems.append(f"search for {word!r} shows no result that names it")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site (site/)")
    parser.add_argument("--shots", type=Path, default=ROOT / "build", help="screenshots here")
    args = parser.parse_args(argv)
    site: Path = args.site.resolve()
    executable = browser_path()
    if executable is None:
        print("tools/docs_browser.py: no Chromium (/usr/bin/chromium, $CHROMIUM)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright  # type: ignore[import-not-found]  # .venv-docs only

    args.shots.mkdir(parents=True, exist_ok=True)
    pages = sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if p.name != "404.html")
    with (
        serve(site) as base,
        sync_playwright() as playwright,
        tempfile.TemporaryDirectory(prefix="docs-browser-") as profile,
    ):
        # A fresh profile each run: nothing cached from the last build, no stale service worker.
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=executable,
            args=list(FLAGS),
            headless=True,
            permissions=["clipboard-read", "clipboard-write"],
        )
        remote: set[str] = set()
        host = urlsplit(base).netloc
        context.on(
            "request",
            lambda request: (
                remote.add(request.url) if urlsplit(request.url).netloc != host else None
            ),
        )
        page = context.new_page()
        problems = check_pages(page, base, site, pages, args.shots)
        problems += check_copy(page, base)
        problems += check_search(page, base)
        context.close()
    # What a script fetches, which tools/check_site.py cannot see in the HTML (the repository's
    # facts from api.github.com, once): the site must work offline.
    problems += [f"a page fetches {url}" for url in sorted(remote) if not url.startswith("data:")]
    for problem in problems:
        print(f"tools/docs_browser.py: {problem}", file=sys.stderr)
    print(f"tools/docs_browser.py: {len(pages)} pages at {WIDTHS} px, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
