#include "transfer/import/importjournal_p.h"

#include "core/storagelog_p.h"

#include <QJsonArray>

namespace catalog {

namespace importjournal {
namespace {

constexpr int kJournalErrorLimit = 1000;

// The report's errors are in file order (ImportTally::sortErrorsByLine).
QJsonArray journalErrors(const ProductImporter::Report &report)
{
    QJsonArray list;
    for (qsizetype i = 0; i < report.errors.size() && i < kJournalErrorLimit; ++i)
        list.append(report.errors.at(i).toJson());
    return list;
}

qint64 writtenRows(const ProductImporter::Report &report)
{
    return report.inserted + report.updated + report.unchanged;
}

} // namespace
} // namespace importjournal

ImportJournal::ImportJournal(ConnectionManager &connections, bool dryRun)
    : m_records(connections)
    , m_dryRun(dryRun)
{
}

StorageError ImportJournal::start(ProductImporter::Report &report)
{
    if (m_dryRun)
        return {};
    const Result<SyncRecord> started = m_records.start(JobKind::Import);
    if (!started)
        return started.error();
    m_id = started->id;
    report.syncRecordId = m_id;
    return {};
}

void ImportJournal::progress(qint64 totalRecords, const ProductImporter::Report &report)
{
    if (!m_id || (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kProgressEveryMs))
        return;
    m_sinceProgress.start();
    m_records.progress(m_id, totalRecords, importjournal::writtenRows(report), report.rejected);
}

StorageError ImportJournal::finish(const ProductImporter::Report &report)
{
    if (!m_id)
        return {};
    const Result<SyncRecord> finished
        = m_records.finish(m_id, report.cancelled ? JobStatus::Cancelled : JobStatus::Completed,
            importjournal::writtenRows(report), report.rejected, importjournal::journalErrors(report));
    return finished ? StorageError {} : finished.error();
}

StorageError ImportJournal::finishCancelledCheck()
{
    if (!m_id)
        return {};
    const Result<SyncRecord> finished = m_records.finish(m_id, JobStatus::Cancelled, 0, 0, {});
    return finished ? StorageError {} : finished.error();
}

StorageError ImportJournal::fail(const StorageError &error, const ProductImporter::Report &report)
{
    if (!m_id)
        return error;
    QJsonArray errors = importjournal::journalErrors(report);
    errors.prepend(ProductImporter::RowError { 0, QString(), QString(), error.message }.toJson());
    // The import's own error is what the caller needs. A journal that cannot record it (often the
    // same outage) stays "running" until closeAbandoned() finds this process gone: say so in the log.
    const Result<SyncRecord> finished = m_records.finish(
        m_id, JobStatus::Failed, importjournal::writtenRows(report), report.rejected, errors);
    if (!finished)
        qCWarning(lcStorage).noquote()
            << QStringLiteral("import journal %1: could not record the failure: %2")
                   .arg(m_id)
                   .arg(finished.error().message);
    return error;
}

} // namespace catalog
