#pragma once

#include "db/connectionmanager.h"
#include "pagedtablemodel.h"
#include "recordtypes.h"

namespace catalog {

// The save job of a model over records of type T stored by Repository (which offers
// saveChanges() and findById()): the pending changes become RecordChanges applied in one
// transaction; on a conflict the stored row is read back so the operator can compare.
template <typename T, typename Repository>
PagedTableModel::SaveJob recordSaveJob(
    ConnectionManager &connections, const QList<PagedTableModel::Change> &changes)
{
    using Kind = typename RecordChange<T>::Kind;
    QList<RecordChange<T>> list;
    for (const PagedTableModel::Change &c : changes) {
        Kind kind = Kind::Update;
        if (c.kind == PagedTableModel::PendingKind::Created)
            kind = Kind::Create;
        else if (c.kind == PagedTableModel::PendingKind::Deleted)
            kind = Kind::Delete;
        else if (c.kind == PagedTableModel::PendingKind::Restored)
            kind = Kind::Restore;
        list << RecordChange<T> { kind, recordOf<T>(c.record) };
    }
    ConnectionManager *pool = &connections;
    return [pool, list]() -> PagedTableModel::SaveOutcome {
        Repository repository(*pool);
        Result<QList<T>> stored = repository.saveChanges(list);
        PagedTableModel::SaveOutcome outcome;
        if (stored) {
            for (const T &record : stored.value())
                outcome.stored << QVariant::fromValue(record);
            return outcome;
        }
        outcome.error = stored.error();
        const int index = outcome.error.batchIndex;
        if (outcome.error.kind == ErrorKind::Conflict && index >= 0 && index < list.size()) {
            Result<T> theirs = repository.findById(list.at(index).record.id);
            if (theirs)
                outcome.theirs = QVariant::fromValue(theirs.value());
        }
        return outcome;
    };
}

} // namespace catalog
