#include "maintenance/databaseoptimizer.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "repositories/jobjournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace catalog {

namespace {

Result<qint64> scalar(QSqlDatabase &db, const SqlDialect &d, const QString &statement, const QString &context)
{
    sql::Query q(db);
    if (StorageError e = sql::exec(q, statement, {}, d, context); !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(
            ErrorKind::Internal, context + QCoreApplication::translate("DatabaseOptimizer", ": no result"));
    return q.value(0).toLongLong();
}

// Database size in bytes and the dead-row estimate.
Result<QPair<qint64, qint64>> measure(QSqlDatabase &db, const SqlDialect &d)
{
    const bool pg = d.engine() == Engine::PostgreSQL;
    const Result<qint64> bytes = pg
        ? scalar(db, d, QStringLiteral("SELECT pg_database_size(current_database())"),
            QCoreApplication::translate("DatabaseOptimizer", "Cannot read the database size"))
        : scalar(db, d,
            QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"),
            QCoreApplication::translate("DatabaseOptimizer", "Cannot read the database size"));
    if (!bytes)
        return bytes.error();
    const Result<qint64> dead = pg
        ? scalar(db, d, QStringLiteral("SELECT COALESCE(sum(n_dead_tup), 0) FROM pg_stat_user_tables"),
            QCoreApplication::translate("DatabaseOptimizer", "Cannot read the dead-row estimate"))
        : scalar(db, d, QStringLiteral("SELECT freelist_count FROM pragma_freelist_count()"),
            QCoreApplication::translate("DatabaseOptimizer", "Cannot read the free page count"));
    if (!dead)
        return dead.error();
    return QPair<qint64, qint64>(bytes.value(), dead.value());
}

} // namespace

DatabaseOptimizer::DatabaseOptimizer(ConnectionManager &connections)
    : m_connections(connections)
{
}

Result<DatabaseOptimizer::Report> DatabaseOptimizer::estimate()
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Report>([&](QSqlDatabase &db) -> Result<Report> {
        const Result<QPair<qint64, qint64>> now = measure(db, d);
        if (!now)
            return now.error();
        Report r;
        r.bytesBefore = r.bytesAfter = now->first;
        r.deadBefore = r.deadAfter = now->second;
        return r;
    });
}

Result<DatabaseOptimizer::Report> DatabaseOptimizer::optimize()
{
    // Journaled like every job: an operator can see when the database was last optimised and what it
    // reclaimed (success_count: bytes before minus after, never below 0).
    JobJournal journal(m_connections, JobKind::Optimize);
    if (StorageError e = journal.start(); !e.ok())
        return e;
    Result<Report> report = vacuum();
    if (!report)
        return journal.fail(report.error());
    const QString summary = QStringLiteral("%1 -> %2 bytes, dead rows or free pages %3 -> %4, %5 ms")
                                .arg(report->bytesBefore)
                                .arg(report->bytesAfter)
                                .arg(report->deadBefore)
                                .arg(report->deadAfter)
                                .arg(report->milliseconds);
    if (StorageError e = journal.finish(JobStatus::Completed, qMax<qint64>(0, report->bytesBefore - report->bytesAfter), 0,
            JobJournal::message(summary));
        !e.ok())
        return e;
    // Closing the journal row left the one dead row the optimisation must not leave behind. Its
    // count reaches the server's statistics when this session is next idle (PostgreSQL 15): flush it
    // first, or it would be added after VACUUM reset the table's count.
    if (m_connections.dialect().engine() == Engine::PostgreSQL) {
        const StorageError e = m_connections.runStatus([this](QSqlDatabase &db) {
            sql::Query flush(db);
            if (StorageError flushed = sql::exec(flush,
                    QStringLiteral("DO $$ BEGIN PERFORM pg_stat_force_next_flush(); EXCEPTION WHEN "
                                   "undefined_function THEN "
                                   "NULL; END $$"),
                    {}, m_connections.dialect(),
                    QCoreApplication::translate(
                        "DatabaseOptimizer", "Cannot flush the session's statistics"));
                !flushed.ok())
                return flushed;
            sql::Query q(db);
            return sql::exec(q, QStringLiteral("VACUUM sync_records"), {}, m_connections.dialect(),
                QStringLiteral("VACUUM sync_records failed"));
        });
        if (!e.ok())
            return e;
    }
    return report;
}

Result<DatabaseOptimizer::Report> DatabaseOptimizer::vacuum()
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Report>([&](QSqlDatabase &db) -> Result<Report> {
        QElapsedTimer timer;
        timer.start();
        const Result<QPair<qint64, qint64>> before = measure(db, d);
        if (!before)
            return before.error();
        const QStringList statements = d.engine() == Engine::PostgreSQL
            ? QStringList { QStringLiteral("VACUUM (ANALYZE)") }
            : QStringList { QStringLiteral("VACUUM"), QStringLiteral("ANALYZE"),
                  QStringLiteral("PRAGMA optimize") };
        for (const QString &statement : statements) {
            sql::Query q(db);
            if (StorageError e = sql::exec(q, statement, {}, d,
                    QCoreApplication::translate("DatabaseOptimizer", "%1 failed").arg(statement));
                !e.ok())
                return e;
        }
        const Result<QPair<qint64, qint64>> after = measure(db, d);
        if (!after)
            return after.error();
        return Report { before->first, after->first, before->second, after->second, timer.elapsed() };
    });
}

} // namespace catalog
