// Purge removes exactly what the retention limits name, on both engines: products soft-deleted long
// ago with their image rows, files and history (a file another row names stays), history versions
// beyond the newest N, old job records; supplier counts stay true; a dry run writes nothing; a
// cancel keeps the committed batches; every run is journaled.

#include "config/retentionsettings.h"
#include "db/sqldialect.h"
#include "images/democatalog.h"
#include "maintenance/consistencychecker.h"
#include "maintenance/purgejob.h"
#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Every row of the tables purge touches, hashed: equal before and after means nothing was written.
QByteArray tableChecksum(TestDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const Result<QSqlDatabase> connection = db.connections().connection();
    if (!connection)
        return {};
    for (const QString &table : { QStringLiteral("suppliers"), QStringLiteral("products"), QStringLiteral("images"),
             QStringLiteral("product_history"), QStringLiteral("supplier_history"), QStringLiteral("sync_records") }) {
        QSqlQuery q(connection.value());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            return {};
        hash.addData(table.toUtf8());
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
        }
    }
    return hash.result();
}

QVariant longAgo(TestDatabase &db, int days)
{
    return db.connections().dialect().bindTimestamp(QDateTime::currentDateTimeUtc().addDays(-days));
}

qint64 count(TestDatabase &db, const QString &sql)
{
    return db.scalar(sql).toLongLong();
}

const QString kWrongCounts = QStringLiteral(
    "SELECT count(*) FROM suppliers s WHERE s.product_count <> (SELECT count(*) FROM products p WHERE p.supplier_id = "
    "s.id AND p.deleted_at IS NULL)");

} // namespace

class PurgeJobTest : public QObject
{
    Q_OBJECT

