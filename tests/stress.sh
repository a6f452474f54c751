#!/usr/bin/env bash
# Hunts the tests that fail now and then: every suite N times, more suites at once than there are
# cores, while a CPU hog loads the machine, in the release build and in the sanitizer build.
#
#   tests/stress.sh [N]                      N repeats (default $CATALOG_STRESS, else 20), both builds
#   CATALOG_STRESS_BUILDS=asan tests/stress.sh 5          one build only (release | asan)
#   CATALOG_STRESS_TESTS='tst_mainwindow|tst_session' tests/stress.sh   only the suites matching (ctest -R)
#
# ctest runs each suite with --repeat until-fail:N, at -j (2 x cores); stress-ng keeps one CPU
# worker per core busy meanwhile. Builds are reused when present (tests/run-all.sh makes both);
# missing ones are built. The summary gives suites x repeats and every failure, whose full output
# stays in the log folder printed at the end. Exit 1 when any suite failed once.
# A test that fails here is fixed at its cause (wait for a condition, scale its timeout), never retried.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=tests/testenv.sh
. tests/testenv.sh
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1

repeats=${1:-${CATALOG_STRESS:-20}}
builds=${CATALOG_STRESS_BUILDS:-release asan}
filter=${CATALOG_STRESS_TESTS:-}
cores=$(nproc)
jobs=$((cores * 2))
logs=$(mktemp -d /tmp/catalog-stress.XXXXXX)

if ! command -v stress-ng > /dev/null; then
    sudo_cmd=()
    [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends stress-ng
fi

for build in $builds; do
    case $build in
    release) [ -f build/build.ninja ] || packaging/bootstrap.sh ;;
    asan) [ -f build-asan/build.ninja ] || configure_asan_build "$logs/asan-configure.log" ;;
    *) echo "unknown build '$build' (release | asan)" >&2; exit 2 ;;
    esac
done
for build in $builds; do
    dir=build
    [ "$build" = release ] || dir=build-asan
    cmake --build "$dir"
done

eval "$(tests/pg/pgcluster.sh start)"
hog_pid=
cleanup() {
    [ -z "$hog_pid" ] || kill "$hog_pid" 2> /dev/null || true
    tests/pg/pgcluster.sh destroy "$CATALOG_TEST_PG_DIR"
}
trap cleanup EXIT

stress-ng --cpu "$cores" --cpu-method matrixprod --quiet --timeout 0 &
hog_pid=$!

status=0
summary=()
for build in $builds; do
    dir=build timeout=900
    if [ "$build" = asan ]; then
        dir=build-asan timeout=1800
        export_sanitizer_options "$root"
    fi
    suites=$(ctest --test-dir "$dir" -N ${filter:+-R "$filter"} | awk '/Total Tests:/ {print $3}')
    echo "==== $build build: $suites suites x $repeats repeats, -j$jobs, stress-ng on $cores cores ($(date -u +%H:%M:%S))"
    start=$(date +%s)
    result=0
    CATALOG_FAULT_REPORT="$logs/faults-$build.tsv" QT_QPA_PLATFORM=offscreen \
        ctest --test-dir "$dir" ${filter:+-R "$filter"} --repeat "until-fail:$repeats" -j"$jobs" \
        --timeout "$timeout" --output-on-failure --output-log "$logs/$build.log" \
        > "$logs/$build.out" 2>&1 || result=$?
    unset_sanitizer_options
    failed=$(grep -E '^\s+[0-9]+ - ' "$logs/$build.out" || true)
    elapsed=$(( $(date +%s) - start ))
    if [ "$result" = 0 ]; then
        summary+=("$(printf '%-8s %3s suites x %3s repeats: no failure (%d s)' "$build" "$suites" "$repeats" "$elapsed")")
    else
        status=1
        summary+=("$(printf '%-8s %3s suites x %3s repeats: FAILED (%d s):' "$build" "$suites" "$repeats" "$elapsed")")
        while IFS= read -r line; do summary+=("           $line"); done <<< "$failed"
        tail -n 60 "$logs/$build.out"
    fi
done

echo "==== stress summary"
printf '  %s\n' "${summary[@]}"
echo "  logs: $logs"
exit "$status"
