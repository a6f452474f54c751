// Maintenance ▸ Purge…: the dialog counts what the limits remove off the GUI thread and only then
// lets the operator purge; the purge runs on the JobRunner and the pages are told to reload. The
// consistency dialog shows a check's progress and stops it on request.

#include "consistencydialog.h"
#include "fixtures.h"
#include "interfacelanguage.h"
#include "jobrunner.h"
#include "progresspanel.h"
#include "purgedialog.h"
#include "purgelauncher.h"
#include "repositories/productrepository.h"
#include "repositories/syncrecordrepository.h"
#include "db/sqldialect.h"
#include "testdatabase.h"
#include "testmain.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

// `count` products, the first `deleted` of them soft-deleted 200 days ago, and three old jobs.
bool seedCatalog(TestDatabase &db, int count, int deleted)
{
    QList<Product> products;
    for (int i = 0; i < count; ++i)
        products << minimalProduct(QStringLiteral("PG-%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Enamel mug %1").arg(i));
    if (!ProductRepository(db.connections()).upsert(products))
        return false;
    const QVariant old = db.connections().dialect().bindTimestamp(QDateTime::currentDateTimeUtc().addDays(-200));
    bool ok = db.exec(QStringLiteral("UPDATE products SET deleted_at = ? WHERE id IN (SELECT id FROM products ORDER BY id LIMIT %1)").arg(deleted),
        { old });
    for (int i = 0; i < 3; ++i)
        ok = ok
            && db.exec(QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status, start_time, end_time) VALUES (?, 'import', "
                                      "'completed', ?, ?)"),
                { QStringLiteral("old-%1").arg(i), old, old });
    return ok;
}

} // namespace

class PurgeDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Given old deleted products and jobs, the dialog shows what purge removes before it can run;
    // confirming purges on the JobRunner and the catalog is reloaded.
    void shouldPreviewBeforePurging_data() { engines(); }
    void shouldPreviewBeforePurging()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedCatalog(*db, 40, 12));
        QStatusBar bar;
        auto *panel = new ProgressPanel(&bar);
        JobRunner jobs(panel);
        QWidget window;
        PurgeLauncher launcher(jobs, &window);
        QSignalSpy finished(&launcher, &PurgeLauncher::finished);
        QSignalSpy changed(&launcher, &PurgeLauncher::catalogChanged);

        PurgeDialog *dialog = launcher.open(db->connections());
        QVERIFY(dialog);
        auto *purge = dialog->findChild<QPushButton *>(QStringLiteral("purgeButton"));
        QVERIFY(purge);
        QVERIFY(!purge->isEnabled()); // not before the preview
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasPreview(), 20000);
        QCOMPARE(dialog->preview()->products, 12);
        QCOMPARE(dialog->preview()->jobs, 3);
        const QString text = dialog->findChild<QLabel *>(QStringLiteral("purgePreview"))->text();
        QVERIFY2(text.contains(QStringLiteral("12 deleted products")), qPrintable(text));
        QVERIFY(purge->isEnabled());
        if (db->config().engine == Engine::SQLite)
            QVERIFY(saveScreenshot(dialog, QStringLiteral("screenshot-purgedialog")));

        // When the jobs part is switched off, the preview is counted again without them
        const QList<QCheckBox *> checks = dialog->findChildren<QCheckBox *>();
        QCOMPARE(checks.size(), 3);
        checks.at(2)->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasPreview() && dialog->preview()->jobs == 0, 20000);
        QVERIFY(!dialog->options().jobsOlderThanDays);

        // Then Purge runs the job: the products go, the jobs stay, the journal has it
        purge->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(changed.size(), 1);
        QVERIFY2(finished.first().first().toString().contains(QStringLiteral("12 products")),
            qPrintable(finished.first().first().toString()));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 28);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE task_id LIKE 'old-%'")).toInt(), 3);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE operation_type = 'purge' AND status = 'completed'")).toInt(), 1);
        QVERIFY(jobs.shutdown());
    }

    // A check blocked behind a lock is stopped from the dialog: it ends cancelled and changes nothing.
    void shouldStopACheckFromTheDialog()
    {
        if (!TestDatabase::postgresAvailable() && qEnvironmentVariable("CI") != QLatin1String("true"))
            QSKIP("PostgreSQL is not available (CATALOG_TEST_PG_URL); SQLite readers are never blocked");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seedCatalog(*db, 5, 0));
        // Hold the products table so the check waits at its first look at it
        QVERIFY(db->exec(QStringLiteral("BEGIN")));
        QVERIFY(db->exec(QStringLiteral("LOCK TABLE products IN ACCESS EXCLUSIVE MODE")));
        ConsistencyDialog dialog(db->connections());
        dialog.show();
        auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("stopCheck"));
        QVERIFY(stop);
        // (pg_stat_activity is read once per transaction unless the snapshot is cleared)
        const auto waiting = [&db] {
            return db->exec(QStringLiteral("SELECT pg_stat_clear_snapshot()"))
                && db->scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = "
                                             "current_database()"))
                       .toInt()
                > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waiting(), 20000);
        QVERIFY(stop->isVisible());
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("checkProgress"))->isVisible());
        stop->click();
        QVERIFY(db->exec(QStringLiteral("ROLLBACK")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        QVERIFY(!stop->isVisible());
        const Result<QList<SyncRecord>> recent = SyncRecordRepository(db->connections()).recent(1);
        QVERIFY_OK(recent);
        QCOMPARE(recent->first().kind, JobKind::Check);
        QCOMPARE(recent->first().status, JobStatus::Cancelled);
    }
};

CATALOG_TEST_MAIN(PurgeDialogTest)
#include "tst_purgedialog.moc"
