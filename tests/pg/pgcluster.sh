#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suite: unprivileged owner, temporary directory,
# loopback TCP on a free port plus a private socket directory, scram passwords over TCP.
#
#   eval "$(tests/pg/pgcluster.sh start)"   # prints export lines (CATALOG_TEST_PG_URL, ...)
#   tests/pg/pgcluster.sh stop-server DIR   # stop, keep the data (used by reconnect tests)
#   tests/pg/pgcluster.sh start-server DIR  # start again on the same port
#   tests/pg/pgcluster.sh destroy DIR       # stop and remove everything
#
# Streaming replication, PostgreSQL's own (for the topology and failover tests):
#   eval "$(tests/pg/pgcluster.sh standby DIR)"  # a hot standby of the cluster in DIR, made by
#                                               # pg_basebackup -R (streams from the primary); prints
#                                               # CATALOG_TEST_PG_STANDBY_DIR, ..._STANDBY_URL and
#                                               # CATALOG_TEST_PG_MULTI_URL (primary,standby hosts).
#                                               # It streams through a replication slot of its own,
#                                               # so the primary keeps the WAL it has not received
#                                               # (a busy primary's checkpoints would otherwise
#                                               # recycle it first); destroy drops the slot.
#   tests/pg/pgcluster.sh kill DIR           # stop hard (immediate: no checkpoint, like a crash)
#   tests/pg/pgcluster.sh promote DIR        # promote the standby in DIR and wait until it writes
#   tests/pg/pgcluster.sh wait-replay DIR    # wait until the standby in DIR streams and has replayed all its
#                                               # primary had written when asked (all it received, if the
#                                               # primary is gone)
#
# With CATALOG_TEST_PG_SSL=1, start also makes a throwaway certificate authority with openssl,
# a server certificate for 127.0.0.1/localhost signed by it, a client certificate for the role
# "certuser" and a second, unrelated CA; turns ssl on; and lets certuser in only over TLS with its
# certificate. The files are in $CATALOG_TEST_PG_TLS_DIR (ca.crt, other-ca.crt, client.crt,
# client.key).
# CATALOG_TEST_PG_OPTIONS adds server options, e.g. "-c shared_preload_libraries=pg_stat_statements".
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGUSER_NAME=catalog
PGPASSWORD_VALUE=${CATALOG_TEST_PG_PASSWORD:-catalog-test-secret}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$(( 20000 + RANDOM % 20000 ))
        if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free port found" >&2
    return 1
}

server_start() {
    local dir=$1 port
    port=$(cat "$dir/port")
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c port=$port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir/socket -c max_connections=300 -c shared_buffers=256MB -c max_wal_size=4GB ${CATALOG_TEST_PG_OPTIONS:-}" \
        start >/dev/null
}

server_stop() {
    local dir=$1
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -w -t 60 -m fast stop >/dev/null
}

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/catalog-pg.XXXXXX)
    chmod 755 "$dir"
    mkdir -p "$dir/socket"
    printf '%s\n' "$PGPASSWORD_VALUE" > "$dir/pwfile"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
    as_owner "$PGBIN/initdb" -D "$dir/data" -U "$PGUSER_NAME" --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    if [ "${CATALOG_TEST_PG_SSL:-0}" = 1 ]; then
        tls=$dir/tls
        mkdir -p "$tls"
        (
            cd "$tls"
            openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=catalog test CA" \
                -keyout ca.key -out ca.crt
            openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=unrelated CA" \
                -keyout other-ca.key -out other-ca.crt
            openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr
            printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > server.ext
            openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
                -extfile server.ext -out server.crt
            openssl req -newkey rsa:2048 -nodes -subj "/CN=certuser" -keyout client.key -out client.csr
            openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -out client.crt
            chmod 600 server.key client.key ca.key other-ca.key
        ) >"$dir/openssl.log" 2>&1 || { cat "$dir/openssl.log" >&2; exit 1; }
        cp "$tls/server.crt" "$tls/server.key" "$tls/ca.crt" "$dir/data/"
        if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir/data" "$tls"; fi
        chmod 600 "$dir/data/server.key"
        {
            echo "ssl = on"
            echo "ssl_cert_file = 'server.crt'"
            echo "ssl_key_file = 'server.key'"
            echo "ssl_ca_file = 'ca.crt'"
        } >> "$dir/data/postgresql.conf"
        hba=$dir/data/pg_hba.conf
        { echo "hostssl all certuser 127.0.0.1/32 cert"; echo "host all certuser 127.0.0.1/32 reject"; cat "$hba"; } > "$hba.new"
        mv "$hba.new" "$hba"
        if [ "$(id -u)" = 0 ]; then chown postgres "$hba"; fi
    fi
    free_port > "$dir/port"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir/port"; fi
    server_start "$dir" || { cat "$dir/server.log" >&2; exit 1; }
    port=$(cat "$dir/port")
    echo "export CATALOG_TEST_PG_DIR='$dir'"
    echo "export CATALOG_TEST_PG_URL='postgresql://$PGUSER_NAME:$PGPASSWORD_VALUE@127.0.0.1:$port/postgres'"
    echo "export CATALOG_TEST_PG_CTL='$(readlink -f "$0")'"
    echo "export CATALOG_TEST_PG_BIN='$PGBIN'"
    if [ "${CATALOG_TEST_PG_SSL:-0}" = 1 ]; then echo "export CATALOG_TEST_PG_TLS_DIR='$dir/tls'"; fi
    ;;
