#include "db/sqlite/sqlitedialect_p.h"

#include "core/decimal2.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace catalog {

QString SqliteDialect::nowExpression() const
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

QString SqliteDialect::caseInsensitiveLike() const
{
    return QStringLiteral("LIKE");
}

QString SqliteDialect::beginWriteTransaction() const
{
    // Take the write lock up front: a deferred transaction that upgrades later can fail with
    // SQLITE_BUSY without waiting, which would turn contention into errors.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::jsonShapeInvalid(const QString &column, const QString &type) const
{
    return QStringLiteral("(%1 IS NULL OR json_valid(%1) = 0 OR json_type(%1) <> '%2')").arg(column, type);
}

QString SqliteDialect::analyzeStatement(const QString &table) const
{
    // We never run ANALYZE on SQLite: without sqlite_stat1 its planner chooses by the indexes
    // alone, so there are no statistics that a bulk import could leave stale.
    Q_UNUSED(table)
    return {};
}

QString SqliteDialect::driverConnectOptions(const ConnectionConfig &config) const
{
    Q_UNUSED(config)
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000");
}

QStringList SqliteDialect::sessionSetup(const ConnectionConfig &config) const
{
    Q_UNUSED(config)
    return {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
}

ErrorKind SqliteDialect::classify(const QSqlError &error) const
{
    if (error.type() == QSqlError::NoError)
        return ErrorKind::None;
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary result code
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return ErrorKind::Busy;
    case 19: // SQLITE_CONSTRAINT
        return ErrorKind::Constraint;
    case 3: // SQLITE_PERM
    case 8: // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return ErrorKind::Permission;
    case 9: // SQLITE_INTERRUPT
        return ErrorKind::Cancelled;
    case 13: // SQLITE_FULL: the disk, or the file's page limit
        return ErrorKind::DiskFull;
    default:
        break;
    }
    if (error.type() == QSqlError::ConnectionError)
        return ErrorKind::ConnectionLost;
    return ErrorKind::Internal;
}

bool SqliteDialect::isConnectionLost(const QSqlDatabase &db, const QSqlError &error) const
{
    Q_UNUSED(error)
    return !db.isOpen();
}

QVariant SqliteDialect::bindDecimal(const std::optional<Decimal2> &value) const
{
    // NUMERIC affinity stores a REAL either way; binding the double keeps comparisons in
    // ON CONFLICT ... WHERE exact against what is stored.
    return value ? QVariant(value->toDouble()) : QVariant(QMetaType::fromType<double>());
}

} // namespace catalog
