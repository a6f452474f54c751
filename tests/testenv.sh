# Shared by tests/run-all.sh and tests/stress.sh (sourced, not run).

# The sanitizer build: AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer) and coverage,
# in build-asan/.
configure_asan_build() {
    local log=$1
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -g1" \
        -DCATALOG_UNITY_BUILD=ON -DCATALOG_WERROR=ON -DCATALOG_SANITIZE=ON -DCATALOG_COVERAGE=ON \
        -DCATALOG_BUILD_BENCHMARKS=OFF > "$log" || { cat "$log"; return 1; }
}

# Any sanitizer report fails its test; only libraries' own state may be suppressed (tests/sanitizers/).
export_sanitizer_options() {
    local root=$1
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0"
    export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp"
}

unset_sanitizer_options() {
    unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
}
