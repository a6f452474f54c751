// The products page with pending edits and the dashboard under a light and a dark application
// palette: the table paints pending rows in the palette's status colours, the charts sit on the
// palette's base with the status colours of that palette; screenshots of both for a person to look at.

#include "dashboardwindow.h"
#include "maintenance/healthchecker.h"
#include "mainwindow.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "statuscolors.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QPieSeries>
#include <QPieSlice>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

bool seed(TestDatabase &db)
{
    Supplier supplier;
    supplier.sourceId = QStringLiteral("S-1");
    supplier.name = QStringLiteral("义乌市恒达日用品厂");
    if (!SupplierRepository(db.connections()).upsert({ supplier }))
        return false;
    QList<Product> products;
    for (int i = 0; i < 40; ++i) {
        Product p;
        p.sourceId = QStringLiteral("P-%1").arg(i, 5, 10, QLatin1Char('0'));
        p.title = QStringLiteral("Stainless steel cup #%1").arg(i);
        p.priceMin = Decimal2::fromHundredths(250 + i * 37);
        p.priceMax = Decimal2::fromHundredths(900 + i * 41);
        p.currency = i % 4 == 0 ? QStringLiteral("USD") : QStringLiteral("CNY");
        p.supplierSourceId = supplier.sourceId;
        p.syncStatus = i % 5 == 0 ? QStringLiteral("failed")
            : i % 3 == 0          ? QStringLiteral("pending")
                                  : QStringLiteral("synced");
        products << p;
    }
    return ProductRepository(db.connections()).upsert(products).ok();
}

// Fusion's usual dark palette, as applications that offer a dark mode set it.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// The colour the view painted a cell with, a few pixels inside its top-left corner (away from text).
QColor paintedBackground(QTableView *view, const QImage &viewport, const QModelIndex &index)
{
    const QRect cell = view->visualRect(index);
    return viewport.pixelColor(cell.topLeft() + QPoint(3, 3));
}

QString screenshot(QWidget *widget, const QString &name)
{
    const QString path = QDir::current().absoluteFilePath(name);
    qInfo() << "screenshot:" << path;
    return widget->grab().save(path) ? path : QString();
}

} // namespace

class PalettesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_original = QApplication::palette();
    }
    void cleanup() { QApplication::setPalette(m_original); }

    void shouldPaintPendingRowsAndChartsInThePaletteColours_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << QStringLiteral("light") << false;
        QTest::newRow("dark") << QStringLiteral("dark") << true;
    }
    void shouldPaintPendingRowsAndChartsInThePaletteColours()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        const StatusColors colors(QApplication::palette());
        QCOMPARE(colors.isDark(), dark);
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));

        // Given pending edits of three kinds on the products page
        MainWindow window(db->connections());
        window.resize(1360, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductsPage *page = window.productsPage();
        PagedTableModel *model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 40, 10000);
        QTRY_VERIFY(model->data(model->index(0, 0), PagedTableModel::LoadedRole).toBool());
        QVERIFY(model->setData(
            model->index(1, ProductTableModel::TitleColumn), QStringLiteral("Edited, not saved")));
        QVERIFY(model->removeRows(3, 1));
        QVERIFY(model->insertRows(model->rowCount(), 1));
        QTRY_VERIFY(model->hasPendingChanges());
        page->view()->clearSelection();
        page->view()->setCurrentIndex({});
        QTest::qWait(200);

        // Then the model hands out this palette's colours and the view paints them
        const QModelIndex edited = model->index(1, ProductTableModel::TitleColumn);
        const QModelIndex deleted = model->index(3, ProductTableModel::PriceMinColumn);
        const QModelIndex untouched = model->index(5, ProductTableModel::PriceMinColumn);
        QCOMPARE(model->data(edited, Qt::BackgroundRole).value<QColor>(),
            colors.color(StatusColors::Role::PendingUpdate));
        QCOMPARE(model->data(deleted, Qt::BackgroundRole).value<QColor>(),
            colors.color(StatusColors::Role::PendingDelete));
        const QImage viewport = page->view()->viewport()->grab().toImage();
        QCOMPARE(paintedBackground(page->view(), viewport, edited),
            colors.color(StatusColors::Role::PendingUpdate));
        QCOMPARE(paintedBackground(page->view(), viewport, deleted),
            colors.color(StatusColors::Role::PendingDelete));
        const QColor normal = paintedBackground(page->view(), viewport, untouched);
        QVERIFY2(normal == QApplication::palette().color(QPalette::Base)
                || normal == QApplication::palette().color(QPalette::AlternateBase),
            qPrintable(normal.name()));
        QVERIFY(!screenshot(&window, QStringLiteral("palette-%1-products.png").arg(name)).isEmpty());
        model->revert();

        // And the dashboard draws its charts on the palette's base, failed products in its error colour
        DashboardWindow *dashboard = window.showStatistics();
        dashboard->resize(1400, 900);
        QVERIFY(QTest::qWaitForWindowExposed(dashboard));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRefreshing() && dashboard->statistics().products == 40, 15000);
        QChart *status = dashboard->findChild<QChartView *>(QStringLiteral("statusChart"))->chart();
        QCOMPARE(status->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));
        auto *slices = qobject_cast<QPieSeries *>(status->series().value(0));
        QVERIFY(slices);
        bool sawFailed = false;
        for (QPieSlice *slice : slices->slices()) {
            if (slice->property("status").toString() == QLatin1String("failed")) {
                QCOMPARE(slice->color(), colors.color(StatusColors::Role::Error));
                sawFailed = true;
            }
        }
        QVERIFY(sawFailed);
        QTRY_VERIFY_WITH_TIMEOUT(
            !dashboard->tileText(QStringLiteral("health")).startsWith(QStringLiteral("—")), 10000);
        for (int tab = 0; tab < dashboard->tabs()->count(); ++tab) {
            dashboard->tabs()->setCurrentIndex(tab);
            QTest::qWait(150);
            QVERIFY(
                !screenshot(dashboard, QStringLiteral("palette-%1-dashboard-tab%2.png").arg(name).arg(tab))
                     .isEmpty());
        }
        dashboard->tabs()->setCurrentIndex(0);

        // An unhealthy state stands out in this palette's error colours
        SystemHealth down;
        down.connection.healthy = false;
        down.connection.error = QStringLiteral("could not connect to server: Connection refused");
        down.problems << QStringLiteral("Database unreachable: could not connect to server");
        down.checkedAt = QDateTime::currentDateTime();
        dashboard->showHealth(down);
        const QString tileStyle
            = dashboard->findChild<QWidget *>(QStringLiteral("tile_health"))->styleSheet();
        QVERIFY2(tileStyle.contains(colors.name(StatusColors::Role::ErrorBackground))
                && tileStyle.contains(colors.name(StatusColors::Role::Error)),
            qPrintable(tileStyle));
        QTest::qWait(100);
        QVERIFY(
            !screenshot(dashboard, QStringLiteral("palette-%1-dashboard-unhealthy.png").arg(name)).isEmpty());
    }

private:
    QPalette m_original;
};

CATALOG_TEST_MAIN(PalettesTest)
#include "tst_palettes.moc"
