#pragma once

#include "pagedtablemodel.h"
#include "recordtypes.h"

namespace catalog {

class ConnectionManager;

// The job journal (imports, syncs, backups, checks), newest first, read-only (see
// PagedTableModel). RecordRole holds a catalog::SyncRecord. The ConnectionManager must outlive it.
class SyncRecordTableModel : public PagedTableModel
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
    CountJob makeCountJob() const override;
    PageJob makePageJob(const PageQuery &query) const override;
    qint64 recordId(const QVariant &record) const override;
    QVariant recordValue(const QVariant &record, int column, int role) const override;

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
