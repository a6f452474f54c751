#include "pendingcommand.h"

#include "pagedtablemodel.h"

namespace catalog {

PendingCommand::PendingCommand(PagedTableModel *model, QList<Entry> entries, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_entries(std::move(entries))
{
}

void PendingCommand::redo()
{
    for (const Entry &e : std::as_const(m_entries))
        m_model->applyPending(e.key, e.after);
}

void PendingCommand::undo()
{
    for (const Entry &e : std::as_const(m_entries))
        m_model->applyPending(e.key, e.before);
}

} // namespace catalog
