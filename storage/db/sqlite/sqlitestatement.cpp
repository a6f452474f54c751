#include "db/sqlite/sqlitestatement_p.h"

#include "db/sqldialect.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace catalog {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

StorageError SqliteStatement::prepare(QSqlDatabase &db, const SqlDialect &dialect, const QString &statement)
{
    m_dialect = &dialect;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return StorageError::make(ErrorKind::Internal, QStringLiteral("Not an SQLite connection"));
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db)
        return StorageError::make(
            ErrorKind::ConnectionLost, QStringLiteral("The SQLite connection is closed"));
    const QByteArray text = statement.toUtf8();
    m_rc = sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr);
    if (m_rc != SQLITE_OK) {
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
        return error(QStringLiteral("Cannot prepare the statement"));
    }
    m_rc = 0;
    return {};
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bindInt64(index, value.toLongLong());
        return;
    case QMetaType::Double:
        bindDouble(index, value.toDouble());
        return;
    default:
        bindUtf8(index, QByteArrayView(value.toString().toUtf8()));
        return;
    }
}

void SqliteStatement::bindText(int index, const QString &value)
{
    if (value.isNull())
        bindNull(index);
    else
        bindUtf8(index, QByteArrayView(value.toUtf8()));
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index + 1, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index + 1, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_rc = sqlite3_extended_errcode(m_db);
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

StorageError SqliteStatement::error(const QString &context) const
{
    const QSqlError sqlError(QStringLiteral("Unable to execute statement"), m_message,
        QSqlError::StatementError, QString::number(m_rc));
    return catalog::sqlError(sqlError, *m_dialect, context);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::text(int column) const
{
    // The pointer first: sqlite3_column_bytes() then counts the UTF-8 text it converted to.
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return { bytes, sqlite3_column_bytes(m_statement, column) };
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

} // namespace catalog
