#include "repositories/productrepository.h"

#include "core/validator.h"
#include "db/connectionmanager.h"
#include "db/postgres/pgcopy_p.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "db/sqlite/sqlitestatement_p.h"
#include "db/transaction_p.h"
#include "repositories/changeset_p.h"
#include "repositories/productfilter_p.h"
#include "repositories/qualitypredicates_p.h"
#include "repositories/versionedtable_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace catalog {

namespace {

// Columns an operator or an import writes, in the order of productValues().
const QStringList kProductWritable = {
    QStringLiteral("source_id"),      QStringLiteral("title"),         QStringLiteral("subtitle"),
    QStringLiteral("price_min"),      QStringLiteral("price_max"),     QStringLiteral("currency"),
    QStringLiteral("moq"),            QStringLiteral("main_image_url"), QStringLiteral("detail_images"),
    QStringLiteral("specifications"), QStringLiteral("supplier_id"),   QStringLiteral("sales_count"),
    QStringLiteral("rating"),         QStringLiteral("sync_status"),
};

constexpr int kInClauseChunk = 500;

QVariantList productValues(const Product &p, const SqlDialect &d)
{
    return {
        p.sourceId,
        SqlDialect::bindText(p.title),
        SqlDialect::bindText(p.subtitle),
        d.bindDecimal(p.priceMin),
        d.bindDecimal(p.priceMax),
        p.currency,
        SqlDialect::bindOptional(p.moq),
        SqlDialect::bindText(p.mainImageUrl),
        d.bindJson(p.detailImages),
        d.bindJson(p.specifications),
        SqlDialect::bindOptional(p.supplierId),
        SqlDialect::bindOptional(p.salesCount),
        d.bindDecimal(p.rating),
        p.syncStatus,
    };
}

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

Product readProduct(const sql::Query &q, const SqlDialect &d)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sourceId = q.value(1).toString();
    p.title = q.value(2).toString();
    p.subtitle = q.value(3).isNull() ? QString() : q.value(3).toString();
    p.priceMin = Decimal2::fromVariant(q.value(4));
    p.priceMax = Decimal2::fromVariant(q.value(5));
    p.currency = q.value(6).toString().trimmed();
    p.moq = optionalInt(q.value(7));
    p.mainImageUrl = q.value(8).isNull() ? QString() : q.value(8).toString();
    p.detailImages = SqlDialect::readJson(q.value(9)).toArray();
    p.specifications = SqlDialect::readJson(q.value(10)).toObject();
    if (!q.value(11).isNull())
        p.supplierId = q.value(11).toLongLong();
    p.salesCount = optionalInt(q.value(12));
    p.rating = Decimal2::fromVariant(q.value(13));
    p.syncStatus = q.value(14).toString();
    p.createdAt = d.readTimestamp(q.value(15));
    p.updatedAt = d.readTimestamp(q.value(16));
    p.deletedAt = d.readTimestamp(q.value(17));
    p.version = q.value(18).toInt();
    p.updatedBy = q.value(19).isNull() ? QString() : q.value(19).toString();
    return p;
}

// A listing's row also carries its main image's stored file (see productTable()'s listColumns).
Product readListedProduct(const sql::Query &q, const SqlDialect &d)
{
    Product p = readProduct(q, d);
    p.mainImagePath = q.value(20).isNull() ? QString() : q.value(20).toString();
    p.mainImageSha256 = q.value(21).isNull() ? QString() : q.value(21).toString();
    return p;
}

// The grid's thumbnails come with the page: per row one probe of images by (product_id, ...) through
// the images_product_url_key index, instead of a query per row from the GUI. Scalar subqueries, not
// a join, so that the page's filter and sort keep naming the products' columns unqualified.
QString mainImageColumns()
{
    const QString probe = QStringLiteral(
        "(SELECT images.%1 FROM images WHERE images.product_id = products.id AND images.image_type = 'main' "
        "AND images.local_path IS NOT NULL ORDER BY images.id DESC LIMIT 1)");
    return QStringLiteral(", %1 AS main_image_path, %2 AS main_image_sha256")
        .arg(probe.arg(QStringLiteral("local_path")), probe.arg(QStringLiteral("sha256")));
}

