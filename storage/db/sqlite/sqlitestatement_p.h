#pragma once

#include "core/storageerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace catalog {

class SqlDialect;

// One prepared statement on the SQLite connection behind a QSQLITE QSqlDatabase, driven through
// SQLite's own API: for the bulk paths, where QSqlQuery's per-value QVariant handling and its
// UTF-16 text binding (which SQLite converts back to UTF-8) cost as much as the write itself.
// Finalised with this object. Not for PostgreSQL connections: prepare() says so. Errors go
// through the dialect's classification as QSqlQuery's would (busy, constraint, disk full ...).
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    StorageError prepare(QSqlDatabase &db, const SqlDialect &dialect, const QString &statement);

    // Binds parameter `index` (0-based) from a QVariant: null, integers, doubles, text (as UTF-8).
    void bind(int index, const QVariant &value);
    // Typed binds for the hot loops: a null QString binds NULL; the bytes are copied.
    void bindText(int index, const QString &value);
    void bindUtf8(int index, QByteArrayView utf8);
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);
    // Runs the statement once; true while it returns a row (read it with integer()/text()), false
    // when it is done or failed (error() tells). reset() before the next bind-and-step round.
    bool step();
    void reset();
    StorageError error(const QString &context) const;
    bool failed() const { return m_rc != 0; }

    qint64 integer(int column) const;
    // For reading rows as SQLite holds them (the export): NULL or not, the text as UTF-8 bytes
    // (valid until the next step()), a REAL as a double.
    bool isNull(int column) const;
    QByteArrayView text(int column) const;
    double real(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    const SqlDialect *m_dialect = nullptr;
    int m_rc = 0; // the last failure's result code, 0 when none
    QString m_message; // SQLite's words for it
};

} // namespace catalog
