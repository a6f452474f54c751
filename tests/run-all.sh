#!/usr/bin/env bash
# The whole test suite, as CI runs it (README, second command):
#   1. installs what is missing and builds (build/, warnings are errors);
#   2. runs every ctest suite against SQLite and a throwaway PostgreSQL 15 cluster;
#   3. short benchmarks (figures printed; the full ones are run by hand, see tests/bench/);
#   4. builds the .deb, installs it and runs the installed catalogctl and catalog-admin;
#   5. builds again with AddressSanitizer + UndefinedBehaviorSanitizer + coverage (build-asan/) and
#      runs the whole suite there: any sanitizer report fails its test;
#   6. line coverage of storage/ and models/ from that run: fails below 80 %;
#   7. clang-tidy on every source: fails on any warning;
# After each test run, the fault and load tests' summary table (scenario, runs, rows lost, result).
# The cluster is removed afterwards. CATALOG_SKIP="asan tidy package bench" skips phases (for local use).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=tests/testenv.sh
. tests/testenv.sh
skip=" ${CATALOG_SKIP:-} "
timings=()
phase_start=0
phase() {
    local now
    now=$(date +%s)
    [ -z "${phase_name:-}" ] || timings+=("$(printf '%-34s %5d s' "$phase_name" $((now - phase_start)))")
    phase_name=${1:-}
    phase_start=$now
    [ -z "$phase_name" ] || echo "==== $phase_name ($(date -u +%H:%M:%S))"
}
wanted() { [[ "$skip" != *" $1 "* ]]; }
all_start=$(date +%s)

# ccache: paths inside the checkout are hashed relative to it, so a clone elsewhere hits too.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1

phase "install + build"
# The same build as the README's first command (bootstrap.sh): nothing is compiled twice.
packaging/bootstrap.sh

eval "$(tests/pg/pgcluster.sh start)"
trap 'tests/pg/pgcluster.sh destroy "$CATALOG_TEST_PG_DIR"' EXIT
export CI="${CI:-}"
reports=$(mktemp -d)

# Runs ctest in BUILD_DIR, then prints the fault tests' summary table even when a suite failed.
run_suite() {
    local dir=$1 label=$2 timeout=$3 status=0
    CATALOG_FAULT_REPORT="$reports/faults-$label.tsv" QT_QPA_PLATFORM=offscreen \
        ctest --test-dir "$dir" --output-on-failure --timeout "$timeout" -j2 || status=$?
    echo "==== fault and load tests ($label build)"
    tests/fault-summary.sh "$reports/faults-$label.tsv" || status=1
    return "$status"
}

phase "tests"
run_suite build release 900

if wanted bench; then
    phase "benchmarks (short)"
    echo "(run build/tests/bench/bench_storage --rows 1000000 for the full figures)"
    QT_QPA_PLATFORM=offscreen build/tests/bench/bench_storage --rows 20000 --ops 20
    QT_QPA_PLATFORM=offscreen build/tests/bench/bench_bulk --rows 20000
    QT_QPA_PLATFORM=offscreen build/tests/bench/bench_bulkedit --rows 20000
    QT_QPA_PLATFORM=offscreen build/tests/bench/bench_models --rows 20000
    QT_QPA_PLATFORM=offscreen build/tests/bench/bench_scale --rows 20000 --qt-limit 60
    QT_QPA_PLATFORM=offscreen build/tests/bench/bench_images --images 60
fi

if wanted package && [ -x packaging/install-check.sh ]; then
    phase "package: build, install, run"
    packaging/install-check.sh build
fi

if wanted asan; then
    phase "sanitizer + coverage build"
    configure_asan_build "$reports/asan-configure.log"
    cmake --build build-asan

    phase "tests under ASan + UBSan (clang-tidy beside them)"
    # The sanitized suites wait on the database and the event loop about half the time: clang-tidy
    # uses the other core meanwhile.
    if wanted tidy; then
        CATALOG_TIDY_JOBS=1 tests/clang-tidy.sh build > "$reports/clang-tidy.log" 2>&1 &
        tidy_pid=$!
    fi
    find build-asan -name '*.gcda' -delete
    export_sanitizer_options "$root"
    run_suite build-asan asan 1800
    unset_sanitizer_options
    # Both cores for what is left of clang-tidy (SIGUSR1: GNU xargs runs one more job at a time).
    [ -z "${tidy_pid:-}" ] || pkill -USR1 -P "$tidy_pid" -x xargs || true

    phase "coverage (storage/, models/)"
    # gcov writes its .gcov files into the working directory: keep them out of the tree.
    (cd "$reports" && gcovr --root "$root" --object-directory "$root/build-asan" \
        --filter "$root/storage/" --filter "$root/models/" \
        --exclude-unreachable-branches --print-summary --fail-under-line 80 \
        --txt "$reports/coverage.txt" "$root/build-asan" > "$reports/coverage-summary.txt") || {
        cat "$reports/coverage.txt" "$reports/coverage-summary.txt"
        echo "coverage: below 80 % of lines in storage/ and models/"
        exit 1
    }
    grep -E '^(storage|models)/' "$reports/coverage.txt" | sort | awk '{printf "  %-40s %6s lines %6s\n", $1, $2, $4}'
    cat "$reports/coverage-summary.txt"
fi

if wanted tidy; then
    phase "clang-tidy"
    if [ -n "${tidy_pid:-}" ]; then
        tidy_status=0
        wait "$tidy_pid" || tidy_status=$?
        cat "$reports/clang-tidy.log"
        [ "$tidy_status" = 0 ] || exit 1
    else
        tests/clang-tidy.sh build
    fi
fi

phase ""
echo "==== timings"
printf '  %s\n' "${timings[@]}"
echo "  total                              $(( $(date +%s) - all_start )) s"