// The one foreign key a product write can break is supplier_id (SQLite does not even name it):
// report it as the field error it is.
StorageError explainMissingSupplier(StorageError e, const Product &product)
{
    const bool foreignKey = e.sqlState == QLatin1String("23503") || e.sqlState == QLatin1String("787")
            || e.detail.contains(QLatin1String("FOREIGN KEY constraint failed"));
    if (e.kind != ErrorKind::Constraint || !foreignKey || !product.supplierId)
        return e;
    FieldError field { QStringLiteral("supplier_id"),
        QCoreApplication::translate("ProductRepository", "there is no supplier with id %1")
            .arg(*product.supplierId) };
    field.sourceId = product.sourceId;
    return StorageError::validation({ field });
}

const VersionedTable &productTable()
{
    static const VersionedTable table(VersionedTable::Spec {
            QStringLiteral("products"),
            QStringLiteral("product"),
            QStringLiteral("id, source_id, title, subtitle, price_min, price_max, currency, moq, main_image_url, "
                           "detail_images, specifications, supplier_id, sales_count, rating, sync_status, created_at, "
                           "updated_at, deleted_at, version, updated_by"),
            kProductWritable,
            {
                    { QStringLiteral("id"), true },
                    { QStringLiteral("source_id"), true },
                    { QStringLiteral("title"), true },
                    { QStringLiteral("subtitle"), false },
                    { QStringLiteral("price_min"), true, false, true },
                    { QStringLiteral("price_max"), false },
                    { QStringLiteral("currency"), true },
                    { QStringLiteral("moq"), false },
                    { QStringLiteral("supplier_id"), false },
                    { QStringLiteral("sales_count"), false },
                    { QStringLiteral("rating"), false },
                    { QStringLiteral("sync_status"), true },
                    { QStringLiteral("created_at"), true, true },
                    { QStringLiteral("updated_at"), true, true },
                    { QStringLiteral("deleted_at"), false },
                    { QStringLiteral("version"), true },
            },
            history::Entity::Product,
            {},
            {},
            mainImageColumns(),
    });
    return table;
}

VersionedRows<Product> productRows()
{
    return { productTable(),
        RowCodec<Product> { &readProduct, &productValues, &explainMissingSupplier, &readListedProduct } };
}

// Resolves supplierSourceId to supplier ids for rows that have no supplierId.
Result<QHash<QString, qint64>> resolveSuppliers(QSqlDatabase &db, const SqlDialect &d, const QList<Product> &rows)
{
    QSet<QString> wanted;
    for (const Product &p : rows) {
        if (!p.supplierId && !p.supplierSourceId.isEmpty())
            wanted.insert(p.supplierSourceId);
    }
    QHash<QString, qint64> ids;
    const QStringList keys(wanted.cbegin(), wanted.cend());
    for (qsizetype start = 0; start < keys.size(); start += kInClauseChunk) {
        const QStringList chunk = keys.mid(start, kInClauseChunk);
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                QStringLiteral("SELECT source_id, id FROM suppliers WHERE source_id IN (%1)")
                    .arg(sql::placeholders(chunk.size())),
                QVariantList(chunk.cbegin(), chunk.cend()), d,
                QCoreApplication::translate("ProductRepository", "Cannot look up suppliers"));
            !e.ok())
            return e;
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QList<FieldError> missing;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Product &p = rows.at(i);
        if (!p.supplierId && !p.supplierSourceId.isEmpty() && !ids.contains(p.supplierSourceId))
            missing << FieldError { QStringLiteral("supplier_source_id"),
                QCoreApplication::translate("ProductRepository", "no supplier has source_id \"%1\"")
                    .arg(p.supplierSourceId),
                int(i), p.sourceId };
    }
    if (!missing.isEmpty())
        return StorageError::validation(missing);
    return ids;
}

