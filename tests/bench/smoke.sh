#!/usr/bin/env bash
# ctest bench-smoke: roledesk-bench once on a tiny generated catalog in a fresh database of the
# sandbox named by the environment (PGHOST, PGPORT). Asserts only that it completes and prints a
# ratio; timings are never asserted.
#
#   smoke.sh /path/to/roledesk-bench
set -euo pipefail

bench=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -z "${PGHOST:-}" ] || [ -z "${PGPORT:-}" ]; then
    echo "bench_smoke: PGHOST and PGPORT must name the sandbox (tests/sandbox/sandbox.sh env)" >&2
    exit 1
fi
pgbin=${ROLEDESK_PGBIN:-/usr/lib/postgresql/15/bin}
psql=$pgbin/psql
[ -x "$psql" ] || psql=$(command -v psql)
db=roledesk_bench_smoke
prefix=benchsmoke_

cleanup() {
    "$psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
    "$psql" -X -q -d postgres -v prefix=$prefix -f "$here/drop_roles.sql" >/dev/null 2>&1 || true
}
cleanup
trap cleanup EXIT

"$psql" -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db"
"$psql" -X -q -v ON_ERROR_STOP=1 -d $db -v scale=0.01 -v prefix=$prefix \
    -f "$here/generate_catalog.sql" >/dev/null

out=$("$bench" --repeat 1 --dsn "dbname=$db")
echo "$out"
grep -Eq 'ratio roledesk/pg_dump +[0-9]+\.[0-9]+' <<<"$out" || {
    echo "bench_smoke: no ratio in the output" >&2
    exit 1
}
