#!/usr/bin/env bash
# Builds RoleDesk, starts (or reuses) a local PostgreSQL 15 sandbox holding the demo database, and
# opens the console on it.
#
#   app/run.sh            install missing packages, build, start the demo sandbox, open RoleDesk
#   app/run.sh --no-gui   the same up to the window: install, build, start the demo sandbox, print
#                         how to connect, and exit 0 without opening the console (no display needed)
#   app/run.sh --stop     stop the demo sandbox and remove its folder
#   app/run.sh --help     this text
#
# Settings (environment):
#   ROLEDESK_BUILD_DIR   build folder                 (default <repo>/build)
#   ROLEDESK_DEMO_PORT   loopback port of the sandbox (default 54320)
#   ROLEDESK_DEMO_DIR    sandbox folder               (default ${XDG_CACHE_HOME:-~/.cache}/roledesk/sandbox)
#   ROLEDESK_SKIP_DEPS=1 do not check Debian packages
#
# The sandbox keeps running after the console closes, so the next start is instant; its
# superuser is "postgres" (trusted on the socket, password 'postgres' over TCP), every demo
# login has the password 'demo'. Beside roledesk_demo it holds roledesk_models (pgx_inference_ce,
# a demo model served by the KServe v2 stand-in for Triton, tests/standin, which the sandbox starts
# and --stop stops) and roledesk_groups (Hologres' SLPM through slpm_ce). A display is needed
# (not with --no-gui): a desktop session, `ssh -X`, or for a headless check `xvfb-run -a app/run.sh`.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${ROLEDESK_BUILD_DIR:-$root/build}
sandbox=$root/tests/sandbox/sandbox.sh
port=${ROLEDESK_DEMO_PORT:-54320}

usage() { sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
section() { printf '\n==> %s\n' "$*"; }

action=run
case "${1:-}" in
    "") ;;
    --stop) action=stop ;;
    --no-gui) action=prepare ;;
    -h|--help) usage; exit 0 ;;
    *) echo "app/run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
esac

# The sandbox folder. As root the cluster runs as the postgres account, which usually cannot
# reach root's home; fall back to a folder it can reach.
dir=${ROLEDESK_DEMO_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/roledesk/sandbox}
if [ -z "${ROLEDESK_DEMO_DIR:-}" ] && [ "$(id -u)" -eq 0 ]; then
    parent=$(dirname "$dir")
    mkdir -p "$parent"
    if ! runuser -u "${ROLEDESK_SANDBOX_USER:-postgres}" -- test -x "$parent" 2>/dev/null; then
        dir=/var/tmp/roledesk/sandbox
        mkdir -p /var/tmp/roledesk
        chmod 755 /var/tmp/roledesk
    fi
fi
export ROLEDESK_SANDBOX_DIR=$dir
export ROLEDESK_SANDBOX_PORT=$port
export ROLEDESK_SANDBOX_DBS="roledesk_demo=$root/resources/demo/demo.sql roledesk_models=$root/tests/fixtures/models.sql roledesk_groups=$root/resources/demo/groups.sql"
export ROLEDESK_STANDIN=${ROLEDESK_STANDIN:-$build/tests/standin/roledesk-kserve-standin}

if [ "$action" = stop ]; then
    if bash "$sandbox" status; then
        bash "$sandbox" stop
        echo "app/run.sh: demo sandbox stopped ($dir removed)"
    else
        bash "$sandbox" stop
        echo "app/run.sh: demo sandbox was not running"
    fi
    exit 0
fi

if [ "${ROLEDESK_SKIP_DEPS:-0}" != 1 ]; then
    section "Checking dependencies"
    bash "$root/app/install-deps.sh"
fi

section "Building ($build)"
# As tests/run.sh: keep the generator a build folder was made with (cmake refuses to switch it),
# but start afresh when its cache belongs to another source folder (a copied or moved build).
gen=(-G Ninja)
if [ -f "$build/CMakeCache.txt" ]; then
    cached=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt")
    if [ "$(cd "$cached" 2>/dev/null && pwd -P)" = "$(cd "$root" && pwd -P)" ]; then gen=(); else gen=(--fresh -G Ninja); fi
fi
cmake -S "$root" -B "$build" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# Only what the console needs: the GUI, the CLI, and the inference stand-in the demo sandbox
# starts. The ~57 test programs and the benchmarks are tests/run.sh's business.
cmake --build "$build" -j"$(nproc)" --target roledesk roledesk-cli roledesk-kserve-standin

section "Demo database"
mkdir -p "$(dirname "$dir")"
if bash "$sandbox" status; then
    # Reuse it, on whatever port it was started with (postmaster.pid line 4).
    running_port=$(sed -n 4p "$dir/data/postmaster.pid" 2>/dev/null || true)
    if [ -n "$running_port" ] && [ "$running_port" != "$port" ]; then
        echo "app/run.sh: the sandbox already runs on port $running_port; using that"
        port=$running_port
        export ROLEDESK_SANDBOX_PORT=$port
    fi
    echo "sandbox: reusing the running sandbox in $dir (port $port)"
    bash "$sandbox" start # restarts the inference stand-in if it is gone
else
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "app/run.sh: port $port is taken by another program; choose another with" >&2
        echo "    ROLEDESK_DEMO_PORT=54321 app/run.sh" >&2
        exit 1
    fi
    bash "$sandbox" start
fi
sock=$dir/run
dsn="host=$sock port=$port dbname=roledesk_demo user=postgres"
echo "Connect with psql:  psql \"$dsn\""
echo "  or over TCP:       psql -h 127.0.0.1 -p $port -U postgres roledesk_demo   (password postgres; demo logins: demo)"
# A connection profile per demo database, so that Connect (Ctrl+O) offers them by name. Saving
# replaces a profile of the same name, which keeps them right when the port changes.
for db in roledesk_demo roledesk_models roledesk_groups; do
    if QT_QPA_PLATFORM=offscreen "$build/app/roledesk" --save-profile "demo: $db" \
        --dsn "host=$sock port=$port dbname=$db user=postgres" >/dev/null 2>&1; then
        echo "Connection profile: \"demo: $db\" (Ctrl+O in the console)"
    else
        echo "app/run.sh: could not save the connection profile for $db" >&2
    fi
done
# Only the stand-in's variables: the console must not inherit the sandbox's PG* defaults.
eval "$(bash "$sandbox" env | grep -E '^(export|unset) ROLEDESK_STANDIN_')"
if [ -n "${ROLEDESK_STANDIN_URL:-}" ]; then
    echo "Inference stand-in: $ROLEDESK_STANDIN_URL (models of roledesk_models in $ROLEDESK_STANDIN_REPOSITORY)"
fi
echo "Stop it with:       app/run.sh --stop"

binary=$build/app/roledesk
if [ "$action" = prepare ]; then
    echo "Open the console:   $binary --dsn \"$dsn\"   (or app/run.sh)"
    exit 0
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat >&2 <<EOF

app/run.sh: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the console cannot open.
The demo database is ready. To see RoleDesk:
  - run app/run.sh from a terminal in a desktop session (X11 or Wayland),
  - or log in with X forwarding (ssh -X host) and run it there,
  - or, for a headless check, run it on a virtual display:  xvfb-run -a app/run.sh
EOF
    exit 1
fi

section "Starting RoleDesk"
exec "$binary" --dsn "$dsn"
