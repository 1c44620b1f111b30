"""Build the release files into dist/ and check them as a user would meet them.

    python tools/dist.py    (`make dist`)

1. Copies the tracked files into a temporary tree, so that nothing untracked (build/, an old
   egg-info, a stub deleted from stubs/ but left in build/lib) can reach a release.
2. `python -m build` makes the sdist and, from the unpacked sdist, the wheel; a second wheel
   is built straight from the tree: both must hold the same files with the same bytes.
3. `twine check --strict`; the wheel holds exactly the package's modules, py.typed, every stub
   of stubs/statuscodes/ (byte for byte) and the metadata with LICENSE; the sdist has LICENSE.
4. Installs the wheel into a fresh venv and, from a folder outside the repository (so that the
   installed wheel is what is imported): the version agrees with the metadata, the README's
   tour passes as a doctest, `mypy.stubtest` passes (no MYPYPATH) with the allowlists, and each
   member's docstring in the installed stub is its phrase, description and reference;
   `basedpyright --verifytypes` finds every type known and no class or function undocumented.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import venv
import zipfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
START = time.monotonic()

# Run in the fresh venv: every member's docstring in the installed stub, against the installed
# runtime's metadata (the same table, seen through the other door).
CONSUMER_DOCSTRINGS = """
import ast, inspect, pathlib, statuscodes
from statuscodes import HTTPCode, WSCloseCode
def unwrapped(text):
    return [" ".join(p.split()) for p in inspect.cleandoc(text).split("\\n\\n")]
stub = pathlib.Path(statuscodes.__file__).with_name("__init__.pyi")
tree = ast.parse(stub.read_text("utf-8"))
classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
checked = 0
for enum in (HTTPCode, WSCloseCode):
    body = classes[enum.__name__].body
    docs = {n.targets[0].id: a.value.value for n, a in zip(body, body[1:])
            if isinstance(n, ast.Assign) and isinstance(a, ast.Expr)}
    for name, member in enum.__members__.items():
        if name not in docs:
            continue  # an alias: annotated, not assigned
        ref = member.reference
        expires = getattr(member, "expires", None)
        expiry = [f"Temporary, registered until {expires}."] if expires else []
        want = [f"{member.value} {member.phrase}", *expiry, member.description, f"{ref}: {ref.url}"]
        assert unwrapped(docs[name]) == [" ".join(w.split()) for w in want], name
        checked += 1
