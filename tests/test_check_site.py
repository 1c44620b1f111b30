"""tools/check_site.py, which `make docs` runs on the built site: what it counts as fetched."""

from __future__ import annotations

from pathlib import Path

from conftest import load_tool

check_site = load_tool("check_site")


def test_a_script_font_or_image_from_another_host_is_reported(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        '<script src="https://unpkg.com/iframe-worker/shim"></script>'
        '<link rel="stylesheet" href="//fonts.googleapis.com/css?family=Roboto">'
        '<img src="http://example.com/a.png"><div style="background: url(https://x.org/b.png)">',
        encoding="utf-8",
    )
    (tmp_path / "site.css").write_text("@font-face { src: url('https://x.org/f.woff2') }")

    problems = check_site.remote_assets(tmp_path)

    assert len(problems) == 5
    assert "page.html: fetches <script src='https://unpkg.com/iframe-worker/shim'>" in problems


def test_links_and_local_assets_are_fine(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        '<a href="https://www.rfc-editor.org/rfc/rfc9110.html">RFC 9110</a>'
        '<link rel="canonical" href="https://example.org/page.html">'
        '<script src="assets/iframe-worker/shim.js"></script><img src="performance.svg">',
        encoding="utf-8",
    )

    assert check_site.remote_assets(tmp_path) == []
