#!/usr/bin/env bash
# Builds everything (warnings are errors) and runs the whole test suite against SQLite and a
# throwaway PostgreSQL 15 cluster, then a short benchmark. The cluster is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

CATALOG_BUILD_FLAGS="-DCATALOG_WERROR=ON ${CATALOG_BUILD_FLAGS:-}" packaging/bootstrap.sh

eval "$(tests/pg/pgcluster.sh start)"
trap 'tests/pg/pgcluster.sh destroy "$CATALOG_TEST_PG_DIR"' EXIT
export CI="${CI:-}"

QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure --timeout 900 -j2

echo "== Benchmark (small scale; run build/tests/bench/bench_storage --rows 1000000 for the full figures)"
QT_QPA_PLATFORM=offscreen build/tests/bench/bench_storage --rows 20000 --ops 20
QT_QPA_PLATFORM=offscreen build/tests/bench/bench_models --rows 20000
QT_QPA_PLATFORM=offscreen build/tests/bench/bench_images --images 60
