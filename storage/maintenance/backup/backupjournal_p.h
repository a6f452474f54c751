#pragma once

#include "core/storageerror.h"

#include "core/job.h"

#include <QString>

namespace catalog {

class ConnectionManager;

// The sync_records row of one backup or restore job: started once, finished once, as completed,
// cancelled (a Cancelled error) or failed (any other error, its message recorded).
//
// Blocking (one short transaction per call); the thread of the job's connection.
class BackupJournal
{
public:
    BackupJournal(ConnectionManager &connections, JobKind kind);

    StorageError start(qint64 totalRows = 0);
    qint64 id() const { return m_id; }
    StorageError complete(qint64 rows);
    // Records `error` (starting the row first if need be) and returns it. A failure to record is
    // logged: the job's own error is what the caller must see.
    StorageError fail(const StorageError &error, qint64 errorCount = 1);

private:
    ConnectionManager &m_connections;
    JobKind m_kind;
    qint64 m_id = 0;
};

} // namespace catalog