QString changedCondition(const QString &current, const QString &incoming, const QString &distinctOperator)
{
    QStringList parts;
    for (const QString &c : kProductWritable) {
        if (c == QLatin1String("source_id"))
            continue;
        parts << QStringLiteral("%1%3 %4 %2%3").arg(current, incoming, c, distinctOperator);
    }
    return QStringLiteral("(") + parts.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

// One staging row in COPY's text format, in the order of kProductWritable, typed values written
// straight as text (no QVariant per value: this is a third of the client's work in an import).
void encodeCopyRow(
    PgCopyWriter &copy, qsizetype ord, const Product &p, const std::optional<qint64> &supplierId)
{
    const auto optional = [&copy](const auto &value) {
        if (value)
            copy.addField(QByteArrayView(QByteArray::number(*value)));
        else
            copy.addNull();
    };
    const auto decimal = [&copy](const std::optional<Decimal2> &value) {
        copy.addField(value ? value->toString() : QString());
    };
    // source_id, currency and sync_status are never NULL (an empty value fails their checks).
    copy.addField(QByteArrayView(QByteArray::number(ord)));
    copy.addField(QByteArrayView(p.sourceId.toUtf8()));
    copy.addField(p.title);
    copy.addField(p.subtitle);
    decimal(p.priceMin);
    decimal(p.priceMax);
    copy.addField(QByteArrayView(p.currency.toUtf8()));
    optional(p.moq);
    copy.addField(p.mainImageUrl);
    copy.addField(QByteArrayView(QJsonDocument(p.detailImages).toJson(QJsonDocument::Compact)));
    copy.addField(QByteArrayView(QJsonDocument(p.specifications).toJson(QJsonDocument::Compact)));
    optional(supplierId);
    optional(p.salesCount);
    decimal(p.rating);
    copy.addField(QByteArrayView(p.syncStatus.toUtf8()));
    copy.endRow();
}

Result<UpsertReport> upsertPostgres(QSqlDatabase &db, const SqlDialect &d, const QList<Product> &rows,
                                    const QHash<QString, qint64> &suppliers, const QString &actor)
{
    {
        sql::Query q(db);
        if (StorageError e = sql::exec(q,
                QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS catalog_product_staging ("
                               " ord integer, source_id text, title text, subtitle text, price_min numeric, "
                               "price_max numeric,"
                               " currency text, moq integer, main_image_url text, detail_images jsonb, "
                               "specifications jsonb,"
                               " supplier_id bigint, sales_count integer, rating numeric, sync_status text)"
                               " ON COMMIT DELETE ROWS"),
                {}, d, QCoreApplication::translate("ProductRepository", "Cannot prepare the staging table"));
            !e.ok())
            return e;
    }
    // A source_id repeated within the batch takes its last row (ON CONFLICT cannot touch a row twice
    // in one statement). Deduplicated here rather than by DISTINCT ON in the statement, which sorted
    // the whole wide rows: about a tenth of the statement's time. Written in source_id order, as the
    // sort did.
    QHash<QString, qsizetype> last;
    last.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        last.insert(rows.at(i).sourceId, i);
    QList<qsizetype> order;
    order.reserve(last.size());
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        order << it.value();
    std::sort(order.begin(), order.end(),
              [&rows](qsizetype a, qsizetype b) { return rows.at(a).sourceId < rows.at(b).sourceId; });
    PgCopyWriter copy;
    for (const qsizetype i : std::as_const(order)) {
        const Product &p = rows.at(i);
        const std::optional<qint64> supplierId = !p.supplierId && !p.supplierSourceId.isEmpty()
            ? std::optional<qint64>(suppliers.value(p.supplierSourceId))
            : p.supplierId;
        encodeCopyRow(copy, i, p, supplierId);
    }
    if (StorageError e = copy.send(db, QStringLiteral("COPY catalog_product_staging (ord, %1) FROM STDIN")
                                                  .arg(kProductWritable.join(QStringLiteral(", "))));
        !e.ok())
        return e;

    QStringList assignments;
    for (const QString &c : kProductWritable) {
        if (c != QLatin1String("source_id"))
            assignments << QStringLiteral("%1 = EXCLUDED.%1").arg(c);
    }
    const QString columns = kProductWritable.join(QStringLiteral(", "));
    const QString statement = QStringLiteral(
            "WITH up AS (INSERT INTO products AS p (%1, updated_by) SELECT %1, ? FROM catalog_product_staging"
            " ON CONFLICT (source_id) DO UPDATE SET %2, updated_at = now(), version = p.version + 1,"
            " updated_by = EXCLUDED.updated_by WHERE %3 RETURNING (xmax = 0) AS inserted)"
            " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted),"
            " (SELECT count(*) FROM catalog_product_staging) FROM up")
            .arg(columns, assignments.join(QStringLiteral(", ")),
                 changedCondition(QStringLiteral("p."), QStringLiteral("EXCLUDED."), QStringLiteral("IS DISTINCT FROM")));
    sql::Query q(db);
    if (StorageError e = sql::exec(q, statement, { actor }, d,
            QCoreApplication::translate("ProductRepository", "Cannot upsert the batch"));
        !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(ErrorKind::Internal,
            QCoreApplication::translate("ProductRepository", "The upsert returned no counts"));
    UpsertReport report;
    report.inserted = q.value(0).toInt();
    report.updated = q.value(1).toInt();
    report.unchanged = q.value(2).toInt() - report.inserted - report.updated;
    return report;
}

// Which of these source_ids are stored already (deleted ones included).
Result<QSet<QString>> selectExistingSourceIds(QSqlDatabase &db, const SqlDialect &d, const QStringList &sourceIds)
{
    QSet<QString> existing;
    for (qsizetype start = 0; start < sourceIds.size(); start += kInClauseChunk) {
        const QStringList chunk = sourceIds.mid(start, kInClauseChunk);
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                QStringLiteral("SELECT source_id FROM products WHERE source_id IN (%1)")
                    .arg(sql::placeholders(chunk.size())),
                QVariantList(chunk.cbegin(), chunk.cend()), d,
                QCoreApplication::translate("ProductRepository", "Cannot look up existing products"));
            !e.ok())
            return e;
        while (q.next())
            existing.insert(q.value(0).toString());
    }
    return existing;
}

