#!/usr/bin/env bash
# Full-size benchmark: its own sandbox cluster, the large generated catalog (scale 1: 1,000 roles,
# 200 schemas, 20,000 tables, 5,000 functions), roledesk-bench against pg_dump, roledesk-planbench
# against psql, roledesk-groupbench (schema groups through slpm_ce) against psql,
# roledesk-importbench (a 1 GiB model) against psql \lo_import, roledesk-inferbench against a
# direct HTTP client, roledesk-auditbench (roledesk-cli audit) against pg_dump -s,
# roledesk-platformbench (an LDAP directory read against ldapsearch, platform rules), then cleanup.
#
#   tests/bench/run.sh [roledesk-bench options...]      e.g. --repeat 5 --json
#
# Settings (environment): ROLEDESK_BENCH_SCALE (default 1), ROLEDESK_BENCH_BUILD (build folder,
# default build-bench in the source tree), ROLEDESK_BENCH_DIR / ROLEDESK_BENCH_PORT (sandbox),
# ROLEDESK_BENCH_ONLY (the benchmarks to run, e.g. "groupbench" or "bench planbench"; default all
# of bench planbench groupbench importbench inferbench auditbench platformbench impactbench), ROLEDESK_SKIP_BUILD=1 (use the
# build folder as it is, e.g. one built under a lock beforehand).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
scale=${ROLEDESK_BENCH_SCALE:-1}
build=${ROLEDESK_BENCH_BUILD:-$root/build-bench}
export ROLEDESK_SANDBOX_DIR=${ROLEDESK_BENCH_DIR:-${TMPDIR:-/tmp}/roledesk-bench-sandbox}
export ROLEDESK_SANDBOX_PORT=${ROLEDESK_BENCH_PORT:-54390}
export ROLEDESK_SANDBOX_DBS="roledesk_bench=/dev/null roledesk_models=$root/tests/fixtures/models.sql"

