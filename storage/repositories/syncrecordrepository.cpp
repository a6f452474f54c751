#include "repositories/syncrecordrepository.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "core/storagelog_p.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

#include <cerrno>
#include <signal.h>

namespace catalog {

namespace {

const QString kSyncRecordSelect = QStringLiteral("SELECT id, task_id, operation_type, status, start_time, end_time, total_count, "
                                       "success_count, error_count, error_details FROM sync_records");

SyncRecord readSyncRecord(const sql::Query &q, const SqlDialect &d)
{
    SyncRecord r;
    r.id = q.value(0).toLongLong();
    r.taskId = q.value(1).toString();
    // The CHECK constraints allow only the words job.h knows.
    r.kind = jobKindFromText(q.value(2).toString()).value_or(JobKind::Full);
    r.status = jobStatusFromText(q.value(3).toString()).value_or(JobStatus::Failed);
    r.startTime = d.readTimestamp(q.value(4));
    r.endTime = d.readTimestamp(q.value(5));
    r.totalCount = q.value(6).toLongLong();
    r.successCount = q.value(7).toLongLong();
    r.errorCount = q.value(8).toLongLong();
    r.errorDetails = SqlDialect::readJson(q.value(9)).toArray();
    return r;
}

Result<SyncRecord> selectSyncRecord(QSqlDatabase &db, const SqlDialect &d, qint64 id)
{
    sql::Query q(db);
    if (StorageError e = sql::exec(q, kSyncRecordSelect + QStringLiteral(" WHERE id = ?"), { id }, d,
            QCoreApplication::translate("SyncRecordRepository", "Cannot read job %1").arg(id));
        !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(ErrorKind::NotFound,
            QCoreApplication::translate("SyncRecordRepository", "Job %1 does not exist").arg(id));
    return readSyncRecord(q, d);
}

} // namespace

SyncRecordRepository::SyncRecordRepository(ConnectionManager &connections) : m_connections(connections) { }

Result<SyncRecord> SyncRecordRepository::start(JobKind kind, qint64 totalCount)
{
    const QString operationType = jobKindText(kind);
    const SqlDialect &d = m_connections.dialect();
    const QString taskId = ownTaskPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_connections.run<SyncRecord>([&](QSqlDatabase &db) -> Result<SyncRecord> {
        sql::Query q(db);
        if (StorageError e = sql::exec(q,
                QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status, total_count) "
                               "VALUES (?, ?, 'running', ?) RETURNING id"),
                { taskId, operationType, qMax<qint64>(0, totalCount) }, d,
                QCoreApplication::translate("SyncRecordRepository", "Cannot record the start of the %1 job")
                    .arg(operationType));
            !e.ok())
            return e;
        if (!q.next())
            return StorageError::make(ErrorKind::Internal,
                QCoreApplication::translate("SyncRecordRepository", "The job's id was not returned"));
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return selectSyncRecord(db, d, id);
    });
}

StorageError SyncRecordRepository::progress(qint64 id, qint64 totalCount, qint64 successCount, qint64 errorCount)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        sql::Query q(db);
        return sql::exec(q,
            QStringLiteral("UPDATE sync_records SET total_count = ?, success_count = ?, error_count = ? "
                           "WHERE id = ? AND status = 'running'"),
            { totalCount, successCount, errorCount, id }, d,
            QCoreApplication::translate("SyncRecordRepository", "Cannot record progress"));
    });
}

Result<SyncRecord> SyncRecordRepository::finish(qint64 id, JobStatus status, qint64 successCount, qint64 errorCount,
                                                const QJsonArray &errorDetails)
{
    if (status == JobStatus::Running)
        return StorageError::validation({ FieldError { QStringLiteral("status"),
            QCoreApplication::translate(
                "SyncRecordRepository", "a job ends completed, failed or cancelled, not running") } });
    const SqlDialect &d = m_connections.dialect();
    const auto once = [&] {
        return m_connections.run<SyncRecord>([&](QSqlDatabase &db) -> Result<SyncRecord> {
            sql::Query q(db);
            if (StorageError e = sql::exec(q,
                    QStringLiteral("UPDATE sync_records SET status = ?, end_time = %1, success_count = ?, "
                                   "error_count = ?, error_details = ? WHERE id = ? AND status = 'running'")
                        .arg(d.nowExpression()),
                    { jobStatusText(status), successCount, errorCount, d.bindJson(errorDetails), id }, d,
                    QCoreApplication::translate("SyncRecordRepository", "Cannot record the end of job %1")
                        .arg(id));
                !e.ok())
                return e;
            if (q.numRowsAffected() != 1) {
                Result<SyncRecord> current = selectSyncRecord(db, d, id);
                if (!current)
                    return current;
                return StorageError::make(ErrorKind::Conflict,
                    QCoreApplication::translate("SyncRecordRepository", "Job %1 has already ended (%2)")
                        .arg(id)
                        .arg(jobStatusText(current->status)));
            }
            return selectSyncRecord(db, d, id);
        });
    };
    // A job that failed because the server went away must still say so once it is back, or its row
    // would read "running" for as long as this process lives: keep trying, within a bound, while the
    // connection is what fails. (Jobs run on worker threads; this never blocks the GUI.)
    QDeadlineTimer patience(kFinishPatience);
    bool maybeWritten = false;
    for (;;) {
        Result<SyncRecord> result = once();
        if (result)
            return result;
        const StorageError &e = result.error();
        if (maybeWritten && e.kind == ErrorKind::Conflict) {
            // The COMMIT that was cut off did happen: the row is ours.
            Result<SyncRecord> current = findById(id);
            if (current && current->status == status)
                return current;
        }
        if (!(e.isRetryable() || e.kind == ErrorKind::CommitUnknown) || patience.hasExpired()) {
            qCWarning(lcStorage) << "the end of job" << id << "could not be recorded:" << e.toString();
            return result;
        }
        maybeWritten = maybeWritten || e.kind == ErrorKind::CommitUnknown;
        qCInfo(lcStorage) << "the end of job" << id << "cannot be recorded yet, trying again:" << e.message;
        QThread::msleep(1000);
    }
}

