#include "productrepository.h"
#include "statisticsrepository.h"
#include "supplierrepository.h"
#include "syncrecordrepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

class StatisticsTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldCountWhatIsThere_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldCountWhatIsThere()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        ProductRepository products(db->connections());
        for (const char *id : { "big", "small" }) {
            Supplier s;
            s.sourceId = QString::fromLatin1(id);
            s.name = QString::fromLatin1(id);
            QVERIFY_OK(suppliers.create(s));
        }
        QList<Product> batch;
        for (int i = 0; i < 10; ++i) {
            Product p;
            p.sourceId = QStringLiteral("p%1").arg(i);
            p.title = QStringLiteral("t");
            p.currency = i < 7 ? QStringLiteral("CNY") : QStringLiteral("USD");
            p.syncStatus = i < 4 ? QStringLiteral("synced") : QStringLiteral("pending");
            p.supplierSourceId = i < 8 ? QStringLiteral("big") : QStringLiteral("small");
            batch << p;
        }
        QVERIFY_OK(products.upsert(batch));
        const auto gone = products.findBySourceId(QStringLiteral("p9"));
        QVERIFY_OK(products.softDelete(gone->id, gone->version));
        const auto job = SyncRecordRepository(db->connections()).start(QStringLiteral("import"));
        QVERIFY_OK(job);

        const auto stats = StatisticsRepository(db->connections()).collect();
        QVERIFY_OK(stats);
        QCOMPARE(stats->products, 9);
        QCOMPARE(stats->deletedProducts, 1);
        QCOMPARE(stats->suppliers, 2);
        QCOMPARE(stats->productsByStatus.value(QStringLiteral("synced")), 4);
        QCOMPARE(stats->productsByStatus.value(QStringLiteral("pending")), 5);
        QCOMPARE(stats->productsByCurrency.value(QStringLiteral("CNY")), 7);
        QCOMPARE(stats->productsByCurrency.value(QStringLiteral("USD")), 2);
        QCOMPARE(stats->topSuppliers.first(), qMakePair(QStringLiteral("big"), qint64(8)));
        QCOMPARE(stats->topSuppliers.last(), qMakePair(QStringLiteral("small"), qint64(1)));
        QVERIFY(stats->databaseBytes > 0);
        QCOMPARE(stats->lastSyncs.size(), 1);
        const QJsonObject json = stats->toJson();
        QCOMPARE(json.value(QStringLiteral("products")).toInteger(), 9);
        QCOMPARE(json.value(QStringLiteral("last_syncs")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(StatisticsTest)
#include "tst_statistics.moc"
