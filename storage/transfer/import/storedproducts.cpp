#include "transfer/import/storedproducts_p.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"

#include <QCoreApplication>

namespace catalog {

namespace {

constexpr int kStoredChunk = 500;

std::optional<int> storedInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QString storedText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

StoredProducts::Row readStoredRow(const sql::Query &q, const SqlDialect &d, bool jsonIsText)
{
    StoredProducts::Row row;
    Product &p = row.product;
    p.sourceId = q.value(0).toString();
    p.title = storedText(q.value(1));
    p.subtitle = storedText(q.value(2));
    p.priceMin = Decimal2::fromVariant(q.value(3));
    p.priceMax = Decimal2::fromVariant(q.value(4));
    p.currency = q.value(5).toString().trimmed(); // CHAR(3) on PostgreSQL
    p.moq = storedInt(q.value(6));
    p.mainImageUrl = storedText(q.value(7));
    p.detailImages = SqlDialect::readJson(q.value(8)).toArray();
    p.specifications = SqlDialect::readJson(q.value(9)).toObject();
    p.supplierSourceId = storedText(q.value(10));
    p.salesCount = storedInt(q.value(11));
    p.rating = Decimal2::fromVariant(q.value(12));
    p.syncStatus = q.value(13).toString();
    p.deletedAt = d.readTimestamp(q.value(14));
    if (!q.value(15).isNull())
        p.supplierId = q.value(15).toLongLong();
    p.id = q.value(16).toLongLong();
    if (jsonIsText) {
        row.detailImagesText = q.value(8).toString().toUtf8();
        row.specificationsText = q.value(9).toString().toUtf8();
    }
    return row;
}

} // namespace

StoredProducts::StoredProducts(ConnectionManager &connections)
    : m_connections(connections)
{
}

Result<QHash<QString, StoredProducts::Row>> StoredProducts::read(const QStringList &sourceIds)
{
    const SqlDialect &d = m_connections.dialect();
    // The one engine difference of the diff: what "the same JSON" means to each upsert.
    const bool jsonIsText = d.engine() == Engine::SQLite;
    return m_connections.run<QHash<QString, Row>>([&](QSqlDatabase &db) -> Result<QHash<QString, Row>> {
        QHash<QString, Row> rows;
        for (qsizetype start = 0; start < sourceIds.size(); start += kStoredChunk) {
            const QStringList chunk = sourceIds.mid(start, kStoredChunk);
            sql::Query q(db);
            q.setForwardOnly(true);
            const QString statement = QStringLiteral(
                "SELECT p.source_id, p.title, p.subtitle, p.price_min, p.price_max, p.currency, p.moq,"
                " p.main_image_url, p.detail_images, p.specifications, s.source_id, p.sales_count, p.rating,"
                " p.sync_status, p.deleted_at, p.supplier_id, p.id"
                " FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id"
                " WHERE p.source_id IN (%1)")
                                          .arg(sql::placeholders(chunk.size()));
            if (StorageError e = sql::exec(q, statement, QVariantList(chunk.cbegin(), chunk.cend()), d,
                    QCoreApplication::translate(
                        "ProductImporter", "Cannot read the stored products to compare"));
                !e.ok())
                return e;
            while (q.next()) {
                Row row = readStoredRow(q, d, jsonIsText);
                const QString id = row.product.sourceId;
                rows.emplace(id, std::move(row));
            }
        }
        return rows;
    });
}

} // namespace catalog
