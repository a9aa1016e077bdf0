#!/usr/bin/env bash
# Proves that the README's two commands work on a fresh Debian 12 machine: builds a clean Debian 12
# root with mmdebstrap, puts a clean clone of this repository's HEAD in it (uncommitted work is
# not included), and runs in it, as a new user would, tests/run.sh (installs the packages, builds,
# runs every test against a PostgreSQL 15 sandbox) and then app/run.sh --no-gui (builds the console,
# starts the demo sandbox) followed by app/run.sh --stop. Prints how long each step took.
#
#   tests/fresh-machine.sh                  all of that in a throwaway root, removed at the end
#   tests/fresh-machine.sh --keep           keep the root afterwards (its folder is printed)
#   tests/fresh-machine.sh --root DIR       make the root in DIR and keep it; when DIR holds a root
#                                           an earlier run made, reuse it (no mmdebstrap, packages
#                                           already installed: quicker, but proves less)
#   tests/fresh-machine.sh -- ARGS          ARGS go to tests/run.sh, i.e. to ctest (-- -L unit)
#   tests/fresh-machine.sh --help           this text
#
# Needs root (mmdebstrap, mounts, chroot), mmdebstrap and unshare. Nothing is downloaded but
# Debian packages, from this machine's own apt sources. Most of its time goes to the build and
# the tests. Exits non-zero when a step fails (a failing tests/run.sh still lets app/run.sh run).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
self=$repo/tests/fresh-machine.sh
marker=.roledesk-fresh-machine # in a root's top folder: made by this script, mmdebstrap finished
clone=/root/roledesk           # where the clone lives inside the root (a new user's home)

usage() { sed -n '2,18p' "$self" | sed 's/^# \{0,1\}//'; }

# --- inside the root ----------------------------------------------------------------------------
# Called by this script through unshare, in a mount and PID namespace of its own: every mount made
# here and every process started in the root (PostgreSQL, the inference stand-in) end with the
# namespace, whatever way the step ends (failure, Ctrl-C, kill), so nothing stays mounted or
# running on this machine.
if [ "${1:-}" = --in-root ]; then
    root=$2 command=$3
    shift 3
    # The root a mount point of its own, as / is on a real machine: otherwise the chroot's
    # /proc/self/mountinfo has no entry for / and free-space checks (QStorageInfo) see 0 bytes.
    mount --bind "$root" "$root"
    # A proc of the new PID namespace, not the host's: pg_ctl and the scripts look processes up.
    mount -t proc proc "$root/proc"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    mount --bind /dev/shm "$root/dev/shm" # PostgreSQL's dynamic shared memory
    mount --bind /sys "$root/sys"
    # A login's environment, not this shell's: only what a new user's session has. Debian's
    # installer sets a UTF-8 locale; minbase has no locales, and C.UTF-8 is built into libc.
    set +e
    chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        TERM="${TERM:-dumb}" /bin/bash -c "cd $clone && $command" bash "$@"
    status=$?
    set -e
    umount "$root/sys" "$root/dev/shm" "$root/dev/pts" "$root/dev" "$root/proc" "$root" || true
    exit "$status"
fi

# --- options ------------------------------------------------------------------------------------
keep=0 root= test_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --keep) keep=1 ;;
        --root) [ $# -ge 2 ] || { echo "fresh-machine: --root needs a folder" >&2; exit 2; }
                root=$(realpath -m "$2"); keep=1; shift ;;
        --) shift; test_args=("$@"); break ;;
        -h|--help) usage; exit 0 ;;
        *) echo "fresh-machine: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

[ "$(id -u)" -eq 0 ] || { echo "fresh-machine: must run as root (mmdebstrap, mounts, chroot)" >&2; exit 2; }
for tool in mmdebstrap unshare chroot git; do
    command -v "$tool" >/dev/null || { echo "fresh-machine: $tool is missing (apt-get install $tool)" >&2; exit 2; }
done

