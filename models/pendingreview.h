#pragma once

#include "pendingedits.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace catalog {

class PagedTableModel;

// One field a pending change writes, as the grid shows it.
struct ReviewedField
{
    QString field; // the column's title
    QString before; // empty for a new row
    QString after;
};

// One pending change of a model, described for the operator: what happens to which row and which
// fields it changes.
struct ReviewedChange
{
    PendingEdits::Kind kind = PendingEdits::Kind::None;
    qint64 id = 0; // 0 for a new row
    QString row; // "P-001 — Steel kettle"
    QList<ReviewedField> fields; // edits: each changed column, old → new; new rows: every filled column
};

// Reads a model's pending changes (PendingEdits) into ReviewedChanges: stored rows by id, then the new
// rows in the order they were added. Plain data, GUI thread (it reads the model); nothing is changed.
class PendingReview
{
    Q_DECLARE_TR_FUNCTIONS(PendingReview)

public:
    static QList<ReviewedChange> of(const PagedTableModel &model);
    static QString kindTitle(PendingEdits::Kind kind); // "Update", "Insert", "Delete", "Restore"
};

} // namespace catalog
