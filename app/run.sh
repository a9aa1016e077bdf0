#!/usr/bin/env bash
# Builds RoleDesk, starts (or reuses) a local PostgreSQL 15 sandbox holding the demo database, and
# opens the console on it.
#
#   app/run.sh            install missing packages, build, start the demo sandbox, open RoleDesk
#   app/run.sh --no-gui   the same up to the window: install, build, start the demo sandbox, print
#                         how to connect, and exit 0 without opening the console (no display needed)
#   app/run.sh --stop     stop the demo sandbox and the demo directory and remove their folders
#   app/run.sh --help     this text
#
# Settings (environment):
#   ROLEDESK_BUILD_DIR   build folder                 (default <repo>/build)
#   ROLEDESK_DEMO_PORT   loopback port of the sandbox (default 54320)
#   ROLEDESK_DEMO_DIR    sandbox folder               (default ${XDG_CACHE_HOME:-~/.cache}/roledesk/sandbox)
#   ROLEDESK_DEMO_LDAP_PORT loopback port of the demo directory (default 3890)
#   ROLEDESK_SKIP_DEPS=1 do not check Debian packages
#
# The sandbox keeps running after the console closes, so the next start is instant; its
# superuser is "postgres" (trusted on the socket, password 'postgres' over TCP), every demo
# login has the password 'demo'. Beside roledesk_demo it holds roledesk_models (pgx_inference_ce,
# a demo model served by the KServe v2 stand-in for Triton, tests/standin, which the sandbox starts
# and --stop stops) and roledesk_groups (Hologres' SLPM through slpm_ce). A display is needed
# (not with --no-gui): a desktop session, `ssh -X`, or for a headless check `xvfb-run -a app/run.sh`.
# When slapd is installed, a demo LDAP directory (resources/demo/platform/directory.ldif, the
# people and groups of the platform demo) runs beside it on loopback; reader password 'demo'.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${ROLEDESK_BUILD_DIR:-$root/build}
sandbox=$root/tests/sandbox/sandbox.sh
port=${ROLEDESK_DEMO_PORT:-54320}

usage() { sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
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

# The demo directory: a slapd of its own (slapd.conf, mdb) in a folder beside the sandbox's, loaded
# offline with slapadd and started as a daemon that outlives this script, like the sandbox.
ldap_port=${ROLEDESK_DEMO_LDAP_PORT:-3890}
ldap_dir=$(dirname "$dir")/ldap
ldap_base=dc=acme,dc=example
ldap_pid() {
    local pid
    pid=$(cat "$ldap_dir/slapd.pid" 2>/dev/null) || return 1
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = slapd ] && echo "$pid"
}
ldap_stop() {
    local pid i
    if pid=$(ldap_pid); then
        kill "$pid"
        for i in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$ldap_dir"
}
ldap_start() {
    local s
    rm -rf "$ldap_dir" && mkdir -p "$ldap_dir/db"
    {
        for s in core cosine inetorgperson nis; do echo "include /etc/ldap/schema/$s.schema"; done
        echo "modulepath /usr/lib/ldap"
        echo "moduleload back_mdb"
        echo "pidfile $ldap_dir/slapd.pid"
        echo "database mdb"
        echo "maxsize 104857600"
        echo "suffix \"$ldap_base\""
        echo "directory $ldap_dir/db"
        # The reader reads everything but passwords; anonymous binds may only authenticate.
        echo "access to attrs=userPassword by anonymous auth by * none"
        echo "access to * by dn.exact=\"cn=reader,$ldap_base\" read by * none"
    } >"$ldap_dir/slapd.conf"
    /usr/sbin/slapadd -q -f "$ldap_dir/slapd.conf" -l "$root/resources/demo/platform/directory.ldif" || return 1
    # As the sandbox's server: the daemon must not keep descriptors this script was given beyond
    # 0-2 (a caller's flock lock, a pipe's write end), or whoever waits on them waits for it.
    (
        for fd in /proc/$BASHPID/fd/*; do
            fd=${fd##*/}
            case $fd in 0|1|2) ;; *) eval "exec $fd>&-" 2>/dev/null || true ;; esac
        done
        exec /usr/sbin/slapd -f "$ldap_dir/slapd.conf" -h "ldap://127.0.0.1:$ldap_port/"
    ) || return 1
    echo "$ldap_port" >"$ldap_dir/port"
    for s in $(seq 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$ldap_port") 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

if [ "$action" = stop ]; then
    if ldap_pid >/dev/null; then
        ldap_stop
        echo "app/run.sh: demo directory stopped ($ldap_dir removed)"
    else
        ldap_stop
    fi
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

section "Demo directory (LDAP)"
if [ ! -x /usr/sbin/slapd ]; then
    echo "app/run.sh: slapd is not installed; the platform demo uses its imported people.json instead"
elif ldap_pid >/dev/null; then
    echo "directory: reusing the running demo directory in $ldap_dir"
    ldap_port=$(cat "$ldap_dir/port")
elif (exec 3<>"/dev/tcp/127.0.0.1/$ldap_port") 2>/dev/null; then
    echo "app/run.sh: port $ldap_port is taken; the demo directory does not start (choose another with" >&2
    echo "    ROLEDESK_DEMO_LDAP_PORT=3891 app/run.sh)" >&2
    ldap_port=
elif ! ldap_start; then
    echo "app/run.sh: the demo directory did not start (see $ldap_dir); continuing without it" >&2
    ldap_port=
fi
if [ -n "$ldap_port" ] && ldap_pid >/dev/null; then
    echo "Directory (LDAP):   ldap://127.0.0.1:$ldap_port   base DN $ldap_base"
    echo "  bind DN:           cn=reader,$ldap_base   (password demo; anonymous reads are refused)"
    echo "  try it:            ldapsearch -x -H ldap://127.0.0.1:$ldap_port -D cn=reader,$ldap_base -w demo -b $ldap_base '(objectClass=groupOfNames)'"
fi
echo "Stop it with:       app/run.sh --stop"

binary=$build/app/roledesk
# The Platform page's demo organization: a platform file, no database needed for it.
platform_file=$root/resources/demo/platform/acme.yaml
if [ "$action" = prepare ]; then
    echo "Open the console:   $binary --dsn \"$dsn\" --platform-file \"$platform_file\"   (or app/run.sh)"
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
exec "$binary" --dsn "$dsn" --platform-file "$platform_file"
