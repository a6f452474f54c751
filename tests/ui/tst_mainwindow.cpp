// The main window on a real test database (SQLite and PostgreSQL), driven like an operator would:
// type into the filter, edit cells through the view's editors with key events, save with Ctrl+S.

#include "backupcontroller.h"
#include "consistencydialog.h"
#include "historydialog.h"
#include "importdialog.h"
#include "jobspage.h"
#include "mainwindow.h"
#include "repositories/productrepository.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "progresspanel.h"
#include "repositories/supplierrepository.h"
#include "supplierspage.h"
#include "repositories/syncrecordrepository.h"
#include "interfacelanguage.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

using namespace catalog;
using namespace catalog::test;

namespace {

bool seed(TestDatabase &db)
{
    QList<Supplier> suppliers;
    const QStringList names { QStringLiteral("义乌市恒达日用品厂"),
        QStringLiteral("Guangzhou Baiyun Textiles"), QStringLiteral("深圳市华强电子有限公司") };
    for (int i = 0; i < names.size(); ++i) {
        Supplier s;
        s.sourceId = QStringLiteral("S-%1").arg(i + 1);
        s.name = names.at(i);
        s.location = i == 1 ? QStringLiteral("广东 广州") : QStringLiteral("浙江 义乌");
        s.contactInfo = QJsonObject { { QStringLiteral("person"), i == 1 ? QStringLiteral("Chen Li") : QStringLiteral("王芳") },
            { QStringLiteral("phone"), QStringLiteral("+86 579 8500 %1").arg(1000 + i) },
            { QStringLiteral("email"), QStringLiteral("sales%1@example.cn").arg(i + 1) } };
        s.rating = Decimal2::fromHundredths(420 + 20 * i);
        suppliers << s;
    }
    if (!SupplierRepository(db.connections()).upsert(suppliers))
        return false;
    const QStringList titles { QStringLiteral("不锈钢保温杯 500ml"),
        QStringLiteral("Cotton T-shirt, crew neck"), QStringLiteral("USB-C 快充数据线 1m"),
        QStringLiteral("LED desk lamp"), QStringLiteral("陶瓷茶具套装") };
    QList<Product> products;
    for (int i = 0; i < 120; ++i) {
        Product p;
        p.sourceId = QStringLiteral("6%1").arg(i + 100000, 11, 10, QLatin1Char('0'));
        p.title = QStringLiteral("%1 #%2").arg(titles.at(i % titles.size())).arg(i);
        p.priceMin = Decimal2::fromHundredths(250 + i * 37);
        p.priceMax = Decimal2::fromHundredths(900 + i * 41);
        p.moq = 10 * (1 + i % 5);
        p.supplierSourceId = QStringLiteral("S-%1").arg(1 + i % 3);
        p.salesCount = i * 13;
        p.syncStatus = i % 7 == 0 ? QStringLiteral("failed") : QStringLiteral("synced");
        p.specifications = QJsonObject { { QStringLiteral("材质"), QStringLiteral("不锈钢") } };
        p.mainImageUrl = QStringLiteral("https://img.example.com/p/%1.jpg").arg(i);
        products << p;
    }
    return ProductRepository(db.connections()).upsert(products).ok();
}

// Starts editing `index` with F2 and returns the editor the delegate opened.
template <typename Editor> Editor *openEditor(QTableView *view, const QModelIndex &index)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<Editor *>(QApplication::focusWidget());
    return editor && view->viewport()->isAncestorOf(editor) ? editor : nullptr;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); } // each test starts like a first start

    void shouldFilterEditAndSaveThroughTheView_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldFilterEditAndSaveThroughTheView()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seed(*db));
        MainWindow window(db->connections());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ProductsPage *page = window.productsPage();
        ProductTableModel *model = page->products();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle(), 10000);
        QCOMPARE(model->rowCount(), 120);

        // The status bar names the connection and reports it healthy, with the counts
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QStringLiteral("connected")), 10000);
        auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("120 products")), 10000);

        // When the operator types into the filter
        QTest::keyClicks(page->searchField(), QStringLiteral("desk lamp #48"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle(), 10000);
        QTRY_VERIFY(model->data(model->index(0, 0), PagedTableModel::LoadedRole).toBool());
        QCOMPARE(model->data(model->index(0, ProductTableModel::TitleColumn)).toString(),
            QStringLiteral("LED desk lamp #48"));

        // And edits the title through the view's editor
        QTableView *view = page->view();
        auto *titleEditor = openEditor<QLineEdit>(view, model->index(0, ProductTableModel::TitleColumn));
        QVERIFY(titleEditor);
        titleEditor->selectAll();
        QTest::keyClicks(titleEditor, QStringLiteral("LED eye-care lamp"));
        QTest::keyClick(titleEditor, Qt::Key_Return); // the delegate commits from the event loop
        QTRY_COMPARE(model->data(model->index(0, ProductTableModel::TitleColumn)).toString(),
            QStringLiteral("LED eye-care lamp"));

        // And the upper price through the spin box
        auto *priceEditor
            = openEditor<QDoubleSpinBox>(view, model->index(0, ProductTableModel::PriceMaxColumn));
        QVERIFY(priceEditor);
        priceEditor->selectAll();
        QTest::keyClicks(priceEditor, QStringLiteral("88.80"));
        QTest::keyClick(priceEditor, Qt::Key_Return);
        QTRY_VERIFY(
            model->data(model->index(0, ProductTableModel::PriceMaxColumn), PagedTableModel::PendingRole)
                .toBool());

        // A title of only spaces is refused at the editor, with the reason in the status bar
        titleEditor = openEditor<QLineEdit>(view, model->index(0, ProductTableModel::TitleColumn));
        QVERIFY(titleEditor);
        titleEditor->selectAll();
        QTest::keyClicks(titleEditor, QStringLiteral("   "));
        QTest::keyClick(titleEditor, Qt::Key_Return);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("title")),
            qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(model->data(model->index(0, ProductTableModel::TitleColumn)).toString(),
            QStringLiteral("LED eye-care lamp"));

        // Nothing is in the database before Save
        ProductRepository products(db->connections());
        QCOMPARE(products.findBySourceId(QStringLiteral("600000100048"))->title,
            QStringLiteral("LED desk lamp #48"));

        // Ctrl+S saves
        view->setFocus();
        QTest::keySequence(&window, QKeySequence::Save);
        QTRY_COMPARE_WITH_TIMEOUT(products.findBySourceId(QStringLiteral("600000100048"))->title,
            QStringLiteral("LED eye-care lamp"), 10000);
        const auto stored = products.findBySourceId(QStringLiteral("600000100048"));
        QCOMPARE(stored->priceMax, Decimal2::parse(QStringLiteral("88.80")));
        QCOMPARE(stored->version, 2);
        QTRY_COMPARE_WITH_TIMEOUT(model->pendingChangeCount(), 0, 10000);

        // Undo is empty after a save; the window is no longer modified
        QVERIFY(!window.isWindowModified());
    }

    void shouldShowAFailedConnectionAtOnce()
    {
        // Given a server that is not there
        const auto config = ConnectionConfig::fromUrl(
            QStringLiteral("postgresql://nobody@127.0.0.1:1/catalog?connect_timeout=2"));
        QVERIFY_OK(config);
        ConnectionManager::Options options;
        options.maxAttempts = 1;
        ConnectionManager connections(config.value(), options);
        // When the window opens, it does not wait for the database
        QElapsedTimer timer;
        timer.start();
        MainWindow window(connections);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        // Then the status bar says so, and the table says why it is empty
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QStringLiteral("not connected")), 15000);
        QVERIFY(connection->styleSheet().contains(QStringLiteral("background")));
        bool banner = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner =
                    [&] {
                        for (const QLabel *label : window.productsPage()->findChildren<QLabel *>()) {
                            if (label->isVisible()
                                && label->text().contains(QStringLiteral("could not be loaded")))
                                return true;
                        }
                        return false;
                    }()),
            15000);
    }

    void shouldRestoreAnOldVersionFromTheHistory()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        ProductRepository products(db->connections());
        Product changed = products.findBySourceId(QStringLiteral("600000100003")).value();
        changed.title = QStringLiteral("A worse title");
        QVERIFY_OK(products.update(changed));

        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductsPage *page = window.productsPage();
        QTest::keyClicks(page->searchField(), QStringLiteral("600000100003"));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->model()->data(page->model()->index(0, 0), PagedTableModel::LoadedRole).toBool(), 10000);
        page->view()->setCurrentIndex(page->model()->index(0, ProductTableModel::TitleColumn));

        page->showHistory();
        HistoryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<HistoryDialog *>()));
        auto *table = dialog->findChild<QTableWidget *>();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10000); // created, then changed
        table->selectRow(0); // newest: the change to "A worse title"
        QPushButton *restore = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Restore")))
                restore = b;
        }
        QVERIFY(restore && restore->isEnabled());
        QTimer::singleShot(200, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(products.findBySourceId(QStringLiteral("600000100003"))->title,
            QStringLiteral("LED desk lamp #3"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            page->model()->data(page->model()->index(0, ProductTableModel::TitleColumn)).toString(),
            QStringLiteral("LED desk lamp #3"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, 10000);
    }

    void shouldLoadDemoDataWithProgressIntoAnEmptyCatalog()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        // Demo data brings pictures: into a storage of this test's own, not the shared default.
        QTemporaryDir storage;
        qputenv("STORAGE_PATH", storage.path().toUtf8());
        const auto unsetStorage = qScopeGuard([] { qunsetenv("STORAGE_PATH"); });
        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.productsPage()->model()->isIdle(), 10000);
        QCOMPARE(window.productsPage()->model()->rowCount(), 0);

        window.loadDemoData();
        QVERIFY(window.progressPanel()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!window.progressPanel()->isBusy(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(window.productsPage()->model()->rowCount(), 3000, 10000);
        QCOMPARE(ProductRepository(db->connections()).count({}).value(), qint64(3000));
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM images WHERE image_type = 'main' AND local_path IS NOT "
                                           "NULL")).toInt(),
            3000);
        QVERIFY(QDir(storage.filePath(QStringLiteral("images"))).exists());
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("3000"))
                || window.statusBar()->currentMessage().contains(QStringLiteral("3,000")),
            10000);
    }

    void shouldRememberColumnsAndLayout()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        {
            MainWindow window(db->connections());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTableView *view = window.productsPage()->view();
            QVERIFY(!view->isColumnHidden(ProductTableModel::SalesColumn));
            view->setColumnHidden(ProductTableModel::SalesColumn, true);
            view->setColumnHidden(ProductTableModel::SubtitleColumn, false);
            view->setColumnWidth(ProductTableModel::TitleColumn, 333);
            window.showPage(2);
            QVERIFY(window.close());
        }
        MainWindow again(db->connections());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTableView *view = again.productsPage()->view();
        QVERIFY(view->isColumnHidden(ProductTableModel::SalesColumn));
        QVERIFY(!view->isColumnHidden(ProductTableModel::SubtitleColumn));
        QCOMPARE(view->columnWidth(ProductTableModel::TitleColumn), 333);
        QCOMPARE(again.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(),
            2); // the Images page it was left on
        QSettings settings;
        const QStringList keys = settings.allKeys();
        for (const QString &key : keys)
            QVERIFY2(
                !settings.value(key).toString().contains(QStringLiteral("password"), Qt::CaseInsensitive),
                qPrintable(key));
    }

    void shouldExportWhatTheProductsPageShows()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductsPage *page = window.productsPage();
        QTest::keyClicks(page->searchField(), QStringLiteral("desk lamp"));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 24, 10000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lamps.jsonl"));
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        window.exportProductsTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(24));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 24);
    }

    void shouldFindAndRepairDamageFromTheMaintenanceMenu()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        QVERIFY(db->exec(QStringLiteral("UPDATE suppliers SET product_count = 7 WHERE source_id = 'S-2'")));
        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConsistencyDialog *dialog = window.checkConsistency();
        QSignalSpy checked(dialog, &ConsistencyDialog::checked);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
        QCOMPARE(checked.at(0).at(0).toLongLong(), qint64(1));
        QTest::qWait(100);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("consistency")));
        auto *repair = dialog->findChild<QPushButton *>(QStringLiteral("repair_wrong_product_count"));
        QVERIFY(repair);
        QTest::mouseClick(repair, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 10000);
        QCOMPARE(checked.at(1).at(0).toLongLong(), qint64(0));
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT product_count FROM suppliers WHERE source_id = 'S-2'")).toInt(),
            40);

        // The checks are in the sync history, with their report
        dialog->close();
        window.showPage(3);
        auto *jobs = qobject_cast<JobsPage *>(window.currentPage());
        QVERIFY(jobs);
        // (newest first: the second check, the repair, the first check)
        QTRY_COMPARE_WITH_TIMEOUT(jobs->model()->rowCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            jobs->model()->data(jobs->model()->index(2, 0), PagedTableModel::LoadedRole).toBool(), 10000);
        jobs->view()->setCurrentIndex(jobs->model()->index(1, 1)); // the repair, journaled too
        QTRY_VERIFY_WITH_TIMEOUT(jobs->report()->toPlainText().contains(QStringLiteral("Consistency repair")), 10000);
        jobs->view()->setCurrentIndex(
            jobs->model()->index(2, 1)); // the oldest: the one that found the wrong count
        QTRY_VERIFY_WITH_TIMEOUT(
            jobs->report()->toPlainText().contains(QStringLiteral("wrong_product_count")), 10000);
        QVERIFY(jobs->report()->toPlainText().contains(QStringLiteral("Consistency check")));
        QVERIFY(saveScreenshot(&window, QStringLiteral("jobs")));
    }

    void shouldImportWhatWasExported()
    {
        auto source = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(source, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*source));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.csv"));
        {
            MainWindow window(source->connections());
            QSignalSpy exported(&window, &MainWindow::exportFinished);
            window.exportProductsTo(path);
            QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
        }
        // The dialog recognises the format from the name
        ImportDialog dialog;
        dialog.setPath(path);
        QCOMPARE(
            dialog.options().format, std::optional<FileFormat>(FileFormat::Csv));
        QCOMPARE(dialog.options().mode, ProductImporter::Mode::Upsert);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("importdialog")));

        auto target = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(target, qPrintable(TestDatabase::lastError()));
        MainWindow window(target->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importProductsFrom(path, dialog.options());
        QVERIFY(window.progressPanel()->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 30000);
        QCOMPARE(imported.at(0).at(0).toLongLong(), qint64(0));
        QTRY_COMPARE_WITH_TIMEOUT(window.productsPage()->model()->rowCount(), 120, 10000);
        QCOMPARE(
            ProductRepository(target->connections()).findBySourceId(QStringLiteral("600000100048"))->title,
            QStringLiteral("LED desk lamp #48"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("120 inserted")),
            qPrintable(window.statusBar()->currentMessage()));
    }

    void shouldBackUpAndRestoreFromTheMaintenanceMenu_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldBackUpAndRestoreFromTheMaintenanceMenu()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seed(*db));
        QTemporaryDir storage;
        qputenv("STORAGE_PATH", storage.path().toUtf8());
        const auto unsetStorage = qScopeGuard([] { qunsetenv("STORAGE_PATH"); });
        MainWindow window(db->connections());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.productsPage()->model()->rowCount(), 120, 10000);

        // Maintenance ▸ Back Up…: the dialog is filled in and confirmed like an operator would.
        const QString folder = storage.filePath(QStringLiteral("nightly"));
        QSignalSpy backedUp(window.backups(), &BackupController::backupFinished);
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            auto *path = dialog->findChild<QLineEdit *>();
            QVERIFY(path);
            path->setText(folder);
            QVERIFY(saveScreenshot(dialog, QStringLiteral("backup-dialog-%1").arg(QString::fromLatin1(QTest::currentDataTag()))));
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->text() == BackupController::tr("&Back Up"))
                    QTest::mouseClick(b, Qt::LeftButton);
            }
        });
        QAction *backUp = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == MainWindow::tr("&Back Up…"))
                backUp = a;
        }
        QVERIFY(backUp);
        backUp->trigger();
        QVERIFY(dialogSeen);
        QTRY_COMPARE_WITH_TIMEOUT(backedUp.size(), 1, 60000);
        QVERIFY2(backedUp.at(0).at(1).toString().isEmpty(), qPrintable(backedUp.at(0).at(1).toString()));
        const QString manifest = backedUp.at(0).at(0).toString();
        QVERIFY(manifest.startsWith(folder + QStringLiteral("/catalog_backup_")));
        QCOMPARE(QSettings().value(QStringLiteral("backup/folder")).toString(), folder);
        QTRY_VERIFY_WITH_TIMEOUT(!window.progressPanel()->isBusy(), 10000);

        // The data changes, then the backup is restored: the window shows the backed-up rows again.
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET title = 'changed after the backup'")));
        window.productsPage()->model()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(window.productsPage()->model()->index(0, ProductTableModel::TitleColumn).data().toString(),
                                  QStringLiteral("changed after the backup"), 10000);
        QSignalSpy restored(window.backups(), &BackupController::restoreFinished);
        QSignalSpy connected(&window, &MainWindow::connected);
        window.backups()->startRestore(window.connections(), manifest);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 60000);
        QVERIFY2(restored.at(0).at(0).toString().isEmpty(), qPrintable(restored.at(0).at(0).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.productsPage()->model()->isIdle(), 10000);
        QCOMPARE(window.productsPage()->model()->rowCount(), 120);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products WHERE title = 'changed after the backup'")).toInt(), 0);
        const QString title = window.productsPage()->model()->index(0, ProductTableModel::TitleColumn).data().toString();
        QVERIFY2(title != QStringLiteral("changed after the backup"), qPrintable(title));
    }

    void shouldOpenEveryMaintenanceAndDataDialogFromItsMenu()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Each of these opens a window of its own (a file dialog or a dialog); none may be a placeholder.
        for (const QString &text : { MainWindow::tr("&Export…"), MainWindow::tr("&Import…"), MainWindow::tr("&Back Up…"),
                                     MainWindow::tr("R&estore from Backup…"), MainWindow::tr("Clean &Up Backups…") }) {
            QAction *action = nullptr;
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->text() == text)
                    action = a;
            }
            QVERIFY2(action, qPrintable(text));
            QString seen;
            QTimer::singleShot(200, this, [&] {
                QWidget *modal = QApplication::activeModalWidget();
                if (!modal)
                    return;
                seen = modal->windowTitle();
                modal->close();
            });
            action->trigger();
            QTRY_VERIFY2_WITH_TIMEOUT(!seen.isEmpty(), qPrintable(text), 5000);
            QVERIFY2(!seen.contains(QStringLiteral("not available")), qPrintable(seen));
        }
        ConsistencyDialog *dialog = window.findChild<ConsistencyDialog *>();
        QVERIFY(!dialog || !dialog->isVisible());
    }

    void shouldStopOwnRunningJobsAndSaveReports()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        SyncRecordRepository journal(db->connections());
        auto running = journal.start(JobKind::Import);
        QVERIFY_OK(running);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status) "
                                        "VALUES ('otherhost:4242:x', 'backup', 'running')")));
        auto failed = journal.start(JobKind::Import);
        QVERIFY_OK(failed);
        QVERIFY_OK(journal.finish(failed->id, JobStatus::Completed, 1, 2,
            QJsonArray { QJsonObject { { QStringLiteral("line"), 3 }, { QStringLiteral("source_id"), QStringLiteral("A,1") },
                                       { QStringLiteral("field"), QStringLiteral("price_min") },
                                       { QStringLiteral("message"), QStringLiteral("\"abc\" is not a decimal") } },
                         QJsonObject { { QStringLiteral("line"), 9 }, { QStringLiteral("field"), QStringLiteral("title") },
                                       { QStringLiteral("message"), QStringLiteral("is required") } } }));
        JobsPage page(db->connections());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy stop(&page, &JobsPage::stopRequested);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
        // Newest first: the finished import, the other host's backup, this process's running import.
        page.view()->selectRow(1);
        // The report follows the selection from the event loop: wait for it, not for the button.
        QTRY_VERIFY2(page.stopButton()->toolTip().contains(QStringLiteral("otherhost:4242")), qPrintable(page.stopButton()->toolTip()));
        QVERIFY(!page.stopButton()->isEnabled());
        page.view()->selectRow(2);
        QTRY_VERIFY(page.stopButton()->isEnabled());
        QTest::mouseClick(page.stopButton(), Qt::LeftButton);
        QCOMPARE(stop.size(), 1);
        page.view()->selectRow(0);
        QTRY_VERIFY(page.saveReportButton()->isEnabled());
        QTRY_VERIFY(!page.stopButton()->isEnabled());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(page.saveReport(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("line,source_id,field,message\r\n3,\"A,1\",price_min,\"\"\"abc\"\" is not a decimal\"\r\n"
                                "9,,title,is required\r\n"));
    }

    void shouldPreviewAndMapColumnsInTheImportDialog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("supplier-list.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("货号;品名;单价;备注\n"
                                  "A-1;'杯子; 500ml';12.50;x\n"
                                  "A-2;碗;abc;y\n"
                                  "A-3;;3;z\n")
                       .toUtf8());
        file.close();
        ImportDialog dialog;
        dialog.setPath(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *delimiter = dialog.findChildren<QComboBox *>().value(2);
        auto *quote = dialog.findChildren<QComboBox *>().value(3);
        QVERIFY(delimiter && quote);
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        quote->setCurrentIndex(quote->findData(QStringLiteral("'")));
        dialog.updatePreview();
        // Four columns to map, none known yet; the summary says why nothing can be read.
        QCOMPARE(dialog.mapping()->rowCount(), 4);
        QVERIFY2(dialog.previewSummary().contains(QStringLiteral("source_id")), qPrintable(dialog.previewSummary()));
        // Map them through the combo boxes, as an operator would.
        const QStringList fields { QStringLiteral("source_id"), QStringLiteral("title"), QStringLiteral("price_min"), QString() };
        for (int r = 0; r < 4; ++r) {
            auto *combo = qobject_cast<QComboBox *>(dialog.mapping()->cellWidget(r, 1));
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(fields.at(r)));
            dialog.updatePreview();
        }
        QCOMPARE(dialog.preview()->rowCount(), 3);
        QCOMPARE(dialog.preview()->item(0, 2)->text(), QStringLiteral("杯子; 500ml"));
        const int reasons = dialog.preview()->columnCount() - 1;
        QVERIFY(dialog.preview()->item(0, reasons)->text().isEmpty());
        QVERIFY(dialog.preview()->item(1, reasons)->text().startsWith(QStringLiteral("price_min:")));
        QVERIFY(dialog.preview()->item(2, reasons)->text().startsWith(QStringLiteral("title:")));
        QVERIFY(dialog.preview()->item(1, 0)->background().color() != dialog.preview()->item(0, 0)->background().color());
        QVERIFY2(dialog.previewSummary().contains(QStringLiteral("2 would be rejected")), qPrintable(dialog.previewSummary()));
        const ProductImporter::Options options = dialog.options();
        QCOMPARE(options.delimiter, QLatin1Char(';'));
        QCOMPARE(options.columns.value(QStringLiteral("品名")), QStringLiteral("title"));
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("import-dialog")));
    }

    void shouldSwitchToAnotherDatabase()
    {
        auto first = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(first, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*first));
        QTemporaryDir dir;
        const auto other = ConnectionConfig::fromUrl(
            QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY_OK(other);
        MainWindow window(first->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.productsPage()->model()->rowCount(), 120, 10000);
        QSignalSpy connected(&window, &MainWindow::connected);
        window.connectToConfig(other.value());
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
        // A new, migrated, empty database is shown; the settings remember it (without a password)
        QTRY_VERIFY_WITH_TIMEOUT(window.productsPage()->model()->isIdle(), 10000);
        QCOMPARE(window.productsPage()->model()->rowCount(), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("other.sqlite"))));
        QCOMPARE(QSettings().value(QStringLiteral("database/url")).toString(), other->toUrl());
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QStringLiteral("other.sqlite")), 10000);
    }

    void shouldSaveScreenshotsInBothLanguages()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        for (const QString &language : InterfaceLanguage::all()) {
            const InterfaceLanguage inLanguage(language);
            QVERIFY(inLanguage.ok());
            MainWindow window(db->connections());
            window.resize(1360, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ProductsPage *page = window.productsPage();
            QTRY_VERIFY_WITH_TIMEOUT(page->model()->isIdle(), 10000);
            QTRY_VERIFY(
                page->model()->data(page->model()->index(0, 0), PagedTableModel::LoadedRole).toBool());
            page->view()->selectRow(2);
            QVERIFY(page->model()->setData(page->model()->index(1, ProductTableModel::TitleColumn),
                QStringLiteral("Edited, not saved yet")));
            QTest::qWait(200);
            QVERIFY(saveScreenshot(&window, QStringLiteral("mainwindow-%1").arg(language)));
            page->model()->revert();

            window.showPage(1);
            SuppliersPage *suppliers = window.suppliersPage();
            QTRY_VERIFY_WITH_TIMEOUT(suppliers->model()->isIdle(), 10000);
            QTRY_VERIFY(suppliers->model()
                            ->data(suppliers->model()->index(0, 0), PagedTableModel::LoadedRole)
                            .toBool());
            suppliers->view()->setCurrentIndex(suppliers->model()->index(1, 1));
            QTRY_VERIFY_WITH_TIMEOUT(suppliers->supplierProducts() && suppliers->supplierProducts()->isIdle()
                    && suppliers->supplierProducts()->rowCount() == 40,
                10000);
            QTest::qWait(200);
            QVERIFY(saveScreenshot(&window, QStringLiteral("suppliers-%1").arg(language)));
        }
    }
};

CATALOG_TEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
