#pragma once

#include <QString>

namespace catalog::test {

// A primary and a streaming hot standby of their own (tests/pg/pgcluster.sh start, then standby:
// pg_basebackup -R), for the topology and failover suites and bench_failover. They never touch the
// shared test cluster of CATALOG_TEST_PG_URL, so killing this primary disturbs no other suite.
// The destructor destroys both (servers stopped, directories removed). Single-threaded use.
class ReplicatedCluster
{
public:
    ReplicatedCluster() = default;
    ~ReplicatedCluster();
    ReplicatedCluster(const ReplicatedCluster &) = delete;
    ReplicatedCluster &operator=(const ReplicatedCluster &) = delete;

    // The cluster script is known (CATALOG_TEST_PG_CTL, exported by pgcluster.sh start).
    static bool available();
    // Starts the primary and its standby; false with error() saying why.
    bool start();
    // Makes the standby synchronous (synchronous_standby_names = '*' on the primary) and waits
    // until the primary reports it so: a commit then returns only once the standby has its WAL.
    bool makeStandbySynchronous();
    // pgcluster.sh kill / promote / wait-replay / stop-server / start-server on either server.
    bool killPrimary();
    bool promoteStandby();
    bool waitForReplay();
    // Runs one statement on the primary (or the standby) through its socket, as the superuser.
    bool execOnPrimary(const QString &statement);
    QString error() const { return m_error; }

    // URLs with the password. multiUrl lists the primary first, then the standby.
    QString primaryUrl() const { return m_primaryUrl; }
    QString standbyUrl() const { return m_standbyUrl; }
    QString multiUrl() const { return m_multiUrl; }
    int primaryPort() const { return m_primaryPort; }
    int standbyPort() const { return m_standbyPort; }
    QString primaryDir() const { return m_primaryDir; }
    QString standbyDir() const { return m_standbyDir; }

private:
    bool script(const QStringList &arguments, QString *output = nullptr);
    static QString exported(const QString &output, const QString &name);

    QString m_primaryDir;
    QString m_standbyDir;
    QString m_primaryUrl;
    QString m_standbyUrl;
    QString m_multiUrl;
    int m_primaryPort = 0;
    int m_standbyPort = 0;
    QString m_error;
};

} // namespace catalog::test
