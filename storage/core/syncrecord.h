#pragma once

#include "core/job.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace catalog {

// One row of `sync_records`: the journal entry of a job (import, backup, check, ...).
struct SyncRecord
{
    qint64 id = 0;
    QString taskId;
    JobKind kind = JobKind::Import;
    JobStatus status = JobStatus::Running;
    QDateTime startTime;
    QDateTime endTime;
    qint64 totalCount = 0;
    qint64 successCount = 0;
    qint64 errorCount = 0;
    QJsonArray errorDetails; // [{line|source_id, field, message}]
};

} // namespace catalog
