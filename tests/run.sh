#!/usr/bin/env bash
# Builds RoleDesk and runs its whole test suite against a throwaway PostgreSQL 15 sandbox.
#
#   tests/run.sh                  install missing packages, build, start the sandbox, run ctest
#   tests/run.sh -L unit          extra arguments go to ctest (here: only the unit tests)
#   tests/run.sh -R tst_catalog -V
#
# Settings (environment):
#   ROLEDESK_BUILD_DIR     build folder                    (default <repo>/build)
#   ROLEDESK_SANDBOX_PORT  first loopback port to try      (default 54329; the next free one is used)
#   ROLEDESK_SKIP_DEPS=1   do not check Debian packages
#   ROLEDESK_SKIP_BUILD=1  do not configure or build (use what the build folder holds)
#   ROLEDESK_TEST_TIMEOUT  seconds a test may run before ctest kills it and fails it (default 600;
#                          tests with a TIMEOUT property of their own keep it)
#
# The sandbox lives in a fresh temporary folder and is always stopped on exit, together with the
# KServe v2 stand-in for Triton that it starts (built here; ctest sees ROLEDESK_STANDIN_URL and
# ROLEDESK_STANDIN_REPOSITORY). The exit status is ctest's.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${ROLEDESK_BUILD_DIR:-$root/build}
sandbox=$root/tests/sandbox/sandbox.sh

section() { printf '\n==> %s\n' "$*"; }

# --- dependencies -------------------------------------------------------------------------------
if [ "${ROLEDESK_SKIP_DEPS:-0}" != 1 ]; then
    section "Checking dependencies"
    bash "$root/app/install-deps.sh"
fi

# --- build --------------------------------------------------------------------------------------
if [ "${ROLEDESK_SKIP_BUILD:-0}" != 1 ]; then
    section "Configuring ($build)"
    # Keep the generator a build folder was made with (cmake refuses to switch it), but start
    # afresh when its cache belongs to another source folder (a copied or moved build), which
    # cmake would refuse too.
    gen=(-G Ninja)
    if [ -f "$build/CMakeCache.txt" ]; then
        cached=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt")
        if [ "$(cd "$cached" 2>/dev/null && pwd -P)" = "$(cd "$root" && pwd -P)" ]; then gen=(); else gen=(--fresh -G Ninja); fi
    fi
    cmake -S "$root" -B "$build" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    section "Building"
    cmake --build "$build" -j"$(nproc)"
fi

# --- sandbox ------------------------------------------------------------------------------------
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=${ROLEDESK_SANDBOX_PORT:-54329}
for _ in $(seq 1 100); do
    port_busy "$port" || break
    port=$((port + 1))
done
if port_busy "$port"; then
    echo "tests/run.sh: no free loopback port found from ${ROLEDESK_SANDBOX_PORT:-54329} on" >&2
    exit 1
fi

# Sandboxes of earlier runs that were killed (SIGKILL, a closed terminal) before their cleanup:
# stop them and remove their folders. A folder whose run is still alive (another run on this
# machine) is left alone: owner.pid names the run; a folder without one (a run that is just
# starting, or one from before owner.pid) is stale only when it is older than a minute and no
# server runs in it.
for old in "${TMPDIR:-/tmp}"/roledesk-test.*; do
    [ -d "$old" ] || continue
    if owner=$(cat "$old/owner.pid" 2>/dev/null); then
        kill -0 "$owner" 2>/dev/null && continue
    elif [ -z "$(find "$old" -maxdepth 0 -mmin +1)" ] || ROLEDESK_SANDBOX_DIR=$old/pg bash "$sandbox" status; then
        continue
    fi
    echo "tests/run.sh: removing the sandbox a killed run left in $old"
    ROLEDESK_SANDBOX_DIR=$old/pg bash "$sandbox" stop || true
    rm -rf "$old"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/roledesk-test.XXXXXX")
echo $$ >"$tmp/owner.pid"
# The cluster runs as the postgres account when we are root: it must be able to reach the folder.
chmod 755 "$tmp"
export ROLEDESK_SANDBOX_DIR=$tmp/pg
export ROLEDESK_SANDBOX_PORT=$port
export ROLEDESK_STANDIN=${ROLEDESK_STANDIN:-$build/tests/standin/roledesk-kserve-standin}
unset ROLEDESK_SANDBOX_DBS ROLEDESK_SANDBOX_KEEP

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    section "Stopping the sandbox"
    bash "$sandbox" stop || true
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

section "Starting the PostgreSQL sandbox (port $port)"
bash "$sandbox" start
eval "$(bash "$sandbox" env)"
export QT_QPA_PLATFORM=offscreen

# --- tests --------------------------------------------------------------------------------------
section "Running tests${*:+ (ctest $*)}"
set +e
ctest --test-dir "$build" --output-on-failure --timeout "${ROLEDESK_TEST_TIMEOUT:-600}" "$@"
status=$?
set -e
exit "$status"
