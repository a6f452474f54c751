#include "demo/demodata.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QElapsedTimer>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

bool containsChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

qint64 count(TestDatabase &db, const QString &sql)
{
    return db.scalar(sql).toLongLong();
}

// Suppliers whose stored product_count differs from their active products.
qint64 wrongProductCounts(TestDatabase &db)
{
    return count(db, QStringLiteral("SELECT COUNT(*) FROM suppliers s WHERE s.product_count <> "
                                    "(SELECT COUNT(*) FROM products p WHERE p.supplier_id = s.id AND p.deleted_at IS NULL)"));
}

} // namespace

class DemoDataTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoadRealisticDataIntoAnEmptyCatalog_data() { engines(); }
    void shouldLoadRealisticDataIntoAnEmptyCatalog()
    {
        OPEN_TEST_DATABASE(db);
        // Given an empty catalog
        const Result<bool> emptyBefore = DemoData::isCatalogEmpty(db->connections());
        QVERIFY_OK(emptyBefore);
        QVERIFY(emptyBefore.value());

        // When the default demo data is loaded, with progress reported
        QList<int> progress;
        int reportedTotal = 0;
        QElapsedTimer timer;
        timer.start();
        const Result<DemoData::Report> report = DemoData::load(db->connections(), DemoData::Options {}, [&](int done, int total) {
            progress << done;
            reportedTotal = total;
            return true;
        });
        const qint64 elapsed = timer.elapsed();
        QVERIFY_OK(report);
        qInfo().noquote() << QStringLiteral("%1: loaded %2 products and %3 suppliers in %4 ms (%5 batches)")
                                     .arg(engine)
                                     .arg(report->productsLoaded)
                                     .arg(report->suppliersLoaded)
                                     .arg(elapsed)
                                     .arg(report->batchesCommitted);

        // Then every row is there, in whole batches, and the report says so
        QCOMPARE(report->productsLoaded, 3000);
        QCOMPARE(report->suppliersLoaded, 300);
        QVERIFY(!report->cancelled);
        QCOMPARE(report->batchesCommitted, 1 + 6);
        QCOMPARE(reportedTotal, 3300);
        QCOMPARE(progress, (QList<int> { 0, 300, 800, 1300, 1800, 2300, 2800, 3300 }));
        QVERIFY(report->summary().contains(QStringLiteral("3000")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM products")), 3000);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM suppliers")), 300);
        QCOMPARE(wrongProductCounts(*db), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM products WHERE supplier_id IS NULL")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM products WHERE price_min > price_max")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM products WHERE currency <> 'CNY'")), 0);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM products WHERE sync_status = 'synced'")) > 2400);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM products WHERE main_image_url NOT LIKE "
                                           "'https://img.example.com/%'")),
                 0);
        const Result<bool> emptyAfter = DemoData::isCatalogEmpty(db->connections());
        QVERIFY_OK(emptyAfter);
        QVERIFY(!emptyAfter.value());

        // And the rows read back look like a Chinese wholesale catalog
        PageRequest page;
        page.limit = 200;
        const auto products = ProductRepository(db->connections()).list({}, page);
        QVERIFY_OK(products);
        QCOMPARE(products->rows.size(), 200);
        for (const Product &p : products->rows) {
            QVERIFY2(containsChinese(p.title), qPrintable(p.title));
            QVERIFY(p.priceMin && p.priceMax && *p.priceMin <= *p.priceMax);
            QVERIFY(p.moq && *p.moq >= 1);
            QVERIFY(!p.specifications.isEmpty());
            QVERIFY(p.detailImages.size() >= 3);
            QVERIFY(p.detailImages.first().toString().startsWith(QStringLiteral("https://img.example.com/")));
        }
        const auto suppliers = SupplierRepository(db->connections()).list({}, page);
        QVERIFY_OK(suppliers);
        bool sawYiwu = false;
        for (const Supplier &s : suppliers->rows) {
            QVERIFY2(containsChinese(s.name), qPrintable(s.name));
            QVERIFY2(!containsChinese(s.companyName), qPrintable(s.companyName));
            sawYiwu = sawYiwu || s.location.contains(QStringLiteral("义乌"));
        }
        QVERIFY(sawYiwu);
    }

    void shouldRefuseACatalogThatHoldsData_data() { engines(); }
    void shouldRefuseACatalogThatHoldsData()
    {
        OPEN_TEST_DATABASE(db);
        // Given a catalog with one real supplier
        Supplier s;
        s.sourceId = QStringLiteral("real-1");
        s.name = QStringLiteral("义乌市真实供应商");
        QVERIFY_OK(SupplierRepository(db->connections()).create(s));

        // When demo data is loaded
        bool called = false;
        const Result<DemoData::Report> report = DemoData::load(db->connections(), DemoData::Options {}, [&](int, int) {
            called = true;
            return true;
        });

        // Then it is refused with a clear reason and nothing is written
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Validation);
        QVERIFY2(report.error().message.contains(QStringLiteral("already contains suppliers")),
                 qPrintable(report.error().message));
        QVERIFY(!called);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM suppliers")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM products")), 0);
        const Result<bool> empty = DemoData::isCatalogEmpty(db->connections());
        QVERIFY_OK(empty);
        QVERIFY(!empty.value());
    }

    void shouldKeepWholeBatchesWhenCancelled_data() { engines(); }
    void shouldKeepWholeBatchesWhenCancelled()
    {
        OPEN_TEST_DATABASE(db);
        // Given a load of 1000 products in batches of 200 after 50 suppliers
        DemoData::Options options;
        options.products = 1000;
        options.suppliers = 50;
        options.batchSize = 200;

        // When the caller cancels as soon as the first product batch is committed
        const Result<DemoData::Report> report = DemoData::load(db->connections(), options,
                                                               [](int done, int) { return done <= 50; });

        // Then exactly that batch is kept, the report says so, and the counts are true
        QVERIFY_OK(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->suppliersLoaded, 50);
        QCOMPARE(report->productsLoaded, 200);
        QCOMPARE(report->batchesCommitted, 2);
        QVERIFY2(report->summary().contains(QStringLiteral("cancelled")), qPrintable(report->summary()));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM products")), 200);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM suppliers")), 50);
        QCOMPARE(wrongProductCounts(*db), 0);
    }

    void shouldWriteNothingWhenCancelledBeforeTheFirstBatch_data() { engines(); }
    void shouldWriteNothingWhenCancelledBeforeTheFirstBatch()
    {
        OPEN_TEST_DATABASE(db);
        const Result<DemoData::Report> report = DemoData::load(db->connections(), DemoData::Options {}, [](int, int) { return false; });
        QVERIFY_OK(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->productsLoaded + report->suppliersLoaded, 0);
        const Result<bool> empty = DemoData::isCatalogEmpty(db->connections());
        QVERIFY_OK(empty);
        QVERIFY(empty.value());
    }

    void shouldRejectNonsenseOptions()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        DemoData::Options options;
        options.batchSize = 0;
        const Result<DemoData::Report> report = DemoData::load(db->connections(), options);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Validation);
    }
};

CATALOG_TEST_GUILESS_MAIN(DemoDataTest)
#include "tst_demodata.moc"
