#include "db/latencyrecorder.h"
#include "db/sqlhelpers_p.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QTest>
#include <QThread>

#include <thread>
#include <vector>

using namespace catalog;
using namespace catalog::test;

namespace {

LatencyRecorder::Figures figuresOf(const QString &kind)
{
    for (const LatencyRecorder::Figures &f : LatencyRecorder::instance().figures())
        if (f.kind == kind)
            return f;
    return {};
}

} // namespace

class LatencyRecorderTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { LatencyRecorder::instance().clear(); }

    void shouldComputeNearestRankPercentiles()
    {
        // Given 1..100 ms recorded in shuffled order
        for (int i = 0; i < 100; ++i)
            LatencyRecorder::instance().record(QStringLiteral("k"), qint64((i * 37) % 100 + 1) * 1000000);
        const auto f = figuresOf(QStringLiteral("k"));
        QCOMPARE(f.count, 100);
        QCOMPARE(f.p50Ms, 50.0);
        QCOMPARE(f.p95Ms, 95.0);
        QCOMPARE(f.maxMs, 100.0);
    }

    void shouldKeepOnlyTheRecentWindow()
    {
        for (int i = 0; i < LatencyRecorder::kWindow; ++i)
            LatencyRecorder::instance().record(QStringLiteral("k"), 1000000000); // 1 s: old and slow
        for (int i = 0; i < LatencyRecorder::kWindow; ++i)
            LatencyRecorder::instance().record(QStringLiteral("k"), 2000000); // 2 ms now
        const auto f = figuresOf(QStringLiteral("k"));
        QCOMPARE(f.count, 2 * LatencyRecorder::kWindow);
        QCOMPARE(f.p95Ms, 2.0);
        QCOMPARE(f.maxMs, 2.0);
    }

    void shouldListTheSlowestFirst()
    {
        LatencyRecorder::instance().record(QStringLiteral("fast"), 1000000);
        LatencyRecorder::instance().record(QStringLiteral("slow"), 9000000);
        const auto all = LatencyRecorder::instance().figures();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().kind, QStringLiteral("slow"));
    }

    void shouldNameStatementsByVerbAndTable_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("kind");
        QTest::newRow("select") << "SELECT id, title FROM products WHERE id = ?"
                                << "SELECT products";
        QTest::newRow("subselect") << "SELECT (SELECT count(*) FROM suppliers), 1"
                                   << "SELECT suppliers";
        QTest::newRow("insert") << "INSERT INTO product_history (a) VALUES (?)"
                                << "INSERT product_history";
        QTest::newRow("update") << "UPDATE  suppliers SET name = ?"
                                << "UPDATE suppliers";
        QTest::newRow("delete") << "delete from images where id = ?"
                                << "DELETE images";
        QTest::newRow("vacuum") << "VACUUM (ANALYZE)"
                                << "VACUUM";
        QTest::newRow("pragma") << "PRAGMA optimize"
                                << "PRAGMA optimize";
        QTest::newRow("empty") << ""
                               << "?";
    }
    void shouldNameStatementsByVerbAndTable()
    {
        QFETCH(QString, statement);
        QFETCH(QString, kind);
        QCOMPARE(LatencyRecorder::kindOf(statement), kind);
    }

    void shouldBeSafeAcrossThreads()
    {
        std::vector<std::thread> threads;
        threads.reserve(8);
        for (int t = 0; t < 8; ++t)
            threads.emplace_back([t] {
                for (int i = 0; i < 5000; ++i)
                    LatencyRecorder::instance().record(QStringLiteral("k%1").arg(t % 2), 1000);
                LatencyRecorder::instance().figures();
            });
        for (auto &t : threads)
            t.join();
        QCOMPARE(figuresOf(QStringLiteral("k0")).count + figuresOf(QStringLiteral("k1")).count, 40000);
    }

    // The repositories' statements are recorded by sql::exec without their help.
    void shouldRecordWhatSqlExecRuns_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldRecordWhatSqlExecRuns()
    {
        OPEN_TEST_DATABASE(db);
        LatencyRecorder::instance().clear();
        auto conn = db->connections().connection();
        QVERIFY_OK(conn);
        for (int i = 0; i < 3; ++i) {
            sql::Query q(conn.value());
            QVERIFY_OK(sql::exec(q, QStringLiteral("SELECT count(*) FROM products WHERE id > ?"), { i },
                db->connections().dialect(), QStringLiteral("test")));
        }
        const auto f = figuresOf(QStringLiteral("SELECT products"));
        QCOMPARE(f.count, 3);
        QVERIFY(f.p50Ms > 0);
        QVERIFY(f.p95Ms >= f.p50Ms);
    }
};

CATALOG_TEST_GUILESS_MAIN(LatencyRecorderTest)
#include "tst_latencyrecorder.moc"
