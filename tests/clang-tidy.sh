#!/usr/bin/env bash
# Runs clang-tidy (the checked-in .clang-tidy) on every C++ source of app/, ui/, models/, storage/
# and tests/ with the compile commands of BUILD_DIR (default: build; a unity build is checked batch
# by batch, several times faster). Any warning fails.
#
# A translation unit found clean is remembered by the hash of its preprocessed text, its compile
# command, the .clang-tidy file and the clang-tidy version, so an unchanged file is not analysed
# again (cache: ${XDG_CACHE_HOME:-~/.cache}/catalog-admin/clang-tidy). Warnings are never cached.
#   tests/clang-tidy.sh [BUILD_DIR] [FILE ...]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build}
shift || true
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
if [ -z "$tidy" ]; then
    echo "clang-tidy: not installed (Debian package clang-tidy)" >&2
    exit 1
fi
[ -f "$build/compile_commands.json" ] || { echo "clang-tidy: $build/compile_commands.json missing (configure first)" >&2; exit 1; }

cache=${XDG_CACHE_HOME:-$HOME/.cache}/catalog-admin/clang-tidy
mkdir -p "$cache"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# file<TAB>directory<TAB>command, for our sources only (not moc/qrc output in the build tree).
python3 - "$root" "$build/compile_commands.json" "$@" > "$out/units" <<'EOF'
import json, os, sys
root, db, wanted = sys.argv[1], sys.argv[2], [os.path.abspath(f) for f in sys.argv[3:]]
for e in json.load(open(db)):
    f = os.path.abspath(os.path.join(e["directory"], e["file"]))
    rel = os.path.relpath(f, root)
    # Unity builds: the batch files include our sources, which clang-tidy then checks (and reports)
    # in one pass over the Qt headers instead of one per source file.
    unity = "/Unity/unity_" in f
    if rel.split("/")[0] not in ("app", "ui", "models", "storage", "tests") and not unity:
        continue
    if wanted and f not in wanted:
        continue
    cmd = e.get("command") or " ".join(e["arguments"])
    print(f + "\t" + e["directory"] + "\t" + cmd)
EOF

config_hash=$( { cat .clang-tidy; "$tidy" --version; } | sha256sum | cut -c1-64)
export tidy cache out build config_hash root

check_unit() {
    local file=$1 dir=$2 cmd=$3
    # The preprocessed text stands for the file and everything it includes.
    local pp key
    # Paths under the checkout are left out of the key, so another clone of the same sources hits.
    pp=$(cd "$dir" && eval "${cmd%% -o *}" -E -P -o - -x c++ "$file" 2>/dev/null | sed "s#$root##g" | sha256sum | cut -c1-64) || pp=none
    key=$(printf '%s\n%s\n%s\n%s\n' "$config_hash" "$pp" "${cmd//$root/}" "${file#"$root"}" | sha256sum | cut -c1-64)
    if [ "$pp" != none ] && [ -e "$cache/$key" ]; then
        echo cached >> "$out/cached"
        return 0
    fi
    local log
    log=$(mktemp -p "$out")
    if "$tidy" -p "$build" --quiet "$file" > "$log" 2>"$log.err"; then
        if grep -q "warning:\|error:" "$log"; then
            cat "$log"
        else
            [ "$pp" = none ] || touch "$cache/$key"
        fi
    else
        cat "$log" "$log.err"
        echo "$file: clang-tidy failed"
    fi
}
export -f check_unit

start=$(date +%s)
total=$(wc -l < "$out/units")
tr '\n' '\0' < "$out/units" | xargs -0 -P "${CATALOG_TIDY_JOBS:-2}" -I{} bash -c \
    'IFS=$'"'"'\t'"'"' read -r f d c <<< "$1"; check_unit "$f" "$d" "$c"' _ {} > "$out/report"
cached=$( [ -f "$out/cached" ] && wc -l < "$out/cached" || echo 0)
warnings=$(grep -c "warning:\|error:\|clang-tidy failed" "$out/report" || true)
cat "$out/report"
echo "clang-tidy: $total translation units ($cached unchanged since a clean run), $warnings warnings, $(( $(date +%s) - start )) s"
[ "$warnings" = 0 ]
