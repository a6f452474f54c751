// The products grid over a primary with a read server (ReadRouter), against a real streaming
// standby whose replay the test pauses: the operator's own save never vanishes from the grid, and
// browsing goes back to the standby once it has replayed the save. Under QAbstractItemModelTester.
#include "db/readrouter.h"
#include "fixtures.h"
#include "producttablemodel.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"
#include "teststandby.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

QString titleOf(const QAbstractItemModel &model, const QString &sourceId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, ProductTableModel::SourceIdColumn)).toString() == sourceId)
            return model.data(model.index(row, ProductTableModel::TitleColumn)).toString();
    }
    return {};
}

int rowOf(const QAbstractItemModel &model, const QString &sourceId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, ProductTableModel::SourceIdColumn)).toString() == sourceId)
            return row;
    }
    return -1;
}

} // namespace

class ReadRoutingTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStandby> m_standby;

private slots:
    void initTestCase()
    {
        if (!TestStandby::available()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("CI must run the standby tests: CATALOG_TEST_PG_URL/CATALOG_TEST_PG_DIR are not set");
            QSKIP("needs the throwaway cluster of tests/pg/pgcluster.sh");
        }
        m_standby = TestStandby::start();
        QVERIFY2(m_standby, qPrintable(TestStandby::lastError()));
    }

    void cleanupTestCase() { m_standby.reset(); }

    void cleanup()
    {
        if (m_standby)
            m_standby->exec(QStringLiteral("SELECT pg_wal_replay_resume()"));
    }

    void shouldShowTheSavedValueWhileTheStandbyLagsAndBrowseTheStandbyAfterwards()
    {
        // Given a catalog on the primary, replayed by a standby that serves the grid
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        for (int i = 1; i <= 3; ++i)
            QVERIFY_OK(ProductRepository(db->connections())
                           .create(minimalProduct(QStringLiteral("GRID-%1").arg(i), QStringLiteral("Before %1").arg(i))));
        ReadRouter::Options options;
        options.replayCheckInterval = std::chrono::milliseconds(20);
        QVERIFY_OK(ReadRouter::attach(db->connections(), m_standby->readUrl(db->config().database), options));
        QVERIFY(m_standby->waitForReplay());
        ReadRouter *router = ReadRouter::of(db->connections());

        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(model, QStringLiteral("GRID-2")), QStringLiteral("Before 2"), 30000);
        QCOMPARE(router->status().readsFrom, ReadRouter::Server::Standby);

        // When the standby stops replaying and the operator edits and saves a title
        QVERIFY2(m_standby->exec(QStringLiteral("SELECT pg_wal_replay_pause()")), qPrintable(TestStandby::lastError()));
        const int row = rowOf(model, QStringLiteral("GRID-2"));
        QVERIFY(row >= 0);
        QVERIFY(model.setData(model.index(row, ProductTableModel::TitleColumn), QStringLiteral("After")));
        QSignalSpy saved(&model, &PagedTableModel::saved);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 30000);

        // Then the grid, read again from the database, shows the saved title: from the primary
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(model, QStringLiteral("GRID-2")), QStringLiteral("After"), 30000);
        QCOMPARE(router->status().readsFrom, ReadRouter::Server::Primary);
        QVERIFY(router->status().waitingForReplay);
        // (the standby really is behind)
        const Result<Product> stale
            = ProductRepository(router->standby()).findBySourceId(QStringLiteral("GRID-2"));
        QVERIFY_OK(stale);
        QCOMPARE(stale->title, QStringLiteral("Before 2"));

        // When replay resumes, reloads go back to the standby, which has the saved title
        QVERIFY(m_standby->exec(QStringLiteral("SELECT pg_wal_replay_resume()")));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            model.refresh();
            return QTest::qWaitFor([&] { return model.isIdle(); }, 30000)
                && router->status().readsFrom == ReadRouter::Server::Standby;
        }()),
            30000);
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(model, QStringLiteral("GRID-2")), QStringLiteral("After"), 30000);
        QVERIFY(!router->status().waitingForReplay);
    }
};

CATALOG_TEST_GUILESS_MAIN(ReadRoutingTest)
#include "tst_readrouting.moc"
