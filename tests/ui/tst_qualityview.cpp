// Issue 19 in the window: the Quality column of the product grid, the second filter row
// (problem, currency, specification) and the dashboard's data-quality tile, on both engines.
#include "dashboardwindow.h"
#include "fixtures.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "productextrafilters.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

// 40 clean products of a supplier (titles "Insulated bottle #N"), and five with problems.
bool seedQualityView(TestDatabase &db)
{
    Supplier s;
    s.sourceId = QStringLiteral("S-1");
    s.name = QStringLiteral("Yiwu Haoyun");
    const Result<Supplier> supplier = SupplierRepository(db.connections()).create(s);
    if (!supplier)
        return false;
    QList<Product> rows;
    for (int i = 0; i < 40; ++i) {
        Product p = minimalProduct(QStringLiteral("C-%1").arg(i, 2, 10, QLatin1Char('0')),
            QStringLiteral("Insulated bottle #%1").arg(i));
        p.supplierId = supplier->id;
        p.specifications = QJsonObject { { QStringLiteral("color"),
            i % 2 ? QStringLiteral("red") : QStringLiteral("blue") } };
        rows << p;
    }
    Product p = minimalProduct(QStringLiteral("Q-1"), QStringLiteral("Mug")); // short, no supplier, no specs
    p.currency = QStringLiteral("USD");
    rows << p;
    p = minimalProduct(QStringLiteral("Q-2"), QStringLiteral("Ceramic teapot with infuser"));
    p.supplierId = supplier->id;
    p.priceMin = Decimal2::parse(QStringLiteral("1.00"));
    p.priceMax = Decimal2::parse(QStringLiteral("25.00"));
    p.specifications = QJsonObject { { QStringLiteral("材质"), QStringLiteral("陶瓷") } };
    p.currency = QStringLiteral("USD");
    rows << p;
    ProductRepository repo(db.connections());
    for (const Product &product : rows) {
        if (!repo.create(product))
            return false;
    }
    return true;
}

int qualityOf(ProductTableModel *model, const QString &sourceId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, ProductTableModel::SourceIdColumn)).toString() == sourceId)
            return model->data(model->index(row, ProductTableModel::QualityColumn)).toInt();
    }
    return -1;
}

} // namespace

class QualityViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void shouldShowProblemsAndFilterByThem_data() { engines(); }
    void shouldShowProblemsAndFilterByThem()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedQualityView(*db));
        // Given the window on a catalog where most products have no image URL (no_main_image)
        MainWindow window(db->connections());
        window.resize(1500, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductsPage *page = window.productsPage();
        ProductTableModel *model = page->products();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 42, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->data(model->index(41, 0), PagedTableModel::LoadedRole).toBool(), 15000);

        // Then the Quality column counts each product's problems and its tooltip names them
        QCOMPARE(model->headerData(ProductTableModel::QualityColumn, Qt::Horizontal).toString(),
            QStringLiteral("Quality"));
        QCOMPARE(qualityOf(model, QStringLiteral("C-00")), 1); // no main image
        QCOMPARE(qualityOf(model, QStringLiteral("Q-1")), 4); // + no specifications, short title, no supplier
        QCOMPARE(qualityOf(model, QStringLiteral("Q-2")), 2); // + price spread
        int q1Row = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row, ProductTableModel::SourceIdColumn)).toString()
                == QLatin1String("Q-1"))
                q1Row = row;
        }
        const QString tip
            = model->data(model->index(q1Row, ProductTableModel::QualityColumn), Qt::ToolTipRole).toString();
        QCOMPARE(tip.split(QLatin1Char('\n')),
            QStringList({ ProductTableModel::qualityKindTitle(QualityKind::NoMainImage),
                ProductTableModel::qualityKindTitle(QualityKind::NoSpecifications),
                ProductTableModel::qualityKindTitle(QualityKind::ShortTitle),
                ProductTableModel::qualityKindTitle(QualityKind::NoSupplier) }));
        QVERIFY(!page->view()->isColumnHidden(ProductTableModel::QualityColumn));

        // When the operator picks a problem, the grid shows only the products that have it
        auto *problem = page->findChild<QComboBox *>(QStringLiteral("qualityFilter"));
        QVERIFY(problem);
        problem->setCurrentIndex(problem->findData(int(QualityKind::PriceSpread)));
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, ProductTableModel::SourceIdColumn)).toString(),
            QStringLiteral("Q-2"), 15000);
        problem->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 42, 15000);

        // The currency field, then a specification name=value
        auto *currency = page->findChild<QComboBox *>(QStringLiteral("currencyFilter"));
        QVERIFY(currency);
        currency->setEditText(QStringLiteral("usd"));
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 2, 15000);
        currency->setEditText(QString());
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 42, 15000);
        auto *spec = page->findChild<QLineEdit *>(QStringLiteral("specificationFilter"));
        QVERIFY(spec);
        QTest::keyClicks(spec, QStringLiteral("color=red"));
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 20, 15000);
        spec->setText(QStringLiteral("材质"));
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 1, 15000);
        spec->clear();
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 42, 15000);

        // The title search (FTS5 on SQLite) with a problem
        QTest::keyClicks(page->searchField(), QStringLiteral("bottle #1"));
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 11, 15000);
        problem->setCurrentIndex(problem->findData(int(QualityKind::NoMainImage)));
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 11, 15000);
        problem->setCurrentIndex(problem->findData(int(QualityKind::NoSupplier)));
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 0, 15000);
        problem->setCurrentIndex(problem->findData(int(QualityKind::ShortTitle)));
        page->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 1, 15000);
        problem->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 42, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->data(model->index(0, 0), PagedTableModel::LoadedRole).toBool(), 15000);

        // A person looks at the grid with the Quality column in view
        page->view()->scrollTo(model->index(0, ProductTableModel::QualityColumn));
        if (engine == QLatin1String("sqlite"))
            QVERIFY(saveScreenshot(&window, QStringLiteral("quality-grid")));
    }

    void shouldShowTheQualityTileOnTheDashboard_data() { engines(); }
    void shouldShowTheQualityTileOnTheDashboard()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedQualityView(*db));
        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DashboardWindow *dashboard = window.showStatistics();
        QVERIFY(dashboard);
        dashboard->resize(1500, 900);
        QVERIFY(QTest::qWaitForWindowExposed(dashboard));
        QTRY_VERIFY_WITH_TIMEOUT(
            dashboard->statistics().quality.has_value() && !dashboard->isRefreshing(), 15000);
        const QualityReport &report = *dashboard->statistics().quality;
        QCOMPARE(report.products, 42);
        const QLocale locale;
        const auto tile = [&](QualityKind kind) {
            return dashboard->tileText(QStringLiteral("quality_") + qualityKindText(kind));
        };
        // 42 without an image URL, 1 without specifications, 1 short title, 1 spread, 1 without supplier
        QCOMPARE(tile(QualityKind::NoMainImage).section(QLatin1Char('\n'), 0, 0), locale.toString(42));
        QCOMPARE(tile(QualityKind::NoMainImage), locale.toString(42) + QStringLiteral("\ne.g. C-00, C-01"));
        QCOMPARE(tile(QualityKind::NoSupplier), locale.toString(1) + QStringLiteral("\ne.g. Q-1"));
        QCOMPARE(tile(QualityKind::PriceSpread), locale.toString(1) + QStringLiteral("\ne.g. Q-2"));
        QCOMPARE(tile(QualityKind::ImageNotStored).section(QLatin1Char('\n'), 0, 0), locale.toString(0));
        QCOMPARE(tile(QualityKind::StaleSync).section(QLatin1Char('\n'), 0, 0), locale.toString(0));
        if (engine == QLatin1String("sqlite"))
            QVERIFY(saveScreenshot(dashboard, QStringLiteral("quality-dashboard")));
    }
};

CATALOG_TEST_MAIN(QualityViewTest)
#include "tst_qualityview.moc"