print(f"{checked} member docstrings in the installed stub match the installed runtime")
"""


def step(message: str) -> None:
    print(f"[{time.monotonic() - START:5.1f}s] {message}", flush=True)


def run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, command))}\n{result.stdout}{result.stderr}")
    return result.stdout


def clean_tree(target: Path) -> Path:
    """The tracked files, as they are in the working tree (edits included, untracked left out)."""
    listed = run("git", "ls-files", "-z", cwd=ROOT).split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is not released
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def contents(wheel: Path) -> dict[str, str]:
    """Each file of a wheel and the sha256 of its bytes (RECORD's lines sorted first)."""
    with zipfile.ZipFile(wheel) as archive:
        files = {}
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith(".dist-info/RECORD"):
                data = b"\n".join(sorted(data.splitlines()))
            files[name] = hashlib.sha256(data).hexdigest()
    return files


def expected_wheel_files(tree: Path, dist_info: str) -> set[str]:
    package = tree / "src" / "statuscodes"
    return {
        *(f"statuscodes/{path.name}" for path in package.glob("*.py")),
        "statuscodes/py.typed",
        *(f"statuscodes/{path.name}" for path in (tree / "stubs" / "statuscodes").glob("*.pyi")),
        *(
            f"{dist_info}/{name}"
            for name in (
                "METADATA",
                "WHEEL",
                "RECORD",
                "entry_points.txt",
                "top_level.txt",
                "licenses/LICENSE",
            )
        ),
    }


def check_wheel(wheel: Path, tree: Path) -> None:
    dist_info = f"statuscodes-{version_of(tree)}.dist-info"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        expected = expected_wheel_files(tree, dist_info)
        if names != expected:
            sys.exit(
                f"{wheel.name}: unexpected files {sorted(names - expected)}, "
                f"missing {sorted(expected - names)}"
            )
        for stub in (tree / "stubs" / "statuscodes").glob("*.pyi"):
            if archive.read(f"statuscodes/{stub.name}") != stub.read_bytes():
                sys.exit(f"{wheel.name}: statuscodes/{stub.name} is not stubs/statuscodes's")
        if archive.read(f"{dist_info}/licenses/LICENSE") != (tree / "LICENSE").read_bytes():
            sys.exit(f"{wheel.name}: the LICENSE in {dist_info} is not the repository's")
    print(f"  {wheel.name}: {len(names)} files, as expected:")
    for name in sorted(names):
        print(f"    {name}")


def check_sdist(sdist: Path, tree: Path) -> None:
    top = f"statuscodes-{version_of(tree)}"
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
    required = {f"{top}/{name}" for name in ("LICENSE", "PKG-INFO", "pyproject.toml", "setup.py")}
    required |= {f"{top}/stubs/statuscodes/{stub.name}" for stub in tree.glob("stubs/*/*.pyi")}
    stray = {name for name in names if name.startswith((f"{top}/tests", f"{top}/build/"))}
    if not required <= names or stray:
        sys.exit(f"{sdist.name}: missing {sorted(required - names)}, stray {sorted(stray)}")
    print(f"  {sdist.name}: {len(names)} entries, LICENSE and every stub included, no tests")


def version_of(tree: Path) -> str:
    for line in (tree / "src" / "statuscodes" / "__init__.py").read_text("utf-8").splitlines():
        if line.startswith("__version__ = "):
            return line.split("=", 1)[1].strip().strip("\"'")
    sys.exit("src/statuscodes/__init__.py: no __version__ line")


def check_installed(wheel: Path, work: Path) -> None:
    env_dir = work / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # The venv's own mypy: the one `make stubtest` uses, pinned in the test extra.
    # With the grpc extra: statuscodes.grpc's stub names grpcio's types, which it brings; and
    # pytest, whose types the plugin's stub names (pytest loads the plugin, so it is there).
    run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        f"{wheel}[grpc]",
        f"mypy=={version('mypy')}",
        f"pytest=={version('pytest')}",
    )
    outside = work / "outside"  # not the repository: `import statuscodes` finds the venv's
    outside.mkdir()
    clean_env = {key: value for key, value in os.environ.items() if key != "MYPYPATH"}
    clean_env.pop("PYTHONPATH", None)
    where = run(
        python,
        "-c",
        "import statuscodes, importlib.metadata as m; "
        "assert statuscodes.__version__ == m.version('statuscodes'), statuscodes.__version__; "
        "print(statuscodes.__file__)",
        cwd=outside,
        env=clean_env,
    ).strip()
    if not where.startswith(str(env_dir)):
        sys.exit(f"the installed check imported {where}, not the venv's statuscodes")
    step(f"installed into a fresh venv: {where}; __version__ is the metadata's")
    run(python, "-m", "doctest", ROOT / "README.md", cwd=outside, env=clean_env)
    step("the README's tour passes against the installed wheel")
    run(
        python,
        "-m",
        "mypy.stubtest",
        "statuscodes",
        "--allowlist",
        ROOT / "stubtest-allowlist.txt",
        "--allowlist",
        ROOT / "stubtest-allowlist-wheel.txt",
        cwd=outside,
        env=clean_env,
    )
    step("stubtest passes against the installed wheel")
    print("  " + run(python, "-c", CONSUMER_DOCSTRINGS, cwd=outside, env=clean_env).strip())
    # pyright's view of the installed package, with the fresh venv as its environment.
    in_venv = {
        **clean_env,
        "VIRTUAL_ENV": str(env_dir),
        "PATH": f"{env_dir / 'bin'}:{os.environ['PATH']}",
    }
    pyright = Path(sys.executable).parent / "basedpyright"
    report = run(
        pyright, "--verifytypes", "statuscodes", "--ignoreexternal", cwd=outside, env=in_venv
    )
    wanted = (
        "Type completeness score: 100%",
        "Functions without docstring: 0",
        "Classes without docstring: 0",
    )
    if not all(line in report for line in wanted):
        sys.exit(f"basedpyright --verifytypes on the installed wheel:\n{report}")
    symbols = next(line for line in report.splitlines() if "Symbols exported" in line).strip()
    step(f"basedpyright --verifytypes: {symbols}, every type known, no docstring missing")


def main() -> int:
    shutil.rmtree(DIST, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="statuscodes-dist-") as name:
        work = Path(name)
        tree = clean_tree(work / "tree")
        run(sys.executable, "-m", "build", "--outdir", DIST, tree)
        (sdist,) = DIST.glob("*.tar.gz")
        (wheel,) = DIST.glob("*.whl")
        step(f"built {sdist.name} and, from it, {wheel.name}")
        run(sys.executable, "-m", "build", "--wheel", "--outdir", work / "direct", tree)
        (direct,) = (work / "direct").glob("*.whl")
        if contents(direct) != contents(wheel):
            sys.exit("the wheel from the sdist differs from the one built from the tree")
        step("the wheel from the sdist has the same files, byte for byte, as the direct one")
        run(sys.executable, "-m", "twine", "check", "--strict", sdist, wheel)
        step("twine check --strict passes")
        check_sdist(sdist, tree)
        check_wheel(wheel, tree)
        check_installed(wheel, work)
    step(f"dist/ holds {sdist.name} and {wheel.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
