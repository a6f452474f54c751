#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace catalog {

// One row of `sync_records`: the journal entry of a job (import, backup, check, ...).
struct SyncRecord
{
    qint64 id = 0;
    QString taskId;
    QString operationType; // full | incremental | import | backup | restore | check
    QString status = QStringLiteral("running"); // running | completed | failed | cancelled
    QDateTime startTime;
    QDateTime endTime;
    qint64 totalCount = 0;
    qint64 successCount = 0;
    qint64 errorCount = 0;
    QJsonArray errorDetails; // [{line|source_id, field, message}]
};

} // namespace catalog
