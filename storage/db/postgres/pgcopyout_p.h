#pragma once

#include "core/storageerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct pg_conn;

namespace catalog {

class SqlDialect;

// COPY (SELECT ...) TO STDOUT on the libpq connection the QPSQL driver already holds: the server
// streams the rows (one CopyData message per row) and the client takes them as they come, so
// memory holds one row at a time whatever the size of the result.
//
// The COPY runs in its own read-only transaction with statement_timeout lifted for it (a large
// export is one long statement; the session's timeout is meant for the short ones), committed at
// the end and rolled back on a failure or cancel. COPY takes no bind parameters: values go into
// the statement through literal(), PQescapeLiteral on this connection.
//
// Errors: start()/next() report through error(), a StorageError classified by the dialect (a lost
// connection is ErrorKind::ConnectionLost, so ConnectionManager::run() may retry the caller).
// Not thread-safe; lives on the thread of its connection. Destroying it while rows are still
// coming cancels the COPY (PQcancel), drains the connection and ends the transaction, so the
// connection is usable afterwards.
class PgCopyReader
{
public:
    PgCopyReader(const QSqlDatabase &db, const SqlDialect &dialect);
    ~PgCopyReader();
    PgCopyReader(const PgCopyReader &) = delete;
    PgCopyReader &operator=(const PgCopyReader &) = delete;

    // `value` as a quoted SQL literal ('...' or E'...'); empty (with error()) if it cannot be escaped.
    QByteArray literal(const QString &value);
    // Begins the transaction and the COPY ... TO STDOUT statement.
    bool start(const QByteArray &copyStatement);

    enum class Step { Row, Done, Failed };
    // The next row with its line break, valid until the next call. Done: the COPY finished and the
    // transaction committed. Failed: see error().
    Step next(QByteArrayView &row);
    // Stops a running COPY: asks the server to cancel it, reads what is still in flight and rolls back.
    void cancel();

    const StorageError &error() const { return m_error; }

private:
    bool exec(const char *statement, const QString &what);
    void fail(const QString &what, const QString &sqlState, const QString &message);
    bool finishCopy();
    void drain();
    void endTransaction(bool commit);
    void freeRow();

    pg_conn *m_conn = nullptr;
    const SqlDialect &m_dialect;
    char *m_row = nullptr;
    bool m_copying = false;
    bool m_inTransaction = false;
    StorageError m_error;
};

} // namespace catalog
