#!/usr/bin/env bash
# Point-in-time recovery of the catalog's PostgreSQL with pgBackRest (Debian package pgbackrest),
# end to end on a throwaway cluster (tests/pg/pgcluster.sh, an unprivileged owner): the recipe of
# docs/pitr.md, run by ctest as pitr_recipe.
#
#   packaging/pitr-recipe.sh                 run it all, print what it shows, clean up
#   PITR_KEEP=1 packaging/pitr-recipe.sh     keep the clusters and the repository to look at
#   CATALOGCTL=build/app/catalogctl ...      also check that `catalogctl health` reads the archiver
#                                            and `pgbackrest info`
#
# Steps: WAL archiving with archive_command = pgbackrest archive-push and archive_timeout (RPO:
# finished WAL reaches the repository within archive_timeout, ≤ 30 s), a stanza, a full backup, rows,
# an incremental backup, rows committed, the time T noted, more rows; the archiver is waited for
# (no pg_switch_wal: archive_timeout alone must bring the last rows into the repository); then
# restore --type=time --target=T into a fresh data directory, start it, and check that exactly the
# rows committed up to T are back. Exit 0 when they are, 1 otherwise.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
pgcluster=${CATALOG_PGCLUSTER:-$here/../tests/pg/pgcluster.sh}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
archive_timeout=${PITR_ARCHIVE_TIMEOUT:-10}
stanza=catalog
started=$(date +%s)

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
say() { printf 'pitr: %s\n' "$*"; }
fail() { printf 'pitr: FAILED: %s\n' "$*" >&2; exit 1; }

command -v pgbackrest >/dev/null || fail "pgbackrest is not installed (apt-get install pgbackrest)"

work=$(mktemp -d /tmp/catalog-pitr.XXXXXX)
chmod 755 "$work"
mkdir -p "$work/repo" "$work/log" "$work/lock" "$work/spool" "$work/socket2"
cluster=
restored_up=0
cleanup() {
    status=$?
    if [ "$restored_up" = 1 ]; then
        as_owner "$PGBIN/pg_ctl" -D "$work/restored" -w -t 60 -m fast stop >/dev/null 2>&1 || true
    fi
    if [ "${PITR_KEEP:-0}" = 1 ]; then
        say "kept: cluster $cluster, repository and restored data in $work"
    else
        [ -n "$cluster" ] && "$pgcluster" destroy "$cluster" >/dev/null 2>&1 || true
        rm -rf "$work"
    fi
    exit $status
}
trap cleanup EXIT

# 1. A throwaway cluster, started the project's way.
eval "$("$pgcluster" start)"
cluster=$CATALOG_TEST_PG_DIR
port=$(cat "$cluster/port")
psql_primary() { as_owner "$PGBIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h "$cluster/socket" -p "$port" -U catalog -d postgres "$@"; }

# 2. The repository's configuration, then WAL archiving into it (archive_mode needs a restart).
cat > "$work/pgbackrest.conf" <<EOF
[global]
repo1-path=$work/repo
repo1-retention-full=2
log-path=$work/log
lock-path=$work/lock
spool-path=$work/spool
log-level-console=warn
log-level-file=info
start-fast=y
compress-type=lz4

[$stanza]
pg1-path=$cluster/data
pg1-port=$port
pg1-socket-path=$cluster/socket
pg1-user=catalog
EOF
if [ "$(id -u)" = 0 ]; then chown -R postgres "$work"; fi
brest() { as_owner pgbackrest --config="$work/pgbackrest.conf" --stanza="$stanza" "$@"; }

psql_primary -c "ALTER SYSTEM SET archive_mode = on" \
    -c "ALTER SYSTEM SET archive_command = 'pgbackrest --config=$work/pgbackrest.conf --stanza=$stanza archive-push %p'" \
    -c "ALTER SYSTEM SET archive_timeout = '${archive_timeout}s'"
"$pgcluster" stop-server "$cluster"
"$pgcluster" start-server "$cluster"
[ "$(psql_primary -c "SHOW archive_mode")" = on ] || fail "archive_mode did not take effect"
say "archiving on, archive_timeout ${archive_timeout}s"

brest stanza-create
brest check
say "stanza $stanza created; pgbackrest check passed (a WAL segment reached the repository)"

# 3. Full backup, rows, incremental backup.
psql_primary -c "CREATE TABLE pitr_probe (id integer PRIMARY KEY, batch integer NOT NULL,
    committed_at timestamptz NOT NULL DEFAULT clock_timestamp())"