standby)
    primary=$2
    dir=$(mktemp -d /tmp/catalog-pg.XXXXXX)
    chmod 755 "$dir"
    mkdir -p "$dir/socket"
    cp "$primary/pwfile" "$dir/pwfile"
    free_port > "$dir/port"
    slot=standby_$(basename "$dir" | tr -c 'a-zA-Z0-9\n' _ | tr 'A-Z' 'a-z')_$RANDOM
    echo "$slot" > "$dir/slot"
    echo "$primary" > "$dir/primary"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
    as_owner "$PGBIN/pg_basebackup" -h "$primary/socket" -p "$(cat "$primary/port")" -U "$PGUSER_NAME" \
        -D "$dir/data" -R -C -S "$slot" -X stream -c fast >"$dir/basebackup.log" 2>&1 \
        || { cat "$dir/basebackup.log" >&2; exit 1; }
    server_start "$dir" || { cat "$dir/server.log" >&2; exit 1; }
    pport=$(cat "$primary/port")
    sport=$(cat "$dir/port")
    echo "export CATALOG_TEST_PG_STANDBY_DIR='$dir'"
    echo "export CATALOG_TEST_PG_STANDBY_URL='postgresql://$PGUSER_NAME:$PGPASSWORD_VALUE@127.0.0.1:$sport/postgres'"
    echo "export CATALOG_TEST_PG_MULTI_URL='postgresql://$PGUSER_NAME:$PGPASSWORD_VALUE@127.0.0.1:$pport,127.0.0.1:$sport/postgres'"
    ;;
kill) as_owner "$PGBIN/pg_ctl" -D "$2/data" -w -t 60 -m immediate stop >/dev/null ;;
promote) as_owner "$PGBIN/pg_ctl" -D "$2/data" -w -t 60 promote >/dev/null ;;
wait-replay)
    dir=$2
    # What the primary has written when asked: the standby must replay at least that (having replayed
    # all it *received* says nothing of what it has not received yet). A primary that is gone (a
    # failover test killed it) has nothing more to send.
    target=""
    if [ -f "$dir/primary" ]; then
        primary=$(cat "$dir/primary")
        target=$(as_owner "$PGBIN/psql" -h "$primary/socket" -p "$(cat "$primary/port")" -U "$PGUSER_NAME" \
            -d postgres -Atqc "SELECT pg_current_wal_lsn()" 2>/dev/null || true)
    fi
    for _ in $(seq 1 600); do
        # A standby whose WAL receiver is gone has replayed all it received, and nothing new.
        caught_up=$(as_owner "$PGBIN/psql" -h "$dir/socket" -p "$(cat "$dir/port")" -U "$PGUSER_NAME" -d postgres -Atqc \
            "SELECT pg_last_wal_receive_lsn() IS NOT NULL AND pg_last_wal_replay_lsn() >= pg_last_wal_receive_lsn()
                AND ('$target' = '' OR pg_last_wal_replay_lsn() >= NULLIF('$target', '')::pg_lsn)
                AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming')")
        [ "$caught_up" = t ] && exit 0
        sleep 0.1
    done
    echo "standby in $dir did not catch up" >&2
    exit 1
    ;;
stop-server) server_stop "$2" ;;
start-server) server_start "$2" ;;
destroy)
    dir=$2
    case "$dir" in /tmp/catalog-pg.*) ;; *) echo "refusing to remove $dir" >&2; exit 2 ;; esac
    server_stop "$dir" 2>/dev/null || true
    # A standby's slot would keep the primary's WAL forever; the primary may be gone (killed).
    if [ -f "$dir/slot" ] && [ -d "$(cat "$dir/primary")/socket" ]; then
        primary=$(cat "$dir/primary")
        slot=$(cat "$dir/slot")
        as_owner "$PGBIN/psql" -h "$primary/socket" -p "$(cat "$primary/port")" -U "$PGUSER_NAME" -d postgres -Atqc \
            "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '$slot'" \
            >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start | standby DIR | kill DIR | promote DIR | wait-replay DIR | stop-server DIR | start-server DIR | destroy DIR" >&2
    exit 2
    ;;
esac
