#!/usr/bin/env bash
# Runs the test suite (or, with --bench, the benchmark) on every CPython 3.9-3.13 that
# tools/pythons.sh finds, each in a venv of its own (.venv-3.X), and says which versions ran.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-test}
ran=()
failed=()
for python in $(tools/pythons.sh); do
    version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    venv=.venv-$version
    if [[ ! -f $venv/.installed || pyproject.toml -nt $venv/.installed ]]; then
        rm -rf "$venv"
        "$python" -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --upgrade pip
        "$venv/bin/python" -m pip install --quiet -e '.[test,bench]'
        touch "$venv/.installed"
    fi
    echo "=== CPython $version ($python)"
    if [[ $mode == --bench ]]; then
        command=("$venv/bin/python" tools/bench.py --json "bench-results/$version.json")
    else
        command=("$venv/bin/python" -m pytest -q)
    fi
    if "${command[@]}"; then ran+=("$version"); else failed+=("$version"); fi
done
echo "ran on CPython: ${ran[*]:-none}"
if ((${#failed[@]})); then
    echo "FAILED on CPython: ${failed[*]}"
    exit 1
fi
((${#ran[@]})) || { echo "no CPython 3.9-3.13 found"; exit 1; }
