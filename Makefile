# The project's verbs. Each target creates what it needs (the .venv, the per-Python venvs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test lint types stubtest style generate check-generated pytest pytest-all dist bench bench-all perf-page clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# __init__.py holds the version, which the editable install's metadata copy.
$(INSTALLED): pyproject.toml setup.py src/statuscodes/__init__.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,release]'
	touch $@

# The package alone (no test extras), then the command on an example.
demo: | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/statuscodes 422

test: lint check-generated types stubtest pytest pytest-all dist

# ruff, pinned in the test extra; `make style` applies what it can.
lint: $(INSTALLED)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .

check-generated: $(INSTALLED)
	$(BIN)/python tools/generate.py --check

types: $(INSTALLED)
	$(BIN)/python -m mypy
	$(BIN)/python -m mypy tests
	$(BIN)/python -m mypy tools
	$(BIN)/basedpyright tests/typing

stubtest: $(INSTALLED)
	MYPYPATH=stubs $(BIN)/python -m mypy.stubtest statuscodes --allowlist stubtest-allowlist.txt

# Every test, slow ones included, with branch coverage of src/ and its floor (pyproject.toml).
pytest: $(INSTALLED)
	$(BIN)/python -m pytest -m "" --cov --cov-report=term-missing

# Every test on every CPython 3.9-3.13 this machine has, each in its own venv.
pytest-all: $(INSTALLED)
	PYTEST_ADDOPTS='-m ""' tools/test-matrix.sh

# The sdist and the wheel in dist/, built from the tracked files and checked: twine, their
# files, the same wheel from the sdist, and installed in a fresh venv: the README's tour and
# stubtest (tools/dist.py says what each step checks).
dist: $(INSTALLED)
	$(BIN)/python tools/dist.py

# Formatting and the fixable lint findings.
style: $(INSTALLED)
	$(BIN)/python -m ruff check --fix .
	$(BIN)/python -m ruff format .

generate: $(INSTALLED)
	$(BIN)/python tools/generate.py

bench: $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python tools/bench.py --json bench-results/latest.json

bench-all: $(INSTALLED)
	tools/test-matrix.sh --bench

# docs/performance.md and its chart, from a whole run on 3.11 and 3.13.
perf-page: bench-all
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python tools/bench.py --page docs/performance.md --render bench-results/3.11.json bench-results/3.13.json

clean:
	rm -rf $(VENV) .venv-3.* build dist src/*.egg-info .mypy_cache .ruff_cache .coverage bench-results
