// The models over a primary with a read server (ReadRouter), against a real streaming standby
// whose replay the test pauses: the operator's own save never vanishes from the grid, browsing
// goes back to the standby once it has replayed the save, and every browsing page (images, sync
// history, a record's history) reads from the standby. Under QAbstractItemModelTester.
#include "db/readrouter.h"
#include "fixtures.h"
#include "imagetablemodel.h"
#include "producttablemodel.h"
#include "repositories/imagerepository.h"
#include "repositories/productrepository.h"
#include "repositories/syncrecordrepository.h"
#include "syncrecordtablemodel.h"
#include "testdatabase.h"
#include "replicatedcluster.h"

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
    std::unique_ptr<ReplicatedCluster> m_standby;

private slots:
    void initTestCase()
    {
        CATALOG_SKIP_WITHOUT_TEST_CLUSTER();
        m_standby = std::make_unique<ReplicatedCluster>();
        QVERIFY2(m_standby->startStandbyOfSharedCluster(), qPrintable(m_standby->error()));
    }

    void cleanupTestCase() { m_standby.reset(); }

    void cleanup()
    {
        if (m_standby)
            m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_resume()"));
    }

    void shouldBrowseEveryPageFromTheStandby_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("table"); // what another client empties behind the router's back
        QTest::newRow("images") << QStringLiteral("images") << QStringLiteral("images");
        QTest::newRow("sync history") << QStringLiteral("sync history") << QStringLiteral("sync_records");
        QTest::newRow("history dialog") << QStringLiteral("history dialog") << QStringLiteral("product_history");
        QTest::newRow("products (quick count)") << QStringLiteral("products") << QStringLiteral("products");
    }
    void shouldBrowseEveryPageFromTheStandby()
    {
        QFETCH(QString, page);
        QFETCH(QString, table);
        // Given a product with an image, a finished job and a changed title, replayed by a standby
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        const Result<Product> product = ProductRepository(db->connections()).create(minimalProduct(QStringLiteral("PAGE-1")));
        QVERIFY_OK(product);
        Product renamed = product.value();
        renamed.title = QStringLiteral("Renamed");
        QVERIFY_OK(ProductRepository(db->connections()).update(renamed));
        ImageRecord image;
        image.productId = product->id;
        image.url = QStringLiteral("https://example.com/page.jpg");
        QVERIFY_OK(ImageRepository(db->connections()).add(image));
        const Result<SyncRecord> job = SyncRecordRepository(db->connections()).start(JobKind::Export, 1);
        QVERIFY_OK(job);
        QVERIFY_OK(SyncRecordRepository(db->connections()).finish(job->id, JobStatus::Completed, 1, 0, {}));
        ReadRouter::Options options;
        options.replayCheckInterval = std::chrono::milliseconds(0);
        QVERIFY2(m_standby->attachAsReadServer(db->connections(), options), qPrintable(m_standby->error()));
        const int shown = rowsOnPage(page, db->connections(), product->id);
        QVERIFY2(shown > 0, qPrintable(QString::number(shown)));

        // When the standby pauses and another client (not this process: the router hears
        // nothing of it) empties the table on the primary
        QVERIFY2(m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_pause()")), qPrintable(m_standby->error()));
        QVERIFY2(db->exec(QStringLiteral("DELETE FROM %1").arg(table)), qPrintable(TestDatabase::lastError()));

        // Then the page still shows the rows the standby has: it reads from the standby
        QCOMPARE(rowsOnPage(page, db->connections(), product->id), shown);
        // And once the standby has replayed the deletion, the page shows it too
        QVERIFY(m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_resume()")));
        QVERIFY(m_standby->waitForReplay());
        QCOMPARE(rowsOnPage(page, db->connections(), product->id), 0);
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
        QVERIFY2(m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_pause()")), qPrintable(m_standby->error()));
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
        QVERIFY(m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_resume()")));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            model.refresh();
            return QTest::qWaitFor([&] { return model.isIdle(); }, 30000)
                && router->status().readsFrom == ReadRouter::Server::Standby;
        }()),
            30000);
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(model, QStringLiteral("GRID-2")), QStringLiteral("After"), 30000);
        QVERIFY(!router->status().waitingForReplay);
    }

private:
    // The rows a page shows, read as the window reads them: through the page's model (its row
    // count is the model's first, quick count), or for the history dialog through the products
    // model's history job.
    static int rowsOnPage(const QString &page, ConnectionManager &connections, qint64 productId)
    {
        if (page == QLatin1String("history dialog")) {
            const ProductTableModel model(connections);
            const Result<QList<HistoryEntry>> history = model.makeHistoryJob(productId)();
            return history ? int(history->size()) : -1;
        }
        std::unique_ptr<PagedTableModel> model;
        if (page == QLatin1String("products"))
            model = std::make_unique<ProductTableModel>(connections);
        else if (page == QLatin1String("images"))
            model = std::make_unique<ImageTableModel>(connections);
        else
            model = std::make_unique<SyncRecordTableModel>(connections);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        model->refresh();
        if (!QTest::qWaitFor([&] { return model->isIdle(); }, 30000))
            return -2;
        return model->rowCount();
    }
};

CATALOG_TEST_GUILESS_MAIN(ReadRoutingTest)
#include "tst_readrouting.moc"
