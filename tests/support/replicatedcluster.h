#pragma once

#include "db/readrouter.h"

#include <QString>
#include <QStringList>

#include <optional>

// In a test function: skips it without the shared test cluster, and fails it under CI, where the
// replication tests must run.
#define CATALOG_SKIP_WITHOUT_TEST_CLUSTER()                                                        \
    do {                                                                                           \
        if (!catalog::test::ReplicatedCluster::available()) {                                      \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                               \
                QFAIL(qPrintable(catalog::test::ReplicatedCluster::unavailableReason()));          \
            QSKIP(qPrintable(catalog::test::ReplicatedCluster::unavailableReason()));              \
        }                                                                                          \
    } while (false)

namespace catalog::test {

// A primary and a streaming hot standby (tests/pg/pgcluster.sh standby: pg_basebackup -R), for
// every suite that needs a standby. Two ways to start one:
// - startStandbyOfSharedCluster(): a standby of its own for the shared test cluster
//   (CATALOG_TEST_PG_DIR), so a suite may pause its replay or stop it without disturbing others;
//   the databases TestDatabase creates there appear on it. For reads from a standby.
// - startOwnPair(): a primary and a standby of their own (pgcluster.sh start, then standby), for
//   the topology and failover suites and bench_failover: killing this primary disturbs no other
//   suite.
// The destructor destroys what was started (servers stopped, directories removed), never the
// shared cluster. Single-threaded use; every failure is a false return with error() saying why.
class ReplicatedCluster
{
public:
    ReplicatedCluster() = default;
    ~ReplicatedCluster();
    ReplicatedCluster(const ReplicatedCluster &) = delete;
    ReplicatedCluster &operator=(const ReplicatedCluster &) = delete;

    // The shared test cluster is there (eval "$(tests/pg/pgcluster.sh start)" exports
    // CATALOG_TEST_PG_URL and CATALOG_TEST_PG_DIR).
    static bool available();
    // What a suite says when it skips (or, under CI, fails) without the cluster.
    static QString unavailableReason();

    // `standbyOptions` are extra server settings of the standby (e.g. "-c max_standby_streaming_delay=0").
    bool startStandbyOfSharedCluster(const QString &standbyOptions = {});
    bool startOwnPair();

    // Makes the standby synchronous (synchronous_standby_names = '*' on the primary) and waits
    // until the primary reports it so: a commit then returns only once the standby has its WAL.
    bool makeStandbySynchronous();
    // pgcluster.sh kill / promote / wait-replay on the primary or the standby.
    bool killPrimary();
    bool promoteStandby();
    // Waits until the standby has replayed everything it received from the primary.
    bool waitForReplay();
    // Stops the standby's server, keeping its data, and starts it again with the same options.
    bool stopStandby();
    bool startStandby();
    // Runs one statement on the postgres database of the primary (or the standby) through its
    // socket, as the superuser (pg_wal_replay_pause(), ALTER SYSTEM, ...).
    bool execOnPrimary(const QString &statement);
    bool execOnStandby(const QString &statement);
    QString error() const { return m_error; }

    // A URL of `database` on the standby without user or password (a read server inherits them).
    QString readUrl(const QString &database) const;
    // Gives `primary` (connections to a database of the shared cluster) this standby as its read
    // server, and waits until browsing reads from the standby: the database and its rows replayed.
    bool attachAsReadServer(ConnectionManager &primary, const ReadRouter::Options &options = {});
    // URLs of the postgres database with the password. multiUrl lists the primary first, then the standby.
    QString primaryUrl() const { return m_primaryUrl; }
    QString standbyUrl() const { return m_standbyUrl; }
    QString multiUrl() const { return m_multiUrl; }
    int primaryPort() const { return m_primaryPort; }
    int standbyPort() const { return m_standbyPort; }

private:
    // `serverOptions`: CATALOG_TEST_PG_OPTIONS for the server started (else the environment's).
    bool script(const QStringList &arguments, QString *output = nullptr,
        const std::optional<QString> &serverOptions = std::nullopt);
    bool startStandbyOf(const QString &primaryDir);
    bool execAt(const QString &dir, int port, const QString &statement);

    QString m_primaryDir;
    QString m_standbyDir;
    QString m_primaryUrl;
    QString m_standbyUrl;
    QString m_multiUrl;
    QString m_standbyOptions; // given again when the standby is started again
    int m_primaryPort = 0;
    int m_standbyPort = 0;
    bool m_ownsPrimary = false;
    QString m_error;
};

} // namespace catalog::test
