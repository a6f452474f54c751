// Bulk Edit…: the dialog's count and preview from the database, and the launcher's job.
#include "bulkeditdialog.h"
#include "bulkeditlauncher.h"
#include "fixtures.h"
#include "interfacelanguage.h"
#include "jobrunner.h"
#include "progresspanel.h"
#include "repositories/productrepository.h"
#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"
#include "testmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

bool seedProducts(TestDatabase &db, int count)
{
    QList<Product> products;
    for (int i = 0; i < count; ++i) {
        Product p = minimalProduct(QStringLiteral("BE-%1").arg(i, 4, 10, QLatin1Char('0')),
            i % 2 ? QStringLiteral("Stainless steel cup %1").arg(i)
                  : QStringLiteral("Cotton towel %1").arg(i));
        p.priceMin = Decimal2::fromHundredths(1000 + i);
        p.priceMax = Decimal2::fromHundredths(2500 + i);
        p.syncStatus = i % 3 ? QStringLiteral("synced") : QStringLiteral("failed");
        products << p;
    }
    return ProductRepository(db.connections()).upsert(products).ok();
}

} // namespace

class BulkEditDialogTest : public QObject
{
    Q_OBJECT

private slots:
    // Given a filter, the dialog counts the whole filtered set in the database and previews five
    // before/after rows computed there.
    void shouldCountAndPreviewInTheDatabase_data() { engines(); }
    void shouldCountAndPreviewInTheDatabase()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedProducts(*db, 1200));
        QStatusBar bar;
        auto *panel = new ProgressPanel(&bar);
        JobRunner jobs(panel);
        ProductFilter filter;
        filter.syncStatuses = { QStringLiteral("synced") };
        BulkEditDialog dialog(db->connections(), jobs, filter, {}, BulkEditLauncher::kPendingLimit);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.matched(), 800, 20000);
        QCOMPARE(dialog.status(), QStringLiteral("%1 products match").arg(QLocale().toString(800)));

        dialog.findChild<QComboBox *>(QStringLiteral("bulkPriceMode"))->setCurrentIndex(1); // percent
        dialog.findChild<QLineEdit *>(QStringLiteral("bulkPriceValue"))->setText(QStringLiteral("8"));
        dialog.findChild<QCheckBox *>(QStringLiteral("bulkStatusOn"))->setChecked(true);
        auto *status = dialog.findChild<QComboBox *>(QStringLiteral("bulkStatus"));
        status->setCurrentIndex(status->findData(QStringLiteral("pending")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.previewRows(), 5, 20000);
        QCOMPARE(dialog.previewText(0, 0), QStringLiteral("BE-0001"));
        QVERIFY2(dialog.previewText(0, 2).contains(QStringLiteral("10.01–25.01 CNY")),
            qPrintable(dialog.previewText(0, 2)));
        QVERIFY2(dialog.previewText(0, 3).contains(QStringLiteral("10.81–27.01 CNY")),
            qPrintable(dialog.previewText(0, 3)));
        QCOMPARE(dialog.edit().priceMode, BulkEdit::PriceMode::Percent);
        QVERIFY(!dialog.usesSelection());
        if (db->config().engine == Engine::SQLite)
            QVERIFY(saveScreenshot(&dialog, QStringLiteral("screenshot-bulkeditdialog")));
        dialog.reject();
        QVERIFY(jobs.shutdown());
    }

    // The same dialog in Simplified Chinese, for the README (screenshot-bulkeditdialog-zh_CN.png).
    void shouldSaveTheScreenshotInChinese()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seedProducts(*db, 1200));
        const InterfaceLanguage inLanguage(QStringLiteral("zh_CN"));
        QVERIFY(inLanguage.ok());
        QStatusBar bar;
        auto *panel = new ProgressPanel(&bar);
        JobRunner jobs(panel);
        ProductFilter filter;
        filter.syncStatuses = { QStringLiteral("synced") };
        BulkEditDialog dialog(db->connections(), jobs, filter, {}, BulkEditLauncher::kPendingLimit);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.matched(), 800, 20000);
        dialog.findChild<QComboBox *>(QStringLiteral("bulkPriceMode"))->setCurrentIndex(1); // percent
        dialog.findChild<QLineEdit *>(QStringLiteral("bulkPriceValue"))->setText(QStringLiteral("8"));
        dialog.findChild<QCheckBox *>(QStringLiteral("bulkStatusOn"))->setChecked(true);
        auto *status = dialog.findChild<QComboBox *>(QStringLiteral("bulkStatus"));
        status->setCurrentIndex(status->findData(QStringLiteral("pending")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.previewRows(), 5, 20000);
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("screenshot-bulkeditdialog-zh_CN")));
        dialog.reject();
        QVERIFY(jobs.shutdown());
    }

    // The launcher runs a large edit as a job on the runner: the database changes, a journal row is
    // written, and the pages are told to reload.
    void shouldRunTheJobAndAskForAReload_data() { engines(); }
    void shouldRunTheJobAndAskForAReload()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedProducts(*db, 1200));
        QStatusBar bar;
        auto *panel = new ProgressPanel(&bar);
        JobRunner jobs(panel);
        QWidget window;
        BulkEditLauncher launcher(jobs, &window);
        QSignalSpy finished(&launcher, &BulkEditLauncher::finished);
        QSignalSpy changed(&launcher, &BulkEditLauncher::catalogChanged);
        BulkScope scope;
        scope.filter.syncStatuses = { QStringLiteral("failed") };
        BulkEdit edit;
        edit.syncStatus = QStringLiteral("pending");
        launcher.setConnections(db->connections());
        launcher.apply(scope, edit, false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(changed.size(), 1);
        QVERIFY2(finished.at(0).at(0).toString().contains(QStringLiteral("400 changed")),
            qPrintable(finished.at(0).at(0).toString()));
        ProductFilter failed;
        failed.syncStatuses = { QStringLiteral("failed") };
        QCOMPARE(ProductRepository(db->connections()).count(failed).value(), 0);
        const auto journal = SyncRecordRepository(db->connections()).recent(1);
        QVERIFY_OK(journal);
        QCOMPARE(journal->at(0).kind, JobKind::BulkEdit);
        QVERIFY(jobs.shutdown());
    }
};

CATALOG_TEST_MAIN(BulkEditDialogTest)
#include "tst_bulkeditdialog.moc"
