#include "db/postgres/pgcopyout_p.h"

#include "db/sqldialect.h"

#include <QSqlDriver>
#include <QSqlError>

#include "db/postgres/pghandle_p.h"

namespace catalog {

PgCopyReader::PgCopyReader(const QSqlDatabase &db, const SqlDialect &dialect)
    : m_conn(pgConn(db.driver() ? db.driver()->handle() : QVariant()))
    , m_dialect(dialect)
{
    if (!m_conn)
        m_error
            = StorageError::make(ErrorKind::Internal, QStringLiteral("COPY needs a PostgreSQL connection"));
    else if (PQstatus(m_conn) != CONNECTION_OK)
        m_error = StorageError::make(
            ErrorKind::ConnectionLost, QStringLiteral("The PostgreSQL connection is closed"));
}

PgCopyReader::~PgCopyReader()
{
    freeRow();
    if (m_copying)
        cancel();
    else if (m_inTransaction)
        endTransaction(false);
}

QByteArray PgCopyReader::literal(const QString &value)
{
    if (!m_error.ok())
        return {};
    const QByteArray utf8 = value.toUtf8();
    char *escaped = PQescapeLiteral(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!escaped) {
        fail(QStringLiteral("Cannot quote a filter value for COPY"), QString(),
            QString::fromUtf8(PQerrorMessage(m_conn)));
        return {};
    }
    QByteArray text(escaped);
    PQfreemem(escaped);
    return text;
}

bool PgCopyReader::start(const QByteArray &copyStatement)
{
    if (!m_error.ok())
        return false;
    if (!exec("BEGIN READ ONLY", QStringLiteral("Cannot begin the export")))
        return false;
    m_inTransaction = true;
    if (!exec("SET LOCAL statement_timeout = 0", QStringLiteral("Cannot begin the export")))
        return false;
    PGresult *result = PQexec(m_conn, copyStatement.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_OUT;
    if (!started)
        fail(QStringLiteral("Cannot read the products"),
            QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)),
            QString::fromUtf8(PQresultErrorMessage(result)));
    PQclear(result);
    if (!started) {
        endTransaction(false);
        return false;
    }
    m_copying = true;
    return true;
}

PgCopyReader::Step PgCopyReader::next(QByteArrayView &row)
{
    freeRow();
    if (!m_copying)
        return m_error.ok() ? Step::Done : Step::Failed;
    const int length = PQgetCopyData(m_conn, &m_row, 0);
    if (length > 0) {
        row = QByteArrayView(m_row, length);
        return Step::Row;
    }
    m_copying = false;
    if (length == -2) {
        fail(
            QStringLiteral("Cannot read the products"), QString(), QString::fromUtf8(PQerrorMessage(m_conn)));
        drain();
        endTransaction(false);
        return Step::Failed;
    }
    if (!finishCopy()) {
        endTransaction(false);
        return Step::Failed;
    }
    endTransaction(true);
    return m_error.ok() ? Step::Done : Step::Failed;
}

void PgCopyReader::cancel()
{
    freeRow();
    if (m_copying) {
        if (PGcancel *handle = PQgetCancel(m_conn)) {
            char reason[256] = {};
            PQcancel(handle, reason, int(sizeof reason)); // best effort: draining ends it either way
            PQfreeCancel(handle);
        }
        m_copying = false;
        drain();
    }
    if (m_inTransaction)
        endTransaction(false);
}

bool PgCopyReader::exec(const char *statement, const QString &what)
{
    PGresult *result = PQexec(m_conn, statement);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok)
        fail(what, QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)),
            QString::fromUtf8(PQresultErrorMessage(result)));
    PQclear(result);
    return ok;
}

void PgCopyReader::fail(const QString &what, const QString &sqlState, const QString &message)
{
    if (!m_error.ok())
        return;
    const bool lost = PQstatus(m_conn) != CONNECTION_OK;
    const QSqlError error(QString(), message.trimmed(),
        lost ? QSqlError::ConnectionError : QSqlError::StatementError, sqlState);
    m_error = sqlError(error, m_dialect, what);
    if (lost)
        m_error.kind = ErrorKind::ConnectionLost;
}

// The COPY's own outcome, after its last row.
bool PgCopyReader::finishCopy()
{
    bool ok = true;
    while (PGresult *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && ok) {
            ok = false;
            fail(QStringLiteral("Cannot read the products"),
                QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)),
                QString::fromUtf8(PQresultErrorMessage(result)));
        }
        PQclear(result);
    }
    return ok;
}

void PgCopyReader::drain()
{
    char *rest = nullptr;
    while (PQgetCopyData(m_conn, &rest, 0) > 0) {
        PQfreemem(rest);
        rest = nullptr;
    }
    while (PGresult *result = PQgetResult(m_conn))
        PQclear(result);
}

void PgCopyReader::endTransaction(bool commit)
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    if (PQstatus(m_conn) != CONNECTION_OK)
        return;
    PGresult *result = PQexec(m_conn, commit ? "COMMIT" : "ROLLBACK");
    if (commit && PQresultStatus(result) != PGRES_COMMAND_OK)
        fail(QStringLiteral("Cannot end the export's transaction"),
            QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)),
            QString::fromUtf8(PQresultErrorMessage(result)));
    PQclear(result);
}

void PgCopyReader::freeRow()
{
    if (m_row) {
        PQfreemem(m_row);
        m_row = nullptr;
    }
}

} // namespace catalog