    // A demo catalog with pictures; the products of the first `old` ids soft-deleted 200 days ago,
    // the next `recent` ones deleted just now.
    bool seed(TestDatabase &db, const QString &root, int products, int old, int recent)
    {
        DemoCatalog::Options options;
        options.data.products = products;
        options.data.suppliers = 4;
        if (!DemoCatalog::load(db.connections(), root, options))
            return false;
        const QString lowest = QStringLiteral("(SELECT id FROM products ORDER BY id LIMIT %1)");
        return db.exec(QStringLiteral("UPDATE products SET deleted_at = ? WHERE id IN %1").arg(lowest.arg(old)), { longAgo(db, 200) })
            && db.exec(QStringLiteral("UPDATE products SET deleted_at = ? WHERE deleted_at IS NULL AND id IN %1")
                           .arg(lowest.arg(old + recent)),
                { longAgo(db, 0) });
    }

private slots:
    void shouldPurgeOldDeletedProductsWithTheirImagesFilesAndHistory_data() { engines(); }
    void shouldPurgeOldDeletedProductsWithTheirImagesFilesAndHistory()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        QVERIFY(seed(*db, root.path(), 30, 8, 3));
        // A kept product's image names the file of a purged product's main image: that file stays.
        const QString shared = db->scalar(QStringLiteral("SELECT local_path FROM images WHERE product_id = (SELECT min(id) FROM "
                                                         "products) AND local_path IS NOT NULL"))
                                   .toString();
        QVERIFY(!shared.isEmpty());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO images (product_id, url, image_type, local_path) VALUES ((SELECT max(id) FROM "
                                        "products), 'https://img.example.com/shared.jpg', 'detail', ?)"),
            { shared }));
        const QString purgedSet = QStringLiteral("(SELECT id FROM products WHERE deleted_at < ?)");
        const QVariant cutoff = longAgo(*db, 90);
        const qint64 images = db->scalar(QStringLiteral("SELECT count(*) FROM images WHERE product_id IN %1").arg(purgedSet), { cutoff }).toLongLong();
        const qint64 history = db->scalar(QStringLiteral("SELECT count(*) FROM product_history WHERE product_id IN %1").arg(purgedSet), { cutoff }).toLongLong();
        QVERIFY(images >= 8);
        QVERIFY(history >= 8);
        const QStringList filesBefore = filesUnder(root.path() + QStringLiteral("/images"));

        // When purging products deleted more than 90 days ago, in batches of 3
        PurgeJob job(db->connections(), root.path());
        PurgeJob::Options options;
        options.deletedOlderThanDays = 90;
        options.batchSize = 3;
        const Result<PurgeCounts> preview = job.preview(options);
        QVERIFY_OK(preview);
        QList<qint64> progress;
        const Result<PurgeReport> report = job.run(options, [&](qint64 done, qint64) {
            progress << done;
            return true;
        });
        QVERIFY_OK(report);

        // Then the preview said what the run did, the 8 old ones are gone with their image rows and history
        QCOMPARE(report->counts.toJson(), preview->toJson());
        QCOMPARE(report->counts.products, 8);
        QCOMPARE(report->counts.images, images);
        QCOMPARE(report->counts.productHistory, history);
        QCOMPARE(report->batches, 3);
        QCOMPARE(progress, (QList<qint64> { 0, 3, 6, 8 }));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM products")), 22);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM products WHERE deleted_at IS NOT NULL")), 3);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM images WHERE product_id NOT IN (SELECT id FROM products)")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM product_history WHERE product_id NOT IN (SELECT id FROM products)")), 0);
        QCOMPARE(count(*db, kWrongCounts), 0);
        // and the files only they named are deleted; the shared one and every kept row's file stay
        const QStringList filesAfter = filesUnder(root.path() + QStringLiteral("/images"));
        QVERIFY(report->counts.imageFiles > 0);
        QCOMPARE(filesBefore.size() - filesAfter.size(), report->counts.imageFiles);
        QCOMPARE(report->filesKept, 1);
        QVERIFY(QFileInfo::exists(root.path() + QLatin1Char('/') + shared));
        const Result<QList<ConsistencyChecker::Finding>> findings = ConsistencyChecker(db->connections(), root.path()).check();
        QVERIFY_OK(findings);
        for (const auto &f : findings.value()) {
            if (f.kind == QLatin1String("image_file_missing") || f.kind == QLatin1String("wrong_product_count"))
                QVERIFY2(f.count == 0, qPrintable(f.kind));
        }
        // and the run is journaled
        const Result<SyncRecord> journal = SyncRecordRepository(db->connections()).findById(report->syncRecordId);
        QVERIFY_OK(journal);
        QCOMPARE(journal->kind, JobKind::Purge);
        QCOMPARE(journal->status, JobStatus::Completed);
        QCOMPARE(journal->successCount, report->counts.rows());
    }

    void shouldKeepTheNewestVersionsAndEverythingRecent_data() { engines(); }
    void shouldKeepTheNewestVersionsAndEverythingRecent()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO products (source_id, title) VALUES ('many', 'v0'), ('few', 'v0')")));
        for (int i = 1; i <= 30; ++i)
            QVERIFY(db->exec(QStringLiteral("UPDATE products SET title = ? WHERE source_id = 'many'"), { QStringLiteral("v%1").arg(i) }));
        for (int i = 1; i <= 5; ++i)
            QVERIFY(db->exec(QStringLiteral("UPDATE products SET title = ? WHERE source_id = 'few'"), { QStringLiteral("v%1").arg(i) }));
        const QString many = QStringLiteral("SELECT count(*) FROM product_history WHERE product_id = (SELECT id FROM products WHERE source_id = 'many')");
        const qint64 manyBefore = count(*db, many);
        QCOMPARE(manyBefore, 31); // the insert and 30 updates
        // Given every version but the newest three of "many" two years old
        QVERIFY(db->exec(QStringLiteral("UPDATE product_history SET changed_at = ? WHERE id NOT IN (SELECT id FROM product_history "
                                        "WHERE product_id = (SELECT id FROM products WHERE source_id = 'many') ORDER BY id DESC LIMIT 3)"),
            { longAgo(*db, 730) }));

        PurgeJob job(db->connections(), QDir::tempPath());
        PurgeJob::Options options;
        options.historyOlderThanDays = 365;
        options.historyKeepLast = 20;
        const Result<PurgeReport> report = job.run(options);
        QVERIFY_OK(report);

        // Then "many" keeps its newest 20, "few" all 6, the products themselves stay
        QCOMPARE(report->counts.historyVersions, manyBefore - 20);
        QCOMPARE(count(*db, many), 20);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM product_history WHERE product_id = (SELECT id FROM products WHERE source_id = 'few')")), 6);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM products")), 2);

        // With no version kept by number, the three recent ones of "many" still stay
        options.historyKeepLast = 0;
        QVERIFY_OK(job.run(options));
        QCOMPARE(count(*db, many), 3);
    }

    void shouldPurgeOldFinishedJobsOnly_data() { engines(); }
    void shouldPurgeOldFinishedJobsOnly()
    {
        OPEN_TEST_DATABASE(db);
        const QString insert = QStringLiteral(
            "INSERT INTO sync_records (task_id, operation_type, status, start_time, end_time) VALUES (?, 'import', ?, ?, ?)");
        QVERIFY(db->exec(insert, { QStringLiteral("old-done"), QStringLiteral("completed"), longAgo(*db, 400), longAgo(*db, 399) }));
        QVERIFY(db->exec(insert, { QStringLiteral("old-failed"), QStringLiteral("failed"), longAgo(*db, 200), longAgo(*db, 200) }));
        QVERIFY(db->exec(insert, { QStringLiteral("old-running"), QStringLiteral("running"), longAgo(*db, 400), QVariant() }));
        QVERIFY(db->exec(insert, { QStringLiteral("recent"), QStringLiteral("completed"), longAgo(*db, 10), longAgo(*db, 10) }));

        PurgeJob::Options options;
        options.jobsOlderThanDays = 180;
        const Result<PurgeReport> report = PurgeJob(db->connections(), QDir::tempPath()).run(options);
        QVERIFY_OK(report);

        QCOMPARE(report->counts.jobs, 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sync_records WHERE task_id LIKE 'old-%'")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sync_records WHERE task_id IN ('old-running', 'recent')")), 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sync_records WHERE operation_type = 'purge' AND status = 'completed'")), 1);
    }

    void shouldWriteNothingOnADryRun_data() { engines(); }
    void shouldWriteNothingOnADryRun()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        QVERIFY(seed(*db, root.path(), 20, 6, 2));
        QVERIFY(db->exec(QStringLiteral("UPDATE product_history SET changed_at = ?"), { longAgo(*db, 400) }));
        QVERIFY(db->exec(QStringLiteral("UPDATE sync_records SET start_time = ?, end_time = ?"), { longAgo(*db, 400), longAgo(*db, 400) }));
        const QByteArray before = tableChecksum(*db);
        QVERIFY(!before.isEmpty());
        const QStringList files = filesUnder(root.path());

        PurgeJob job(db->connections(), root.path());
        PurgeJob::Options options = PurgeJob::Options::fromSettings({});
        options.historyKeepLast = 0;
        options.dryRun = true;
        const Result<PurgeReport> report = job.run(options);
        QVERIFY_OK(report);

        QVERIFY(report->dryRun);
        QCOMPARE(report->counts.products, 6);
        QVERIFY(report->counts.historyVersions > 0);
        QVERIFY(report->counts.jobs > 0);
        QCOMPARE(report->syncRecordId, 0);
        QCOMPARE(tableChecksum(*db), before);
        QCOMPARE(filesUnder(root.path()), files);
        // and a real run then removes what the dry run counted
        options.dryRun = false;
        const Result<PurgeReport> real = job.run(options);
        QVERIFY_OK(real);
        QCOMPARE(real->counts.toJson(), report->counts.toJson());
    }

    void shouldKeepCommittedBatchesWhenCancelled_data() { engines(); }
    void shouldKeepCommittedBatchesWhenCancelled()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        QVERIFY(seed(*db, root.path(), 24, 20, 0));
        PurgeJob job(db->connections(), root.path());
        PurgeJob::Options options;
        options.deletedOlderThanDays = 30;
        options.batchSize = 4;
        int calls = 0;
        // When the operator cancels after the second batch
        const Result<PurgeReport> report = job.run(options, [&](qint64, qint64) { return ++calls <= 2; });
        QVERIFY_OK(report);

        // Then two batches are purged and stay purged, the rest is untouched and consistent
        QVERIFY(report->cancelled);
        QCOMPARE(report->batches, 2);
        QCOMPARE(report->counts.products, 8);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM products WHERE deleted_at IS NOT NULL")), 12);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM product_history WHERE product_id NOT IN (SELECT id FROM products)")), 0);
        QCOMPARE(count(*db, kWrongCounts), 0);
        const Result<SyncRecord> journal = SyncRecordRepository(db->connections()).findById(report->syncRecordId);
        QVERIFY_OK(journal);
        QCOMPARE(journal->status, JobStatus::Cancelled);
        QVERIFY(journal->errorDetails.first().toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("cancelled")));
        // and running again purges the rest
        const Result<PurgeReport> rest = job.run(options);
        QVERIFY_OK(rest);
        QCOMPARE(rest->counts.products, 12);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM products")), 4);
    }

    void shouldRefuseMeaninglessOptions()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        PurgeJob job(db->connections(), QDir::tempPath());
        PurgeJob::Options none;
        QCOMPARE(job.run(none).error().kind, ErrorKind::Validation);
        PurgeJob::Options zero;
        zero.deletedOlderThanDays = 0;
        QCOMPARE(job.preview(zero).error().kind, ErrorKind::Validation);
        PurgeJob::Options batch;
        batch.jobsOlderThanDays = 10;
        batch.batchSize = 0;
        QCOMPARE(job.run(batch).error().kind, ErrorKind::Validation);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sync_records")), 0);
    }
};

CATALOG_TEST_GUILESS_MAIN(PurgeJobTest)
#include "tst_purgejob.moc"
