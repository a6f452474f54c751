#pragma once

#include "bulk/bulkedit.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace catalog {

class ProductTableModel;

// The small-selection side of a bulk edit: the edit applied to loaded rows of the grid as ordinary
// pending edits (setData, removeRows, restoreRows) inside one undo macro, so Undo takes the whole
// bulk edit back and Save writes it like any edit (with the optimistic lock). Prices follow
// BulkEdit::adjustedPrice, the rule the database job applies. A row the edit refuses (see
// BulkEdit::applyTo) or the model refuses (a rule of the validator) is left as it is and named in
// the outcome. Specification changes are not columns of the grid: canApply() says false for them,
// and such an edit runs as a BulkUpdateJob whatever the size of the selection.
//
// GUI thread only; the model must outlive the call.
class BulkPendingEdit
{
public:
    struct Outcome
    {
        int changed = 0;
        QStringList refused; // "SOURCE_ID: reason"
    };

    static bool canApply(const BulkEdit &edit);
    static Outcome apply(
        ProductTableModel &model, const QList<int> &rows, const BulkEdit &edit, const QString &text);

private:
    static bool applyFields(
        ProductTableModel &model, int row, const Product &before, const Product &after, QString *reason);
};

} // namespace catalog
