#pragma once

#include "pendingedits.h"

#include <QUndoCommand>

namespace catalog {

class PagedTableModel;

// Adds pending new rows at the end of the table, or (remove) takes them away again. Lives on the
// model's undo stack, on the GUI thread; the model outlives it.
class NewRowsCommand : public QUndoCommand
{
public:
    NewRowsCommand(
        PagedTableModel *model, QList<PendingEdits::NewRow> rows, bool remove, const QString &text);
    void redo() override;
    void undo() override;

private:
    void addRows();
    void removeRows();

    PagedTableModel *m_model;
    QList<PendingEdits::NewRow> m_rows;
    bool m_remove;
};

} // namespace catalog