Result<SyncRecord> SyncRecordRepository::findById(qint64 id)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<SyncRecord>([&](QSqlDatabase &db) { return selectSyncRecord(db, d, id); });
}

Result<QList<SyncRecord>> SyncRecordRepository::recent(int limit)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<QList<SyncRecord>>([&](QSqlDatabase &db) -> Result<QList<SyncRecord>> {
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                kSyncRecordSelect
                    + QStringLiteral(" ORDER BY start_time DESC, id DESC LIMIT %1")
                          .arg(qBound(1, limit, 1000)),
                {}, d, QCoreApplication::translate("SyncRecordRepository", "Cannot list jobs"));
            !e.ok())
            return e;
        QList<SyncRecord> rows;
        while (q.next())
            rows << readSyncRecord(q, d);
        return rows;
    });
}

Result<QList<SyncRecord>> SyncRecordRepository::list(qint64 offset, int limit, Qt::SortOrder order)
{
    const SqlDialect &d = m_connections.dialect();
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return m_connections.run<QList<SyncRecord>>([&](QSqlDatabase &db) -> Result<QList<SyncRecord>> {
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                kSyncRecordSelect
                    + QStringLiteral(" ORDER BY start_time %1, id %1 LIMIT ? OFFSET ?").arg(direction),
                { qBound(1, limit, 10000), qMax<qint64>(0, offset) }, d,
                QCoreApplication::translate("SyncRecordRepository", "Cannot list jobs"));
            !e.ok())
            return e;
        QList<SyncRecord> rows;
        while (q.next())
            rows << readSyncRecord(q, d);
        return rows;
    });
}

Result<qint64> SyncRecordRepository::count()
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        sql::Query q(db);
        if (StorageError e = sql::exec(q, QStringLiteral("SELECT count(*) FROM sync_records"), {}, d,
                QCoreApplication::translate("SyncRecordRepository", "Cannot count jobs"));
            !e.ok())
            return e;
        if (!q.next())
            return StorageError::make(ErrorKind::Internal, QStringLiteral("count(*) returned no row"));
        return q.value(0).toLongLong();
    });
}

QString SyncRecordRepository::ownTaskPrefix()
{
    return QStringLiteral("%1:%2:").arg(QSysInfo::machineHostName().left(40)).arg(QCoreApplication::applicationPid());
}

bool SyncRecordRepository::isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    // Signal 0 checks existence only; EPERM means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

Result<int> SyncRecordRepository::closeAbandoned()
{
    const SqlDialect &d = m_connections.dialect();
    const QString host = QSysInfo::machineHostName().left(40);
    return m_connections.run<int>([&](QSqlDatabase &db) -> Result<int> {
        QList<QPair<qint64, qint64>> abandoned; // job id, pid
        {
            sql::Query q(db);
            if (StorageError e = sql::exec(q,
                    QStringLiteral(
                        "SELECT id, task_id FROM sync_records WHERE status = 'running' AND task_id LIKE ?"),
                    { host + QStringLiteral(":%") }, d,
                    QCoreApplication::translate("SyncRecordRepository", "Cannot read the running jobs"));
                !e.ok())
                return e;
            while (q.next()) {
                const QStringList parts = q.value(1).toString().split(QLatin1Char(':'));
                bool ok = false;
                const qint64 pid = parts.value(1).toLongLong(&ok);
                if (parts.size() >= 3 && parts.at(0) == host && ok && !isProcessAlive(pid))
                    abandoned.append({ q.value(0).toLongLong(), pid });
            }
        }
        for (const auto &[id, pid] : std::as_const(abandoned)) {
            const QJsonArray details { QJsonObject { { QStringLiteral("message"),
                QCoreApplication::translate("SyncRecordRepository",
                    "The process that ran this job (pid %1 on %2) ended before the job finished: it was "
                    "killed or "
                    "crashed. Only whole batches were written.")
                    .arg(pid)
                    .arg(host) } } };
            sql::Query q(db);
            if (StorageError e = sql::exec(q,
                    QStringLiteral(
                        "UPDATE sync_records SET status = 'failed', end_time = %1, error_details = ? "
                        "WHERE id = ? AND status = 'running'")
                        .arg(d.nowExpression()),
                    { d.bindJson(details), id }, d,
                    QCoreApplication::translate("SyncRecordRepository", "Cannot close job %1").arg(id));
                !e.ok())
                return e;
        }
        return int(abandoned.size());
    });
}

} // namespace catalog
