#!/usr/bin/env bash
# Runs on every supported interpreter that tools/pythons.sh finds or prepares (CPython 3.10-3.15,
# PyPy 3.11), each in a venv of its own, and says in its last lines which ones ran.
#   tools/test-matrix.sh             the test suite on each
#   tools/test-matrix.sh --bench     the benchmark on each CPython (bench-results/3.X.json); PyPy's
#                                    JIT makes its figures incomparable with the stdlib's
#   tools/test-matrix.sh --stubtest  stubtest on the newest CPython (make stubtest runs the default)
#   tools/test-matrix.sh --stress    the concurrent first use, 200 fresh interpreters on each
#                                    (tools/stress_first_use.py)
# A missing interpreter is skipped with one line saying how to get it; under CI (CI=true) a
# missing one fails the run instead, so that CI never passes on fewer Pythons than it claims.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:---test}

# A venv with the package and both extras, remade when pyproject.toml changes. One pip run for the
# lot (after pip itself): resolving once is most of an install's time, and pip's cache keeps the
# downloads between remakes.
# A failure is that interpreter's: the others still run (hence && rather than set -e, which a
# function called in a condition does not have).
prepare() {
    [[ -f $venv/.installed && ! pyproject.toml -nt $venv/.installed ]] && return 0
    echo "=== making $venv"
    rm -rf "$venv" &&
        "${prefix[@]}" "$python" -m venv "$venv" &&
        "${prefix[@]}" "$venv/bin/python" -m pip install --quiet --upgrade pip &&
        "${prefix[@]}" "$venv/bin/python" -m pip install --quiet -e '.[test,bench]' &&
        touch "$venv/.installed"
}

entries=()
while IFS= read -r line; do entries+=("$line"); done < <(tools/pythons.sh)
if [[ $mode == --stubtest ]]; then
    # The newest CPython only (the lines come oldest first), said to be missing if it is.
    newest=""
    for line in "${entries[@]}"; do [[ $line == CPython* ]] && newest=$line; done
    entries=("$newest")
fi

ran=()
failed=()
missing=()
hints=()
for line in "${entries[@]}"; do
    read -r implementation version venv python prefix_words <<<"$line"
    if [[ $venv == - ]]; then
        missing+=("$implementation $version")
        hint="$python${prefix_words:+ $prefix_words}"
        [[ " ${hints[*]:-} " == *" $hint "* ]] || hints+=("$hint")
        continue
    fi
    [[ $mode == --bench && $implementation == PyPy ]] && continue
    read -r -a prefix <<<"${prefix_words:-}"
    if ! prepare; then
        failed+=("$implementation $version")
        continue
    fi
    echo "=== $implementation $version ($python)"
    case $mode in
        --bench) command=("$venv/bin/python" tools/bench.py --json "bench-results/$version.json") ;;
        --stubtest)
            command=(env MYPYPATH=stubs "$venv/bin/python" -m mypy.stubtest statuscodes
                --allowlist stubtest-allowlist.txt --allowlist stubtest-allowlist-newest.txt)
            ;;
        --stress) command=("$venv/bin/python" tools/stress_first_use.py --runs 200) ;;
        *) command=("$venv/bin/python" -m pytest -q) ;;
    esac
    if "${prefix[@]}" "${command[@]}"; then
        ran+=("$implementation $version")
    else
        failed+=("$implementation $version")
    fi
done

# "CPython 3.10, CPython 3.11, PyPy 3.11" -> "CPython 3.10 3.11, PyPy 3.11"
grouped() {
    local item implementation version last="" out=""
    for item in "$@"; do
        read -r implementation version <<<"$item"
        if [[ $implementation == "$last" ]]; then out+=" $version"; else out+="${out:+, }$item"; fi
        last=$implementation
    done
    echo "${out:-none}"
}

status=0
if ((${#missing[@]})); then
    if [[ ${CI:-} == true ]]; then
        echo "MISSING (CI needs every supported Python): $(grouped "${missing[@]}")"
        status=1
    else
        echo "skipped $(grouped "${missing[@]}"): $(printf '%s; ' "${hints[@]}" | sed 's/; $//')"
    fi
fi
echo "ran on: $(grouped "${ran[@]}")"
if ((${#failed[@]})); then
    echo "FAILED on: $(grouped "${failed[@]}")"
    status=1
fi
# stubtest has run on the default Python already (make stubtest); here the newest may be skipped.
if ((${#ran[@]} == 0)) && [[ $mode != --stubtest ]]; then
    echo "no supported Python ran"
    status=1
fi
exit "$status"