// The product columns of one row as bound to SQLite, in the order of kProductWritable, supplier ids
// resolved; typed values bound straight (as productValues() gives them, without a QVariant each).
void bindSqliteProduct(
    SqliteStatement &q, int first, const Product &p, const QHash<QString, qint64> &suppliers)
{
    int at = first;
    const auto optional = [&q, &at](const auto &value) {
        if (value)
            q.bindInt64(at++, qint64(*value));
        else
            q.bindNull(at++);
    };
    const auto decimal = [&q, &at](const std::optional<Decimal2> &value) {
        if (value)
            q.bindDouble(at++, value->toDouble());
        else
            q.bindNull(at++);
    };
    q.bindUtf8(at++, QByteArrayView(p.sourceId.toUtf8()));
    q.bindText(at++, p.title);
    q.bindText(at++, p.subtitle);
    decimal(p.priceMin);
    decimal(p.priceMax);
    q.bindUtf8(at++, QByteArrayView(p.currency.toUtf8()));
    optional(p.moq);
    q.bindText(at++, p.mainImageUrl);
    q.bindUtf8(at++, QByteArrayView(QJsonDocument(p.detailImages).toJson(QJsonDocument::Compact)));
    q.bindUtf8(at++, QByteArrayView(QJsonDocument(p.specifications).toJson(QJsonDocument::Compact)));
    optional(!p.supplierId && !p.supplierSourceId.isEmpty()
            ? std::optional<qint64>(suppliers.value(p.supplierSourceId))
            : p.supplierId);
    optional(p.salesCount);
    decimal(p.rating);
    q.bindUtf8(at++, QByteArrayView(p.syncStatus.toUtf8()));
}

