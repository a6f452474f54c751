#include "db/sqlite/sqlitebulksettings_p.h"

#include <QSqlQuery>
#include <QVariant>

namespace catalog {

namespace {

constexpr int kBulkCacheKiB = 64 * 1024; // PRAGMA cache_size takes -KiB
constexpr int kBulkCheckpointPages = 16384; // ~64 MB of WAL between checkpoints

QVariant pragmaValue(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

void setPragma(QSqlDatabase &db, const QString &name, const QVariant &value)
{
    if (!value.isValid())
        return;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA %1 = %2").arg(name).arg(value.toLongLong()));
}

} // namespace

SqliteBulkSettings::SqliteBulkSettings(QSqlDatabase db)
    : m_connectionName(db.connectionName())
    , m_cacheSize(pragmaValue(db, QStringLiteral("cache_size")))
    , m_autoCheckpoint(pragmaValue(db, QStringLiteral("wal_autocheckpoint")))
{
    if (m_cacheSize.isValid())
        setPragma(db, QStringLiteral("cache_size"), -kBulkCacheKiB);
    if (m_autoCheckpoint.isValid())
        setPragma(db, QStringLiteral("wal_autocheckpoint"), kBulkCheckpointPages);
}

SqliteBulkSettings::~SqliteBulkSettings()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return; // replaced or closed meanwhile: a new connection has SQLite's defaults anyway
    setPragma(db, QStringLiteral("cache_size"), m_cacheSize);
    setPragma(db, QStringLiteral("wal_autocheckpoint"), m_autoCheckpoint);
}

} // namespace catalog
