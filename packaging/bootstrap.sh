#!/usr/bin/env bash
# Installs what a fresh Debian 12 lacks, configures and builds Catalog Admin.
#   packaging/bootstrap.sh          install + build (build/)
#   packaging/bootstrap.sh --run    ... then start the GUI on the embedded SQLite default
#   CATALOG_BUILD_FLAGS="-DCATALOG_UNITY_BUILD=OFF" packaging/bootstrap.sh   extra CMake flags
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config ccache gcovr clang-tidy
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-image-formats-plugins
    qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev librsvg2-bin desktop-file-utils dpkg-dev
    libqt6sql6-psql libqt6sql6-sqlite libgl-dev
    libpq-dev libsqlite3-dev libssl-dev postgresql-15 postgresql-client-15 postgresql-contrib pgbackrest
    fonts-noto-cjk qt6-translations-l10n
)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The same configuration as tests/run-all.sh (README, second command), so that command reuses this
# build instead of compiling every unit again: a unity build (a cold build in a third of the time),
# warnings as errors.
# shellcheck disable=SC2086
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCATALOG_WERROR=ON -DCATALOG_UNITY_BUILD=ON \
    ${CATALOG_BUILD_FLAGS:-}
cmake --build build

if [ "${1:-}" = "--run" ]; then
    exec build/app/catalog-admin
fi
