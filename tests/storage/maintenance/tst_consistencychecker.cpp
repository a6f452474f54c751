// The consistency check finds every kind of damage seeded behind the application's back (SQL with
// constraints switched off) and repairs it, on both engines.

#include "images/democatalog.h"
#include "maintenance/consistencychecker.h"
#include "repositories/productrepository.h"
#include "db/sqldialect.h"
#include "repositories/supplierrepository.h"
#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

Product product(const QString &sourceId, std::optional<qint64> supplier, bool mainImage = true)
{
    Product p;
    p.sourceId = sourceId;
    p.title = QStringLiteral("Product ") + sourceId;
    p.supplierId = supplier;
    p.priceMin = Decimal2::fromHundredths(100);
    p.priceMax = Decimal2::fromHundredths(200);
    if (mainImage)
        p.mainImageUrl = QStringLiteral("https://img.example.com/%1.jpg").arg(sourceId);
    p.detailImages = QJsonArray { QStringLiteral("https://img.example.com/%1-1.jpg").arg(sourceId) };
    return p;
}

qint64 countOf(const QList<ConsistencyChecker::Finding> &findings, const QString &kind)
{
    for (const auto &f : findings) {
        if (f.kind == kind)
            return f.count;
    }
    return -1;
}

} // namespace

class ConsistencyCheckerTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindAndRepairEveryKind_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldFindAndRepairEveryKind()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        ProductRepository products(db->connections());
        ConsistencyChecker checker(db->connections());

        // Given a clean catalog, nothing is found
        Supplier s1;
        s1.sourceId = QStringLiteral("S-1");
        s1.name = QStringLiteral("义乌恒达");
        const auto first = suppliers.create(s1);
        QVERIFY_OK(first);
        Supplier s2 = s1;
        s2.sourceId = QStringLiteral("S-2");
        s2.name = QStringLiteral("Guangzhou Textiles");
        const auto second = suppliers.create(s2);
        QVERIFY_OK(second);
        Supplier dup = s1;
        dup.sourceId = QStringLiteral(" s-1");
        dup.name = QStringLiteral("Hengda (again)");
        const auto duplicate = suppliers.create(dup);
        QVERIFY_OK(duplicate);
        for (const Product &p : { product(QStringLiteral("P-1"), first->id),
                 product(QStringLiteral("P-2"), second->id), product(QStringLiteral("P-3"), first->id),
                 product(QStringLiteral("P-4"), std::nullopt), product(QStringLiteral("P-5"), std::nullopt),
                 product(QStringLiteral("P-6"), std::nullopt, false),
                 product(QStringLiteral("P-7"), duplicate->id) })
            QVERIFY_OK(products.create(p));
        auto clean = checker.check();
        QVERIFY_OK(clean);
        QCOMPARE(clean->size(), ConsistencyChecker::kinds().size());
        for (const auto &f : clean.value()) {
            if (f.kind != QLatin1String("duplicate_suppliers")
                && f.kind != QLatin1String("missing_main_image"))
                QVERIFY2(f.count == 0, qPrintable(f.kind));
        }
        QCOMPARE(countOf(clean.value(), QStringLiteral("duplicate_suppliers")), qint64(1));
        QCOMPARE(countOf(clean.value(), QStringLiteral("missing_main_image")), qint64(1));

        // When the data is damaged behind the application's back
        const bool postgres = db->connections().dialect().engine() == Engine::PostgreSQL;
        if (postgres) {
            for (const char *c : { "products_supplier_id_fkey", "products_price_range_check",
                     "products_specifications_check" })
                QVERIFY(db->exec(
                    QStringLiteral("ALTER TABLE products DROP CONSTRAINT %1").arg(QLatin1String(c))));
        } else {
            QVERIFY(db->exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(db->exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        }
        const QString now = db->connections().dialect().nowExpression();
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET supplier_id = 999999 WHERE source_id = 'P-3'")));
        QVERIFY(db->exec(
            QStringLiteral("UPDATE suppliers SET deleted_at = %1 WHERE source_id = 'S-2'").arg(now)));
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET price_min = 900 WHERE source_id = 'P-4'")));
        QVERIFY(db->exec(
            QStringLiteral("UPDATE products SET specifications = '[1, 2]' WHERE source_id = 'P-5'")));
        QVERIFY(db->exec(QStringLiteral("UPDATE suppliers SET product_count = 42 WHERE source_id = 'S-1'")));
        SyncRecordRepository journal(db->connections());
        const auto job = journal.start(JobKind::Import, 10);
        QVERIFY_OK(job);
        QVERIFY(db->exec(QStringLiteral("UPDATE sync_records SET start_time = ? WHERE id = ?"),
            { db->connections().dialect().bindTimestamp(QDateTime::currentDateTimeUtc().addDays(-2)),
                job->id }));
        if (!postgres) {
            QVERIFY(db->exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
            QVERIFY(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        }

        // Then every kind is found, with examples
        const auto found = checker.check();
        QVERIFY_OK(found);
        QCOMPARE(countOf(found.value(), QStringLiteral("missing_supplier")), qint64(1));
        QCOMPARE(countOf(found.value(), QStringLiteral("deleted_supplier")), qint64(1));
        QCOMPARE(countOf(found.value(), QStringLiteral("duplicate_suppliers")), qint64(1));
        QVERIFY(countOf(found.value(), QStringLiteral("wrong_product_count")) >= 1);
        QCOMPARE(countOf(found.value(), QStringLiteral("price_range_inverted")), qint64(1));
        QCOMPARE(countOf(found.value(), QStringLiteral("invalid_json")), qint64(1));
        QCOMPARE(countOf(found.value(), QStringLiteral("missing_main_image")), qint64(1));
        QCOMPARE(countOf(found.value(), QStringLiteral("stuck_jobs")), qint64(1));
        for (const auto &f : found.value()) {
            if (f.kind == QLatin1String("missing_supplier"))
                QCOMPARE(f.examples, QStringList { QStringLiteral("P-3") });
            if (f.kind == QLatin1String("wrong_product_count"))
                QVERIFY2(
                    f.examples.join(QLatin1Char(' ')).contains(QStringLiteral("S-1: 42 recorded, 1 counted")),
                    qPrintable(f.examples.join(QLatin1Char('|'))));
        }

        // And every kind is repaired, each in its own transaction, and re-checked
        QList<ConsistencyChecker::RepairReport> repairs;
        QVERIFY_OK(checker.checkAndRepair(&repairs));
        QCOMPARE(repairs.size(), 8);
        for (const auto &r : repairs)
            QVERIFY2(r.after == 0, qPrintable(QStringLiteral("%1 still %2").arg(r.kind).arg(r.after)));
        const auto again = checker.check();
        QVERIFY_OK(again);
        for (const auto &f : again.value())
            QVERIFY2(f.count == 0, qPrintable(QStringLiteral("%1: %2 left").arg(f.kind).arg(f.count)));

        QVERIFY(!products.findBySourceId(QStringLiteral("P-3"))->supplierId);
        QVERIFY(!suppliers.findBySourceId(QStringLiteral("S-2"))->isDeleted());
        QCOMPARE(products.findBySourceId(QStringLiteral("P-4"))->priceMin, Decimal2::fromHundredths(200));
        QCOMPARE(products.findBySourceId(QStringLiteral("P-4"))->priceMax, Decimal2::fromHundredths(90000));
        QVERIFY(products.findBySourceId(QStringLiteral("P-5"))->specifications.isEmpty());
        QCOMPARE(products.findBySourceId(QStringLiteral("P-6"))->mainImageUrl,
            QStringLiteral("https://img.example.com/P-6-1.jpg"));
        QCOMPARE(
            products.findBySourceId(QStringLiteral("P-7"))->supplierId, std::optional<qint64>(first->id));
        QVERIFY(suppliers.findBySourceId(QStringLiteral(" s-1"))->isDeleted());
        QCOMPARE(suppliers.findById(first->id)->productCount, 2); // P-1 and the moved P-7
        QCOMPARE(journal.findById(job->id)->status, JobStatus::Failed);
        // Repairs are edits like any other: a new version with history
        QCOMPARE(products.findBySourceId(QStringLiteral("P-4"))->version, 2);
        QCOMPARE(products.history(products.findBySourceId(QStringLiteral("P-4"))->id)->size(),
            3); // created, damaged, repaired
        // Each check run is in the journal, and each repair (one per kind found)
        const auto recent = journal.recent(100);
        QVERIFY_OK(recent);
        int checks = 0;
        int repairJobs = 0;
        for (const SyncRecord &r : recent.value()) {
            checks += r.kind == JobKind::Check ? 1 : 0;
            repairJobs += r.kind == JobKind::Repair && r.status == JobStatus::Completed ? 1 : 0;
        }
        QCOMPARE(checks, 4);
        QCOMPARE(repairJobs, repairs.size());
    }

    void shouldRefuseAnUnknownKind()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        const auto r = ConsistencyChecker(db->connections()).repair(QStringLiteral("everything"));
        QCOMPARE(r.error().kind, ErrorKind::Validation);
        QVERIFY(r.error().message.contains(QStringLiteral("missing_supplier")));
    }
    // The second check reads only the image files whose size or modification time changed since the
    // first; a file changed on disk is still found.
    void shouldRehashOnlyChangedImageFiles_data() { engines(); }
    void shouldRehashOnlyChangedImageFiles()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        DemoCatalog::Options demo;
        demo.data.products = 12;
        demo.data.suppliers = 2;
        QVERIFY_OK(DemoCatalog::load(db->connections(), root.path(), demo));
        const qint64 files = db->scalar(QStringLiteral("SELECT count(*) FROM images WHERE local_path IS NOT NULL")).toLongLong();
        QCOMPARE(files, 12);
        ConsistencyChecker checker(db->connections(), root.path());

        // Given a first check that read every file
        QVERIFY_OK(checker.check());
        QCOMPARE(checker.hashStats().hashed, files);
        QCOMPARE(checker.hashStats().reused, 0);
        // When nothing changed, the second reads none
        QVERIFY_OK(checker.check());
        QCOMPARE(checker.hashStats().hashed, 0);
        QCOMPARE(checker.hashStats().reused, files);

        // When one file grows and another only gets a new modification time
        const QString first
            = db->scalar(QStringLiteral("SELECT local_path FROM images WHERE local_path IS NOT NULL ORDER BY id LIMIT 1")).toString();
        const QString grown = root.filePath(first);
        const QString touched = root.filePath(
            db->scalar(QStringLiteral("SELECT local_path FROM images WHERE local_path IS NOT NULL AND local_path <> ? ORDER BY id LIMIT 1"),
                  { first })
                .toString());
        {
            QFile f(grown);
            QVERIFY(f.open(QIODevice::Append));
            f.write("tampered");
        }
        {
            QFile f(touched);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200), QFileDevice::FileModificationTime));
        }
        const Result<QList<ConsistencyChecker::Finding>> third = checker.check();
        QVERIFY_OK(third);
        // Then only those two are read, and the grown one is reported
        QCOMPARE(checker.hashStats().hashed, 2);
        QCOMPARE(checker.hashStats().reused, files - 2);
        QCOMPARE(countOf(third.value(), QStringLiteral("image_checksum_mismatch")), 1);
    }

    void shouldStopWhenCancelled_data() { engines(); }
    void shouldStopWhenCancelled()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        DemoCatalog::Options demo;
        demo.data.products = 10;
        demo.data.suppliers = 2;
        QVERIFY_OK(DemoCatalog::load(db->connections(), root.path(), demo));
        ConsistencyChecker checker(db->connections(), root.path());
        QList<qint64> seen;
        qint64 total = 0;
        int hashing = 0;
        // The operator cancels while the check is hashing files (the kind's start, then one per file)
        checker.setProgress([&](qint64 done, qint64 all, const QString &kind) {
            seen << done;
            total = all;
            return kind != QLatin1String("image_checksum_mismatch") || ++hashing < 3;
        });
        const Result<QList<ConsistencyChecker::Finding>> findings = checker.check();
        QVERIFY(!findings);
        QCOMPARE(findings.error().kind, ErrorKind::Cancelled);
        QCOMPARE(total, ConsistencyChecker::kinds().size() + 10);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QVERIFY(seen.constLast() < total);
        const Result<QList<SyncRecord>> jobs = SyncRecordRepository(db->connections()).recent(1);
        QVERIFY_OK(jobs);
        QCOMPARE(jobs->first().kind, JobKind::Check);
        QCOMPARE(jobs->first().status, JobStatus::Cancelled);
        // and an uncancelled check afterwards runs to the end, reporting every step
        seen.clear();
        checker.setProgress([&](qint64 done, qint64, const QString &) {
            seen << done;
            return true;
        });
        QVERIFY_OK(checker.check());
        QCOMPARE(seen.constLast(), total);
    }
};

CATALOG_TEST_GUILESS_MAIN(ConsistencyCheckerTest)
#include "tst_consistencychecker.moc"
