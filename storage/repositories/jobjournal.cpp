#include "repositories/jobjournal.h"

#include "core/storagelog_p.h"
#include "repositories/syncrecordrepository.h"

#include <QJsonObject>

namespace catalog {

namespace {
constexpr qint64 kJobJournalEveryMs = 500;
}

JobJournal::JobJournal(ConnectionManager &connections, JobKind kind, bool enabled)
    : m_records(std::make_unique<SyncRecordRepository>(connections))
    , m_kind(kind)
    , m_enabled(enabled)
{
}

JobJournal::~JobJournal()
{
    // A job that returned without finish() is a bug in the job; the row would read "running"
    // until closeAbandoned() or the consistency check finds it.
    if (isOpen())
        qCWarning(lcStorage) << "job" << m_id << "(" << jobKindText(m_kind) << ") ended without recording its end";
}

StorageError JobJournal::start(qint64 totalCount)
{
    if (!m_enabled)
        return {};
    const Result<SyncRecord> started = m_records->start(m_kind, totalCount);
    if (!started)
        return started.error();
    m_id = started->id;
    return {};
}

void JobJournal::progress(qint64 totalCount, qint64 successCount, qint64 errorCount)
{
    if (!isOpen() || (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kJobJournalEveryMs))
        return;
    m_sinceProgress.start();
    if (StorageError e = m_records->progress(m_id, totalCount, successCount, errorCount); !e.ok())
        qCInfo(lcStorage) << "job" << m_id << ": progress not recorded:" << e.toString();
}

StorageError JobJournal::finish(JobStatus status, qint64 successCount, qint64 errorCount, const QJsonArray &details)
{
    if (!isOpen())
        return {};
    m_finished = true;
    const Result<SyncRecord> done = m_records->finish(m_id, status, successCount, errorCount, details);
    return done ? StorageError {} : done.error();
}

StorageError JobJournal::fail(const StorageError &error, qint64 successCount, qint64 errorCount)
{
    if (StorageError e = finish(JobStatus::Failed, successCount, qMax<qint64>(1, errorCount), message(error.toString()));
        !e.ok())
        qCWarning(lcStorage) << "job" << m_id << ": its failure could not be recorded:" << e.toString();
    return error;
}

QJsonArray JobJournal::message(const QString &text)
{
    return { QJsonObject { { QStringLiteral("message"), text } } };
}

} // namespace catalog
