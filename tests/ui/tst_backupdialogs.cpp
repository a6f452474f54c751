// Issue 21 in the window: Maintenance ▸ Back Up offers a full or an incremental backup, Clean Up
// Backups shows each incremental set with its parent, and the dashboard's "Newest backup" tile
// shows the newest set's age, kind and size. Screenshots for a person to look at.

#include "backupcontroller.h"
#include "dashboardwindow.h"
#include "interfacelanguage.h"
#include "jobrunner.h"
#include "maintenance/backupmanager.h"
#include "maintenance/healthchecker.h"
#include "progresspanel.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace catalog;
using namespace catalog::test;

class BackupDialogsTest : public QObject
{
    Q_OBJECT

private:
    // Runs `inspect` on the modal dialog `open` shows, then closes it.
    template <typename Open, typename Inspect> void withModalDialog(Open open, Inspect inspect)
    {
        bool seen = false;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll.stop();
            seen = true;
            inspect(dialog);
            dialog->reject();
        });
        poll.start();
        open();
        QVERIFY(seen);
    }

private slots:
    void shouldOfferAFullOrAnIncrementalBackup()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QWidget window;
        ProgressPanel panel;
        JobRunner jobs(&panel);
        BackupController controller(jobs, &window);
        QStringList kinds;
        withModalDialog([&] { controller.backUp(db->connections()); },
            [&](QDialog *dialog) {
                auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("backupKind"));
                QVERIFY(kind);
                for (int i = 0; i < kind->count(); ++i)
                    kinds << kind->itemText(i);
                kind->setCurrentIndex(1);
                QVERIFY(saveScreenshot(dialog, QStringLiteral("backup-dialog-incremental")));
            });
        QCOMPARE(kinds.size(), 2);
        QVERIFY(kinds.at(0).startsWith(QStringLiteral("Full")));
        QVERIFY(kinds.at(1).startsWith(QStringLiteral("Incremental")));
    }

    void shouldShowChainsInTheCleanUpList()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QTemporaryDir storage;
        BackupManager manager(db->connections());
        auto full = manager.backup({ storage.path(), false, {}, {}, false });
        QVERIFY_OK(full);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO suppliers (source_id, name) VALUES ('S-1', 'one')")));
        auto incremental = manager.backup({ storage.path(), false, {}, {}, true });
        QVERIFY_OK(incremental);
        QSettings().setValue(QStringLiteral("backup/folder"), storage.path());
        QWidget window;
        ProgressPanel panel;
        JobRunner jobs(&panel);
        BackupController controller(jobs, &window);
        QStringList lines;
        withModalDialog([&] { controller.cleanUp(); },
            [&](QDialog *dialog) {
                auto *list = dialog->findChild<QListWidget *>();
                QVERIFY(list);
                for (int i = 0; i < list->count(); ++i)
                    lines << list->item(i)->text();
                dialog->resize(900, 400);
                QVERIFY(saveScreenshot(dialog, QStringLiteral("backup-cleanup-chain")));
            });
        QSettings().remove(QStringLiteral("backup/folder"));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QStringLiteral("incremental of ") + full->setName()),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.at(1).contains(QStringLiteral("full")), qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void shouldShowTheNewestBackupOnTheDashboard()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QTemporaryDir storage;
        auto manifest = BackupManager(db->connections())
                            .backup({ storage.filePath(QStringLiteral("backups")), false, {}, {}, false });
        QVERIFY_OK(manifest);
        DashboardWindow dashboard(db->connections());
        dashboard.resize(1400, 900);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        HealthChecker::Options options;
        options.storageRoot = storage.path();
        options.warningFreeBytes = 0;
        options.criticalFreeBytes = 0;
        dashboard.showHealth(HealthChecker(db->connections(), options).check());
        const QString tile = dashboard.tileText(QStringLiteral("backup"));
        QVERIFY2(tile.contains(QStringLiteral("< 1 h ago")) && tile.contains(QStringLiteral("full")), qPrintable(tile));
        auto *detail = dashboard.findChild<QLabel *>(QStringLiteral("tileDetail_backup"));
        QVERIFY(detail);
        QVERIFY2(detail->toolTip().contains(manifest->setName()), qPrintable(detail->toolTip()));
        QVERIFY(saveScreenshot(&dashboard, QStringLiteral("dashboard-newest-backup")));
    }
};

CATALOG_TEST_MAIN(BackupDialogsTest)
#include "tst_backupdialogs.moc"
