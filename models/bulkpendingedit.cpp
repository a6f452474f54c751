#include "bulkpendingedit.h"

#include "fieldedit.h"
#include "producttablemodel.h"

#include "core/validator.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace catalog {

bool BulkPendingEdit::canApply(const BulkEdit &edit)
{
    return edit.specMode == BulkEdit::SpecMode::None && !edit.isEmpty();
}

bool BulkPendingEdit::applyFields(
    ProductTableModel &model, int row, const Product &before, const Product &after, QString *reason)
{
    using C = ProductTableModel::Column;
    auto set = [&](C column, const QVariant &value) {
        QString why;
        const QMetaObject::Connection c = QObject::connect(&model, &PagedTableModel::editRejected, &model,
            [&why](const QModelIndex &, const QString &message) { why = message; });
        const bool ok = model.setData(model.index(row, column), value);
        QObject::disconnect(c);
        if (!ok && reason)
            *reason = why.isEmpty() ? model.lastError() : why;
        return ok;
    };
    auto price = [](const std::optional<Decimal2> &p) { return p ? QVariant(p->toString()) : QVariant(); };
    // A rising range moves its top first and a falling one its bottom, so that price_min <= price_max
    // holds after every single edit (the model checks each one).
    const bool rising = after.priceMax && before.priceMax && *after.priceMax > *before.priceMax;
    const QList<std::pair<C, QVariant>> prices = rising
        ? QList<std::pair<C, QVariant>> { { C::PriceMaxColumn, price(after.priceMax) },
              { C::PriceMinColumn, price(after.priceMin) } }
        : QList<std::pair<C, QVariant>> { { C::PriceMinColumn, price(after.priceMin) },
              { C::PriceMaxColumn, price(after.priceMax) } };
    for (const auto &[column, value] : prices) {
        if ((column == C::PriceMinColumn ? before.priceMin : before.priceMax)
                != (column == C::PriceMinColumn ? after.priceMin : after.priceMax)
            && !set(column, value))
            return false;
    }
    if (after.syncStatus != before.syncStatus && !set(C::StatusColumn, after.syncStatus))
        return false;
    if (after.currency != before.currency && !set(C::CurrencyColumn, after.currency))
        return false;
    if (after.moq != before.moq && !set(C::MoqColumn, after.moq ? QVariant(*after.moq) : QVariant()))
        return false;
    if (after.supplierId != before.supplierId && !set(C::SupplierColumn, QVariant(*after.supplierId)))
        return false;
    return true;
}

BulkPendingEdit::Outcome BulkPendingEdit::apply(
    ProductTableModel &model, const QList<int> &rows, const BulkEdit &edit, const QString &text)
{
    Outcome outcome;
    if (!canApply(edit))
        return outcome;
    QUndoStack *undo = model.undoStack();
    undo->beginMacro(text);
    for (const int row : rows) {
        const QVariant record = model.data(model.index(row, 0), PagedTableModel::RecordRole);
        if (!record.canConvert<Product>()
            || !model.data(model.index(row, 0), PagedTableModel::LoadedRole).toBool())
            continue;
        const Product before = record.value<Product>();
        Product after = before;
        QString reason = edit.applyTo(after);
        // Checked whole before the first edit, so a refused row is left without partial edits.
        if (reason.isEmpty()) {
            if (const StorageError e = fieldedit::introducedErrors(
                    validation::validateProduct(before), validation::validateProduct(after));
                !e.ok())
                reason = e.toString();
        }
        bool ok = reason.isEmpty() && applyFields(model, row, before, after, &reason);
        const bool deletes = edit.state == BulkEdit::State::Delete && !before.isDeleted();
        const bool restores = edit.state == BulkEdit::State::Restore && before.isDeleted();
        if (ok && deletes)
            ok = model.removeRows(row, 1);
        if (ok && restores)
            ok = model.restoreRows({ row });
        if (!ok) {
            outcome.refused << QCoreApplication::translate("BulkPendingEdit", "%1: %2", "product: reason")
                                   .arg(before.sourceId, reason.isEmpty() ? model.lastError() : reason);
            continue;
        }
        const bool fieldsDiffer = after.priceMin != before.priceMin || after.priceMax != before.priceMax
            || after.syncStatus != before.syncStatus || after.currency != before.currency
            || after.moq != before.moq || after.supplierId != before.supplierId;
        outcome.changed += int(fieldsDiffer || deletes || restores);
    }
    undo->endMacro();
    return outcome;
}

} // namespace catalog
