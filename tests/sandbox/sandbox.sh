#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests and the demo.
#
#   sandbox.sh start     initdb (as a non-root user), start on a Unix socket in the sandbox folder
#                        and on 127.0.0.1:$PORT, create the databases and load their SQL
#   sandbox.sh stop      stop the server and remove the folder
#   sandbox.sh env       print the libpq environment (export PGHOST=...) for the superuser
#   sandbox.sh status    exit 0 when running
#
# Settings (environment):
#   ROLEDESK_SANDBOX_DIR   folder of the cluster      (default ${TMPDIR:-/tmp}/roledesk-sandbox)
#   ROLEDESK_SANDBOX_PORT  loopback TCP port          (default 54329)
#   ROLEDESK_SANDBOX_DBS   "name=file.sql ..." pairs  (default: fixture and demo databases)
#   ROLEDESK_SANDBOX_KEEP  set to 1 to keep the folder on stop
#
# The cluster superuser is "postgres". Unix-socket logins are trusted; TCP logins on 127.0.0.1 need
# a password (scram-sha-256), so that wrong-password handling can be tested for real.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=${ROLEDESK_SANDBOX_DIR:-${TMPDIR:-/tmp}/roledesk-sandbox}
port=${ROLEDESK_SANDBOX_PORT:-54329}
dbs=${ROLEDESK_SANDBOX_DBS:-"roledesk_fixture=$root/tests/fixtures/fixture.sql roledesk_demo=$root/resources/demo/demo.sql roledesk_models=$root/tests/fixtures/models.sql"}
pgbin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || dirname "$(command -v pg_ctl 2>/dev/null || echo /usr/bin/pg_ctl)")
data=$dir/data
sock=$dir/run

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
    local f
    for f in "$root"/resources/extensions/*/*.control "$root"/resources/extensions/*/*.sql; do
        [ -f "$f" ] && install -m 644 "$f" "$extdir/"
    done
    return 0
}

start() {
    if status >/dev/null 2>&1; then
        echo "sandbox: already running in $dir (port $port)"
        return 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir" "$sock"
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
    # The superuser gets a password so that TCP logins can be tested too.
    psql_super -d postgres -c "ALTER ROLE postgres PASSWORD 'postgres'"
    for pair in $dbs; do
        local name=${pair%%=*} file=${pair#*=}
        psql_super -d postgres -c "CREATE DATABASE \"$name\""
        if [ -f "$file" ]; then
            psql_super -d "$name" -f "$file" >"$dir/load-$name.log" 2>&1 \
                || { echo "sandbox: loading $file into $name failed:"; cat "$dir/load-$name.log"; exit 1; }
        fi
    done
    echo "sandbox: running in $dir, socket $sock, port $port"
}

stop() {
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
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    env) env_ ;;
    status) status ;;
    *) echo "usage: $0 start|stop|env|status" >&2; exit 2 ;;
esac
