#!/usr/bin/env bash
# Builds the .deb from BUILD_DIR (default build), installs it on this machine with apt (so its
# declared dependencies are resolved), and runs the installed files — not the build tree:
#   catalogctl --version / --help, catalogctl migrate + stats on a new SQLite database and, when the
#   test cluster's CATALOG_TEST_PG_URL is set, on PostgreSQL; catalog-admin offscreen for a few
#   seconds on an empty home (first start: creates its SQLite database), and its --help in Chinese.
# Checks the desktop entry, icons, man pages and copyright are where they belong. Removes the
# package again at the end (CATALOG_KEEP_PACKAGE=1 keeps it). Any failure exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
sudo_cmd=()
[ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
fail() { echo "install-check: $*" >&2; exit 1; }

cmake --build "$build" >/dev/null
rm -f "$build"/catalog-admin_*.deb
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack failed"
deb=$(ls "$build"/catalog-admin_*.deb)
echo "== $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | grep -E '^ (Package|Version|Architecture|Section|Depends|Recommends|Installed-Size):'
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -vE '/$' | sed 's/^\./  /'

work=$(mktemp -d)
cleanup() {
    [ "${CATALOG_KEEP_PACKAGE:-}" = 1 ] || "${sudo_cmd[@]}" apt-get remove -y -q catalog-admin >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
cp "$deb" "$work/"
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "$work/$(basename "$deb")" \
    > "$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install of the package failed"; }
echo "== installed: $(dpkg-query -W -f='${Package} ${Version} ${Status}' catalog-admin)"

for f in /usr/bin/catalog-admin /usr/bin/catalogctl /usr/share/applications/catalog-admin.desktop \
    /usr/share/icons/hicolor/scalable/apps/catalog-admin.svg /usr/share/icons/hicolor/48x48/apps/catalog-admin.png \
    /usr/share/icons/hicolor/256x256/apps/catalog-admin.png /usr/share/man/man1/catalogctl.1.gz \
    /usr/share/man/man1/catalog-admin.1.gz /usr/share/doc/catalog-admin/copyright; do
    [ -s "$f" ] || fail "$f is not installed"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/catalog-admin.desktop || fail "the desktop entry is not valid"
fi
zcat /usr/share/man/man1/catalogctl.1.gz | grep -q '^\.SH EXIT STATUS' || fail "catalogctl.1 has no EXIT STATUS section"
# Nothing of the build tree may be needed at run time.
if ldd /usr/bin/catalogctl /usr/bin/catalog-admin | grep -E "not found|$(cd "$build" && pwd)"; then
    fail "the installed executables need libraries that are not installed"
fi

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset CATALOG_DATABASE_URL DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD STORAGE_PATH

version=$(/usr/bin/catalogctl --version)
echo "== $version"
[ "$version" = "catalogctl $(sed -n 's/^project(CatalogAdmin VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)" ] \
    || fail "catalogctl --version printed '$version'"
/usr/bin/catalogctl --help > "$work/help.txt" && grep -q "cleanup-backups" "$work/help.txt" || fail "catalogctl --help lacks the command list"

db="sqlite://$work/installed.db"
/usr/bin/catalogctl --database "$db" migrate || fail "installed catalogctl migrate (SQLite) failed"
/usr/bin/catalogctl --database "$db" --json stats > "$work/stats.json" || fail "installed catalogctl stats (SQLite) failed"
grep -q '"products"' "$work/stats.json" || fail "catalogctl stats printed no product figures"
echo "== catalogctl migrate + stats on SQLite: ok"
if [ -n "${CATALOG_TEST_PG_URL:-}" ]; then
    pgdb="catalog_install_check_$$"
    "$CATALOG_TEST_PG_BIN/psql" "$CATALOG_TEST_PG_URL" -q -c "CREATE DATABASE $pgdb" || fail "cannot create $pgdb"
    pgurl="${CATALOG_TEST_PG_URL%/*}/$pgdb"
    status=0
    /usr/bin/catalogctl --database "$pgurl" migrate && /usr/bin/catalogctl --database "$pgurl" health || status=$?
    "$CATALOG_TEST_PG_BIN/psql" "$CATALOG_TEST_PG_URL" -q -c "DROP DATABASE $pgdb" || true
    [ "$status" = 0 ] || [ "$status" = 1 ] || fail "installed catalogctl migrate/health (PostgreSQL) failed: $status"
    echo "== catalogctl migrate + health on PostgreSQL: ok"
fi

# The GUI: first start on an empty home creates the embedded database; it must still be running
# after a few seconds (no crash, no missing plugin), then it is stopped.
/usr/bin/catalog-admin > "$work/gui.log" 2>&1 &
gui=$!
sleep 6
kill -0 "$gui" 2>/dev/null || { cat "$work/gui.log"; fail "catalog-admin exited on its first start"; }
kill "$gui"; wait "$gui" 2>/dev/null || true
[ -s "$XDG_DATA_HOME"/CatalogAdmin/catalog-admin/catalog.sqlite ] \
    || { cat "$work/gui.log"; fail "catalog-admin created no embedded database on first start"; }
echo "== catalog-admin: started offscreen, created its SQLite database"
env -u LC_ALL -u LC_MESSAGES LANGUAGE=zh_CN LANG=zh_CN.UTF-8 /usr/bin/catalog-admin --help > "$work/help-zh.txt" 2>&1 || true
grep -q "$(printf '\xe5\x95\x86\xe5\x93\x81')" "$work/help-zh.txt" \
    || { cat "$work/help-zh.txt"; fail "catalog-admin --help is not translated for zh_CN"; }
echo "== catalog-admin --help in Chinese: $(head -2 "$work/help-zh.txt" | tail -1)"
echo "install-check: ok"
