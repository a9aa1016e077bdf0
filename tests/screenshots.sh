#!/usr/bin/env bash
# Takes the README's screenshots (resources/screenshots/*.png) from the demo sandbox under Xvfb:
# every page of the console, and the privilege matrix in Japanese and Simplified Chinese.
#
#   tests/screenshots.sh              build the console, start the demo sandbox (app/run.sh --no-gui),
#                                     write every screenshot; the sandbox keeps running
#   tests/screenshots.sh NAME...      only these (matrix, memberships, editing, defaults, roledialog,
#                                     models, modelaccess, inference, groups, platform, person, lint, report,
#                                     matrix-ja, matrix-zh_CN)
#   tests/screenshots.sh --help       this text
#
# Settings (environment): ROLEDESK_BUILD_DIR, ROLEDESK_DEMO_PORT, ROLEDESK_DEMO_DIR as app/run.sh;
# ROLEDESK_SCREENSHOT_DIR  where the pictures go (default <repo>/resources/screenshots).
# Look at every picture before committing it.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
case "${1:-}" in
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

build=${ROLEDESK_BUILD_DIR:-$root/build}
out=${ROLEDESK_SCREENSHOT_DIR:-$root/resources/screenshots}
mkdir -p "$out"

# The demo sandbox, built console included; its last lines name the socket and the port.
summary=$(bash "$root/app/run.sh" --no-gui)
dsn=$(sed -n 's/^Connect with psql: *psql "\(.*\)"$/\1/p' <<<"$summary")
[ -n "$dsn" ] || { echo "screenshots: app/run.sh printed no connection" >&2; exit 1; }
demo=$dsn
models=${dsn/dbname=roledesk_demo/dbname=roledesk_models}
groups=${dsn/dbname=roledesk_demo/dbname=roledesk_groups}

shot() { # NAME DSN ARGS...: one picture, in a private settings folder (no remembered layout or language)
    local name=$1 target=$2
    shift 2
    local home
    home=$(mktemp -d)
    echo "screenshots: $name"
    XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data ROLEDESK_NO_KEYCHAIN=1 \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$build/app/roledesk" --dsn "$target" --screenshot "$out/$name.png" "$@"
    rm -rf "$home"
}

wanted=("$@")
want() { [ ${#wanted[@]} -eq 0 ] || printf '%s\n' "${wanted[@]}" | grep -qx "$1"; }

want matrix && shot matrix "$demo" --select heidi,reporting.dashboard_config
want memberships && shot memberships "$demo" --page memberships
want editing && shot editing "$demo" --select analysts,sales.orders \
    --edit grant:analysts,sales.orders,INSERT+UPDATE --edit revoke:app_readwrite,sales.orders,DELETE \
    --edit grant:PUBLIC,reporting.headcount,SELECT
want defaults && shot defaults "$demo" --page defaults
want roledialog && shot roledialog "$demo" --page roledialog --select heidi
want models && shot models "$models" --page models --select demo-embedding
want modelaccess && shot modelaccess "$models" --page modelaccess
want inference && shot inference "$models" --page inference --select demo-embedding,alice,heidi,mallory
want groups && shot groups "$groups" --page groups
# Platform roles come from the demo platform file (and its people.json), not from the database.
want platform && shot platform "$demo" --page platform --platform-file "$root/resources/demo/platform/acme.yaml" \
    --select view-project-role-mapping-rules,bob
# The Person page: the demo platform file with its people's logins by same name (a copy: the demo
# file itself maps none), Bob across every database of the demo server.
if want person; then
    people=$(mktemp -d)
    cp "$root/resources/demo/platform/"* "$people/"
    printf 'logins:\n  same_name: true\n' >>"$people/acme.yaml"
    shot person "$demo" --page person --platform-file "$people/acme.yaml" --select bob,all
    rm -rf "$people"
fi
# Check separation of duties: the shipped rules over the demo database with the same people.
if want lint; then
    people=$(mktemp -d)
    cp "$root/resources/demo/platform/"* "$people/"
    printf 'logins:\n  same_name: true\n' >>"$people/acme.yaml"
    shot lint "$demo" --page lint --platform-file "$people/acme.yaml" --select trent
    rm -rf "$people"
fi
# The audit report of the demo database (roledesk-cli report, PDF): its first three pages side by side.
if want report; then
    work=$(mktemp -d)
    cp "$root/resources/demo/platform/"* "$work/"
    printf 'logins:\n  same_name: true\n' >>"$work/acme.yaml"
    echo "screenshots: report"
    "$build/app/roledesk-cli" report --dsn "$demo" --format pdf --output "$work/report.pdf" \
        --platform-file "$work/acme.yaml" --no-progress >/dev/null
    pdftoppm -r 60 -png -f 1 -l 3 "$work/report.pdf" "$work/page"
    montage "$work"/page-*.png -tile 3x1 -geometry +8+8 -background '#9a9a9a' "$out/report.png"
    rm -rf "$work"
fi
want matrix-ja && shot matrix-ja "$demo" --language ja --select heidi,reporting.dashboard_config
want matrix-zh_CN && shot matrix-zh_CN "$demo" --language zh_CN --select heidi,reporting.dashboard_config
echo "screenshots: written to $out"
