#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests and the demo.
#
#   sandbox.sh start     initdb (as a non-root user), start on a Unix socket in the sandbox folder
#                        and on 127.0.0.1:$PORT, start the KServe v2 stand-in for Triton on a free
#                        loopback port, create the databases, point them at the stand-in and load
#                        their SQL
#   sandbox.sh stop      stop the stand-in and the server, and remove the folder
#   sandbox.sh env       print the libpq environment (export PGHOST=...) for the superuser, and
#                        ROLEDESK_STANDIN_URL / ROLEDESK_STANDIN_REPOSITORY of the stand-in
#   sandbox.sh status    exit 0 when running
#
# Settings (environment):
#   ROLEDESK_SANDBOX_DIR   folder of the cluster      (default ${TMPDIR:-/tmp}/roledesk-sandbox)
#   ROLEDESK_SANDBOX_PORT  loopback TCP port          (default 54329)
#   ROLEDESK_SANDBOX_DBS   "name=file.sql ..." pairs  (default: fixture and demo databases)
#   ROLEDESK_SANDBOX_KEEP  set to 1 to keep the folder on stop
#   ROLEDESK_STANDIN       the stand-in binary (default <ROLEDESK_BUILD_DIR or repo/build>/tests/standin/
#                          roledesk-kserve-standin); when it is missing the sandbox runs without it
#
# The cluster superuser is "postgres". Unix-socket logins are trusted; TCP logins on 127.0.0.1 need
# a password (scram-sha-256), so that wrong-password handling can be tested for real.
# The stand-in (tests/standin, test and demo infrastructure, not Triton) serves the model repository
# $DIR/models, which the server's account can write; every sandbox database gets
# pgx_inference.triton_url and pgx_inference.triton_model_repository_path for it (ALTER DATABASE),
# so pgx_inference_ce loads models into it and infers through it.
set -euo pipefail

# The server and the stand-in outlive this script: they must not keep the descriptors it was given
# beyond stdin, stdout and stderr (a caller's `flock` lock, the write end of a caller's pipe), or
# whoever waits for those waits as long as the sandbox runs. (255 is the script bash is reading.)
for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    case $fd in 0|1|2|255) ;; *) eval "exec $fd>&-" 2>/dev/null || true ;; esac
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=${ROLEDESK_SANDBOX_DIR:-${TMPDIR:-/tmp}/roledesk-sandbox}
port=${ROLEDESK_SANDBOX_PORT:-54329}
dbs=${ROLEDESK_SANDBOX_DBS:-"roledesk_fixture=$root/tests/fixtures/fixture.sql roledesk_demo=$root/resources/demo/demo.sql roledesk_models=$root/tests/fixtures/models.sql"}
pgbin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || dirname "$(command -v pg_ctl 2>/dev/null || echo /usr/bin/pg_ctl)")
data=$dir/data
sock=$dir/run
models=$dir/models
standin=${ROLEDESK_STANDIN:-${ROLEDESK_BUILD_DIR:-$root/build}/tests/standin/roledesk-kserve-standin}

# initdb and the server refuse to run as root: use the postgres account (or the caller if not root).
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "${ROLEDESK_SANDBOX_USER:-postgres}" -- "$@"
    else
        "$@"
    fi
}

psql_super() {
    PGHOST=$sock PGPORT=$port PGUSER=postgres "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 "$@"
}

