#!/usr/bin/env bash
# CPython 3.14, 3.15 and PyPy 3.11 from Debian sid, which packages them while this machine's Debian
# does not. A sid root is made once by debootstrap in a cache folder outside the repository and
# reused; commands run in it by chroot, with the repository bind-mounted at its own absolute path
# so that the venvs made inside (.venv-3.14 ...) hold paths that are right inside and out.
#
#   tools/debian-pythons.sh available     exit 0 if the root can be used here, else say why
#   tools/debian-pythons.sh ensure        make the root if it is missing or broken (installing
#                                         debootstrap with apt-get first where it is missing)
#   tools/debian-pythons.sh run CMD...    run CMD in the root, from the repository's top
#
# STATUSCODES_SID_ROOT overrides where the root lives.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd -P)
root=${STATUSCODES_SID_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/statuscodes/debian-sid}
mirror=${STATUSCODES_SID_MIRROR:-http://deb.debian.org/debian}
# The interpreters the root exists for, as Debian names their packages and commands.
packages=python3.14,python3.14-venv,python3.15,python3.15-venv,pypy3,pypy3-venv,ca-certificates
interpreters=(python3.14 python3.15 pypy3.11)
# Written last by `ensure`: a root without it was interrupted half-made.
ready=$root/.statuscodes-ready

say() { echo "debian-pythons: $*" >&2; }

# Why the root cannot be used here, or nothing. chroot and mount need root; making it needs
# debootstrap too, which `ensure` installs where apt is.
unavailable() {
    if ((EUID != 0)); then
        echo "needs root (chroot and bind mounts)"
    elif [[ ! -f $ready ]] && ! command -v debootstrap >/dev/null 2>&1 &&
        ! command -v apt-get >/dev/null 2>&1; then
        echo "needs debootstrap to make a Debian sid root (no apt-get here to install it)"
    fi
}

# `make test` creates what it needs: on a fresh Debian machine that is debootstrap itself.
install_debootstrap() {
    command -v debootstrap >/dev/null 2>&1 && return 0
    say "installing debootstrap with apt-get (needed once, to make the root)"
    # The package list of a fresh machine may not know it yet. apt's output goes to stderr:
    # tools/pythons.sh's stdout is the list of interpreters.
    local install=(apt-get install -y --no-install-recommends debootstrap)
    if ! "${install[@]}" >&2; then
        apt-get update >&2 && "${install[@]}" >&2
    fi || { say "apt-get could not install debootstrap"; exit 1; }
}

# One lock for everything that touches the root: making it, mounting in it, running in it. Two
# runs at once (two checkouts, or make -j) then take turns instead of unmounting each other.
lock() {
    mkdir -p "$(dirname "$root")"
    exec {lock_fd}>"$root.lock"
    if ! flock -n "$lock_fd"; then
        say "waiting for another run that uses $root"
        flock "$lock_fd"
    fi
}

# Mount points in the root (or in a half-made one), last mounted first. Under the lock any of them
# is stale: left by a run that was killed before its trap ran.
mounts_in_root() {
    awk -v a="$root/" -v b="$root.new/" 'index($2, a) == 1 || index($2, b) == 1 { print $2 }' \
        /proc/mounts | tac
}

unmount_stale() {
    local point
    for point in $(mounts_in_root); do
        say "unmounting $point, left by an earlier run"
        umount "$point" 2>/dev/null || umount --lazy "$point"
    done
}

healthy() {
    [[ -f $ready ]] || return 1
    local python
    for python in "${interpreters[@]}"; do
        chroot "$root" "/usr/bin/$python" -c 'import venv, ensurepip, ssl' >/dev/null 2>&1 || return 1
    done
}

ensure() {
    lock
    unmount_stale
    healthy && return 0
    # A bind mount of the repository is on the same file system: --one-file-system alone would
    # delete through it. So nothing may be mounted in the root when it is deleted.
    [[ -z $(mounts_in_root) ]] || { say "mounts left in $root; not deleting it"; exit 1; }
    if [[ -e $root ]]; then
        say "the root at $root is broken or half-made: making it again"
        rm -rf --one-file-system "$root"
    fi
    install_debootstrap
    say "making a Debian sid root in $root (once; about 75 s)"
    rm -rf --one-file-system "$root.new"
    debootstrap --variant=minbase --include="$packages" sid "$root.new" "$mirror" >"$root.log" 2>&1 || {
        say "debootstrap failed; its log: $root.log"
        exit 1
    }
    touch "$root.new/.statuscodes-ready"
    mv "$root.new" "$root"
    healthy || { say "the new root's interpreters do not run; see $root.log"; exit 1; }
}

# Files pip needs inside: DNS, its configuration, and the CA bundles it is told to trust (a copy
# each run, so a change on the host shows inside).
copy_configuration() {
    local file
    local files=(/etc/resolv.conf /etc/pip.conf /etc/xdg/pip/pip.conf "$HOME/.config/pip/pip.conf"
        "$HOME/.pip/pip.conf" /etc/ssl/certs/ca-certificates.crt)
    for file in /etc/pip.conf /etc/xdg/pip/pip.conf "$HOME/.config/pip/pip.conf" "$HOME/.pip/pip.conf"; do
        # Files the configuration names: CA bundles and constraints.
        [[ -f $file ]] && files+=($(awk -F' *= *' '$1 ~ /^(cert|client-cert|constraint)$/ { print $2 }' "$file"))
    done
    files+=(${PIP_CERT:-} ${PIP_CONSTRAINT:-} ${REQUESTS_CA_BUNDLE:-} ${SSL_CERT_FILE:-})
    for file in "${files[@]}"; do
        if [[ -f $file ]]; then
            mkdir -p "$root$(dirname "$file")"
            cp -L "$file" "$root$file"
        fi
    done
}

run() {
    lock
    unmount_stale
    [[ -f $ready ]] || { say "no root at $root: run '$0 ensure' first"; exit 1; }
    mounted=()
    trap 'for point in "${mounted[@]}"; do umount "$point" 2>/dev/null || umount --lazy "$point"; done' EXIT
    # A signal ends the script through exit, so that the EXIT trap unmounts.
    trap 'exit 130' INT
    trap 'exit 143' TERM
    mkdir -p "$root/proc"
    mount -t proc proc "$root/proc"
    mounted=("$root/proc")
    # pip reads find-links and local indexes from these folders when they exist.
    local source
    for source in /dev /dev/pts "$repo" /opt/wheels /opt/pypi /opt/pypi-more; do
        [[ -d $source ]] || continue
        mkdir -p "$root$source"
        mount --bind "$source" "$root$source"
        mounted=("$root$source" "${mounted[@]}")  # unmounted last mounted first
    done
    copy_configuration
    # The environment passes through (PIP_*, CI, MYPYPATH); a host venv's or pyenv's PATH does not.
    local status=0
    chroot "$root" /usr/bin/env -u VIRTUAL_ENV -u PYTHONHOME PATH=/usr/local/bin:/usr/bin:/bin \
        /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$repo" "$@" || status=$?
    return "$status"
}

case ${1:-} in
    available)
        reason=$(unavailable)
        [[ -z $reason ]] || { echo "$reason"; exit 1; }
        ;;
    ensure) ensure ;;
    run)
        shift
        run "$@"
        ;;
    *)
        echo "usage: $0 available | ensure | run CMD..." >&2
        exit 2
        ;;
esac
