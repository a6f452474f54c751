#include "db/postgres/pgcopy_p.h"

#include <QSqlDriver>

#include "db/postgres/pghandle_p.h"

namespace catalog {

namespace {

StorageError copyError(PGconn *conn, const QString &what, ErrorKind kind = ErrorKind::Internal)
{
    StorageError error = StorageError::make(kind, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    if (PQstatus(conn) != CONNECTION_OK)
        error.kind = ErrorKind::ConnectionLost;
    return error;
}

} // namespace

void PgCopyWriter::addField(const QString &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    addField(QByteArrayView(value.toUtf8()));
}

void PgCopyWriter::addField(QByteArrayView utf8)
{
    if (m_rowStarted)
        m_data += '\t';
    m_rowStarted = true;
    // Plain runs are appended whole; only the four characters COPY's text format escapes are not.
    qsizetype plain = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const char *escaped = c == '\\' ? "\\\\"
            : c == '\t'                 ? "\\t"
            : c == '\n'                 ? "\\n"
            : c == '\r'                 ? "\\r"
                                        : nullptr;
        if (!escaped)
            continue;
        m_data.append(utf8.data() + plain, i - plain);
        m_data.append(escaped, 2);
        plain = i + 1;
    }
    m_data.append(utf8.data() + plain, utf8.size() - plain);
}

void PgCopyWriter::addNull()
{
    if (m_rowStarted)
        m_data += '\t';
    m_rowStarted = true;
    m_data += "\\N";
}

void PgCopyWriter::endRow()
{
    m_data += '\n';
    m_rowStarted = false;
    ++m_rows;
}

StorageError PgCopyWriter::send(QSqlDatabase &db, const QString &copyStatement) const
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || !isPgConnHandle(handle))
        return StorageError::make(ErrorKind::Internal, QStringLiteral("COPY needs a PostgreSQL connection"));
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return StorageError::make(ErrorKind::ConnectionLost, QStringLiteral("The PostgreSQL connection is closed"));

    PGresult *start = PQexec(conn, copyStatement.toUtf8().constData());
    const ExecStatusType startStatus = PQresultStatus(start);
    PQclear(start);
    if (startStatus != PGRES_COPY_IN)
        return copyError(conn, QStringLiteral("Cannot start COPY"));

    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype offset = 0; offset < m_data.size(); offset += chunk) {
        const int length = int(qMin(chunk, m_data.size() - offset));
        if (PQputCopyData(conn, m_data.constData() + offset, length) != 1) {
            PQputCopyEnd(conn, "client failed to send data");
            while (PGresult *r = PQgetResult(conn))
                PQclear(r);
            return copyError(conn, QStringLiteral("Cannot send COPY data"));
        }
    }
    if (PQputCopyEnd(conn, nullptr) != 1)
        return copyError(conn, QStringLiteral("Cannot finish COPY"));
    StorageError error;
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.ok()) {
            error = StorageError::make(ErrorKind::Constraint,
                                       QStringLiteral("COPY failed: %1").arg(QString::fromUtf8(PQresultErrorMessage(result)).trimmed()));
            error.sqlState = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
            if (PQstatus(conn) != CONNECTION_OK)
                error.kind = ErrorKind::ConnectionLost;
        }
        PQclear(result);
    }
    return error;
}

} // namespace catalog
