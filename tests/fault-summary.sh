#!/usr/bin/env bash
# Prints the fault-test summary that the suites under tests/faults/ append to $CATALOG_FAULT_REPORT
# (one TSV line per scenario and engine: scenario, engine, runs, rows lost, result, detail) as an
# aligned table. Exits 1 when a scenario failed or lost rows, or when the file is missing/empty.
#
#   export CATALOG_FAULT_REPORT=$PWD/build/fault-report.tsv; rm -f "$CATALOG_FAULT_REPORT"
#   ctest --test-dir build ...
#   tests/fault-summary.sh "$CATALOG_FAULT_REPORT"
set -euo pipefail

file=${1:-${CATALOG_FAULT_REPORT:-}}
if [ -z "$file" ] || [ ! -s "$file" ]; then
    echo "fault-summary: no fault report at '${file}' (did the tests/faults suites run with CATALOG_FAULT_REPORT set?)" >&2
    exit 1
fi

awk -F'\t' '
    BEGIN { w1 = length("Scenario"); w2 = length("Engine"); w3 = length("Runs"); w4 = length("Rows lost"); w5 = length("Result") }
    NF >= 5 {
        n++; s[n] = $1; e[n] = $2; r[n] = $3; l[n] = $4; res[n] = $5
        if (length($1) > w1) w1 = length($1)
        if (length($2) > w2) w2 = length($2)
        if (length($3) > w3) w3 = length($3)
        if (length($4) > w4) w4 = length($4)
        if (length($5) > w5) w5 = length($5)
        runs += $3; lost += $4
        if ($5 == "FAIL" || $4 > 0) bad++
        if ($5 == "SKIP") skipped++
    }
    END {
        fmt = "%-" w1 "s  %-" w2 "s  %" w3 "s  %" w4 "s  %-" w5 "s\n"
        line = sprintf(fmt, "", "", "", "", ""); gsub(/./, "-", line)
        print "== Fault tests"
        printf fmt, "Scenario", "Engine", "Runs", "Rows lost", "Result"
        print substr(line, 1, length(line))
        for (i = 1; i <= n; i++) printf fmt, s[i], e[i], r[i], l[i], res[i]
        print substr(line, 1, length(line))
        printf fmt, n " scenario runs", "", runs, lost, (bad ? bad " FAILED" : "all ok") (skipped ? ", " skipped " skipped" : "")
        exit (bad ? 1 : 0)
    }' "$file"
