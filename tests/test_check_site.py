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


STUB = """\
from typing import TypeVar, overload
from statuscodes.mod import Helper as Helper
from statuscodes.mod import hidden

_T = TypeVar("_T")

class Code:
    OK: int
    @property
    def phrase(self) -> str: ...
    @overload
    @classmethod
    def get(cls, code: int) -> Code | None: ...
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> Code | _T: ...
    def _private(self) -> None: ...

def check() -> None: ...
"""


def fake_package(tmp_path: Path) -> tuple[Path, Path]:
    package, stubs = tmp_path / "src", tmp_path / "stubs"
    package.mkdir()
    stubs.mkdir()
    for name in ("__init__", "mod", "_private", "nostub"):
        (package / f"{name}.py").write_text("", encoding="utf-8")
    (stubs / "__init__.pyi").write_text(STUB, encoding="utf-8")
    (stubs / "mod.pyi").write_text(
        '__all__ = ["Helper"]\nclass Helper: ...\nVERSION: str\n', encoding="utf-8"
    )
    return package, stubs


def site_with(tmp_path: Path, ids: list[str]) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    anchors = "".join(f'<h2 id="{anchor}">x</h2>' for anchor in ids)
    (site / "page.html").write_text(anchors, encoding="utf-8")
    return site


EVERY_ENTRY = [
    "statuscodes",
    "statuscodes.Code",
    "statuscodes.Code.OK",
    "statuscodes.Code.phrase",
    "statuscodes.Code.get",
    "statuscodes.check",
    "statuscodes.mod",
    "statuscodes.mod.Helper",
]


def test_every_public_name_is_found_in_the_stubs_of_the_walked_modules(tmp_path: Path) -> None:
    package, stubs = fake_package(tmp_path)

    names, unstubbed = check_site.public_names(package, stubs)

    # The re-export counts where it is defined; `hidden` and `VERSION` are not public there.
    assert sorted(names) == sorted(EVERY_ENTRY)
    assert unstubbed == ["statuscodes.nostub"]


def test_a_site_without_the_entry_of_an_overloaded_method_fails(tmp_path: Path) -> None:
    package, stubs = fake_package(tmp_path)
    site = site_with(tmp_path, [name for name in EVERY_ENTRY if name != "statuscodes.Code.get"])

    problems = check_site.undocumented(site, package, stubs)

    assert problems == [
        "statuscodes.nostub: a public module without a stub",
        "statuscodes.Code.get: a public name without an entry in the site",
    ]


def test_the_built_reference_names_are_the_package_s() -> None:
    names, unstubbed = check_site.public_names()

    assert unstubbed == []
    # What a stub declares only by overloads, and what only `__all__` names, are both counted.
    assert {"statuscodes.HTTPCode.get", "statuscodes.unofficial.VendorCode.get"} <= set(names)
    assert {"statuscodes.unofficial.Nginx", "statuscodes.status.HTTP_404_NOT_FOUND"} <= set(names)


def test_a_cross_reference_left_as_text_is_reported(tmp_path: Path) -> None:
    # autorefs leaves `[text][identifier]` as it was when nothing has that anchor; --strict passes.
    (tmp_path / "page.html").write_text(
        "<td>[<code>HTTPCode.OK</code>][statuscodes.HTTPCode.OK]</td><code>a[0][1]</code>"
        "<p>Written <code>[x][statuscodes.HTTPCode.OK]</code> in a page.</p>",
        encoding="utf-8",
    )

    assert check_site.unresolved(tmp_path) == [
        "page.html: a link to statuscodes.HTTPCode.OK that leads nowhere"
    ]


def test_an_entry_labelled_both_class_and_instance_attribute_is_reported(tmp_path: Path) -> None:
    label = '<small class="doc doc-label doc-label-{0}"><code>{0}</code></small>\n'.format
    both = label("class-attribute") + label("instance-attribute")
    (tmp_path / "other.html").write_text(both, encoding="utf-8")
    (tmp_path / "asgi.html").write_text(label("instance-attribute"), encoding="utf-8")  # a field

    assert check_site.double_labels(tmp_path) == [
        "other.html: 1 entries labelled class- and instance-attribute"
    ]
