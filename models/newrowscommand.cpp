#include "newrowscommand.h"

#include "pagedtablemodel.h"

namespace catalog {

NewRowsCommand::NewRowsCommand(
    PagedTableModel *model, QList<PendingEdits::NewRow> rows, bool remove, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_rows(std::move(rows))
    , m_remove(remove)
{
}

void NewRowsCommand::redo()
{
    m_remove ? removeRows() : addRows();
}

void NewRowsCommand::undo()
{
    m_remove ? addRows() : removeRows();
}

void NewRowsCommand::addRows()
{
    m_model->insertNewRows(m_rows);
}

void NewRowsCommand::removeRows()
{
    QList<int> keys;
    for (const PendingEdits::NewRow &r : std::as_const(m_rows))
        keys << r.key;
    m_model->removeNewRows(keys);
}

} // namespace catalog