QString sqliteUpsertTail(const SqlDialect &d)
{
    QStringList assignments;
    for (const QString &c : kProductWritable) {
        if (c != QLatin1String("source_id"))
            assignments << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    // A new row comes back with version 1, an updated one with its raised version, an unchanged
    // one (the WHERE refuses the update) not at all: no look-up of existing source_ids needed.
    return QStringLiteral(
        " ON CONFLICT (source_id) DO UPDATE SET %1, updated_at = %2, version = products.version + 1,"
        " updated_by = excluded.updated_by WHERE %3 RETURNING version")
        .arg(assignments.join(QStringLiteral(", ")), d.nowExpression(),
            changedCondition(
                QStringLiteral("products."), QStringLiteral("excluded."), QStringLiteral("IS NOT")));
}

// Counts what the upsert's RETURNING rows say; false when the statement failed.
bool countUpserted(SqliteStatement &q, UpsertReport &report)
{
    while (q.step())
        ++(q.integer(0) > 1 ? report.updated : report.inserted);
    return !q.failed();
}

// Row by row: slower, but a row the database refuses is named. Used when the set-based statement fails.
Result<UpsertReport> upsertSqliteRows(QSqlDatabase &db, const SqlDialect &d, const QList<Product> &rows,
    const QHash<QString, qint64> &suppliers, const QString &actor)
{
    SqliteStatement q;
    if (StorageError e = q.prepare(db, d,
            QStringLiteral("INSERT INTO products (%1, updated_by) VALUES (%2, ?)")
                    .arg(kProductWritable.join(QStringLiteral(", ")),
                        sql::placeholders(kProductWritable.size()))
                + sqliteUpsertTail(d));
        !e.ok())
        return e;
    UpsertReport report;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        bindSqliteProduct(q, 0, rows.at(i), suppliers);
        q.bind(int(kProductWritable.size()), actor);
        if (!countUpserted(q, report))
            return q.error(QCoreApplication::translate("ProductRepository", "Row %1 (%2) was refused")
                               .arg(i + 1)
                               .arg(rows.at(i).sourceId));
        q.reset();
    }
    return report;
}

