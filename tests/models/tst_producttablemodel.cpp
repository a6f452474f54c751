// The product table model against SQLite and PostgreSQL, always under QAbstractItemModelTester
// (fatal mode), created before the model loads so it sees every signal.

#include "repositories/productrepository.h"
#include "producttablemodel.h"
#include "repositories/supplierrepository.h"
#include "suppliertablemodel.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace catalog;
using namespace catalog::test;

namespace {

constexpr int kProducts = 537; // not a multiple of any page size

Product makeProduct(int i, std::optional<qint64> supplierId)
{
    Product p;
    p.sourceId = QStringLiteral("P-%1").arg(i, 5, 10, QLatin1Char('0'));
    p.title
        = i % 3 == 0 ? QStringLiteral("不锈钢保温杯 %1").arg(i) : QStringLiteral("Cotton T-shirt %1").arg(i);
    p.priceMin = Decimal2::fromHundredths(100 + (i * 7919) % 50000);
    p.priceMax = Decimal2::fromHundredths(p.priceMin->hundredths() + 500);
    p.moq = 1 + i % 50;
    p.supplierId = supplierId;
    p.syncStatus = i % 4 == 0 ? QStringLiteral("failed") : QStringLiteral("synced");
    return p;
}

struct Fixture
{
    std::unique_ptr<TestDatabase> db;
    qint64 supplierId = 0;
};

bool seed(TestDatabase &db, qint64 *supplierId)
{
    Supplier s;
    s.sourceId = QStringLiteral("S-1");
    s.name = QStringLiteral("义乌市恒达日用品厂");
    const auto supplier = SupplierRepository(db.connections()).create(s);
    if (!supplier)
        return false;
    *supplierId = supplier->id;
    QList<Product> products;
    for (int i = 0; i < kProducts; ++i)
        products << makeProduct(i, i % 2 ? std::optional<qint64>(supplier->id) : std::nullopt);
    return ProductRepository(db.connections()).upsert(products).ok();
}

// Touches every row so that each page is fetched, waiting as the model loads.
bool loadAll(PagedTableModel &model)
{
    for (int row = 0; row < model.rowCount(); row += model.pageSize()) {
        if (!model.data(model.index(row, 0), PagedTableModel::LoadedRole).toBool()) {
            if (!QTest::qWaitFor(
                    [&] { return model.data(model.index(row, 0), PagedTableModel::LoadedRole).toBool(); },
                    10000))
                return false;
        }
    }
    return true;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

int rowOfSource(const QAbstractItemModel &model, const QString &sourceId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(model, row, ProductTableModel::SourceIdColumn) == sourceId)
            return row;
    }
    return -1;
}

} // namespace

class ProductTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoadLazilyInPagesWithATrueRowCount_data() { engines(); }
    void shouldLoadLazilyInPagesWithATrueRowCount()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));

        // Given a model with small pages and a small cache
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(50);
        model.setMaxCachedPages(3);
        model.sort(ProductTableModel::SourceIdColumn, Qt::AscendingOrder);

        // When it has loaded
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);

        // Then the row count is the whole table, but only the first page is in memory
        QCOMPARE(model.rowCount(), kProducts);
        QCOMPARE(model.totalCount(), qint64(kProducts));
        QCOMPARE(model.cachedPageCount(), 1);
        QCOMPARE(cell(model, 0, ProductTableModel::SourceIdColumn), QStringLiteral("P-00000"));

        // A row far away is a placeholder until its page arrives (read from the end, reversed)
        const QModelIndex last = model.index(kProducts - 1, ProductTableModel::SourceIdColumn);
        QCOMPARE(model.data(last, PagedTableModel::LoadedRole).toBool(), false);
        QCOMPARE(model.data(last).toString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(model.data(last).toString(),
            QStringLiteral("P-%1").arg(kProducts - 1, 5, 10, QLatin1Char('0')), 10000);
        QCOMPARE(cell(model, kProducts - 30, ProductTableModel::SourceIdColumn),
            QStringLiteral("P-%1").arg(kProducts - 30, 5, 10, QLatin1Char('0')));

        // Scrolling through everything keeps the cache bounded and every row in its place
        QVERIFY(loadAll(model));
        QVERIFY(model.cachedPageCount() <= 3);
        QVERIFY(loadAll(model));
        for (int row : { 0, 49, 50, 268, 269, 300, 487, 536 }) {
            const QModelIndex i = model.index(row, ProductTableModel::SourceIdColumn);
            QTRY_VERIFY_WITH_TIMEOUT(model.data(i, PagedTableModel::LoadedRole).toBool(), 10000);
            QCOMPARE(model.data(i).toString(), QStringLiteral("P-%1").arg(row, 5, 10, QLatin1Char('0')));
        }
        // The supplier column shows the name, and edits by id
        const int withSupplier = 1;
        QTRY_VERIFY_WITH_TIMEOUT(
            model.data(model.index(withSupplier, 0), PagedTableModel::LoadedRole).toBool(), 10000);
        QCOMPARE(cell(model, withSupplier, ProductTableModel::SupplierColumn),
            QStringLiteral("义乌市恒达日用品厂"));
        QCOMPARE(model.data(model.index(withSupplier, ProductTableModel::SupplierColumn), Qt::EditRole)
                     .toLongLong(),
            supplierId);
    }

    void shouldContinueFromNeighbouringPagesInBothDirections_data() { engines(); }
    void shouldContinueFromNeighbouringPagesInBothDirections()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));
        // The default order, updated_at descending: on PostgreSQL the whole seeded batch shares one
        // timestamp (with microseconds), so the keys must be exact or tied rows go missing.
        PageRequest all { QStringLiteral("updated_at"), Qt::DescendingOrder, 10000 };
        const auto expected = ProductRepository(db->connections()).list({}, all);
        QVERIFY_OK(expected);
        QCOMPARE(expected->rows.size(), kProducts);
        auto verifyRow = [&](const PagedTableModel &model, int row) {
            const QModelIndex i = model.index(row, ProductTableModel::SourceIdColumn);
            if (!QTest::qWaitFor([&] { return model.data(i, PagedTableModel::LoadedRole).toBool(); }, 10000))
                return QStringLiteral("row %1 never loaded").arg(row);
            const QString shown = model.data(i).toString();
            return shown == expected->rows.at(row).sourceId
                ? QString()
                : QStringLiteral("row %1 shows %2, expected %3")
                      .arg(row)
                      .arg(shown, expected->rows.at(row).sourceId);
        };

        // Given a model scrolled from the top down: each page continues from the one above it
        {
            ProductTableModel model(db->connections());
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            model.setPageSize(50);
            model.setMaxCachedPages(4);
            QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
            for (int row = 0; row < kProducts; ++row) {
                const QString problem = verifyRow(model, row);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            QVERIFY(model.cachedPageCount() <= 4);
        }
        // And one that jumps to the end and scrolls up: each page continues backwards from the one below
        {
            ProductTableModel model(db->connections());
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            model.setPageSize(50);
            model.setMaxCachedPages(4);
            QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
            for (int row = kProducts - 1; row >= 0; --row) {
                const QString problem = verifyRow(model, row);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }
    }

    void shouldScrollSuppliersByKeyInBothDirections_data() { engines(); }
    void shouldScrollSuppliersByKeyInBothDirections()
    {
        // Given suppliers written in one batch (on PostgreSQL one now(), microseconds included),
        // listed by updated_at descending: neighbouring pages continue from exact keys
        OPEN_TEST_DATABASE(db);
        constexpr int kSuppliers = 123;
        QList<Supplier> batch;
        for (int i = 0; i < kSuppliers; ++i) {
            Supplier s;
            s.sourceId = QStringLiteral("S-%1").arg(i, 4, 10, QLatin1Char('0'));
            s.name = QStringLiteral("温州市供应商 %1").arg(i);
            batch << s;
        }
        QVERIFY_OK(SupplierRepository(db->connections()).upsert(batch));
        PageRequest all { QStringLiteral("updated_at"), Qt::DescendingOrder, 10000 };
        const auto expected = SupplierRepository(db->connections()).list({}, all);
        QVERIFY_OK(expected);
        QCOMPARE(expected->rows.size(), kSuppliers);
        auto verifyRow = [&](const PagedTableModel &model, int row) {
            const QModelIndex i = model.index(row, SupplierTableModel::SourceIdColumn);
            if (!QTest::qWaitFor([&] { return model.data(i, PagedTableModel::LoadedRole).toBool(); }, 10000))
                return QStringLiteral("row %1 never loaded").arg(row);
            const QString shown = model.data(i).toString();
            return shown == expected->rows.at(row).sourceId
                ? QString()
                : QStringLiteral("row %1 shows %2, expected %3").arg(row).arg(shown, expected->rows.at(row).sourceId);
        };
        for (const bool downwards : { true, false }) {
            // When a model is scrolled from the top down, or from the end up
            SupplierTableModel model(db->connections());
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            model.setPageSize(10);
            model.setMaxCachedPages(3);
            model.sort(SupplierTableModel::UpdatedAtColumn, Qt::DescendingOrder);
            QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
            QCOMPARE(model.rowCount(), kSuppliers);
            // Then every row shows the supplier the database lists there
            for (int step = 0; step < kSuppliers; ++step) {
                const QString problem = verifyRow(model, downwards ? step : kSuppliers - 1 - step);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            QVERIFY(model.cachedPageCount() <= 3);
        }
    }

    void shouldSortAndFilterInTheDatabase_data() { engines(); }
    void shouldSortAndFilterInTheDatabase()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(40);

        // Sorted by price, descending: the same order the database gives, across reversed pages too
        model.sort(ProductTableModel::PriceMinColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QVERIFY(loadAll(model));
        PageRequest all { QStringLiteral("price_min"), Qt::DescendingOrder, 10000 };
        const auto expected = ProductRepository(db->connections()).list({}, all);
        QVERIFY_OK(expected);
        QCOMPARE(model.rowCount(), int(expected->rows.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row, ProductTableModel::SourceIdColumn);
            QTRY_VERIFY_WITH_TIMEOUT(model.data(i, PagedTableModel::LoadedRole).toBool(), 10000);
            QCOMPARE(model.data(i).toString(), expected->rows.at(row).sourceId);
        }

        // Filtered by text, status and supplier: only the matching rows, counted by the database
        ProductFilter filter;
        filter.text = QStringLiteral("保温杯");
        filter.syncStatuses = { QStringLiteral("synced") };
        filter.supplierId = supplierId;
        model.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        const auto count = ProductRepository(db->connections()).count(filter);
        QVERIFY_OK(count);
        QVERIFY(count.value() > 0);
        QCOMPARE(model.rowCount(), int(count.value()));
        QVERIFY(loadAll(model));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(cell(model, row, ProductTableModel::TitleColumn).contains(QStringLiteral("保温杯")));
            QCOMPARE(model.data(model.index(row, ProductTableModel::StatusColumn), Qt::EditRole).toString(),
                QStringLiteral("synced"));
            QCOMPARE(
                model.data(model.index(row, ProductTableModel::SupplierColumn), Qt::EditRole).toLongLong(),
                supplierId);
        }

        // Input that looks like SQL or LIKE patterns is just text
        filter = {};
        filter.text = QStringLiteral("%' OR 1=1 --");
        model.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QCOMPARE(model.rowCount(), 0);
        filter.text = QStringLiteral("_");
        model.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldKeepEditsPendingUntilSaveAndRefuseInvalidValues_data() { engines(); }
    void shouldKeepEditsPendingUntilSaveAndRefuseInvalidValues()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(ProductTableModel::SourceIdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        ProductRepository products(db->connections());

        // When the operator edits a title and a price
        const QModelIndex title = model.index(3, ProductTableModel::TitleColumn);
        QVERIFY(model.setData(title, QStringLiteral("  Thermos cup, 500 ml  ")));
        QVERIFY(model.setData(model.index(3, ProductTableModel::PriceMaxColumn), 9999.5));
        // Then the change shows, is marked pending, and is not in the database yet
        QCOMPARE(model.data(title).toString(), QStringLiteral("Thermos cup, 500 ml"));
        QVERIFY(model.data(title, PagedTableModel::PendingRole).toBool());
        QVERIFY(model.data(title, Qt::BackgroundRole).isValid());
        QCOMPARE(model.pendingChangeCount(), 1);
        QCOMPARE(products.findBySourceId(QStringLiteral("P-00003"))->title, QStringLiteral("不锈钢保温杯 3"));

        // Invalid values are refused with the reason, and never reach the database
        QSignalSpy rejected(&model, &PagedTableModel::editRejected);
        QVERIFY(!model.setData(model.index(3, ProductTableModel::PriceMinColumn), QStringLiteral("12.345")));
        QVERIFY(
            !model.setData(model.index(3, ProductTableModel::PriceMinColumn), 1000000.0)); // above price_max
        QVERIFY(!model.setData(model.index(3, ProductTableModel::CurrencyColumn), QStringLiteral("XYZ")));
        QVERIFY(!model.setData(model.index(3, ProductTableModel::MoqColumn), 0));
        QVERIFY(!model.setData(model.index(3, ProductTableModel::TitleColumn), QStringLiteral("   ")));
        QVERIFY(!model.setData(model.index(3, ProductTableModel::StatusColumn), QStringLiteral("done")));
        QCOMPARE(rejected.size(), 6);
        QVERIFY2(rejected.at(0).at(1).toString().contains(QStringLiteral("price_min")),
            qPrintable(rejected.at(0).at(1).toString()));
        QVERIFY2(rejected.at(1).at(1).toString().contains(QStringLiteral("greater than price_max")),
            qPrintable(rejected.at(1).at(1).toString()));
        QVERIFY(rejected.at(2).at(1).toString().contains(QStringLiteral("ISO 4217")));
        QCOMPARE(
            model.data(model.index(3, ProductTableModel::CurrencyColumn)).toString(), QStringLiteral("CNY"));
        // Read-only columns cannot be edited
        QVERIFY(!model.setData(model.index(3, ProductTableModel::IdColumn), 42));
        QVERIFY(!model.setData(model.index(3, ProductTableModel::VersionColumn), 42));

        // When saved, the change is in the database and nothing is pending
        QSignalSpy saved(&model, &PagedTableModel::saved);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        const auto stored = products.findBySourceId(QStringLiteral("P-00003"));
        QVERIFY_OK(stored);
        QCOMPARE(stored->title, QStringLiteral("Thermos cup, 500 ml"));
        QCOMPARE(stored->priceMax, Decimal2::parse(QStringLiteral("9999.50")));
        QCOMPARE(stored->version, 2);
        QCOMPARE(model.pendingChangeCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            model.data(model.index(3, ProductTableModel::VersionColumn)).toInt(), 2, 10000);
        QVERIFY(!model.data(title, PagedTableModel::PendingRole).toBool());
    }

    // A saved row shows its data-quality problems as soon as the save is done, not only once the
    // refreshed page arrives (and not its problems from before the edit).
    void shouldShowTheQualityOfSavedRowsAtOnce_data() { engines(); }
    void shouldShowTheQualityOfSavedRowsAtOnce()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(ProductTableModel::SourceIdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        const auto quality = [&](int row) {
            const QModelIndex index = model.index(row, ProductTableModel::QualityColumn);
            return std::make_pair(index.data().toInt(), index.data(Qt::ToolTipRole).toString());
        };
        const QString shortTitle = ProductTableModel::qualityKindTitle(QualityKind::ShortTitle);
        // Given P-00003 with a short title (no image, no specifications) and P-00004 with a long one
        // (no image, no specifications, no supplier)
        QCOMPARE(cell(model, 3, ProductTableModel::SourceIdColumn), QStringLiteral("P-00003"));
        QCOMPARE(quality(3).first, 3);
        QVERIFY(quality(3).second.contains(shortTitle));
        QCOMPARE(quality(4).first, 3);
        QVERIFY(!quality(4).second.contains(shortTitle));

        // When the operator lengthens the one title and shortens the other, and saves
        QVERIFY(model.setData(model.index(3, ProductTableModel::TitleColumn), QStringLiteral("Thermos cup, 500 ml")));
        QVERIFY(model.setData(model.index(4, ProductTableModel::TitleColumn), QStringLiteral("Cup")));
        std::pair<int, QString> row3;
        std::pair<int, QString> row4;
        QString title3;
        connect(&model, &PagedTableModel::saved, this, [&] {
            row3 = quality(3);
            row4 = quality(4);
            title3 = cell(model, 3, ProductTableModel::TitleColumn);
        });
        QSignalSpy saved(&model, &PagedTableModel::saved);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);

        // Then, as the save finishes, the rows show what was stored and its problems
        QCOMPARE(title3, QStringLiteral("Thermos cup, 500 ml"));
        QCOMPARE(row3.first, 2);
        QVERIFY2(!row3.second.contains(shortTitle), qPrintable(row3.second));
        QCOMPARE(row4.first, 4);
        QVERIFY2(row4.second.contains(shortTitle), qPrintable(row4.second));
        // and the refreshed page agrees
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QCOMPARE(quality(3).first, 2);
        QCOMPARE(quality(4).first, 4);
    }

    void shouldUndoRedoAndRevert_data() { engines(); }
    void shouldUndoRedoAndRevert()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(ProductTableModel::SourceIdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QUndoStack *undo = model.undoStack();

        const QModelIndex moq = model.index(0, ProductTableModel::MoqColumn);
        const int original = model.data(moq, Qt::EditRole).toInt();
        QVERIFY(model.setData(moq, 120));
        QVERIFY(model.setData(moq, 240));
        QVERIFY(model.setData(model.index(0, ProductTableModel::StatusColumn), QStringLiteral("pending")));
        QCOMPARE(undo->count(), 3);

        undo->undo();
        QCOMPARE(model.data(model.index(0, ProductTableModel::StatusColumn), Qt::EditRole).toString(),
            QStringLiteral("failed"));
        undo->undo();
        QCOMPARE(model.data(moq, Qt::EditRole).toInt(), 120);
        undo->redo();
        QCOMPARE(model.data(moq, Qt::EditRole).toInt(), 240);
        undo->undo();
        undo->undo();
        // Back where it started: nothing pending
        QCOMPARE(model.data(moq, Qt::EditRole).toInt(), original);
        QCOMPARE(model.pendingChangeCount(), 0);
        QVERIFY(!model.data(moq, PagedTableModel::PendingRole).toBool());

        // Revert drops every pending change, new rows included
        undo->redo();
        QVERIFY(model.insertRows(model.rowCount(), 2));
        QCOMPARE(model.rowCount(), kProducts + 2);
        QCOMPARE(model.pendingChangeCount(), 3);
        model.revert();
        QCOMPARE(model.rowCount(), kProducts);
        QCOMPARE(model.pendingChangeCount(), 0);
        QCOMPARE(model.data(moq, Qt::EditRole).toInt(), original);
        QCOMPARE(ProductRepository(db->connections()).findBySourceId(QStringLiteral("P-00000"))->moq,
            std::optional<int>(original));
    }

    void shouldAddDuplicateDeleteAndRestoreRows_data() { engines(); }
    void shouldAddDuplicateDeleteAndRestoreRows()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));
        ProductRepository products(db->connections());
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(ProductTableModel::SourceIdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);

        // Add a row and fill it in; duplicate another; delete a third; undo works on all of it
        QVERIFY(model.insertRows(model.rowCount(), 1));
        const int added = model.rowCount() - 1;
        QCOMPARE(model.pendingKind(added), PagedTableModel::PendingKind::Created);
        QVERIFY(
            model.setData(model.index(added, ProductTableModel::SourceIdColumn), QStringLiteral("NEW-1")));
        QVERIFY(
            model.setData(model.index(added, ProductTableModel::TitleColumn), QStringLiteral("LED 台灯")));
        QVERIFY(model.setData(model.index(added, ProductTableModel::SupplierColumn), supplierId));
        const int copy = model.duplicateRow(1);
        QCOMPARE(copy, kProducts + 1);
        QCOMPARE(cell(model, copy, ProductTableModel::SourceIdColumn), QStringLiteral("P-00001-copy"));
        QVERIFY(model.removeRows(2, 1));
        QCOMPARE(model.pendingKind(2), PagedTableModel::PendingKind::Deleted);
        QVERIFY(!(model.flags(model.index(2, ProductTableModel::TitleColumn)) & Qt::ItemIsEditable));
        QCOMPARE(model.pendingChangeCount(), 3);

        // Save: one transaction with all three
        QSignalSpy saved(&model, &PagedTableModel::saved);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QCOMPARE(products.findBySourceId(QStringLiteral("NEW-1"))->title, QStringLiteral("LED 台灯"));
        QCOMPARE(
            products.findBySourceId(QStringLiteral("NEW-1"))->supplierId, std::optional<qint64>(supplierId));
        QVERIFY_OK(products.findBySourceId(QStringLiteral("P-00001-copy")));
        QVERIFY(products.findBySourceId(QStringLiteral("P-00002"))->isDeleted());
        // The table shows the database again: +2 new, -1 deleted
        QCOMPARE(model.rowCount(), kProducts + 1);
        QVERIFY(loadAll(model));
        QVERIFY(rowOfSource(model, QStringLiteral("NEW-1")) >= 0);
        QCOMPARE(rowOfSource(model, QStringLiteral("P-00002")), -1);

        // Show deleted rows, restore the deleted one
        ProductFilter filter;
        filter.deleted = DeletedFilter::DeletedOnly;
        model.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QCOMPARE(model.rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(0, 0), PagedTableModel::LoadedRole).toBool(), 10000);
        QVERIFY(model.restoreRows({ 0 }));
        QCOMPARE(model.pendingKind(0), PagedTableModel::PendingKind::Restored);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QVERIFY(!products.findBySourceId(QStringLiteral("P-00002"))->isDeleted());
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldSaveAllOrNothing_data() { engines(); }
    void shouldSaveAllOrNothing()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));
        ProductRepository products(db->connections());
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(ProductTableModel::SourceIdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);

        // An edit that is fine, and a new row whose source_id already exists
        QVERIFY(model.setData(model.index(5, ProductTableModel::TitleColumn), QStringLiteral("changed")));
        QVERIFY(model.insertRows(model.rowCount(), 1));
        const int added = model.rowCount() - 1;
        QVERIFY(
            model.setData(model.index(added, ProductTableModel::SourceIdColumn), QStringLiteral("P-00007")));
        QVERIFY(
            model.setData(model.index(added, ProductTableModel::TitleColumn), QStringLiteral("duplicate")));
        QSignalSpy failed(&model, &PagedTableModel::saveFailed);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        // Then nothing was written, the failing row is named, and the edits are still pending
        QCOMPARE(
            products.findBySourceId(QStringLiteral("P-00005"))->title, QStringLiteral("Cotton T-shirt 5"));
        QCOMPARE(failed.at(0).at(1).toInt(), added);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("P-00007")),
            qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(model.pendingChangeCount(), 2);
        // And a new row left empty is refused by validation, naming the field
        QVERIFY(
            model.setData(model.index(added, ProductTableModel::SourceIdColumn), QStringLiteral("P-NEW")));
        QVERIFY(model.insertRows(model.rowCount(), 1));
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
        QVERIFY2(failed.at(1).at(0).toString().contains(QStringLiteral("source_id")),
            qPrintable(failed.at(1).at(0).toString()));
        QCOMPARE(failed.at(1).at(1).toInt(), model.rowCount() - 1);
        QCOMPARE(products.findBySourceId(QStringLiteral("P-NEW")).error().kind, ErrorKind::NotFound);
    }

    void shouldShowBothVersionsOnConflict_data() { engines(); }
    void shouldShowBothVersionsOnConflict()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));
        ProductRepository products(db->connections());
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(ProductTableModel::SourceIdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);

        // Given my pending title edit, and someone else saving the sales count meanwhile
        QVERIFY(model.setData(model.index(4, ProductTableModel::TitleColumn), QStringLiteral("mine")));
        Product other = products.findBySourceId(QStringLiteral("P-00004")).value();
        other.salesCount = 777;
        QVERIFY_OK(products.update(other));

        // When I save: a conflict with both versions
        QSignalSpy conflict(&model, &PagedTableModel::saveConflict);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 10000);
        const Product mine = recordOf<Product>(conflict.at(0).at(0));
        const QVariant theirsVariant = conflict.at(0).at(1);
        const Product theirs = recordOf<Product>(theirsVariant);
        QCOMPARE(mine.title, QStringLiteral("mine"));
        QCOMPARE(theirs.salesCount, std::optional<int>(777));
        QCOMPARE(theirs.version, 2);
        QCOMPARE(
            products.findBySourceId(QStringLiteral("P-00004"))->title, QStringLiteral("Cotton T-shirt 4"));

        // Keeping mine overwrites my field and keeps their other change
        model.resolveConflictKeepMine(theirsVariant);
        QSignalSpy saved(&model, &PagedTableModel::saved);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const auto stored = products.findBySourceId(QStringLiteral("P-00004"));
        QCOMPARE(stored->title, QStringLiteral("mine"));
        QCOMPARE(stored->salesCount, std::optional<int>(777));
        QCOMPARE(stored->version, 3);

        // Taking theirs drops my edit
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QVERIFY(model.setData(model.index(4, ProductTableModel::TitleColumn), QStringLiteral("mine again")));
        Product third = stored.value();
        third.title = QStringLiteral("theirs");
        QVERIFY_OK(products.update(third));
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 2, 10000);
        model.resolveConflictTakeTheirs(conflict.at(1).at(1));
        QCOMPARE(model.pendingChangeCount(), 0);
        QCOMPARE(cell(model, 4, ProductTableModel::TitleColumn), QStringLiteral("theirs"));
    }

    void supplierModelShouldLoadEditAndSave_data() { engines(); }
    void supplierModelShouldLoadEditAndSave()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));
        SupplierTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, SupplierTableModel::ProductCountColumn)).toInt(), kProducts / 2);
        QVERIFY(!model.setData(model.index(0, SupplierTableModel::RatingColumn), 7.5));
        QVERIFY(
            model.setData(model.index(0, SupplierTableModel::LocationColumn), QStringLiteral("浙江 义乌")));
        QVERIFY(model.insertRows(1, 1));
        QVERIFY(model.setData(model.index(1, SupplierTableModel::SourceIdColumn), QStringLiteral("S-2")));
        QVERIFY(model.setData(
            model.index(1, SupplierTableModel::NameColumn), QStringLiteral("Guangzhou Textiles")));
        QSignalSpy saved(&model, &PagedTableModel::saved);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QCOMPARE(model.rowCount(), 2);
        SupplierRepository suppliers(db->connections());
        QCOMPARE(suppliers.findById(supplierId)->location, QStringLiteral("浙江 义乌"));
        QCOMPARE(suppliers.findBySourceId(QStringLiteral("S-2"))->name, QStringLiteral("Guangzhou Textiles"));
        // Sorted by name: "Guangzhou…" before "义乌…"
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(model, 0, SupplierTableModel::NameColumn), QStringLiteral("Guangzhou Textiles"), 10000);
        // A supplier that still has products cannot be deleted: the save says why
        QSignalSpy failed(&model, &PagedTableModel::saveFailed);
        QVERIFY(model.removeRows(1, 1));
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("still has")),
            qPrintable(failed.at(0).at(0).toString()));
    }

    // Each contact field is a column: edited like any other, checked for its shape (a rejected
    // value says why), an empty value removes the key, keys other tools wrote stay.
    void supplierModelShouldEditContactFields_data() { engines(); }
    void supplierModelShouldEditContactFields()
    {
        OPEN_TEST_DATABASE(db);
        qint64 supplierId = 0;
        QVERIFY(seed(*db, &supplierId));
        SupplierRepository suppliers(db->connections());
        Supplier stored = suppliers.findById(supplierId).value();
        stored.contactInfo = QJsonObject { { QStringLiteral("contact"), QStringLiteral("老王") },
            { QStringLiteral("wangwang"), QStringLiteral("laowang") } };
        QVERIFY_OK(suppliers.update(stored));
        SupplierTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, SupplierTableModel::ContactPersonColumn), QStringLiteral("老王"), 10000);
        QCOMPARE(model.headerData(SupplierTableModel::QQColumn, Qt::Horizontal).toString(), QStringLiteral("QQ"));
        QSignalSpy rejected(&model, &PagedTableModel::editRejected);
        QVERIFY(!model.setData(model.index(0, SupplierTableModel::EmailColumn), QStringLiteral("laowang at example")));
        QCOMPARE(rejected.size(), 1);
        QVERIFY2(rejected.at(0).at(1).toString().contains(QStringLiteral("not an email address")),
            qPrintable(rejected.at(0).at(1).toString()));
        QVERIFY(model.setData(model.index(0, SupplierTableModel::EmailColumn), QStringLiteral(" laowang@example.cn ")));
        QVERIFY(model.setData(model.index(0, SupplierTableModel::ContactPersonColumn), QStringLiteral("王芳")));
        QVERIFY(model.setData(model.index(0, SupplierTableModel::PhoneColumn), QStringLiteral("0579-85001234")));
        QVERIFY(model.setData(model.index(0, SupplierTableModel::PhoneColumn), QString()));
        QCOMPARE(cell(model, 0, SupplierTableModel::EmailColumn), QStringLiteral("laowang@example.cn"));
        QSignalSpy saved(&model, &PagedTableModel::saved);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(suppliers.findById(supplierId)->contactInfo,
            std::optional<QJsonObject>(QJsonObject { { QStringLiteral("person"), QStringLiteral("王芳") },
                { QStringLiteral("email"), QStringLiteral("laowang@example.cn") },
                { QStringLiteral("wangwang"), QStringLiteral("laowang") } }));
    }
};

CATALOG_TEST_GUILESS_MAIN(ProductTableModelTest)
#include "tst_producttablemodel.moc"
