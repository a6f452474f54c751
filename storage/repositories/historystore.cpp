#include "repositories/historystore_p.h"

#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"

#include <QCoreApplication>

namespace catalog::history {

namespace {

QString selectSql(Entity entity)
{
    return entity == Entity::Product
            ? QStringLiteral("SELECT id, product_id, version, operation, old_values, changed_at, changed_by, changed_by_role "
                             "FROM product_history WHERE product_id = ?")
            : QStringLiteral("SELECT id, supplier_id, version, operation, old_values, changed_at, changed_by, changed_by_role "
                             "FROM supplier_history WHERE supplier_id = ?");
}

HistoryEntry read(const sql::Query &q, const SqlDialect &dialect)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.entityId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        e.version = q.value(2).toInt();
    e.operation = q.value(3).toString();
    e.oldValues = SqlDialect::readJson(q.value(4)).toObject();
    e.changedAt = dialect.readTimestamp(q.value(5));
    e.changedBy = q.value(6).toString();
    e.changedByRole = q.value(7).toString();
    return e;
}

} // namespace

Result<QList<HistoryEntry>> list(QSqlDatabase &db, const SqlDialect &dialect, Entity entity, qint64 id)
{
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(q, selectSql(entity) + QStringLiteral(" ORDER BY id DESC"), { id },
            dialect, QCoreApplication::translate("HistoryStore", "Cannot read the history"));
        !e.ok())
        return e;
    QList<HistoryEntry> entries;
    while (q.next())
        entries << read(q, dialect);
    return entries;
}

Result<HistoryEntry> find(QSqlDatabase &db, const SqlDialect &dialect, Entity entity, qint64 id, qint64 historyId)
{
    sql::Query q(db);
    if (StorageError e = sql::exec(q, selectSql(entity) + QStringLiteral(" AND id = ?"), { id, historyId },
            dialect, QCoreApplication::translate("HistoryStore", "Cannot read the history"));
        !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(ErrorKind::NotFound,
            QCoreApplication::translate("HistoryStore", "History entry %1 does not belong to record %2")
                .arg(historyId)
                .arg(id));
    return read(q, dialect);
}

} // namespace catalog::history
