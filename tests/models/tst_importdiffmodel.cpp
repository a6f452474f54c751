// ImportDiffModel: the import wizard's diff tree, its ticks and the counts that follow them.

#include "importdiffmodel.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace catalog;

namespace {

ImportDiff::Entry entry(ImportDiff::Kind kind, qint64 line, const QString &sourceId,
    const QList<ImportDiff::FieldChange> &changes = {})
{
    ImportDiff::Entry e;
    e.kind = kind;
    e.line = line;
    e.sourceId = sourceId;
    e.title = QStringLiteral("Title ") + sourceId;
    e.changes = changes;
    return e;
}

// New N, changed C1 (price_min) and C2 (title, supplier), unchanged U, one rejected row.
ImportDiff sampleDiff()
{
    ImportDiff diff;
    diff.add(entry(ImportDiff::Kind::New, 2, QStringLiteral("N")));
    diff.add(entry(ImportDiff::Kind::Changed, 3, QStringLiteral("C1"),
        { { QStringLiteral("price_min"), QStringLiteral("1.00"), QStringLiteral("1.50") } }));
    diff.add(entry(ImportDiff::Kind::Changed, 4, QStringLiteral("C2"),
        { { QStringLiteral("title"), QStringLiteral("Mug"), QStringLiteral("Mug ") },
            { QStringLiteral("supplier_source_id"), QString(), QStringLiteral("S-1") } }));
    diff.add(entry(ImportDiff::Kind::Unchanged, 5, QStringLiteral("U")));
    diff.report.errors << ProductImporter::RowError { 6, QStringLiteral("R"), QStringLiteral("price_min"),
        QStringLiteral("is not a number") };
    diff.report.rejected = 1;
    diff.counts.rejected = 1;
    return diff;
}

// A row of the tree as one string: "name|stored|file|line".
QString rowText(const QAbstractItemModel &model, const QModelIndex &index)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(index.parent()); ++c)
        cells << model.index(index.row(), c, index.parent()).data().toString();
    return cells.join(QLatin1Char('|'));
}

QStringList groupTitles(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int g = 0; g < model.rowCount(); ++g)
        titles << model.index(g, 0).data().toString();
    return titles;
}

} // namespace

class tst_ImportDiffModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowNothingWithoutADiff()
    {
        ImportDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasDiff());
        QVERIFY(model.exclusions().isEmpty());
    }

    void shouldShowTheGroupsProductsAndFields()
    {
        // Given a model under test, then a diff
        ImportDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(sampleDiff());
        // Then four groups with their counts
        QCOMPARE(groupTitles(model),
            (QStringList { QStringLiteral("New (1)"), QStringLiteral("Changed (2)"),
                QStringLiteral("Unchanged (1)"), QStringLiteral("Rejected (1)") }));
        const QModelIndex changed = model.index(ImportDiffModel::ChangedGroup, 0);
        QCOMPARE(model.rowCount(changed), 2);
        const QModelIndex c2 = model.index(1, 0, changed);
        QCOMPARE(rowText(model, c2), QStringLiteral("C2 · Title C2|||4"));
        QCOMPARE(c2.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        // a changed product's fields under the grid's column titles, stored → file, a trailing
        // space and NULL made visible
        QCOMPARE(model.rowCount(c2), 2);
        QCOMPARE(rowText(model, model.index(0, 0, c2)), QStringLiteral("Title|Mug|\"Mug \"|"));
        QCOMPARE(rowText(model, model.index(1, 0, c2)), QStringLiteral("Supplier|(none)|S-1|"));
        QCOMPARE(rowText(model, model.index(0, 0, model.index(0, 0, changed))),
            QStringLiteral("Price from|1.00|1.50|"));
        QCOMPARE(model.parent(model.index(1, 0, c2)), c2);
        // the rejected row with its line, field and reason; not checkable
        const QModelIndex rejected = model.index(0, 0, model.index(ImportDiffModel::RejectedGroup, 0));
        QCOMPARE(rowText(model, rejected), QStringLiteral("R · Price from||is not a number|6"));
        QVERIFY(!(model.flags(rejected) & Qt::ItemIsUserCheckable));
        QCOMPARE(model.rowCount(model.index(0, 0, model.index(ImportDiffModel::NewGroup, 0))), 0);
    }

    void shouldFollowTheTicksInCountsAndExclusions()
    {
        ImportDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(sampleDiff());
        QSignalSpy changedSignal(&model, &ImportDiffModel::exclusionsChanged);
        const QModelIndex changed = model.index(ImportDiffModel::ChangedGroup, 0);
        const QModelIndex c1 = model.index(0, 0, changed);
        const QModelIndex c2 = model.index(1, 0, changed);

        // When the operator unticks C1 and the new product
        QVERIFY(model.setData(c1, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.setData(
            model.index(0, 0, model.index(ImportDiffModel::NewGroup, 0)), Qt::Unchecked, Qt::CheckStateRole));
        // Then both are left alone and the counts follow
        QCOMPARE(model.exclusions().products, (QSet<QString> { QStringLiteral("C1"), QStringLiteral("N") }));
        QCOMPARE(groupTitles(model).mid(0, 3),
            (QStringList {
                QStringLiteral("New (0)"), QStringLiteral("Changed (1)"), QStringLiteral("Unchanged (1)") }));
        QCOMPARE(model.counts().excluded, 2);
        QCOMPARE(changedSignal.size(), 2);
        // and the fields of a product left alone cannot be ticked on their own
        QVERIFY(!(model.flags(model.index(0, 0, c1)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(model.index(0, 0, c1), Qt::Unchecked, Qt::CheckStateRole));

        // When one of C2's two fields is unticked, C2 is still changed; when both, it is unchanged
        QVERIFY(model.setData(model.index(0, 0, c2), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(
            model.exclusions().fields.value(QStringLiteral("C2")), QSet<QString> { QStringLiteral("title") });
        QCOMPARE(model.counts().changed, 1);
        QVERIFY(model.setData(model.index(1, 0, c2), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.counts().changed, 0);
        QCOMPARE(model.counts().unchanged, 2);
        QCOMPARE(model.index(1, 0, c2).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        // Ticking again undoes it; the same tick twice changes nothing
        QVERIFY(model.setData(model.index(0, 0, c2), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0, 0, c2), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.counts().changed, 1);
        QVERIFY(model.setData(c1, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.exclusions().products, QSet<QString> { QStringLiteral("N") });

        // A new diff starts with everything ticked
        model.setDiff(sampleDiff());
        QVERIFY(model.exclusions().isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

CATALOG_TEST_GUILESS_MAIN(tst_ImportDiffModel)
#include "tst_importdiffmodel.moc"