// The batch goes into a temporary table (no triggers, no indexes: cheap per row), then into
// products in one INSERT ... SELECT, as a DBA's set-based load does: per-row upsert statements
// cost twice the whole load in statement set-up. Rows keep the batch's order (a source_id repeated
// in the batch: the later row updates the earlier one, as row by row).
Result<UpsertReport> upsertSqlite(QSqlDatabase &db, const SqlDialect &d, const QList<Product> &rows,
    const QHash<QString, qint64> &suppliers, const QString &actor)
{
    const QString columns = kProductWritable.join(QStringLiteral(", "));
    {
        sql::Query q(db);
        if (StorageError e = sql::exec(q,
                QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS catalog_product_staging"
                               " (ord INTEGER PRIMARY KEY, %1)")
                    .arg(columns),
                {}, d, QCoreApplication::translate("ProductRepository", "Cannot prepare the staging table"));
            !e.ok())
            return e;
        if (StorageError e = sql::exec(q, QStringLiteral("DELETE FROM temp.catalog_product_staging"), {}, d,
                QCoreApplication::translate("ProductRepository", "Cannot empty the staging table"));
            !e.ok())
            return e;
    }
    SqliteStatement stage;
    if (StorageError e = stage.prepare(db, d,
            QStringLiteral("INSERT INTO temp.catalog_product_staging VALUES (?, %1)")
                .arg(sql::placeholders(kProductWritable.size())));
        !e.ok())
        return e;
    QSet<QString> seen;
    seen.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        stage.bind(0, qint64(i));
        bindSqliteProduct(stage, 1, rows.at(i), suppliers);
        stage.step();
        if (stage.failed())
            return stage.error(QCoreApplication::translate("ProductRepository", "Cannot stage row %1 (%2)")
                                   .arg(i + 1)
                                   .arg(rows.at(i).sourceId));
        stage.reset();
        seen.insert(rows.at(i).sourceId);
    }
    SqliteStatement upsert;
    if (StorageError e = upsert.prepare(db, d,
            QStringLiteral("INSERT INTO products (%1, updated_by) SELECT %1, ? FROM"
                           " temp.catalog_product_staging WHERE true ORDER BY ord")
                    .arg(columns)
                + sqliteUpsertTail(d));
        !e.ok())
        return e;
    upsert.bind(0, actor);
    UpsertReport report;
    if (!countUpserted(upsert, report)) {
        // A refused row undoes the statement alone (the transaction stays): row by row names the
        // culprit. Anything else (disk full, busy) may have ended the transaction: reported as is.
        const StorageError failed
            = upsert.error(QCoreApplication::translate("ProductRepository", "Cannot upsert the batch"));
        if (failed.kind != ErrorKind::Constraint)
            return failed;
        upsert.reset();
        Result<UpsertReport> named = upsertSqliteRows(db, d, rows, suppliers, actor);
        if (!named)
            return named;
        report = named.value();
    }
    // Rows repeated within the batch count once, as on PostgreSQL.
    report.unchanged = qMax(0, int(seen.size()) - report.inserted - report.updated);
    return report;
}

} // namespace

ProductRepository::ProductRepository(ConnectionManager &connections) : m_connections(connections) { }

const QStringList &ProductRepository::sortColumns()
{
    static const QStringList columns = productTable().sortColumnNames();
    return columns;
}

Result<Product> ProductRepository::create(const Product &product)
{
    if (const QList<FieldError> errors = validation::validateProduct(product); !errors.isEmpty())
        return StorageError::validation(errors);
    const SqlDialect &d = m_connections.dialect();
    // One statement: atomic on its own (the history and count triggers run inside it).
    return m_connections.run<Product>(
            [&](QSqlDatabase &db) { return productRows().insertRow(db, d, product, m_connections.actor()); });
}

Result<Product> ProductRepository::findById(qint64 id)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Product>([&](QSqlDatabase &db) { return productRows().selectById(db, d, id); });
}

Result<Product> ProductRepository::findBySourceId(const QString &sourceId)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Product>([&](QSqlDatabase &db) { return productRows().selectBySourceId(db, d, sourceId); });
}

Result<Product> ProductRepository::update(const Product &product)
{
    if (product.id <= 0)
        return StorageError::make(ErrorKind::NotFound,
            QCoreApplication::translate("ProductRepository", "The product has not been stored yet"));
    if (const QList<FieldError> errors = validation::validateProduct(product); !errors.isEmpty())
        return StorageError::validation(errors);
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Product>(
            [&](QSqlDatabase &db) { return productRows().updateRow(db, d, product, m_connections.actor()); });
}

Result<Product> ProductRepository::writeState(qint64 id, int expectedVersion, bool toDeleted)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Product>([&](QSqlDatabase &db) {
        return productRows().stateRow(db, d, id, expectedVersion, toDeleted, m_connections.actor());
    });
}

Result<Product> ProductRepository::softDelete(qint64 id, int expectedVersion)
{
    return writeState(id, expectedVersion, true);
}

Result<Product> ProductRepository::restore(qint64 id, int expectedVersion)
{
    return writeState(id, expectedVersion, false);
}

Result<QList<Product>> ProductRepository::saveChanges(const QList<RecordChange<Product>> &changes)
{
    return applyChanges<Product>(m_connections, changes, &validation::validateProduct, productRows(),
                                 QStringLiteral("product"));
}

