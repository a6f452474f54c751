// Issue 19: the interface language switches while Catalog Admin runs (View ▸ Language), and the
// texts that come from storage/ (validation reasons, backup progress, import warnings) follow it.
// Offscreen, with a screenshot of the window after a live switch to Simplified Chinese.

#include "dashboardoverviewtab.h"
#include "dashboardwindow.h"
#include "importdialog.h"
#include "importdiffmodel.h"
#include "importdiffpage.h"
#include "interfacelanguage.h"
#include "jobrunner.h"
#include "languageswitcher.h"
#include "maintenance/backupmanager.h"
#include "mainwindow.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "progresspanel.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"
#include "transfer/productimporter.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace catalog;
using namespace catalog::test;

namespace {

bool seedCatalog(TestDatabase &db, int count)
{
    Supplier s;
    s.sourceId = QStringLiteral("S-1");
    s.name = QStringLiteral("义乌市恒达日用品厂");
    if (!SupplierRepository(db.connections()).upsert({ s }))
        return false;
    QList<Product> products;
    for (int i = 0; i < count; ++i) {
        Product p;
        p.sourceId = QStringLiteral("P-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        p.title = QStringLiteral("不锈钢保温杯 500ml #%1").arg(i + 1);
        p.priceMin = Decimal2::fromHundredths(1250 + i);
        p.priceMax = Decimal2::fromHundredths(1890 + i);
        p.syncStatus = i % 3 == 0 ? QStringLiteral("failed") : QStringLiteral("synced");
        products << p;
    }
    return ProductRepository(db.connections()).upsert(products).ok();
}

bool hasChinese(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

QAction *menuAction(MainWindow &window, int menu)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    return menu < menus.size() ? menus.at(menu) : nullptr;
}

// View ▸ Language ▸ `title`, looked up anew each time: the menus are built again on a switch.
QAction *languageAction(MainWindow &window, const QString &title)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (!a->menu())
                continue;
            for (QAction *choice : a->menu()->actions()) {
                if (choice->text() == title)
                    return choice;
            }
        }
    }
    return nullptr;
}

