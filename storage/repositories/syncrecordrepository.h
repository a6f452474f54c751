#pragma once

#include "core/storageerror.h"
#include "core/syncrecord.h"

#include <QList>

#include <chrono>

namespace catalog {

class ConnectionManager;

// The job journal (`sync_records`). A job calls start() when it begins, progress() as it goes
// and finish() once; each call commits on its own so the journal survives a crash of the job.
// Same threading and error contract as ProductRepository.
class SyncRecordRepository
{
public:
    explicit SyncRecordRepository(ConnectionManager &connections);

    Result<SyncRecord> start(JobKind kind, qint64 totalCount = 0);
    StorageError progress(qint64 id, qint64 totalCount, qint64 successCount, qint64 errorCount);
    // status: completed, failed or cancelled (running is refused). While the server cannot be reached (the job may have
    // failed because of that) it keeps trying for up to kFinishPatience, so the job's end is recorded
    // once the server is back; call it from the job's worker thread.
    static constexpr std::chrono::seconds kFinishPatience { 60 };
    Result<SyncRecord> finish(qint64 id, JobStatus status, qint64 successCount, qint64 errorCount,
                              const QJsonArray &errorDetails);
    Result<SyncRecord> findById(qint64 id);
    Result<QList<SyncRecord>> recent(int limit);
    // The journal by start time, newest first by default, by offset: for the history browser.
    Result<QList<SyncRecord>> list(qint64 offset, int limit, Qt::SortOrder order = Qt::DescendingOrder);
    Result<qint64> count();

    // Jobs left "running" by a process of this machine that no longer exists (killed, crashed) are
    // marked failed, saying so. Called when the GUI connects and when catalogctl starts. Jobs of
    // other machines are left alone (the consistency check reports them when stuck for hours).
    Result<int> closeAbandoned();
    // task_id of the jobs this process starts begins with "<host>:<pid>:".
    static QString ownTaskPrefix();
    static bool isProcessAlive(qint64 pid);

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
