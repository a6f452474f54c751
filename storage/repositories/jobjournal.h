#pragma once

#include "core/job.h"
#include "core/storageerror.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QString>

#include <memory>

namespace catalog {

class ConnectionManager;
class SyncRecordRepository;

// One job's sync_records row, for the jobs that are not an import or a backup (export, optimise,
// cleanup-backups, purge, demo data, repairs): start() once, progress() as often as the job likes
// (written at most twice a second), finish() once. A journal that was never started (or was made
// disabled, e.g. for a dry run) ignores every call, so a job needs no branches of its own.
//
// Errors: start() and finish() return the StorageError of the write; progress() is best effort.
// Use it on the thread the job runs on (the journal writes through that thread's connection).
class JobJournal
{
public:
    JobJournal(ConnectionManager &connections, JobKind kind, bool enabled = true);
    ~JobJournal();
    JobJournal(const JobJournal &) = delete;
    JobJournal &operator=(const JobJournal &) = delete;

    StorageError start(qint64 totalCount = 0);
    void progress(qint64 totalCount, qint64 successCount, qint64 errorCount);
    StorageError finish(JobStatus status, qint64 successCount, qint64 errorCount, const QJsonArray &details = {});
    // finish(Failed) with the error as the one detail; returns `error`, so a job can end with
    // `return journal.fail(e);`.
    StorageError fail(const StorageError &error, qint64 successCount = 0, qint64 errorCount = 0);

    qint64 id() const { return m_id; }
    bool isOpen() const { return m_id != 0 && !m_finished; }

    // One detail object {"message": text}, the shape error_details has for messages.
    static QJsonArray message(const QString &text);

private:
    std::unique_ptr<SyncRecordRepository> m_records;
    JobKind m_kind;
    bool m_enabled;
    qint64 m_id = 0;
    bool m_finished = false;
    QElapsedTimer m_sinceProgress;
};

} // namespace catalog
