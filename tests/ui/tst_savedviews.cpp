// Saved views and "Review changes" on the real main window, offscreen, over both engines: a view
// applied sets the page's filter, sort and columns; the default view applies at start; a larger save
// is reviewed first and Cancel keeps the edits.

#include "interfacelanguage.h"
#include "mainwindow.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "repositories/productrepository.h"
#include "repositories/savedviewrepository.h"
#include "reviewchangesdialog.h"
#include "savedviewsbar.h"
#include "savedviewscontroller.h"
#include "supplierspage.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace catalog;
using namespace catalog::test;

namespace {

bool seedProducts(TestDatabase &db)
{
    const QStringList titles { QStringLiteral("LED desk lamp"), QStringLiteral("Cotton T-shirt"),
        QStringLiteral("陶瓷茶具套装") };
    QList<Product> products;
    for (int i = 0; i < 30; ++i) {
        Product p;
        p.sourceId = QStringLiteral("SV-%1").arg(i, 3, 10, QLatin1Char('0'));
        p.title = QStringLiteral("%1 #%2").arg(titles.at(i % titles.size())).arg(i);
        p.priceMin = Decimal2::fromHundredths(100 + i * 50);
        p.priceMax = Decimal2::fromHundredths(900 + i * 50);
        products << p;
    }
    return ProductRepository(db.connections()).upsert(products).ok();
}

// A view of the products: title containing "lamp", dearest first, the title column leftmost and
// 333 pixels wide, the id column hidden.
QJsonObject lampDefinition()
{
    ProductFilter filter;
    filter.text = QStringLiteral("lamp");
    ViewLayout layout;
    layout.sortColumn = QStringLiteral("price_min");
    layout.sortOrder = Qt::DescendingOrder;
    layout.columns = { { QStringLiteral("title"), 0, 333, false }, { QStringLiteral("id"), 5, -1, true } };
    return SavedViewCodec::encode(filter, layout);
}

// Runs `answer` on the modal dialog of type D as soon as it is open (polling, as the dialog runs its
// own event loop); `seen` says whether it came.
template <typename D> QTimer *whenModal(QObject *context, std::function<void(D *)> answer, bool *seen)
{
    auto *poll = new QTimer(context);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer, seen] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            *seen = true;
            answer(dialog);
        }
    });
    poll->start();
    return poll;
}

QString titleOf(ProductTableModel *model, int row)
{
    return model->data(model->index(row, ProductTableModel::TitleColumn)).toString();
}

} // namespace

class SavedViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void shouldApplyAViewToFilterSortAndColumns_data() { engines(); }
    void shouldApplyAViewToFilterSortAndColumns()
    {
        // Given a saved view and the window showing all products
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedProducts(*db));
        SavedView view;
        view.name = QStringLiteral("Lamps, dearest first");
        view.definition = lampDefinition();
        QVERIFY_OK(SavedViewRepository(db->connections()).save(view));
        MainWindow window(db->connections());
        window.resize(1400, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductsPage *page = window.productsPage();
        ProductTableModel *model = page->products();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        SavedViewsController *views = SavedViewsController::of(page);
        QVERIFY(views);
        QTRY_VERIFY_WITH_TIMEOUT(views->isLoaded() && model->isIdle(), 15000);
        QCOMPARE(model->rowCount(), 30);
        QComboBox *combo = views->bar()->combo();
        QCOMPARE(combo->count(), 2); // no view, and the saved one

        // When the operator picks it in the filter bar
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);

        // Then the filter field, the model's filter, the sort and the columns follow it
        QCOMPARE(page->searchField()->text(), QStringLiteral("lamp"));
        QCOMPARE(model->filter().text, QStringLiteral("lamp"));
        QCOMPARE(model->sortColumn(), int(ProductTableModel::PriceMinColumn));
        QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
        QHeaderView *header = page->view()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(ProductTableModel::PriceMinColumn));
        QCOMPARE(header->visualIndex(ProductTableModel::TitleColumn), 0);
        QCOMPARE(header->sectionSize(ProductTableModel::TitleColumn), 333);
        QVERIFY(header->isSectionHidden(ProductTableModel::IdColumn));
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 10, 15000);
        QTRY_VERIFY(model->data(model->index(9, 0), PagedTableModel::LoadedRole).toBool());
        QCOMPARE(titleOf(model, 0), QStringLiteral("LED desk lamp #27")); // the dearest lamp
        QCOMPARE(titleOf(model, 9), QStringLiteral("LED desk lamp #0"));
        QCOMPARE(combo->currentText(), view.name);
        QVERIFY(!views->isModified());

        // When the operator narrows the filter, the view is marked modified
        QTest::keyClicks(page->searchField(), QStringLiteral(" #2"));
        QTRY_VERIFY_WITH_TIMEOUT(views->isModified(), 15000);
        QCOMPARE(combo->currentText(), view.name + QStringLiteral(" *"));
        // and the menu offers to save it; screenshots of the bar and its menu
        QMenu *menu = views->bar()->actionsMenu();
        SavedViewsController::fillMenu(menu, page);
        QVERIFY(saveScreenshot(views->bar(),
            QStringLiteral("savedviews-bar-%1").arg(QString::fromLatin1(QTest::currentDataTag()))));
        menu->popup(views->bar()->mapToGlobal(QPoint(0, views->bar()->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QVERIFY(saveScreenshot(menu, QStringLiteral("savedviews-menu")));
        menu->hide();
        QVERIFY(saveScreenshot(&window, QStringLiteral("savedviews-window")));

        // Save View stores the grid as it is now into the view, which is no longer modified
        QSignalSpy loaded(views, &SavedViewsController::loaded);
        views->saveCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && !views->isBusy(), 15000);
        QVERIFY(!views->isModified());
        QCOMPARE(combo->currentText(), view.name);
        const QList<SavedView> stored
            = SavedViewRepository(db->connections()).list(ViewPage::Products).value();
        QCOMPARE(stored.size(), 1);
        const auto decoded = SavedViewCodec::decodeProducts(
            stored.first().definition, { QStringLiteral("title"), QStringLiteral("price_min") });
        QCOMPARE(decoded.filter.text, QStringLiteral("lamp #2"));

        // Choosing "no view" leaves the grid as it is
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        QCOMPARE(views->current(), nullptr);
        QCOMPARE(model->filter().text, QStringLiteral("lamp #2"));
    }

    void shouldApplyTheDefaultViewAtStart_data() { engines(); }
    void shouldApplyTheDefaultViewAtStart()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedProducts(*db));
        SavedViewRepository repository(db->connections());
        SavedView view;
        view.name = QStringLiteral("My lamps");
        view.definition = lampDefinition();
        const auto saved = repository.save(view);
        QVERIFY_OK(saved);
        SavedView other;
        other.name = QStringLiteral("Another");
        QVERIFY_OK(repository.save(other));
        QVERIFY_OK(repository.setDefault(saved->id, true));

        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductTableModel *model = window.productsPage()->products();
        SavedViewsController *views = SavedViewsController::of(window.productsPage());
        QTRY_VERIFY_WITH_TIMEOUT(views->current() && views->current()->id == saved->id, 15000);
        QCOMPARE(model->filter().text, QStringLiteral("lamp"));
        QCOMPARE(model->sortColumn(), int(ProductTableModel::PriceMinColumn));
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 10, 15000);
        QCOMPARE(views->bar()->combo()->currentText(), QStringLiteral("My lamps ★"));
        QVERIFY(!views->isModified());
    }

    void shouldSaveRenameShareAndDeleteFromThePage()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SavedViewsController *views = SavedViewsController::of(window.suppliersPage());
        QVERIFY(views);
        QTRY_VERIFY_WITH_TIMEOUT(views->isLoaded(), 15000);
        QSignalSpy failed(views, &SavedViewsController::failed);

        views->saveAs(QStringLiteral("First"));
        QTRY_VERIFY_WITH_TIMEOUT(
            views->current() && views->current()->name == QStringLiteral("First"), 15000);
        views->saveAs(QStringLiteral("Second"));
        QTRY_VERIFY_WITH_TIMEOUT(
            views->current() && views->current()->name == QStringLiteral("Second"), 15000);
        QCOMPARE(views->views().size(), 2);
        QCOMPARE(views->views().first().page, ViewPage::Suppliers);

        // A rename onto a name in use is refused with the reason; nothing changes
        views->renameCurrent(QStringLiteral("First"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("\"First\"")),
            qPrintable(failed.first().first().toString()));
        QTRY_VERIFY(!views->isBusy());
        QCOMPARE(views->current()->name, QStringLiteral("Second"));

        views->renameCurrent(QStringLiteral("Third"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !views->isBusy() && views->current()->name == QStringLiteral("Third"), 15000);
        views->setCurrentShared(true);
        QTRY_VERIFY_WITH_TIMEOUT(!views->isBusy() && views->current()->shared, 15000);
        views->setCurrentDefault(true);
        QTRY_VERIFY_WITH_TIMEOUT(!views->isBusy() && views->current()->isDefault, 15000);
        views->removeCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(!views->isBusy() && views->views().size() == 1, 15000);
        QCOMPARE(views->current(), nullptr);
        QCOMPARE(views->views().first().name, QStringLiteral("First"));
        QCOMPARE(failed.count(), 1);
    }

    void shouldReviewALargerSaveAndKeepTheEditsOnCancel_data() { engines(); }
    void shouldReviewALargerSaveAndKeepTheEditsOnCancel()
    {
        // Given seven pending changes: five titles, a deletion and a new row
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedProducts(*db));
        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductTableModel *model = window.productsPage()->products();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 30, 15000);
        QTRY_VERIFY(model->data(model->index(5, 0), PagedTableModel::LoadedRole).toBool());
        QStringList expected; // what the review must list, and each title change
        QStringList sourceIds;
        for (int row = 0; row < 6; ++row)
            sourceIds << model->data(model->index(row, ProductTableModel::SourceIdColumn)).toString();
        for (int row = 0; row < 5; ++row) {
            const QString title = titleOf(model, row);
            expected << QStringLiteral("Update: %1 — %2").arg(sourceIds.at(row), title)
                     << QStringLiteral("  Title|%1|Renamed %2").arg(title).arg(row);
            QVERIFY(model->setData(
                model->index(row, ProductTableModel::TitleColumn), QStringLiteral("Renamed %1").arg(row)));
        }
        expected << QStringLiteral("Delete: %1 — %2").arg(sourceIds.at(5), titleOf(model, 5));
        QVERIFY(model->removeRows(5, 1));
        QVERIFY(model->insertRows(model->rowCount(), 1));
        const int newRow = model->rowCount() - 1;
        QVERIFY(model->setData(
            model->index(newRow, ProductTableModel::SourceIdColumn), QStringLiteral("SV-NEW")));
        QVERIFY(model->setData(
            model->index(newRow, ProductTableModel::TitleColumn), QStringLiteral("Brand-new kettle")));
        expected << QStringLiteral("Insert: SV-NEW — Brand-new kettle")
                 << QStringLiteral("  Source ID||SV-NEW") << QStringLiteral("  Title||Brand-new kettle");
        QCOMPARE(model->pendingChangeCount(), 7);
        QAction *save = window.findChild<QAction *>(QStringLiteral("saveAction"));
        QVERIFY(save && save->isEnabled());
        ProductRepository products(db->connections());
        const QString firstTitle = products.findBySourceId(sourceIds.first())->title;

        // When Save is triggered, the review lists exactly the seven changes; Cancel saves nothing
        bool seen = false;
        QStringList listed;
        int changes = 0;
        whenModal<ReviewChangesDialog>(
            this,
            [&](ReviewChangesDialog *dialog) {
                QTreeWidget *list = dialog->list();
                changes = list->topLevelItemCount();
                for (int i = 0; i < list->topLevelItemCount(); ++i) {
                    QTreeWidgetItem *item = list->topLevelItem(i);
                    listed << item->text(0);
                    for (int c = 0; c < item->childCount(); ++c)
                        listed << QStringLiteral("  ") + item->child(c)->text(0) + QLatin1Char('|')
                                + item->child(c)->text(1) + QLatin1Char('|') + item->child(c)->text(2);
                }
                saveScreenshot(dialog,
                    QStringLiteral("review-changes-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
                dialog->findChild<QPushButton *>(QStringLiteral("reviewCancel"))->click();
            },
            &seen);
        save->trigger();
        QVERIFY(seen);
        QCOMPARE(changes, 7);
        for (const QString &line : std::as_const(expected))
            QVERIFY2(listed.contains(line),
                qPrintable(line + QStringLiteral(" is not in\n") + listed.join(u'\n')));
        QCOMPARE(model->pendingChangeCount(), 7);
        QCOMPARE(products.findBySourceId(sourceIds.first())->title, firstTitle);

        // When Save is chosen in the review, all seven are stored
        seen = false;
        whenModal<ReviewChangesDialog>(
            this,
            [](ReviewChangesDialog *dialog) {
                dialog->findChild<QPushButton *>(QStringLiteral("reviewSave"))->click();
            },
            &seen);
        save->trigger();
        QVERIFY(seen);
        QTRY_COMPARE_WITH_TIMEOUT(model->pendingChangeCount(), 0, 15000);
        QCOMPARE(products.findBySourceId(sourceIds.first())->title, QStringLiteral("Renamed 0"));
        QCOMPARE(
            products.findBySourceId(QStringLiteral("SV-NEW"))->title, QStringLiteral("Brand-new kettle"));
        QVERIFY(products.findBySourceId(sourceIds.at(5))->isDeleted());

        // Five changes or fewer are saved at once, without a review
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle(), 15000);
        QTRY_VERIFY(model->data(model->index(1, 0), PagedTableModel::LoadedRole).toBool());
        QVERIFY(model->setData(model->index(0, ProductTableModel::TitleColumn), QStringLiteral("Quick one")));
        QVERIFY(model->setData(model->index(1, ProductTableModel::TitleColumn), QStringLiteral("Quick two")));
        seen = false;
        QPointer<QTimer> guard = whenModal<ReviewChangesDialog>(
            this, [](ReviewChangesDialog *dialog) { dialog->reject(); }, &seen);
        save->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->pendingChangeCount(), 0, 15000);
        QVERIFY(!seen);
        delete guard;
    }

    // Review changes and the bar with a modified view in Simplified Chinese, for the README
    // (review-changes-zh_CN.png, savedviews-window-zh_CN.png).
    void shouldSaveScreenshotsInChinese()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seedProducts(*db));
        SavedView view;
        view.name = QStringLiteral("台灯（价格从高到低）");
        view.definition = lampDefinition();
        QVERIFY_OK(SavedViewRepository(db->connections()).save(view));
        const InterfaceLanguage inLanguage(QStringLiteral("zh_CN"));
        QVERIFY(inLanguage.ok());
        MainWindow window(db->connections());
        window.resize(1400, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductsPage *page = window.productsPage();
        ProductTableModel *model = page->products();
        SavedViewsController *views = SavedViewsController::of(page);
        QTRY_VERIFY_WITH_TIMEOUT(views->isLoaded() && model->isIdle() && model->rowCount() == 30, 15000);
        QTRY_VERIFY(model->data(model->index(5, 0), PagedTableModel::LoadedRole).toBool());

        // Seven pending changes as in the English review: five titles, a deletion and a new row
        for (int row = 0; row < 5; ++row)
            QVERIFY(model->setData(
                model->index(row, ProductTableModel::TitleColumn), QStringLiteral("新标题 %1").arg(row)));
        QVERIFY(model->removeRows(5, 1));
        QVERIFY(model->insertRows(model->rowCount(), 1));
        const int newRow = model->rowCount() - 1;
        QVERIFY(model->setData(
            model->index(newRow, ProductTableModel::SourceIdColumn), QStringLiteral("SV-NEW")));
        QVERIFY(model->setData(
            model->index(newRow, ProductTableModel::TitleColumn), QStringLiteral("不锈钢保温壶")));
        bool seen = false;
        whenModal<ReviewChangesDialog>(
            this,
            [](ReviewChangesDialog *dialog) {
                QVERIFY(saveScreenshot(dialog, QStringLiteral("review-changes-zh_CN")));
                dialog->findChild<QPushButton *>(QStringLiteral("reviewCancel"))->click();
            },
            &seen);
        window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        QVERIFY(seen);
        model->revert();
        QCOMPARE(model->pendingChangeCount(), 0);

        // The view applied and narrowed, so the bar shows it modified
        QComboBox *combo = views->bar()->combo();
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 10, 15000);
        QTest::keyClicks(page->searchField(), QStringLiteral(" #2"));
        QTRY_VERIFY_WITH_TIMEOUT(views->isModified() && model->isIdle(), 15000);
        QTest::qWait(200);
        QVERIFY(saveScreenshot(&window, QStringLiteral("savedviews-window-zh_CN")));
    }
};

CATALOG_TEST_MAIN(SavedViewsTest)
#include "tst_savedviews.moc"