only=" ${ROLEDESK_BENCH_ONLY:-bench planbench groupbench importbench inferbench auditbench platformbench impactbench personbench reportbench} "
only=${only//,/ }
selected() { [[ "$only" == *" $1 "* ]]; }

if [ -z "${ROLEDESK_SKIP_BUILD:-}" ]; then
    if [ ! -x "$build/tests/bench/roledesk-bench" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    targets=(roledesk-kserve-standin)
    for b in bench planbench groupbench importbench inferbench auditbench platformbench impactbench personbench reportbench; do
        if selected $b; then targets+=("roledesk-$b"); fi
    done
    ninja -C "$build" "${targets[@]}" >/dev/null
fi

"$root/tests/sandbox/sandbox.sh" start
trap '"$root/tests/sandbox/sandbox.sh" stop' EXIT
eval "$("$root/tests/sandbox/sandbox.sh" env)"
export PGDATABASE=roledesk_bench

# pg_dump locks every table it dumps in one transaction: 20,000 tables need a larger lock table
# than the sandbox's default (max_locks_per_transaction x max_connections = 64 x 60). The peer of
# roledesk-groupbench, one psql transaction, changes the owner of every table with its index and
# TOAST table and index, about 80,000 locks at scale 1: 2048 x 60 holds them.
"$ROLEDESK_PGBIN/psql" -X -q -d postgres -c "ALTER SYSTEM SET max_locks_per_transaction = 2048"
if [ "$(id -u)" -eq 0 ]; then
    runuser -u "${ROLEDESK_SANDBOX_USER:-postgres}" -- "$ROLEDESK_PGBIN/pg_ctl" -D "$ROLEDESK_SANDBOX_DIR/data" -l "$ROLEDESK_SANDBOX_DIR/server.log" -w restart -m fast >/dev/null
else
    "$ROLEDESK_PGBIN/pg_ctl" -D "$ROLEDESK_SANDBOX_DIR/data" -l "$ROLEDESK_SANDBOX_DIR/server.log" -w restart -m fast >/dev/null
fi

echo "generating the catalog (scale $scale)..."
start=$(date +%s)
"$ROLEDESK_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -v scale="$scale" -v prefix=bench_ \
    -f "$here/generate_catalog.sql" >/dev/null
echo "generated in $(( $(date +%s) - start )) s"
# Fresh statistics and visibility maps, as a maintained database has, for every benchmark below.
"$ROLEDESK_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -c "VACUUM ANALYZE"

if selected bench; then
    "$build/tests/bench/roledesk-bench" "$@"
fi

# Impact before apply: computeImpact of a 1,000-change plan next to the snapshot time of the same
# run. Options in ROLEDESK_IMPACTBENCH_ARGS (e.g. --json).
if selected impactbench; then
    # shellcheck disable=SC2086
    "$build/tests/bench/roledesk-impactbench" --dsn "dbname=roledesk_bench" ${ROLEDESK_IMPACTBENCH_ARGS:-}
fi

# Plan generation (100,000 cell changes) and applying 10,000 GRANTs: PlanApplier vs psql -1 -f,
# in a scratch schema of the same database. Options in ROLEDESK_PLANBENCH_ARGS (e.g. --json).
if selected personbench; then
    "$build/tests/bench/roledesk-personbench" --dsn "dbname=roledesk_bench" ${ROLEDESK_PERSONBENCH_ARGS:-}
fi

if selected planbench; then
    # shellcheck disable=SC2086
    "$build/tests/bench/roledesk-planbench" --dsn "dbname=roledesk_bench" ${ROLEDESK_PLANBENCH_ARGS:-}
fi

# Schema groups: CREATE EXTENSION slpm_ce + enable + migrate (GroupOperationRunner) vs a psql -1 -f
# script making the same changes, on two copies of the catalog (CREATE DATABASE ... TEMPLATE
# roledesk_bench), compared after; then the group matrix for 1,000 users vs psql's closure query.
# Options in ROLEDESK_GROUPBENCH_ARGS (e.g. --repeat 1 --batches 64 --json).
if selected groupbench; then
    # shellcheck disable=SC2086
    "$build/tests/bench/roledesk-groupbench" --dsn "dbname=roledesk_bench" --psql "$ROLEDESK_PGBIN/psql" ${ROLEDESK_GROUPBENCH_ARGS:-}
fi

# Model import: a 1 GiB file by default, ModelImporter next to psql \lo_import on the same file.
# Options in ROLEDESK_IMPORTBENCH_ARGS (e.g. --size 256 --json); the file goes to TMPDIR.
if selected importbench; then
    # shellcheck disable=SC2086
    "$build/tests/pgx/roledesk-importbench" --dsn "dbname=roledesk_models" --psql "$ROLEDESK_PGBIN/psql" ${ROLEDESK_IMPORTBENCH_ARGS:-}
fi

# One inference through KServeClient against a direct HTTP/1.1 request to the same stand-in.
if selected inferbench; then
    # shellcheck disable=SC2086
    "$build/tests/inference/roledesk-inferbench" ${ROLEDESK_INFERBENCH_ARGS:-}
fi

# roledesk-cli audit --granted-only next to pg_dump -s, alternately, and the full CSV export once
# (long: --no-full leaves it out). Options in ROLEDESK_AUDITBENCH_ARGS (e.g. --repeat 5 --json).
if selected auditbench; then
    # shellcheck disable=SC2086
    "$build/tests/bench/roledesk-auditbench" --dsn "dbname=roledesk_bench" --scale "$scale" ${ROLEDESK_AUDITBENCH_ARGS:-}
fi

# An audit report (HTML and PDF) next to pg_dump -s, alternately. Options in ROLEDESK_REPORTBENCH_ARGS.
if selected reportbench; then
    # shellcheck disable=SC2086
    "$build/tests/bench/roledesk-reportbench" --dsn "dbname=roledesk_bench" ${ROLEDESK_REPORTBENCH_ARGS:-}
fi

# A generated LDAP directory (10,000 people, 2,000 nested groups) in a throwaway slapd of its own:
# LdapReader::read next to ldapsearch -E pr=500/noprompt, alternately; then PlatformEvaluation with
# 200 rules over 50 projects and whoCan for every permission. Needs no database. Options in
# ROLEDESK_PLATFORMBENCH_ARGS (e.g. --people 20000 --json).
if selected platformbench; then
    # shellcheck disable=SC2086
    "$build/tests/bench/roledesk-platformbench" ${ROLEDESK_PLATFORMBENCH_ARGS:-}
fi
