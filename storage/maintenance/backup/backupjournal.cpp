#include "maintenance/backup/backupjournal_p.h"

#include "core/storagelog_p.h"
#include "repositories/syncrecordrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace catalog {

BackupJournal::BackupJournal(ConnectionManager &connections, JobKind kind)
    : m_connections(connections)
    , m_kind(kind)
{
}

StorageError BackupJournal::start(qint64 totalRows)
{
    const Result<SyncRecord> started = SyncRecordRepository(m_connections).start(m_kind, totalRows);
    if (!started)
        return started.error();
    m_id = started->id;
    return {};
}

StorageError BackupJournal::complete(qint64 rows)
{
    const Result<SyncRecord> finished
        = SyncRecordRepository(m_connections).finish(m_id, JobStatus::Completed, rows, 0, {});
    return finished ? StorageError() : finished.error();
}

StorageError BackupJournal::fail(const StorageError &error, qint64 errorCount)
{
    if (m_id == 0) {
        if (StorageError e = start(); !e.ok()) {
            qCWarning(lcStorage) << "could not record the failed" << jobKindText(m_kind) << "job:" << e.toString();
            return error;
        }
    }
    const JobStatus status = error.kind == ErrorKind::Cancelled ? JobStatus::Cancelled : JobStatus::Failed;
    const Result<SyncRecord> finished
        = SyncRecordRepository(m_connections)
              .finish(m_id, status, 0, errorCount,
                  QJsonArray { QJsonObject { { QStringLiteral("message"), error.message } } });
    if (!finished)
        qCWarning(lcStorage) << "could not record the end of" << jobKindText(m_kind) << "job" << m_id
                             << finished.error().toString();
    return error;
}

} // namespace catalog
