#pragma once

#include "listtablemodel.h"
#include "recordtypes.h"
#include "repositories/syncrecordrepository.h"

namespace catalog {

class ConnectionManager;

// The job journal (imports, syncs, backups, checks), newest first, read-only (see
// PagedTableModel). RecordRole holds a catalog::SyncRecord. The ConnectionManager must outlive it.
class SyncRecordTableModel : public ListTableModel<SyncRecordRepository, SyncRecord>
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        OperationColumn,
        StatusColumn,
        StartColumn,
        DurationColumn,
        TotalColumn,
        SuccessColumn,
        ErrorColumn,
        RateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SyncRecordTableModel(ConnectionManager &connections, QObject *parent = nullptr);
    static QString operationTitle(JobKind kind);
    static QString statusTitle(JobStatus status);

protected:
    QList<ColumnSpec> columns() const override;
    qint64 recordId(const QVariant &record) const override;
    QVariant recordValue(const QVariant &record, int column, int role) const override;
};

} // namespace catalog
