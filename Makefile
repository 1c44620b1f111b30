# The project's verbs. Each target creates what it needs (the .venv, the per-Python venvs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
DOCS_VENV := .venv-docs
DOCS_INSTALLED := $(DOCS_VENV)/.installed

.PHONY: demo docs docs-check test lint types stubtest style generate check-generated pytest pytest-all stress dist bench bench-all perf-page clean

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

# docs-check builds the site (docs) and drives it in Chromium, which it installs from apt as root;
# without a browser it says it skipped, and fails under CI=true.
test: lint check-generated types stubtest pytest pytest-all stress dist docs-check

# ruff, pinned in the test extra; `make style` applies what it can.
lint: $(INSTALLED)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .

check-generated: $(INSTALLED)
	$(BIN)/python tools/generate.py --check

# Then again as 3.14 sees it (the newest version both checkers know). pyright sees the package
# through its stubs, as users do: tests/typing imports it.
types: $(INSTALLED)
	$(BIN)/python -m mypy
	$(BIN)/python -m mypy tests
	$(BIN)/python -m mypy tools
	$(BIN)/basedpyright tests/typing
	$(BIN)/python -m mypy --python-version 3.14
	$(BIN)/python -m mypy --python-version 3.14 tests/typing
	$(BIN)/basedpyright --pythonversion 3.14 tests/typing

# stubtest imports the package: on the default Python, and on the newest CPython (its venv).
stubtest: $(INSTALLED)
	MYPYPATH=stubs $(BIN)/python -m mypy.stubtest statuscodes --allowlist stubtest-allowlist.txt
	tools/test-matrix.sh --stubtest

# Every test, slow ones included, with branch coverage of src/ and its floor (pyproject.toml).
pytest: $(INSTALLED)
	$(BIN)/python -m pytest -m "" --cov --cov-report=term-missing

# pytest on CPython 3.10-3.15 and PyPy 3.11, each in its own venv; 3.14, 3.15 and PyPy run in a
# Debian sid root (tools/debian-pythons.sh). Its last lines say which ran.
pytest-all: $(INSTALLED)
	PYTEST_ADDOPTS='-m ""' tools/test-matrix.sh

# The first use from 16 threads at once, in 200 fresh interpreters on every Python of the matrix
# (tools/stress_first_use.py): 7-16 s each on this shared 2-core machine.
stress: $(INSTALLED)
	tools/test-matrix.sh --stress

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

# The docs site, in site/: the docs extra in its own venv, a --strict build (a broken link, a
# missing page or a stale reference fails), then a check that no page fetches from another host.
$(DOCS_INSTALLED): pyproject.toml setup.py
	$(PYTHON) -m venv $(DOCS_VENV)
	$(DOCS_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DOCS_VENV)/bin/python -m pip install --quiet -e '.[docs]'
	touch $@

# NO_MKDOCS_2_WARNING: Material's end-of-life banner, answered in docs/design.md ("Docs").
docs: $(DOCS_INSTALLED)
	NO_MKDOCS_2_WARNING=1 $(DOCS_VENV)/bin/mkdocs build --strict --quiet
	$(DOCS_VENV)/bin/python tools/check_site.py site

# The site in Chromium (tools/docs_browser.py): the system's browser, installed from apt as root
# where apt exists (a fresh machine's package list may not know it yet: then after an update);
# without one it says so and skips, except under CI=true, where that fails.
docs-check: docs
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "docs-check: installing chromium with apt-get (once)"; \
		apt-get install -y -q chromium >/dev/null 2>&1 \
		|| { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; } \
		|| echo "docs-check: apt-get could not install chromium"; fi
	@if [ -x "$${CHROMIUM:-/usr/bin/chromium}" ]; then $(DOCS_VENV)/bin/python tools/docs_browser.py site; \
	elif [ "$$CI" = true ]; then echo "docs-check: no Chromium (CI=true: a failure)"; exit 1; \
	else echo "docs-check: SKIPPED, no Chromium at /usr/bin/chromium (apt-get install chromium)"; fi

bench: $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python tools/bench.py --json bench-results/latest.json
	$(BIN)/python tools/bench_check.py --json bench-results/check.json
	$(BIN)/python tools/bench_middleware.py

bench-all: $(INSTALLED)
	tools/test-matrix.sh --bench

# docs/performance.md and its chart, from a whole run on 3.11 and 3.14.
perf-page: bench-all
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python tools/bench.py --page docs/performance.md --render bench-results/3.11.json bench-results/3.14.json

clean:
	rm -rf $(VENV) $(DOCS_VENV) site .venv-3.* .venv-pypy* build dist src/*.egg-info .mypy_cache .ruff_cache .coverage .coverage.* bench-results
