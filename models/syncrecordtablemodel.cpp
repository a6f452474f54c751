#include "syncrecordtablemodel.h"

#include "fieldedit.h"
#include "statuscolors.h"

#include <QJsonDocument>
#include <QLocale>

namespace catalog {

SyncRecordTableModel::SyncRecordTableModel(ConnectionManager &connections, QObject *parent)
    : ListTableModel(connections, parent)
{
    sort(StartColumn, Qt::DescendingOrder);
    reload();
}

QString SyncRecordTableModel::operationTitle(JobKind kind)
{
    switch (kind) {
    case JobKind::Full: return tr("Full sync");
    case JobKind::Incremental: return tr("Incremental sync");
    case JobKind::Import: return tr("Import");
    case JobKind::Backup: return tr("Backup");
    case JobKind::Restore: return tr("Restore");
    case JobKind::Check: return tr("Consistency check");
    case JobKind::FetchImages: return tr("Image fetch");
    case JobKind::BulkEdit: return tr("Bulk edit");
    case JobKind::Export: return tr("Export");
    case JobKind::Optimize: return tr("Optimisation");
    case JobKind::CleanupBackups: return tr("Backup clean-up");
    case JobKind::Purge: return tr("Purge");
    case JobKind::DemoData: return tr("Demo data");
    case JobKind::Repair: return tr("Consistency repair");
    }
    return jobKindText(kind);
}

QString SyncRecordTableModel::statusTitle(JobStatus status)
{
    switch (status) {
    case JobStatus::Running: return tr("Running");
    case JobStatus::Completed: return tr("Completed");
    case JobStatus::Failed: return tr("Failed");
    case JobStatus::Cancelled: return tr("Cancelled");
    }
    return jobStatusText(status);
}

QList<PagedTableModel::ColumnSpec> SyncRecordTableModel::columns() const
{
    return {
        { QStringLiteral("id"), tr("ID"), false, false },
        { QStringLiteral("operation_type"), tr("Operation"), false, false },
        { QStringLiteral("status"), tr("Status"), false, false },
        { QStringLiteral("start_time"), tr("Started"), false, true },
        { QStringLiteral("end_time"), tr("Duration"), false, false },
        { QStringLiteral("total_count"), tr("Total"), false, false },
        { QStringLiteral("success_count"), tr("Succeeded"), false, false },
        { QStringLiteral("error_count"), tr("Errors"), false, false },
        { QStringLiteral("rate"), tr("Rows/s"), false, false },
    };
}

qint64 SyncRecordTableModel::recordId(const QVariant &record) const
{
    return recordOf<SyncRecord>(record).id;
}

QVariant SyncRecordTableModel::recordValue(const QVariant &record, int column, int role) const
{
    const SyncRecord &r = recordOf<SyncRecord>(record);
    if (role == Qt::TextAlignmentRole)
        return column >= TotalColumn || column == IdColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                           : QVariant();
    if (role == Qt::ForegroundRole && column == StatusColumn) {
        if (r.status == JobStatus::Failed)
            return StatusColors::current().color(StatusColors::Role::Error);
        if (r.status == JobStatus::Completed)
            return StatusColors::current().color(StatusColors::Role::Ok);
        return {};
    }
    if (role == Qt::ToolTipRole && !r.errorDetails.isEmpty())
        return QString::fromUtf8(QJsonDocument(r.errorDetails).toJson(QJsonDocument::Indented)).left(2000);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QLocale locale;
    switch (column) {
    case IdColumn:
        return r.id;
    case OperationColumn:
        return operationTitle(r.kind);
    case StatusColumn:
        return statusTitle(r.status);
    case StartColumn:
        return fieldedit::displayTimestamp(r.startTime);
    case DurationColumn:
        if (!r.endTime.isValid() || !r.startTime.isValid())
            return {};
        return tr("%1 s").arg(locale.toString(double(r.startTime.msecsTo(r.endTime)) / 1000.0, 'f', 1));
    case TotalColumn:
        return locale.toString(r.totalCount);
    case SuccessColumn:
        return locale.toString(r.successCount);
    case ErrorColumn:
        return locale.toString(r.errorCount);
    default:
        return {};
    }
}

} // namespace catalog
