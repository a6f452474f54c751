#include "pendingreview.h"

#include "pagedtablemodel.h"

#include <algorithm>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

// The row as an operator recognises it: its source ID and its title or name.
QString rowLabel(const PagedTableModel &model, const QVariant &record)
{
    QStringList parts;
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString key = model.columnKey(c);
        if (key == u"source_id"_s || key == u"title"_s || key == u"name"_s) {
            const QString text = model.displayText(record, c);
            if (!text.isEmpty())
                parts << text;
        }
    }
    return parts.join(u" — "_s);
}

QString columnTitle(const PagedTableModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal).toString();
}

ReviewedChange editedChange(const PagedTableModel &model, qint64 id, const PendingEdits::Pending &pending)
{
    ReviewedChange change { pending.state, id, rowLabel(model, pending.original), {} };
    if (pending.state != PendingEdits::Kind::Edited)
        return change;
    QList<int> columns = pending.columns.values();
    std::sort(columns.begin(), columns.end());
    for (int c : std::as_const(columns))
        change.fields << ReviewedField { columnTitle(model, c), model.displayText(pending.original, c),
            model.displayText(pending.edited, c) };
    return change;
}

ReviewedChange createdChange(const PagedTableModel &model, const QVariant &record)
{
    ReviewedChange change { PendingEdits::Kind::Created, 0, rowLabel(model, record), {} };
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString after = model.displayText(record, c);
        if (!after.isEmpty() && model.columnKey(c) != u"id"_s)
            change.fields << ReviewedField { columnTitle(model, c), QString(), after };
    }
    return change;
}

} // namespace

QList<ReviewedChange> PendingReview::of(const PagedTableModel &model)
{
    const PendingEdits &edits = model.pendingEdits();
    const PendingEdits::ChangeList list = edits.changes();
    QList<ReviewedChange> stored;
    QList<ReviewedChange> created;
    for (qsizetype i = 0; i < list.changes.size(); ++i) {
        const qint64 key = list.keys.at(i);
        if (const PendingEdits::Pending *pending = key > 0 ? edits.find(key) : nullptr)
            stored << editedChange(model, key, *pending);
        else
            created << createdChange(model, list.changes.at(i).record);
    }
    // Stored rows by id (the pending set keeps no order a person would follow), new rows as added.
    std::sort(stored.begin(), stored.end(),
        [](const ReviewedChange &a, const ReviewedChange &b) { return a.id < b.id; });
    return stored + created;
}

QString PendingReview::kindTitle(PendingEdits::Kind kind)
{
    switch (kind) {
    case PendingEdits::Kind::Edited:
        return tr("Update");
    case PendingEdits::Kind::Created:
        return tr("Insert");
    case PendingEdits::Kind::Deleted:
        return tr("Delete");
    case PendingEdits::Kind::Restored:
        return tr("Restore");
    case PendingEdits::Kind::None:
        break;
    }
    return {};
}

} // namespace catalog
