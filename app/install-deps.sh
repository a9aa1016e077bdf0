#!/usr/bin/env bash
# Installs the Debian 12 packages RoleDesk needs to build, test and run the demo.
#
#   app/install-deps.sh           install whatever is missing (apt-get, as root or through sudo)
#   app/install-deps.sh --check   only report what is missing (exit 1 if anything is)
#   app/install-deps.sh --list    print the package list
#
# Idempotent and quiet when everything is already there. Set ROLEDESK_SKIP_DEPS=1 to make the
# run scripts skip this step altogether (e.g. on a machine managed by other means).
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config
    # Qt 6.4 and the modules RoleDesk uses
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
    qtkeychain-qt6-dev libgl1-mesa-dev
    # qt6-base-dev only recommends these, and --no-install-recommends skips them: without the
    # OpenGL module find_package(Qt6 ... Charts) fails ("dependency Qt6OpenGL could not be found")
    libqt6opengl6-dev
    # PostgreSQL client library, policy files, and the server for the test sandbox
    libpq-dev libyaml-cpp-dev postgresql-15 postgresql-contrib postgresql-plpython3-15
    # headless GUI runs and screenshots
    xvfb xauth x11-apps imagemagick
    # Japanese and Chinese glyphs (a fresh Debian 12 has no CJK font: every glyph is a box), and
    # Qt's own catalogues, so that standard dialogs and buttons follow View ▸ Language
    fonts-noto-cjk qt6-translations-l10n
    # LDAP directories: libldap to read them, slapd and its tools for the test directory and the
    # demo, openssl for the test directory's self-signed TLS certificate (StartTLS, ldaps://)
    slapd ldap-utils libldap-dev openssl
    # audit reports: the tests read the PDF back (pdftotext, pdfinfo) and render its pages (pdftoppm)
    poppler-utils
)

case "${1:-}" in
    --list) printf '%s\n' "${packages[@]}"; exit 0 ;;
    --check|"") ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-deps: unknown option $1" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps: not a Debian system; install the equivalents of: ${packages[*]}" >&2
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" != installed ]; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "${1:-}" = --check ]; then
    echo "install-deps: missing: ${missing[*]}"
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: these packages are missing and neither root nor sudo is available:" >&2
    echo "    apt-get install ${missing[*]}" >&2
    echo "Install them as root (or set ROLEDESK_SKIP_DEPS=1 to try without)." >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
