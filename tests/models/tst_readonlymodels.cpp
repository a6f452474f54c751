// The images and sync-history browsers: read-only paged models, under QAbstractItemModelTester.

#include "repositories/imagerepository.h"
#include "imagetablemodel.h"
#include "repositories/productrepository.h"
#include "repositories/syncrecordrepository.h"
#include "syncrecordtablemodel.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

class ReadOnlyModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void imagesShouldListNewestFirstAndRefuseEdits_data() { engines(); }
    void imagesShouldListNewestFirstAndRefuseEdits()
    {
        OPEN_TEST_DATABASE(db);
        Product p;
        p.sourceId = QStringLiteral("P-1");
        p.title = QStringLiteral("Teapot");
        const auto product = ProductRepository(db->connections()).create(p);
        QVERIFY_OK(product);
        ImageRepository images(db->connections());
        for (int i = 0; i < 130; ++i) {
            ImageRecord r;
            r.productId = product->id;
            r.url = QStringLiteral("https://img.example.com/p1/%1.jpg").arg(i);
            r.imageType = i == 0 ? QStringLiteral("main") : QStringLiteral("detail");
            QVERIFY_OK(images.add(r));
        }

        ImageTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(50);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QCOMPARE(model.rowCount(), 130);
        const QModelIndex first = model.index(0, ImageTableModel::UrlColumn);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(first, PagedTableModel::LoadedRole).toBool(), 10000);
        QCOMPARE(model.data(first).toString(), QStringLiteral("https://img.example.com/p1/129.jpg"));
        const QModelIndex last = model.index(129, ImageTableModel::TypeColumn);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(last, PagedTableModel::LoadedRole).toBool(), 10000);
        QCOMPARE(model.data(last).toString(), QStringLiteral("Main"));
        QCOMPARE(model.data(model.index(129, ImageTableModel::StoredColumn)).toString(),
            QStringLiteral("not downloaded"));

        QVERIFY(!(model.flags(first) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(first, QStringLiteral("https://elsewhere.example.com/x.jpg")));
        QVERIFY(!model.insertRows(model.rowCount(), 1));
        QCOMPARE(model.duplicateRow(0), -1);
        QCOMPARE(model.pendingChangeCount(), 0);
    }

    void syncHistoryShouldShowJobsNewestFirst_data() { engines(); }
    void syncHistoryShouldShowJobsNewestFirst()
    {
        OPEN_TEST_DATABASE(db);
        SyncRecordRepository journal(db->connections());
        const auto import = journal.start(JobKind::Import, 100);
        QVERIFY_OK(import);
        QVERIFY_OK(journal.finish(import->id, JobStatus::Failed, 98, 2,
            QJsonArray { QJsonObject {
                { QStringLiteral("line"), 7 }, { QStringLiteral("field"), QStringLiteral("price_min") } } }));
        QTest::qWait(20); // distinct start times
        const auto backup = journal.start(JobKind::Backup);
        QVERIFY_OK(backup);

        SyncRecordTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QCOMPARE(model.rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(0, 0), PagedTableModel::LoadedRole).toBool(), 10000);
        QCOMPARE(model.data(model.index(0, SyncRecordTableModel::OperationColumn)).toString(),
            QStringLiteral("Backup"));
        QCOMPARE(model.data(model.index(0, SyncRecordTableModel::StatusColumn)).toString(),
            QStringLiteral("Running"));
        QCOMPARE(model.data(model.index(1, SyncRecordTableModel::OperationColumn)).toString(),
            QStringLiteral("Import"));
        QCOMPARE(
            model.data(model.index(1, SyncRecordTableModel::ErrorColumn)).toString(), QStringLiteral("2"));
        QVERIFY(model.data(model.index(1, SyncRecordTableModel::StatusColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("price_min")));

        // Sorted the other way: oldest first
        model.sort(SyncRecordTableModel::StartColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(0, 0), PagedTableModel::LoadedRole).toBool(), 10000);
        QCOMPARE(model.data(model.index(0, SyncRecordTableModel::OperationColumn)).toString(),
            QStringLiteral("Import"));
        // Columns that the journal cannot sort by are ignored
        model.sort(SyncRecordTableModel::OperationColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(SyncRecordTableModel::StartColumn));
    }
};

CATALOG_TEST_GUILESS_MAIN(ReadOnlyModelsTest)
#include "tst_readonlymodels.moc"