insert_batch() { # batch number: ids (batch-1)*100+1 .. batch*100, one transaction
    psql_primary -c "INSERT INTO pitr_probe (id, batch)
        SELECT g, $1 FROM generate_series(($1 - 1) * 100 + 1, $1 * 100) AS g"
}
insert_batch 1
brest --type=full backup
say "full backup done"
insert_batch 2
brest --type=incr backup
say "incremental backup done"

# 4. Rows committed, the time noted, more rows.
insert_batch 3
sleep 1 # so that T falls strictly between the commits of batch 3 and batch 4
target=$(psql_primary -c "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
sleep 1
insert_batch 4
say "batches 1-3 committed before T = $target, batch 4 after it"

# 5. RPO: the WAL holding batch 4 must reach the repository by archive_timeout alone.
commit_wal=$(psql_primary -c "SELECT pg_walfile_name(pg_current_wal_insert_lsn())")
committed=$(date +%s.%N)
for _ in $(seq 1 $(( archive_timeout * 4 + 20 ))); do
    archived=$(psql_primary -c "SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver")
    if [ -n "$archived" ] && [[ ! "$archived" < "$commit_wal" ]]; then break; fi
    sleep 0.5
done
[ -n "$archived" ] && [[ ! "$archived" < "$commit_wal" ]] || fail "WAL $commit_wal was not archived (last: $archived)"
rpo=$(echo "$(date +%s.%N) - $committed" | bc)
say "WAL $commit_wal with the last commit archived after ${rpo}s (RPO < 60 s: archive_timeout ${archive_timeout}s)"
awk -v r="$rpo" 'BEGIN { exit !(r < 60) }' || fail "archiving took ${rpo}s, over the 60 s RPO"

if [ -n "${CATALOGCTL:-}" ]; then
    health=$("$CATALOGCTL" --json health --database "$CATALOG_TEST_PG_URL" \
        --pgbackrest-stanza "$stanza" --pgbackrest-config "$work/pgbackrest.conf" || true)
    echo "$health" | grep -q '"archiving": true' || fail "catalogctl health does not report archiving on: $health"
    echo "$health" | grep -q "\"last_archived_wal\": \"0000" || fail "catalogctl health shows no archived WAL: $health"
    echo "$health" | grep -q '"backups": 2' || fail "catalogctl health does not list the 2 pgBackRest backups: $health"
    say "catalogctl health reads pg_stat_archiver and pgbackrest info"
fi

# 6. Restore to T into a fresh data directory and start it beside the primary (max_connections at
# least the primary's, or recovery refuses to run).
brest --pg1-path="$work/restored" --type=time "--target=$target" --target-action=promote restore
say "restored to $target into $work/restored"
port2=$(( port + 1 ))
while (exec 3<>/dev/tcp/127.0.0.1/$port2) 2>/dev/null; do port2=$(( port2 + 1 )); done
as_owner "$PGBIN/pg_ctl" -D "$work/restored" -l "$work/restored.log" -w -t 60 \
    -o "-c port=$port2 -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work/socket2 -c archive_mode=off -c max_connections=300" \
    start >/dev/null || { cat "$work/restored.log" >&2; fail "the restored cluster did not start"; }
restored_up=1
psql_restored() { as_owner "$PGBIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h "$work/socket2" -p "$port2" -U catalog -d postgres "$@"; }
for _ in $(seq 1 120); do
    [ "$(psql_restored -c "SELECT pg_is_in_recovery()")" = f ] && break
    sleep 0.5
done
[ "$(psql_restored -c "SELECT pg_is_in_recovery()")" = f ] || fail "the restored cluster did not finish recovery"

# 7. Exactly the rows committed up to T.
got=$(psql_restored -c "SELECT count(*) || ' rows, batches ' || string_agg(DISTINCT batch::text, ',') ||
    ', ids ' || min(id) || '-' || max(id) FROM pitr_probe")
want="300 rows, batches 1,2,3, ids 1-300"
say "restored: $got"
[ "$got" = "$want" ] || fail "expected $want"
late=$(psql_restored -c "SELECT count(*) FROM pitr_probe WHERE committed_at > '$target'")
[ "$late" = 0 ] || fail "$late rows committed after T came back"
say "OK: exactly the rows committed up to T are back ($(( $(date +%s) - started )) s in all)"
