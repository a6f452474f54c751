// Every job writes a sync_records row like import and backup do (issue 21): export, optimise, demo
// data, the consistency check's repairs and purge, on both engines; a refused demo load writes none.

#include "demo/demodata.h"
#include "maintenance/consistencychecker.h"
#include "maintenance/databaseoptimizer.h"
#include "maintenance/purgejob.h"
#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"
#include "transfer/productexporter.h"

#include "testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

// The newest journal row of a kind.
std::optional<SyncRecord> newest(TestDatabase &db, JobKind kind)
{
    const Result<QList<SyncRecord>> rows = SyncRecordRepository(db.connections()).recent(100);
    if (!rows)
        return std::nullopt;
    for (const SyncRecord &r : rows.value()) {
        if (r.kind == kind)
            return r;
    }
    return std::nullopt;
}

} // namespace

class JobJournalTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldJournalEveryKindOfJob_data() { engines(); }
    void shouldJournalEveryKindOfJob()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;

        // Demo data
        DemoData::Options demo;
        demo.products = 40;
        demo.suppliers = 4;
        QVERIFY_OK(DemoData::load(db->connections(), demo));
        auto row = newest(*db, JobKind::DemoData);
        QVERIFY(row);
        QCOMPARE(row->status, JobStatus::Completed);
        QCOMPARE(row->successCount, 44);
        QCOMPARE(row->totalCount, 44);

        // A refused load (the catalog is not empty) is no job
        const qint64 jobs = db->scalar(QStringLiteral("SELECT count(*) FROM sync_records")).toLongLong();
        QCOMPARE(DemoData::load(db->connections(), demo).error().kind, ErrorKind::Validation);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records")).toLongLong(), jobs);

        // Export
        ProductExporter::Options exportOptions;
        const auto exported = ProductExporter(db->connections()).exportTo(dir.filePath(QStringLiteral("p.csv")), exportOptions);
        QVERIFY_OK(exported);
        row = newest(*db, JobKind::Export);
        QVERIFY(row);
        QCOMPARE(row->status, JobStatus::Completed);
        QCOMPARE(row->successCount, 40);
        // a cancelled export says so
        const auto cancelled = ProductExporter(db->connections())
                                   .exportTo(dir.filePath(QStringLiteral("q.csv")), exportOptions, [](qint64, qint64) { return false; });
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(newest(*db, JobKind::Export)->status, JobStatus::Cancelled);

        // Optimise
        QVERIFY_OK(DatabaseOptimizer(db->connections()).optimize());
        row = newest(*db, JobKind::Optimize);
        QVERIFY(row);
        QCOMPARE(row->status, JobStatus::Completed);

        // A repair
        QVERIFY(db->exec(QStringLiteral("UPDATE suppliers SET product_count = product_count + 5")));
        const auto repaired = ConsistencyChecker(db->connections(), dir.path()).repair(QStringLiteral("wrong_product_count"));
        QVERIFY_OK(repaired);
        row = newest(*db, JobKind::Repair);
        QVERIFY(row);
        QCOMPARE(row->status, JobStatus::Completed);
        QCOMPARE(row->successCount, 4);
        QCOMPARE(row->errorCount, 0);
        QCOMPARE(row->errorDetails.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("wrong_product_count"));
        // an unknown kind is refused before any job starts
        const qint64 repairs = db->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE operation_type = 'repair'")).toLongLong();
        QCOMPARE(ConsistencyChecker(db->connections(), dir.path()).repair(QStringLiteral("nonsense")).error().kind, ErrorKind::Validation);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE operation_type = 'repair'")).toLongLong(), repairs);

        // Purge
        PurgeJob::Options purge;
        purge.jobsOlderThanDays = 30;
        QVERIFY_OK(PurgeJob(db->connections(), dir.path()).run(purge));
        row = newest(*db, JobKind::Purge);
        QVERIFY(row);
        QCOMPARE(row->status, JobStatus::Completed);

        // Nothing is left running
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE status = 'running'")).toLongLong(), 0);
    }
};

CATALOG_TEST_GUILESS_MAIN(JobJournalTest)
#include "tst_jobjournal.moc"
