#pragma once

#include <QString>

#include <memory>

namespace catalog::test {

// A hot standby of the test cluster (CATALOG_TEST_PG_DIR) for one suite, made by
// tests/pg/pgcluster.sh standby (pg_basebackup -R) and destroyed with the object. Its own, so a
// suite may pause its replay without disturbing others. `serverOptions` are extra server settings
// of the standby (e.g. "-c max_standby_streaming_delay=0").
class TestStandby
{
public:
    // nullptr (and lastError()) when the cluster or the script is missing or the standby fails.
    static std::unique_ptr<TestStandby> start(const QString &serverOptions = {});
    static QString lastError();
    static bool available(); // CATALOG_TEST_PG_URL and CATALOG_TEST_PG_DIR are set
    ~TestStandby();

    int port() const { return m_port; }
    // A URL of `database` on the standby, without user or password (a read server inherits them).
    QString readUrl(const QString &database) const;
    // Runs one statement on the standby's postgres database (pg_wal_replay_pause(), ...).
    bool exec(const QString &sql) const;
    // Waits until the standby has replayed everything the primary has written (pgcluster.sh wait-replay).
    bool waitForReplay() const;
    // Stops the standby's server, keeping its data, and starts it again (pgcluster.sh stop-server/start-server).
    bool stopServer() const;
    bool startServer() const;

private:
    TestStandby() = default;
    QString m_dir;
    QString m_serverOptions; // given again when the server is started again
    int m_port = 0;
};

} // namespace catalog::test