StorageError ProductRepository::hardDelete(qint64 id)
{
    return productTable().hardDelete(m_connections, id);
}

Result<QList<HistoryEntry>> ProductRepository::history(qint64 id)
{
    return productTable().history(m_connections, id);
}

Product ProductRepository::fromJson(const QJsonObject &row)
{
    auto text = [&](const char *key) {
        const QJsonValue v = row.value(QLatin1String(key));
        return v.isNull() || v.isUndefined() ? QString() : v.toVariant().toString();
    };
    auto decimal = [&](const char *key) { return Decimal2::fromVariant(row.value(QLatin1String(key)).toVariant()); };
    auto integer = [&](const char *key) {
        const QJsonValue v = row.value(QLatin1String(key));
        return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
    };
    Product p;
    p.id = row.value(QLatin1String("id")).toInteger();
    p.sourceId = text("source_id");
    p.title = text("title");
    p.subtitle = text("subtitle");
    p.priceMin = decimal("price_min");
    p.priceMax = decimal("price_max");
    p.currency = text("currency").trimmed();
    p.moq = integer("moq");
    p.mainImageUrl = text("main_image_url");
    p.detailImages = row.value(QLatin1String("detail_images")).toArray();
    p.specifications = row.value(QLatin1String("specifications")).toObject();
    if (row.value(QLatin1String("supplier_id")).isDouble())
        p.supplierId = row.value(QLatin1String("supplier_id")).toInteger();
    p.salesCount = integer("sales_count");
    p.rating = decimal("rating");
    p.syncStatus = text("sync_status");
    p.version = row.value(QLatin1String("version")).toInt();
    p.updatedBy = text("updated_by");
    return p;
}

Result<Product> ProductRepository::restoreVersion(qint64 id, qint64 historyId, int expectedVersion)
{
    const Result<QJsonObject> values = productTable().valuesBefore(m_connections, id, historyId);
    if (!values)
        return values.error();
    Product older = fromJson(values.value());
    older.id = id;
    older.version = expectedVersion;
    return update(older);
}

Result<Page<Product>> ProductRepository::list(const ProductFilter &filter, const PageRequest &page)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    const Result<SortColumn> sort = productTable().checkPage(page);
    if (!sort)
        return sort.error();
    const SqlDialect &d = m_connections.dialect();
    const SqlFragment bits = quality::bitsExpression(d, QStringLiteral("products"), filter.staleSyncDays);
    const VersionedTable::ComputedColumn problems { bits.sql, QStringLiteral("quality_problems"),
        bits.values };
    return m_connections.run<Page<Product>>([&](QSqlDatabase &db) -> Result<Page<Product>> {
        const Result<SearchOrder> order = searchOrderFor(db, filter, d);
        if (!order)
            return order.error();
        sql::Where where;
        applyProductFilter(where, filter, d, {}, order.value());
        Page<Product> result;
        int problemsIndex = -1;
        const auto read = [&](const sql::Query &q) {
            if (problemsIndex < 0)
                problemsIndex = q.record().indexOf(problems.alias);
            Product p = readListedProduct(q, d);
            p.qualityProblems = QualityKinds(q.value(problemsIndex).toLongLong());
            result.rows << p;
        };
        const Result<VersionedTable::PageKeys> keys
            = productTable().listRows(db, d, where, sort.value(), page, read, &problems);
        if (!keys)
            return keys.error();
        result.first = keys->first;
        result.next = keys->next;
        return result;
    });
}

Result<qint64> ProductRepository::count(const ProductFilter &filter, CountMode mode)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    const SqlDialect &d = m_connections.dialect();
    const Result<SearchOrder> order
        = m_connections.run<SearchOrder>([&](QSqlDatabase &db) { return countOrderFor(db, filter, d); });
    if (!order)
        return order.error();
    sql::Where where;
    applyProductFilter(where, filter, d, {}, order.value());
    return productTable().count(m_connections, where, mode);
}

