"""Only here to ship stubs/: setuptools cannot merge two source folders into one package from
pyproject.toml alone, so this build step copies the generated .pyi files into the wheel."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

STUBS = Path(__file__).parent / "stubs" / "statuscodes"


class BuildWithStubs(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from src/; in-repo checkers read stubs/ directly
        target = Path(self.build_lib) / "statuscodes"
        target.mkdir(parents=True, exist_ok=True)
        for stale in target.glob("*.pyi"):  # a stub deleted from stubs/ must not survive in build/
            stale.unlink()
        for stub in sorted(STUBS.glob("*.pyi")):
            self.copy_file(str(stub), str(target / stub.name))


setup(cmdclass={"build_py": BuildWithStubs})