# --- the root -----------------------------------------------------------------------------------
# This machine's apt sources, as they are, and its settings for reaching them (a proxy, a
# mirror's stale Release dates): the root gets its packages exactly where this machine does.
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -qE '^[[:space:]]*(deb|Types:)' "$f" && sources+=("$f")
done
[ ${#sources[@]} -gt 0 ] || { echo "fresh-machine: this machine has no apt sources" >&2; exit 2; }
mapfile -t aptopts < <(apt-config dump | grep -E '^Acquire::(https?::Proxy|Check-Valid-Until|Check-Date) ' || true)

make_root() {
    local opts=() opt
    # --aptopt also stays in the root (etc/apt/apt.conf.d/99mmdebstrap), for its own apt-get.
    for opt in "${aptopts[@]}"; do opts+=(--aptopt="$opt"); done
    # minbase and nothing else: a real Debian 12 install has more (sudo, ca-certificates, procps,
    # and git, since the user cloned the repository), but the two commands, run as root here, need
    # none of them, and starting from less means that whatever they do need shows up here and goes
    # into app/install-deps.sh. The clone is made from outside, so git is not needed inside.
    mmdebstrap --variant=minbase "${opts[@]}" bookworm "$root" "${sources[@]}"
    touch "$root/$marker"
}

# A clean clone of HEAD: committed work only, nothing the working tree holds besides (no build
# folder, no ignored or untracked files). --no-hardlinks: the root shares no file with the repo.
clone_head() {
    rm -rf "${root:?}$clone"
    git clone --quiet --no-hardlinks "$repo" "$root$clone"
    git -C "$root$clone" checkout --quiet --detach "$commit"
    echo "cloned $(git -C "$root$clone" log -1 --format='%h %s')"
}

# Runs a command line in the root's clone, as root, in namespaces of its own (see --in-root).
# In the background and waited for, so that a Ctrl-C or a TERM reaches this script at once (a
# trap waits for a foreground child) and cleanup can end the namespace.
ns_pid=
in_root() {
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" # apt must resolve the mirror's name
    unshare --mount --propagation private --pid --fork --kill-child -- "$self" --in-root "$root" "$@" &
    ns_pid=$!
    local status=0
    wait "$ns_pid" || status=$?
    ns_pid=
    return "$status"
}

# Ends a step's namespace: killing unshare kills the namespace's first process (--kill-child),
# and with it every process in it, whose mounts go with the namespace. Waits until no process
# has the root as its root any more, so that removing the root does not race with them.
end_namespace() {
    local i p
    [ -n "$ns_pid" ] || return 0
    kill -KILL "$ns_pid" 2>/dev/null || true
    wait "$ns_pid" 2>/dev/null || true
    for i in $(seq 1 100); do
        for p in /proc/[0-9]*; do
            [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && { sleep 0.1; continue 2; }
        done
        break
    done
}

# --- timings and cleanup ------------------------------------------------------------------------
steps=() times=() current= failed=() started_all=$SECONDS
section() { printf '\n==> fresh-machine: %s\n' "$*"; }
duration() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# Runs one step and records how long it took; a failure ends the run (the current step's name is
# what cleanup reports).
step() {
    local name=$1 start=$SECONDS
    shift
    current=$name
    section "$name"
    "$@"
    steps+=("$name") times+=("$(duration $((SECONDS - start)))")
    current=
}

# Runs one of the two commands under test and records its time and outcome: a failure is
# reported, and the run goes on to the other command (both results are worth having), then
# ends non-zero.
check() {
    local name=$1 start=$SECONDS status=0
    shift
    current=$name
    section "$name"
    "$@" || status=$?
    steps+=("$name") times+=("$(duration $((SECONDS - start)))")
    if [ "$status" -ne 0 ]; then
        times[-1]+=" FAILED (exit $status)"
        failed+=("$name")
    fi
    current=
}

# Whether anything is mounted at or below the root (only a bug or a kill between mount and
# unshare could leave something: the mounts live in the steps' own namespaces).
mounted_below() { [ -n "$root" ] && awk -v r="$root" '$5 == r || index($5, r "/") == 1' /proc/self/mountinfo | grep -q .; }

cleanup() {
    local status=$? i
    trap - EXIT INT TERM
    end_namespace
    section "timings"
    for i in "${!steps[@]}"; do
        printf '  %-34s %s\n' "${steps[$i]}" "${times[$i]}"
    done
    [ -n "$current" ] && printf '  %-34s failed (exit %d)\n' "$current" "$status"
    printf '  %-34s %s\n' total "$(duration $((SECONDS - started_all)))"
    if [ -n "$root" ] && [ -d "$root" ]; then
        if mounted_below; then
            awk -v r="$root" '$5 == r || index($5, r "/") == 1 {print $5}' /proc/self/mountinfo \
                | sort -r | xargs -r umount -l || true
        fi
        if [ "$keep" = 1 ]; then
            echo "fresh-machine: the root is kept in $root (rerun with --root $root)"
        elif mounted_below; then
            echo "fresh-machine: something is still mounted below $root; not removing it" >&2
        else
            # --one-file-system: never follow into anything mounted there after all.
            rm -rf --one-file-system "$root"
        fi
    fi
    if [ "$status" -eq 0 ]; then
        echo "fresh-machine: PASSED ($commit)"
    elif [ -n "$current" ]; then
        echo "fresh-machine: FAILED in $current (exit $status) ($commit)" >&2
    else
        echo "fresh-machine: FAILED: ${failed[*]} ($commit)" >&2
    fi
    exit "$status"
}

# HEAD as the run starts: what is cloned and what the result names, even if HEAD moves meanwhile.
commit=$(git -C "$repo" rev-parse --short HEAD)
reuse=0
if [ -z "$root" ]; then
    root=$(mktemp -d /var/tmp/roledesk-fresh.XXXXXX)
elif [ -f "$root/$marker" ]; then
    reuse=1
elif [ -e "$root" ] && [ -n "$(ls -A "$root")" ]; then
    echo "fresh-machine: $root is neither empty nor a root this script made" >&2
    exit 2
fi
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
echo "fresh-machine: commit $commit of $repo, root $root"

# --- the steps ----------------------------------------------------------------------------------
if [ "$reuse" = 1 ]; then
    echo "fresh-machine: reusing the root in $root (packages installed by an earlier run stay)"
else
    step mmdebstrap make_root
fi
step clone clone_head
check tests/run.sh in_root 'tests/run.sh "$@"' "${test_args[@]}"
# The demo sandbox's port: app/run.sh's default unless another program here holds it (the root
# shares this machine's network, so that apt reaches the mirror).
demo_port=54320
while (exec 3<>"/dev/tcp/127.0.0.1/$demo_port") 2>/dev/null; do demo_port=$((demo_port + 1)); done
check "app/run.sh --no-gui, --stop" in_root \
    "ROLEDESK_DEMO_PORT=$demo_port app/run.sh --no-gui && app/run.sh --stop"
[ ${#failed[@]} -eq 0 ]