Result<RowCount> ProductRepository::quickCount(const ProductFilter &filter, int budgetMs)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    sql::Where where;
    applyProductFilter(where, filter, m_connections.dialect());
    return productTable().quickCount(m_connections, where, budgetMs);
}

Result<PositionSample> ProductRepository::positionSample(
    const ProductFilter &filter, const PageRequest &order, qint64 stride)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    sql::Where where;
    applyProductFilter(where, filter, m_connections.dialect());
    return productTable().positionSample(m_connections, where, order, stride);
}

Result<PositionSample> ProductRepository::estimatedPositions(const ProductFilter &filter, const PageRequest &order)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    sql::Where where;
    applyProductFilter(where, filter, m_connections.dialect());
    return productTable().estimatedPositions(m_connections, where, order);
}

Result<UpsertReport> ProductRepository::upsert(const QList<Product> &products, Validation validation)
{
    if (validation == Validation::Check) {
        if (const QList<FieldError> errors = batchErrors(products, &validation::validateProduct); !errors.isEmpty())
            return StorageError::validation(errors);
    }
    if (products.isEmpty())
        return UpsertReport {};
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<UpsertReport>([&](QSqlDatabase &db) -> Result<UpsertReport> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        Result<QHash<QString, qint64>> suppliers = resolveSuppliers(db, d, products);
        if (!suppliers)
            return suppliers.error();
        Result<UpsertReport> report = d.engine() == Engine::PostgreSQL
                ? upsertPostgres(db, d, products, suppliers.value(), m_connections.actor())
                : upsertSqlite(db, d, products, suppliers.value(), m_connections.actor());
        if (!report)
            return report;
        if (StorageError e = tx.commit(); !e.ok())
            return e;
        return report;
    });
}

Result<QSet<QString>> ProductRepository::existingSourceIds(const QStringList &sourceIds)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<QSet<QString>>(
            [&](QSqlDatabase &db) { return selectExistingSourceIds(db, d, sourceIds); });
}

StorageError ProductRepository::refreshStatistics()
{
    const SqlDialect &d = m_connections.dialect();
    const QString statement = d.analyzeStatement(QStringLiteral("products"));
    if (statement.isEmpty())
        return {};
    return m_connections.runStatus([&](QSqlDatabase &db) {
        sql::Query q(db);
        return sql::exec(q, statement, {}, d,
            QCoreApplication::translate("ProductRepository", "Cannot refresh the statistics of products"));
    });
}

Result<int> ProductRepository::setSyncStatus(const QList<qint64> &ids, const QString &status)
{
    if (!validation::isValidSyncStatus(status))
        return StorageError::validation({ FieldError { QStringLiteral("sync_status"),
            QCoreApplication::translate("ProductRepository", "\"%1\" is not one of %2")
                .arg(status.left(20), validation::syncStatuses.join(QStringLiteral(", "))) } });
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<int>([&](QSqlDatabase &db) -> Result<int> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        int changed = 0;
        for (qsizetype start = 0; start < ids.size(); start += kInClauseChunk) {
            const QList<qint64> chunk = ids.mid(start, kInClauseChunk);
            QVariantList values { status, m_connections.actor() };
            for (qint64 id : chunk)
                values << id;
            values << status;
            sql::Query q(db);
            if (StorageError e = sql::exec(q,
                    QStringLiteral("UPDATE products SET sync_status = ?, updated_by = ?, updated_at = %1, "
                                   "version = version + 1 WHERE id IN (%2) AND sync_status <> ?")
                        .arg(d.nowExpression(), sql::placeholders(chunk.size())),
                    values, d,
                    QCoreApplication::translate("ProductRepository", "Cannot set the sync status"));
                !e.ok())
                return e;
            changed += q.numRowsAffected();
        }
        if (StorageError e = tx.commit(); !e.ok())
            return e;
        return changed;
    });
}

} // namespace catalog