QString writeImportFile(const QTemporaryDir &dir)
{
    QString path = dir.filePath(QStringLiteral("switch.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("source_id,title,price_min,price_max,sync_status\n"
               "N-1,\"Lunch box\nblue\",5,8,pending\n"
               "N-2,,5,8,pending\n");
    return path;
}

QPushButton *buttonNamed(ImportDialog &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// The rejected row's reason as the Review changes page shows it.
QString reviewedRejection(TestDatabase &db, const QString &path)
{
    ProgressPanel panel;
    JobRunner jobs(&panel);
    ImportDialog dialog;
    dialog.setPath(path);
    dialog.setDiffSource(jobs, db.connections());
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return {};
    QPushButton *review = buttonNamed(dialog, ImportDialog::tr("Review changes…"));
    if (!review)
        return {};
    QSignalSpy compared(dialog.diffPage(), &ImportDiffPage::compared);
    review->click();
    if (!QTest::qWaitFor([&] { return compared.size() == 1; }, 30000))
        return {};
    ImportDiffModel *model = dialog.diffPage()->model();
    const QModelIndex rejected = model->index(ImportDiffModel::RejectedGroup, 0);
    QString reason = model->index(0, ImportDiffModel::FileColumn, rejected).data().toString();
    jobs.shutdown();
    return reason;
}

} // namespace

class tst_LanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(LanguageSwitcher::instance().apply(QStringLiteral("en"))); }
    void cleanup()
    {
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
        LanguageSwitcher::saveLanguage(QString());
    }

    void shouldSwitchTheOpenWindowToChineseAndBackKeepingItsState()
    {
        // Given the window in English with a filter typed, a pending edit and the grid scrolled
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seedCatalog(*db, 150));
        MainWindow window(db->connections());
        window.resize(1360, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductsPage *page = window.productsPage();
        PagedTableModel *model = page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 150, 20000);
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("productSearch"));
        QVERIFY(search);
        search->setText(QStringLiteral("保温杯")); // keyClicks types Latin-1 only
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 150, 20000);
        QVERIFY(model->setData(
            model->index(1, ProductTableModel::TitleColumn), QStringLiteral("Edited, not saved")));
        QVERIFY(model->hasPendingChanges());
        page->view()->scrollTo(model->index(90, 0));
        const int scrolled = page->view()->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        QCOMPARE(menuAction(window, 0)->text(), MainWindow::tr("&File"));
        QCOMPARE(model->headerData(ProductTableModel::TitleColumn, Qt::Horizontal).toString(),
            QStringLiteral("Title"));
        QSignalSpy headers(model, &QAbstractItemModel::headerDataChanged);

        // When the operator chooses 简体中文 in View ▸ Language
        QAction *chinese = languageAction(window, QStringLiteral("简体中文"));
        QVERIFY(chinese);
        chinese->trigger();

        // Then menus, headers, filter bar and navigation are Chinese in the same window…
        QTRY_VERIFY_WITH_TIMEOUT(hasChinese(menuAction(window, 0)->text()), 10000);
        QCOMPARE(LanguageSwitcher::savedLanguage(), QStringLiteral("zh_CN"));
        QVERIFY(headers.size() >= 1);
        const QString title = model->headerData(ProductTableModel::TitleColumn, Qt::Horizontal).toString();
        QVERIFY2(hasChinese(title), qPrintable(title));
        QCOMPARE(page->view()->model()->headerData(ProductTableModel::TitleColumn, Qt::Horizontal).toString(),
            title);
        QVERIFY(hasChinese(search->placeholderText()));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(hasChinese(navigation->item(0)->text()));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled());
        // …which kept the filter, the pending edit, the page and the scroll position
        QCOMPARE(window.productsPage(), page);
        QCOMPARE(search->text(), QStringLiteral("保温杯"));
        QVERIFY(model->hasPendingChanges());
        QCOMPARE(model->index(1, ProductTableModel::TitleColumn).data().toString(),
            QStringLiteral("Edited, not saved"));
        QCOMPARE(page->view()->verticalScrollBar()->value(), scrolled);
        QCOMPARE(window.currentPage(), page);

        page->view()->selectRow(page->view()->rowAt(0) + 1); // the detail pane shows a product
        QTest::qWait(200); // lets the layouts take the new texts' sizes before the picture, as tst_mainwindow
        QVERIFY(saveScreenshot(&window, QStringLiteral("languageswitch-zh_CN")));

        // And an edit refused by storage's rules says why in Chinese
        QTRY_VERIFY_WITH_TIMEOUT(
            model->isIdle() && !model->data(model->index(2, ProductTableModel::TitleColumn)).toString().isEmpty(), 20000);
        QSignalSpy refused(model, &PagedTableModel::editRejected);
        QVERIFY(!model->setData(model->index(2, ProductTableModel::TitleColumn), QString()));
        QTRY_COMPARE(refused.size(), 1);
        const QString reason = refused.at(0).at(1).toString();
        QVERIFY2(hasChinese(reason), qPrintable(reason));

        // When the operator goes back to English
        QAction *english = languageAction(window, QStringLiteral("English"));
        QVERIFY(english);
        english->trigger();

        // Then everything reads English again, the edit still pending
        QTRY_COMPARE_WITH_TIMEOUT(menuAction(window, 0)->text(), QStringLiteral("&File"), 10000);
        QCOMPARE(model->headerData(ProductTableModel::TitleColumn, Qt::Horizontal).toString(),
            QStringLiteral("Title"));
        QCOMPARE(search->placeholderText(), QStringLiteral("Search title or source ID…"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Products"));
        QVERIFY(model->hasPendingChanges());
        model->revert();
    }

    // The dashboard open while the language changes: its tiles' titles (built with the tabs) follow,
    // on the same tab, and the figures are read again.
    void shouldRetranslateAnOpenDashboard()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        DashboardWindow dashboard(db->connections());
        QSignalSpy refreshed(&dashboard, &DashboardWindow::refreshed);
        dashboard.show();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1 && !dashboard.isRefreshing(), 20000);
        const auto labelTexts = [&dashboard] {
            QStringList texts;
            for (const QLabel *label : dashboard.findChildren<QLabel *>())
                texts << label->text();
            return texts;
        };
        QVERIFY2(labelTexts().contains(QStringLiteral("Products")), qPrintable(labelTexts().join(u'|')));
        dashboard.tabs()->setCurrentIndex(1);

        QVERIFY(LanguageSwitcher::instance().apply(QStringLiteral("zh_CN")));
        const QString products = DashboardOverviewTab::tr("Products");
        QVERIFY2(hasChinese(products), qPrintable(products));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 2 && !dashboard.isRefreshing(), 20000);
        QVERIFY2(labelTexts().contains(products), qPrintable(labelTexts().join(u'|')));
        QVERIFY(!labelTexts().contains(QStringLiteral("Products")));
        QCOMPARE(dashboard.tabs()->currentIndex(), 1);
        QVERIFY(hasChinese(dashboard.tabs()->tabText(0)));
        QVERIFY(saveScreenshot(&dashboard, QStringLiteral("languageswitch-dashboard-zh_CN")));

        QVERIFY(LanguageSwitcher::instance().apply(QStringLiteral("en")));
        QTRY_VERIFY_WITH_TIMEOUT(labelTexts().contains(QStringLiteral("Products")), 20000);
    }

    void shouldShowStorageValidationReasonsInTheCurrentLanguage()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QTemporaryDir dir;
        const QString path = writeImportFile(dir);

        // Given the interface switched to Chinese while running
        QVERIFY(LanguageSwitcher::instance().apply(QStringLiteral("zh_CN")));
        // When a file with a row without a title is reviewed, then the reason is Chinese
        const QString chinese = reviewedRejection(*db, path);
        QVERIFY2(hasChinese(chinese), qPrintable(chinese));
        QCOMPARE(chinese, QCoreApplication::translate("Validator", "is required"));

        // And after switching back, the same row's reason is English
        QVERIFY(LanguageSwitcher::instance().apply(QStringLiteral("en")));
        QCOMPARE(reviewedRejection(*db, path), QStringLiteral("is required"));
    }

    void shouldReportImportWarningsInTheCurrentLanguage_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldReportImportWarningsInTheCurrentLanguage()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = writeImportFile(dir);
        QVERIFY(LanguageSwitcher::instance().apply(QStringLiteral("zh_CN")));
        auto report = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 1);
        QCOMPARE(report->rejected, 1);
        QCOMPARE(report->errors.size(), 1);
        QVERIFY2(hasChinese(report->errors.at(0).message), qPrintable(report->errors.at(0).message));
        // The folded line break of N-1's title, reported as a warning of its line
        QVERIFY(!report->warnings.isEmpty());
        const QString warning = report->warnings.constLast();
        QVERIFY2(hasChinese(warning) && warning.contains(QStringLiteral("N-1")), qPrintable(warning));
    }

    void shouldReportBackupProgressInTheCurrentLanguage_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldReportBackupProgressInTheCurrentLanguage()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedCatalog(*db, 20));
        QTemporaryDir dir;
        QVERIFY(LanguageSwitcher::instance().apply(QStringLiteral("zh_CN")));
        QStringList stages;
        auto manifest = BackupManager(db->connections())
                            .backup({ dir.filePath(QStringLiteral("backups")), false, {}, {} },
                                [&](int, const QString &stage) {
                                    stages << stage;
                                    return true;
                                });
        QVERIFY_OK(manifest);
        QVERIFY(!stages.isEmpty());
        QCOMPARE(stages.constFirst(), QCoreApplication::translate("BackupManager", "Preparing the backup"));
        for (const QString &stage : std::as_const(stages))
            QVERIFY2(hasChinese(stage), qPrintable(stage));

        // And in English once switched back
        QVERIFY(LanguageSwitcher::instance().apply(QStringLiteral("en")));
        stages.clear();
        QVERIFY_OK(BackupManager(db->connections())
                       .backup({ dir.filePath(QStringLiteral("backups2")), false, {}, {} },
                           [&](int, const QString &stage) {
                               stages << stage;
                               return true;
                           }));
        QCOMPARE(stages.constFirst(), QStringLiteral("Preparing the backup"));
    }
};

CATALOG_TEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
