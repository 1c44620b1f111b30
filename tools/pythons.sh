#!/usr/bin/env bash
# Prints one interpreter path for each supported CPython (3.9-3.13) found on this machine: pyenv's
# versions first, then python3.X on PATH.
for minor in 9 10 11 12 13; do
    found=""
    if command -v pyenv >/dev/null 2>&1; then
        for dir in "$(pyenv root)"/versions/3."$minor".*; do
            [[ -x $dir/bin/python3.$minor ]] && found=$dir/bin/python3.$minor
        done
    fi
    if [[ -z $found ]] && command -v "python3.$minor" >/dev/null 2>&1 && "python3.$minor" -c '' 2>/dev/null; then
        found=$(command -v "python3.$minor")
    fi
    [[ -n $found ]] && echo "$found"
done
exit 0