# Copies the compatibility extensions (resources/extensions/*/) into the server's extension folder,
# so that CREATE EXTENSION finds them. Needs write access there (root in CI); otherwise says so.
install_extensions() {
    local pgconfig=$pgbin/pg_config
    [ -x "$pgconfig" ] || pgconfig=$(command -v pg_config || true)
    if [ -z "$pgconfig" ]; then
        echo "sandbox: pg_config not found; compatibility extensions not installed" >&2
        return 0
    fi
    local extdir
    extdir="$("$pgconfig" --sharedir)/extension"
    if [ ! -w "$extdir" ]; then
        echo "sandbox: $extdir is not writable (run as root to install resources/extensions);" \
             "CREATE EXTENSION pgx_inference_ce may fail" >&2
        return 0
    fi
    # Per extension: copy this tree's scripts, then its control file, in (each to a temporary name
    # renamed over the old file, so that a concurrent run's CREATE EXTENSION never reads half a
    # file or a control whose version has no script yet); then remove the scripts an earlier
    # install left that this tree no longer holds: an older pgx_inference_ce--X.sql or update
    # script would otherwise stay an install or update path.
    local control src name f
    for control in "$root"/resources/extensions/*/*.control; do
        [ -f "$control" ] || continue
        src=$(dirname "$control") name=$(basename "$control" .control)
        for f in "$src/$name"--*.sql "$control"; do
            [ -f "$f" ] || continue
            install -m 644 "$f" "$extdir/.$(basename "$f").tmp"
            mv -f "$extdir/.$(basename "$f").tmp" "$extdir/$(basename "$f")"
        done
        for f in "$extdir/$name"--*.sql; do
            [ -f "$f" ] && [ ! -f "$src/$(basename "$f")" ] && rm -f "$f"
        done
    done
    return 0
}

# The stand-in's process id, when it is running (checked against the binary's name, so that a
# recycled pid is never signalled).
standin_pid() {
    local pid
    pid=$(cat "$dir/standin.pid" 2>/dev/null) || return 1
    [ -n "$pid" ] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q roledesk-kserve-standin || return 1
    echo "$pid"
}

standin_url() {
    local p
    p=$(cat "$dir/standin.port" 2>/dev/null) && [ -n "$p" ] && standin_pid >/dev/null && echo "http://127.0.0.1:$p"
}

# Starts the stand-in on a free loopback port (it picks one and writes it to standin.port).
start_standin() {
    local url
    standin_pid >/dev/null && return 0
    if [ ! -x "$standin" ]; then
        echo "sandbox: the KServe stand-in $standin is not built (cmake --build <build> --target" \
             "roledesk-kserve-standin, or set ROLEDESK_STANDIN); continuing without an inference server" >&2
        return 0
    fi
    if [ ! -d "$models" ]; then # a sandbox from before the stand-in existed
        mkdir -p "$models"
        [ "$(id -u)" -eq 0 ] && chown "${ROLEDESK_SANDBOX_USER:-postgres}" "$models"
    fi
    rm -f "$dir/standin.port"
    # Its own session, so that a Ctrl-C in the calling terminal does not reach it; stop() ends it.
    # --load-model '*': after a restart it serves again what the databases loaded (unload removes
    # a model's files, so the repository holds the loaded models).
    setsid "$standin" --listen 127.0.0.1 --port 0 --repository "$models" --port-file "$dir/standin.port" \
        --load-model '*' --verbose </dev/null >>"$dir/standin.log" 2>&1 &
    echo $! >"$dir/standin.pid"
    for _ in $(seq 1 100); do
        [ -s "$dir/standin.port" ] && break
        kill -0 "$(cat "$dir/standin.pid")" 2>/dev/null || break
        sleep 0.1
    done
    if ! url=$(standin_url); then
        echo "sandbox: the KServe stand-in did not start; continuing without it:" >&2
        cat "$dir/standin.log" >&2
        return 0
    fi
    echo "sandbox: KServe stand-in on $url, repository $models"
}

stop_standin() {
    local pid
    pid=$(standin_pid) || { rm -f "$dir/standin.pid"; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$dir/standin.pid" "$dir/standin.port"
}

# Points database $1 at the stand-in (new sessions see it), or at nothing when it is not running.
configure_inference() {
    local url
    if url=$(standin_url); then
        psql_super -d postgres -c "ALTER DATABASE \"$1\" SET pgx_inference.triton_url = '$url'" \
            -c "ALTER DATABASE \"$1\" SET pgx_inference.triton_model_repository_path = '$models'"
    else
        psql_super -d postgres -c "ALTER DATABASE \"$1\" RESET pgx_inference.triton_url" \
            -c "ALTER DATABASE \"$1\" RESET pgx_inference.triton_model_repository_path"
    fi
}

start() {
    if status >/dev/null 2>&1; then
        echo "sandbox: already running in $dir (port $port)"
        create_databases
        if ! standin_pid >/dev/null; then
            # A reused sandbox whose stand-in is gone: start it again, on a new port.
            start_standin
            local name
            for name in $(psql_super -d postgres -At -c "SELECT datname FROM pg_database WHERE datname LIKE 'roledesk%'"); do
                configure_inference "$name"
            done
        fi
        return 0
    fi
    stop_standin
    rm -rf "$dir"
    mkdir -p "$dir" "$sock" "$models"
    [ "$(id -u)" -eq 0 ] && chown -R "${ROLEDESK_SANDBOX_USER:-postgres}" "$dir"
    chmod 700 "$dir"
    as_owner "$pgbin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
    cat >>"$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sock'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
shared_buffers = 128MB
log_min_messages = warning
logging_collector = off
CONF
    as_owner "$pgbin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start >/dev/null \
        || { cat "$dir/server.log"; exit 1; }
    install_extensions
    start_standin
    # The superuser gets a password so that TCP logins can be tested too.
    psql_super -d postgres -c "ALTER ROLE postgres PASSWORD 'postgres'"
    create_databases
    echo "sandbox: running in $dir, socket $sock, port $port"
}

# Creates and loads each database of $dbs that the cluster does not have yet (all of them in a new
# sandbox; in a reused one, those added to the list since it was made).
create_databases() {
    local pair name file
    for pair in $dbs; do
        name=${pair%%=*} file=${pair#*=}
        if [ -n "$(psql_super -d postgres -At -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
            continue
        fi
        psql_super -d postgres -c "CREATE DATABASE \"$name\""
        configure_inference "$name"
        if [ -f "$file" ]; then
            psql_super -d "$name" -f "$file" >"$dir/load-$name.log" 2>&1 \
                || { echo "sandbox: loading $file into $name failed:"; cat "$dir/load-$name.log"; exit 1; }
        fi
    done
}

stop() {
    stop_standin
    if [ -d "$data" ]; then
        as_owner "$pgbin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ "${ROLEDESK_SANDBOX_KEEP:-0}" != 1 ]; then
        rm -rf "$dir"
    fi
}

status() {
    [ -d "$data" ] && as_owner "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

env_() {
    echo "export PGHOST='$sock'"
    echo "export PGPORT='$port'"
    echo "export PGUSER=postgres"
    echo "export PGDATABASE=roledesk_fixture"
    echo "export ROLEDESK_SANDBOX_DIR='$dir'"
    echo "export ROLEDESK_SANDBOX_PORT='$port'"
    echo "export ROLEDESK_PGBIN='$pgbin'"
    local url
    if url=$(standin_url); then
        echo "export ROLEDESK_STANDIN_URL='$url'"
        echo "export ROLEDESK_STANDIN_REPOSITORY='$models'"
    else
        echo "unset ROLEDESK_STANDIN_URL ROLEDESK_STANDIN_REPOSITORY"
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    env) env_ ;;
    status) status ;;
    *) echo "usage: $0 start|stop|env|status" >&2; exit 2 ;;
esac
