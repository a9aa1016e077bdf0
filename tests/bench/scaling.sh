#!/usr/bin/env bash
# How RoleDesk's costs grow with the catalog: for each scale, a fresh database with the generated
# catalog (VACUUM ANALYZE after), then roledesk-bench (snapshot, effective rights, every cell,
# next to pg_dump -s and psql running RoleDesk's own catalog queries, taking turns), the audit
# export `roledesk-cli audit --granted-only -o /dev/null`, and roledesk-scrollbench (the privilege
# matrix's first frame and memory, offscreen). Prints a Markdown table (README's scaling table)
# and keeps each program's JSON in the output folder. Each scale's database and roles are dropped
# before the next.
#
#   tests/bench/scaling.sh [OUTPUT-FOLDER]          default: a new folder under TMPDIR
#
# Settings (environment): ROLEDESK_SCALING_SCALES (default "0.25 0.5 1 2"; add 4 on a machine
# with the memory and time for it), ROLEDESK_SCALING_REPEAT (roledesk-bench runs, default 3),
# ROLEDESK_BENCH_BUILD (build folder, default build), ROLEDESK_BENCH_DIR / ROLEDESK_BENCH_PORT
# (sandbox; default TMPDIR/roledesk-scaling-sandbox, 54402).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${ROLEDESK_BENCH_BUILD:-$root/build}
scales=${ROLEDESK_SCALING_SCALES:-0.25 0.5 1 2}
repeat=${ROLEDESK_SCALING_REPEAT:-3}
out=${1:-$(mktemp -d "${TMPDIR:-/tmp}/roledesk-scaling.XXXXXX")}
mkdir -p "$out"
export ROLEDESK_SANDBOX_DIR=${ROLEDESK_BENCH_DIR:-${TMPDIR:-/tmp}/roledesk-scaling-sandbox}
export ROLEDESK_SANDBOX_PORT=${ROLEDESK_BENCH_PORT:-54402}
export ROLEDESK_SANDBOX_DBS="roledesk_scaling=/dev/null"
for program in tests/bench/roledesk-bench tests/bench/roledesk-scrollbench app/roledesk-cli; do
    [ -x "$build/$program" ] || { echo "scaling: $build/$program is not built" >&2; exit 2; }
done

"$root/tests/sandbox/sandbox.sh" start
trap '"$root/tests/sandbox/sandbox.sh" stop' EXIT
eval "$("$root/tests/sandbox/sandbox.sh" env)"
psql=("$ROLEDESK_PGBIN/psql" -X -q -v ON_ERROR_STOP=1)
# pg_dump locks every table in one transaction (as tests/bench/run.sh sets it).
"${psql[@]}" -d postgres -c "ALTER SYSTEM SET max_locks_per_transaction = 2048"
runas=()
[ "$(id -u)" -eq 0 ] && runas=(runuser -u "${ROLEDESK_SANDBOX_USER:-postgres}" --)
"${runas[@]}" "$ROLEDESK_PGBIN/pg_ctl" -D "$ROLEDESK_SANDBOX_DIR/data" -l "$ROLEDESK_SANDBOX_DIR/server.log" -w restart -m fast >/dev/null

# The number after "key": in a JSON file (the programs print flat numbers for these keys).
field() { sed -n "s/^ *\"$2\": \([-0-9.e]*\),\{0,1\}$/\1/p" "$1" | head -n 1; }
ms() { printf '%.0f' "$1"; }

rows=()
for scale in $scales; do
    db=roledesk_scale_${scale//./_}
    prefix=sc${scale//./_}_
    echo "scale $scale: generating $db..." >&2
    "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    start=$(date +%s)
    "${psql[@]}" -d "$db" -v scale="$scale" -v prefix="$prefix" -f "$here/generate_catalog.sql" >/dev/null
    "${psql[@]}" -d "$db" -c "VACUUM ANALYZE"
    echo "scale $scale: generated in $(( $(date +%s) - start )) s" >&2

    "$build/tests/bench/roledesk-bench" --repeat "$repeat" --json --dsn "dbname=$db" >"$out/bench-$scale.json" 2>"$out/bench-$scale.txt"
    t0=$(date +%s%N)
    if "$build/app/roledesk-cli" audit --granted-only --dsn "dbname=$db" -o /dev/null 2>"$out/audit-$scale.txt"; then
        audit_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    else
        audit_ms="failed (see audit-$scale.txt)"
    fi
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/roledesk-scrollbench" --steps 20 --jumps 10 --json --dsn "dbname=$db" \
        >"$out/scroll-$scale.json" 2>"$out/scroll-$scale.txt"

    b=$out/bench-$scale.json s=$out/scroll-$scale.json
    snapshot=$(awk -v c="$(field "$b" connect_ms)" -v s="$(field "$b" snapshot_ms)" 'BEGIN { print c + s }')
    rows+=("| $scale | $(field "$b" roles) × $(field "$b" objects) | $(ms "$snapshot") | $(ms "$(field "$b" psql_queries_ms)") \
| $(ms "$(field "$b" pg_dump_ms)") | $(ms "$(field "$b" rights_ms)") + $(ms "$(field "$b" full_pass_ms)") \
| $audit_ms | $(ms "$(field "$s" first_frame_ms)") \
| $(ms "$(field "$b" peak_rss_mib)") / $(ms "$(field "$s" peak_rss_mib)") | $(field "$b" load_before) |")

    "${psql[@]}" -d postgres -c "DROP DATABASE $db"
    "${psql[@]}" -d postgres -v prefix="$prefix" -f "$here/drop_roles.sql" >/dev/null
done

{
    echo "| scale | roles × objects | snapshot ms | psql, same queries ms | pg_dump -s ms | rights + every cell ms | audit --granted-only ms | matrix first frame ms | peak MiB bench / GUI | load |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} | tee "$out/scaling.md"
echo "scaling: JSON and logs in $out" >&2
