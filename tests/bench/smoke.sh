#!/usr/bin/env bash
# ctest bench-smoke: roledesk-bench once on a tiny generated catalog in a fresh database of the
# sandbox named by the environment (PGHOST, PGPORT). Asserts only that it completes and prints a
# ratio; timings are never asserted. With --groupbench: roledesk-groupbench once on its own tiny
# catalog (copied twice by the benchmark), 50 users, 5 page steps of the Schema groups page;
# asserts that the copies agree and a ratio. With --platformbench: roledesk-platformbench once on a
# small generated directory in its own slapd (no database); asserts the read/ldapsearch ratio and
# the evaluation's figures.
#
#   smoke.sh /path/to/roledesk-bench
#   smoke.sh --groupbench /path/to/roledesk-groupbench
#   smoke.sh --platformbench /path/to/roledesk-platformbench
set -euo pipefail

if [ "${1:-}" = --platformbench ]; then
    # 600 people: past the server's size limit of 500, so only paged reads get them all. Exits
    # non-zero itself when the read differs from what was generated.
    out=$("$2" --people 600 --groups 120 --rules 20 --projects 5 --repeat 1)
    echo "$out"
    grep -Eq 'ratio read/ldapsearch +[0-9]+\.[0-9]+' <<<"$out" \
        && grep -Eq 'evaluate .* [1-9][0-9]* role grants' <<<"$out" || {
        echo "platformbench_smoke: no ratio or no role grants in the output" >&2
        exit 1
    }
    exit 0
fi

mode=bench
if [ "${1:-}" = --groupbench ]; then
    mode=groupbench
    shift
fi
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
if [ $mode = groupbench ]; then
    db=roledesk_gbench_smoke
    prefix=gbsmoke_
fi

cleanup() {
    "$psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
    if [ $mode = groupbench ]; then # the benchmark's copies, if it was stopped before its own cleanup
        "$psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS ${db}_rd WITH (FORCE)" >/dev/null 2>&1 || true
        "$psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS ${db}_psql WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    "$psql" -X -q -d postgres -v prefix=$prefix -f "$here/drop_roles.sql" >/dev/null 2>&1 || true
}
cleanup
trap cleanup EXIT

"$psql" -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db"
"$psql" -X -q -v ON_ERROR_STOP=1 -d $db -v scale=0.01 -v prefix=$prefix \
    -f "$here/generate_catalog.sql" >/dev/null

if [ $mode = groupbench ]; then
    # Exits non-zero itself when a step fails or the two copies disagree.
    status=0
    out=$("$bench" --repeat 1 --users 50 --batches 0,64 --steps 5 --psql "$psql" --dsn "dbname=$db") || status=$?
    echo "$out"
    [ $status -eq 0 ] || exit $status
    grep -q 'the copies agree' <<<"$out" || {
        echo "groupbench_smoke: the copies were not compared" >&2
        exit 1
    }
    grep -Eq 'ratio groups roledesk/psql \(batch 64\) +[0-9]+\.[0-9]+' <<<"$out" \
        && grep -Eq 'ratio matrix roledesk/psql +[0-9]+\.[0-9]+' <<<"$out" || {
        echo "groupbench_smoke: no ratio in the output" >&2
        exit 1
    }
    exit 0
fi
out=$("$bench" --repeat 1 --dsn "dbname=$db")
echo "$out"
grep -Eq 'ratio roledesk/pg_dump +[0-9]+\.[0-9]+' <<<"$out" \
    && grep -Eq 'ratio \(connect\+snapshot\)/psql +[0-9]+\.[0-9]+' <<<"$out" || {
    echo "bench_smoke: no ratio in the output (pg_dump and psql peers)" >&2
    exit 1
}
