#pragma once

#include "pendingedits.h"

#include <QUndoCommand>

namespace catalog {

class PagedTableModel;

// Replaces the pending state of some rows (stored rows by id, new rows by their negative key) with
// snapshots taken before and after a change: an edit, a deletion or a restore. Lives on the
// model's undo stack, on the GUI thread; the model outlives it.
class PendingCommand : public QUndoCommand
{
public:
    struct Entry
    {
        qint64 key;
        std::optional<PendingEdits::Pending> before;
        std::optional<PendingEdits::Pending> after;
    };
    PendingCommand(PagedTableModel *model, QList<Entry> entries, const QString &text);
    void redo() override;
    void undo() override;

private:
    PagedTableModel *m_model;
    QList<Entry> m_entries;
};

} // namespace catalog
