"""The built wheel, installed where an editable install cannot hide mistakes: it carries the
stubs and py.typed, and both type checkers see the precise types through it."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from conftest import ROOT, skip_on_pypy_without

import statuscodes

CONSUMER = """
from typing import Literal
from typing_extensions import assert_type
from statuscodes import HTTPCode, status
assert_type(HTTPCode(404).phrase, str)
teapot: Literal[HTTPCode.IM_A_TEAPOT] = status.HTTP_418_IM_A_TEAPOT
status.HTTP_404_NOT_FUND  # type: ignore[attr-defined]
assert_type(HTTPCode.UNPROCESSABLE_ENTITY, Literal[HTTPCode.UNPROCESSABLE_CONTENT])
"""


def test_the_version_is_written_once() -> None:
    assert statuscodes.__version__ == importlib.metadata.version("statuscodes")


@pytest.mark.slow  # builds a wheel, installs it in a venv, runs both checkers
@skip_on_pypy_without("mypy")
def test_the_wheel_ships_stubs_that_both_checkers_use(tmp_path: Path) -> None:
    source = tmp_path / "source"
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE", "MANIFEST.in"):
        shutil.copy(ROOT / name, source / name if source.exists() else _mkdir(source) / name)
    shutil.copytree(
        ROOT / "src", source / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__")
    )
    shutil.copytree(ROOT / "stubs", source / "stubs")
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(source),
        ],
        check=True,
    )
    (wheel,) = wheels.glob("statuscodes-*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            site,
            str(wheel),
        ],
        check=True,
    )
    installed = Path(site) / "statuscodes"
    assert {"__init__.pyi", "status.pyi", "py.typed"} <= {p.name for p in installed.iterdir()}
    (licence,) = Path(site).glob("statuscodes-*.dist-info/licenses/LICENSE")
    assert licence.read_bytes() == (ROOT / "LICENSE").read_bytes()
    consumer = tmp_path / "consumer" / "consumer.py"
    _mkdir(consumer.parent)
    consumer.write_text(CONSUMER, encoding="utf-8")
    # typing_extensions is known to both checkers from their bundled typeshed; no need to install.
    (consumer.parent / "pyrightconfig.json").write_text(
        '{"typeCheckingMode": "strict", "enableTypeIgnoreComments": true,'
        ' "reportUnnecessaryTypeIgnoreComment": "error", "reportMissingModuleSource": "none"}',
        encoding="utf-8",
    )

    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--warn-unused-ignores",
            "--no-incremental",
            "--python-executable",
            str(python),
            str(consumer),
        ],
        capture_output=True,
        text=True,
        cwd=consumer.parent,
    )
    assert mypy.returncode == 0, mypy.stdout
    pyright = subprocess.run(
        [
            str(Path(sys.executable).parent / "basedpyright"),
            "--pythonpath",
            str(python),
            str(consumer),
        ],
        capture_output=True,
        text=True,
        cwd=consumer.parent,
    )
    assert pyright.returncode == 0, pyright.stdout


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
