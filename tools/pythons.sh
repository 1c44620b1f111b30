#!/usr/bin/env bash
# Finds or prepares every supported interpreter and prints one line for each:
#     IMPLEMENTATION VERSION VENV PYTHON [PREFIX...]    found: run it as `PREFIX... PYTHON`
#     IMPLEMENTATION VERSION - HOW TO GET IT             missing
# CPython 3.10-3.13 are pyenv's (else python3.X on PATH). CPython 3.14, 3.15 and PyPy 3.11 are
# Debian sid's, run in a root that tools/debian-pythons.sh makes on first use and then reuses.
set -euo pipefail
cd "$(dirname "$0")/.."

for minor in 10 11 12 13; do
    found=""
    if command -v pyenv >/dev/null 2>&1; then
        for dir in "$(pyenv root)"/versions/3."$minor".*; do
            [[ -x $dir/bin/python3.$minor ]] && found=$dir/bin/python3.$minor
        done
    fi
    if [[ -z $found ]] && command -v "python3.$minor" >/dev/null 2>&1 && "python3.$minor" -c '' 2>/dev/null; then
        found=$(command -v "python3.$minor")
    fi
    if [[ -n $found ]]; then
        echo "CPython 3.$minor .venv-3.$minor $found"
    else
        echo "CPython 3.$minor - pyenv install 3.$minor"
    fi
done

debian=(
    "CPython 3.14 .venv-3.14 /usr/bin/python3.14"
    "CPython 3.15 .venv-3.15 /usr/bin/python3.15"
    "PyPy 3.11 .venv-pypy3.11 /usr/bin/pypy3.11"
)
if reason=$(tools/debian-pythons.sh available) && tools/debian-pythons.sh ensure; then
    for line in "${debian[@]}"; do echo "$line tools/debian-pythons.sh run"; done
else
    # Said once by tools/test-matrix.sh for all three.
    hint="${reason:-making the Debian sid root failed (above)}; as root: tools/debian-pythons.sh ensure"
    for line in "${debian[@]}"; do
        read -r implementation version _ <<<"$line"
        echo "$implementation $version - $hint"
    done
fi
