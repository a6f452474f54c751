#include "statisticsrepository.h"

#include "connectionmanager.h"
#include "sqldialect.h"
#include "sqlhelpers.h"
#include "syncrecordrepository.h"

#include <QJsonArray>

namespace catalog {

StatisticsRepository::StatisticsRepository(ConnectionManager &connections) : m_connections(connections) { }

QJsonObject CatalogStatistics::toJson() const
{
    QJsonObject byStatus;
    for (auto it = productsByStatus.cbegin(); it != productsByStatus.cend(); ++it)
        byStatus.insert(it.key(), it.value());
    QJsonObject byCurrency;
    for (auto it = productsByCurrency.cbegin(); it != productsByCurrency.cend(); ++it)
        byCurrency.insert(it.key(), it.value());
    QJsonArray top;
    for (const auto &[name, count] : topSuppliers)
        top.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("products"), count } });
    QJsonArray syncs;
    for (const SyncRecord &r : lastSyncs) {
        syncs.append(QJsonObject {
                { QStringLiteral("id"), r.id },
                { QStringLiteral("operation_type"), r.operationType },
                { QStringLiteral("status"), r.status },
                { QStringLiteral("start_time"), r.startTime.toString(Qt::ISODateWithMs) },
                { QStringLiteral("end_time"), r.endTime.isValid() ? QJsonValue(r.endTime.toString(Qt::ISODateWithMs)) : QJsonValue() },
                { QStringLiteral("total_count"), r.totalCount },
                { QStringLiteral("success_count"), r.successCount },
                { QStringLiteral("error_count"), r.errorCount },
        });
    }
    return QJsonObject {
        { QStringLiteral("products"), products },
        { QStringLiteral("deleted_products"), deletedProducts },
        { QStringLiteral("suppliers"), suppliers },
        { QStringLiteral("images"), images },
        { QStringLiteral("products_by_status"), byStatus },
        { QStringLiteral("products_by_currency"), byCurrency },
        { QStringLiteral("top_suppliers"), top },
        { QStringLiteral("database_bytes"), databaseBytes },
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("last_syncs"), syncs },
    };
}

Result<CatalogStatistics> StatisticsRepository::collect(int topSuppliers, int lastSyncs)
{
    const SqlDialect &d = m_connections.dialect();
    Result<CatalogStatistics> result = m_connections.run<CatalogStatistics>([&](QSqlDatabase &db) -> Result<CatalogStatistics> {
        CatalogStatistics s;
        sql::Query q(db);
        q.setForwardOnly(true);
        auto run = [&](const QString &statement, const QVariantList &values = {}) {
            return sql::exec(q, statement, values, d, QStringLiteral("Cannot compute statistics"));
        };
        if (StorageError e = run(QStringLiteral(
                    "SELECT (SELECT count(*) FROM products WHERE deleted_at IS NULL),"
                    " (SELECT count(*) FROM products WHERE deleted_at IS NOT NULL),"
                    " (SELECT count(*) FROM suppliers WHERE deleted_at IS NULL),"
                    " (SELECT count(*) FROM images),"
                    " (SELECT COALESCE(MAX(version), 0) FROM schema_migrations)"));
            !e.ok())
            return e;
        if (q.next()) {
            s.products = q.value(0).toLongLong();
            s.deletedProducts = q.value(1).toLongLong();
            s.suppliers = q.value(2).toLongLong();
            s.images = q.value(3).toLongLong();
            s.schemaVersion = q.value(4).toInt();
        }
        if (StorageError e = run(QStringLiteral("SELECT sync_status, count(*) FROM products WHERE deleted_at IS NULL "
                                                "GROUP BY sync_status"));
            !e.ok())
            return e;
        while (q.next())
            s.productsByStatus.insert(q.value(0).toString(), q.value(1).toLongLong());
        if (StorageError e = run(QStringLiteral("SELECT currency, count(*) FROM products WHERE deleted_at IS NULL "
                                                "GROUP BY currency"));
            !e.ok())
            return e;
        while (q.next())
            s.productsByCurrency.insert(q.value(0).toString().trimmed(), q.value(1).toLongLong());
        if (StorageError e = run(QStringLiteral("SELECT name, product_count FROM suppliers WHERE deleted_at IS NULL "
                                                "ORDER BY product_count DESC, id LIMIT %1")
                                         .arg(qBound(1, topSuppliers, 1000)));
            !e.ok())
            return e;
        while (q.next())
            s.topSuppliers.append({ q.value(0).toString(), q.value(1).toLongLong() });
        const QString sizeSql = d.engine() == Engine::PostgreSQL
                ? QStringLiteral("SELECT pg_database_size(current_database())")
                : QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
        if (StorageError e = run(sizeSql); !e.ok())
            return e;
        if (q.next())
            s.databaseBytes = q.value(0).toLongLong();
        return s;
    });
    if (!result)
        return result;
    Result<QList<SyncRecord>> syncs = SyncRecordRepository(m_connections).recent(lastSyncs);
    if (!syncs)
        return syncs.error();
    result.value().lastSyncs = syncs.value();
    return result;
}

} // namespace catalog
