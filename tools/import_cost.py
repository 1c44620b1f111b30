"""What `import statuscodes` costs, counted in CPU instructions (valgrind's callgrind), against
`import http` and against the least any EnumType-built design could cost.

    python tools/import_cost.py

Wall times of a ~10 ms import swing by 30% on a shared machine; instruction counts repeat to
within ~0.1%, so small differences between designs show. Each figure is the count of a fresh
interpreter running the import minus that of one running `pass` (hash seed fixed, collector off,
interpreter teardown skipped). The floor is a module of plain `class X(enum.IntEnum)` bodies
with every name our enums have, aliases included, and no metadata: what EnumType alone charges
for them, whatever is built around it.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

FIRST_USE = "import statuscodes; statuscodes.HTTPCode(404); statuscodes.WSCloseCode(1000)"
# The table alone: a leaf, so it loads without the package around it.
TABLE_ALONE = (
    "import importlib.util as u; s = u.spec_from_file_location('table', {path!r}); "
    "s.loader.exec_module(u.module_from_spec(s))"
)


CODES = (
    "pass",
    "import enum",
    "import enum, importlib.util",
    "import http; http.HTTPStatus(404)",
    FIRST_USE,
    "import enum_floor",
)


def floor_module() -> str:
    """Stock enum class statements with the names and values of ours, and their two bases."""
    sys.path.insert(0, str(SRC))
    from statuscodes import HTTPCategory, HTTPCode, WSCategory, WSCloseCode

    lines = ["import enum", "class Codes(enum.IntEnum): pass", "class Ranges(enum.Enum): pass"]
    for registry, base in (
        (HTTPCategory, "Ranges"),
        (HTTPCode, "Codes"),
        (WSCategory, "Ranges"),
        (WSCloseCode, "Codes"),
    ):
        lines.append(f"class {registry.__name__}({base}):")
        lines += [f"    {name} = {member.value!r}" for name, member in registry.__members__.items()]
    return "\n".join(lines) + "\n"


def instructions(code: str, path: str) -> int:
    """Instructions callgrind counts for `python -c code` with `path` on sys.path."""
    environment = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": path}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    wrapped = f"import gc, os; gc.disable(); {code}; os._exit(0)"
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        + [sys.executable, "-c", wrapped],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{result.stderr}")
    return int(found.group(1))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: apt-get install valgrind", file=sys.stderr)
        return 1
    table = str(SRC / "statuscodes" / "_data.py")
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "enum_floor.py").write_text(floor_module())
        # Compiled first, as an installed package is: the counts are of imports, not compiles.
        subprocess.run([sys.executable, "-m", "compileall", "-q", folder, str(SRC)], check=True)
        path = os.pathsep.join((str(SRC), folder))
        count = {code: instructions(code, path) for code in CODES}
        count["table"] = instructions(TABLE_ALONE.format(path=table), path)
    http = count["import http; http.HTTPStatus(404)"] - count["pass"]
    enum = count["import enum"] - count["pass"]
    rows = (
        ("import enum", enum),
        ("import http; HTTPStatus(404)", http),
        ("import statuscodes + first use", count[FIRST_USE] - count["pass"]),
        ("  of which after enum", count[FIRST_USE] - count["import enum"]),
        ("    EnumType alone, our names", count["import enum_floor"] - count["import enum"]),
        ("    the table (_data.py) alone", count["table"] - count["import enum, importlib.util"]),
        ("2.0x http leaves, after enum", 2 * http - enum),
    )
    print(f"CPython {platform.python_version()}: millions of instructions beyond `pass`")
    for name, instructions_ in rows:
        print(f"  {name:34} {instructions_ / 1e6:6.2f}M  {instructions_ / http:5.2f}x http")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
