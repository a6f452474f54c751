// The small-selection path of a bulk edit: pending edits in the grid's model, one undo step.
#include "bulkpendingedit.h"
#include "fixtures.h"
#include "producttablemodel.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace catalog;
using namespace catalog::test;

namespace {

// A row as one string, every column the bulk edit can touch and the pending state.
QString rowText(const ProductTableModel &model, int row)
{
    QStringList cells;
    for (const int column : { ProductTableModel::PriceMinColumn, ProductTableModel::PriceMaxColumn,
             ProductTableModel::CurrencyColumn, ProductTableModel::MoqColumn,
             ProductTableModel::SupplierColumn, ProductTableModel::StatusColumn })
        cells << model.data(model.index(row, column), Qt::EditRole).toString();
    cells << model.data(model.index(row, 0), PagedTableModel::PendingRole).toString();
    return cells.join(u'|');
}

} // namespace

class BulkPendingEditTest : public QObject
{
    Q_OBJECT

private slots:
    // Given loaded rows, when a bulk edit is applied to three of them, then they are pending with the
    // database's price rule, the rest untouched, one Undo restores every field, and Save stores them.
    void shouldApplyOneUndoableStepToTheSelection_data() { engines(); }
    void shouldApplyOneUndoableStepToTheSelection()
    {
        OPEN_TEST_DATABASE(db);
        Supplier s;
        s.sourceId = QStringLiteral("S-9");
        s.name = QStringLiteral("Nine");
        const qint64 supplier = SupplierRepository(db->connections()).create(s)->id;
        QList<Product> products;
        for (int i = 0; i < 5; ++i) {
            Product p = minimalProduct(QStringLiteral("B-%1").arg(i));
            p.priceMin = Decimal2::fromHundredths(125 + i);
            p.priceMax = Decimal2::fromHundredths(995 + i);
            products << p;
        }
        products[2].priceMin = Decimal2::fromHundredths(50);
        products[2].priceMax = Decimal2::fromHundredths(200);
        QVERIFY_OK(ProductRepository(db->connections()).upsert(products));

        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(ProductTableModel::SourceIdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        QCOMPARE(model.rowCount(), 5);
        QStringList before;
        for (int row = 0; row < 5; ++row)
            before << rowText(model, row);

        BulkEdit edit;
        edit.priceMode = BulkEdit::PriceMode::Amount;
        edit.priceValue = Decimal2::fromHundredths(-100); // B-2 would fall below 0
        edit.syncStatus = QStringLiteral("synced");
        edit.moq = 6;
        edit.supplierId = supplier;
        QVERIFY(BulkPendingEdit::canApply(edit));
        const int steps = model.undoStack()->count();
        const BulkPendingEdit::Outcome outcome
            = BulkPendingEdit::apply(model, { 0, 2, 3 }, edit, QStringLiteral("Bulk edit"));
        QCOMPARE(outcome.changed, 2);
        QCOMPARE(outcome.refused.size(), 1);
        QVERIFY2(outcome.refused.at(0).startsWith(QStringLiteral("B-2: the price would fall below 0")),
            qPrintable(outcome.refused.at(0)));
        QCOMPARE(model.undoStack()->count(), steps + 1);
        QCOMPARE(model.data(model.index(0, ProductTableModel::PriceMinColumn), Qt::EditRole).toString(),
            edit.adjustedPrice(Decimal2::fromHundredths(125)).toString());
        QCOMPARE(model.data(model.index(3, ProductTableModel::PriceMaxColumn), Qt::EditRole).toString(),
            QStringLiteral("8.98"));
        QCOMPARE(model.data(model.index(3, ProductTableModel::MoqColumn), Qt::EditRole).toInt(), 6);
        QCOMPARE(model.data(model.index(0, 0), PagedTableModel::PendingRole).toBool(), true);
        for (const int row : { 1, 2, 4 })
            QCOMPARE(rowText(model, row), before.at(row));

        model.undoStack()->undo();
        for (int row = 0; row < 5; ++row)
            QCOMPARE(rowText(model, row), before.at(row));
        QVERIFY(!model.hasPendingChanges());

        model.undoStack()->redo();
        QSignalSpy saved(&model, &PagedTableModel::saved);
        model.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const Product stored
            = ProductRepository(db->connections()).findBySourceId(QStringLiteral("B-3")).value();
        QCOMPARE(stored.priceMin->toString(), QStringLiteral("0.28"));
        QCOMPARE(stored.priceMax->toString(), QStringLiteral("8.98"));
        QCOMPARE(stored.syncStatus, QStringLiteral("synced"));
        QCOMPARE(*stored.supplierId, supplier);
        QCOMPARE(stored.version, 2);
        QCOMPARE(SupplierRepository(db->connections()).findById(supplier)->productCount, 2);
    }

    // Specification changes are not grid columns: the dialog sends them to the database job.
    void shouldLeaveSpecificationChangesToTheJob()
    {
        BulkEdit edit;
        edit.specMode = BulkEdit::SpecMode::Remove;
        edit.specKey = QStringLiteral("colour");
        QVERIFY(!BulkPendingEdit::canApply(edit));
        QVERIFY(!BulkPendingEdit::canApply(BulkEdit {}));
    }
};

CATALOG_TEST_MAIN(BulkPendingEditTest)
#include "tst_bulkpendingedit.moc"
