#pragma once

// Shared pieces of the fault suites (tests/faults/): the summary record each scenario appends to
// $CATALOG_FAULT_REPORT, control of the throwaway PostgreSQL server, a size-limited tmpfs, and a
// canonical dump of the catalog for row-by-row comparisons.

#include <QString>
#include <QStringList>

namespace catalog::test {

class TestDatabase;

// One line of the fault summary: scenario, engine, runs, rows lost, result, detail (TSV). The test
// fills it in as it goes; finish() (called from the suite's cleanup()) appends it to the file named
// by CATALOG_FAULT_REPORT, if set, with PASS or FAIL from QTest::currentTestFailed(). Rows lost
// is what the test computed (expected committed rows minus rows found), never a constant.
class FaultRecord
{
public:
    void begin(const QString &scenario, const QString &engine);
    void addRun() { ++m_runs; }
    void addRowsLost(qint64 rows) { m_rowsLost += rows; }
    void setDetail(const QString &detail) { m_detail = detail; }
    void skip(const QString &why);
    void finish();

private:
    QString m_scenario;
    QString m_engine;
    int m_runs = 0;
    qint64 m_rowsLost = 0;
    QString m_detail;
    bool m_skipped = false;
    bool m_active = false;
};

// Runs tests/pg/pgcluster.sh stop-server / start-server on $CATALOG_TEST_PG_DIR (as
// tests/storage/tst_connectionmanager.cpp does). False when the cluster script is not known.
bool clusterControl(const QString &action);
bool clusterControlAvailable();

// A tmpfs of `bytes` mounted on a new folder; unmounted and removed again by the destructor.
// error() says why not (not root, no mount(8), ...).
class TmpfsMount
{
public:
    explicit TmpfsMount(qint64 bytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;
    bool isMounted() const { return m_mounted; }
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    // Fills the file system up to `leaveBytes` free with a ballast file (removeBallast() frees it).
    bool fillUpTo(qint64 leaveBytes);
    void removeBallast();
    qint64 freeBytes() const;

private:
    QString m_path;
    QString m_error;
    bool m_mounted = false;
};

// Every product (with its supplier's source_id) and every supplier (with its stored product_count
// next to the true count) as one line of text each, ordered by source_id: two databases that give
// the same lists hold the same catalog.
QStringList productRows(TestDatabase &db);
QStringList supplierRows(TestDatabase &db);
// Suppliers whose product_count differs from the products that name them, as "source_id: stored
// N, true M" lines (empty: all true).
QStringList wrongProductCounts(TestDatabase &db);
// Files below `dir` (recursively, hidden ones too), relative to it.
QStringList filesBelow(const QString &dir);

} // namespace catalog::test
