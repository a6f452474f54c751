#include "scaleseed.h"

#include "benchsupport.h"
#include "db/connectionmanager.h"
#include "db/postgres/pgcopy_p.h"
#include "db/sqlite/sqlitestatement_p.h"
#include "db/transaction_p.h"
#include "demo/catalogdatagenerator.h"
#include "repositories/supplierrepository.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace catalog::bench {

namespace {

constexpr qint64 kCopyBatch = 100000;

QByteArray compactJson(const QJsonDocument &doc)
{
    return doc.toJson(QJsonDocument::Compact);
}

bool exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    say(QStringLiteral("failed: %1: %2").arg(statement, q.lastError().text()));
    return false;
}

// Suppliers b2b-1000000... and their ids, through the repository (their history and all).
std::optional<QList<qint64>> seedSupplierRows(ConnectionManager &connections, int count)
{
    const CatalogDataGenerator gen;
    SupplierRepository suppliers(connections);
    QList<qint64> ids(count, 0);
    for (int first = 0; first < count; first += 1000) {
        const auto r = suppliers.upsert(gen.suppliers(first, qMin(1000, count - first)));
        if (!r) {
            say(QStringLiteral("supplier seeding failed: %1").arg(r.error().toString()));
            return std::nullopt;
        }
    }
    // Read back rather than from the upserts' reports: a resumed seed writes no supplier again.
    auto db = connections.connection();
    if (!db)
        return std::nullopt;
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT source_id, id FROM suppliers WHERE source_id LIKE 'b2b-%'"))) {
        say(q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        const int index = q.value(0).toString().mid(4).toInt() - 1000000;
        if (index >= 0 && index < count)
            ids[index] = q.value(1).toLongLong();
    }
    return ids;
}

// One batch of products as COPY text; generated on a worker while the previous batch is sent.
PgCopyWriter copyBatch(qint64 first, qint64 count, int supplierCount, const QList<qint64> &supplierIds)
{
    const CatalogDataGenerator gen;
    PgCopyWriter copy;
    for (qint64 i = first; i < first + count; ++i) {
        const Product p = gen.product(i, supplierCount);
        copy.addField(p.sourceId);
        copy.addField(p.title);
        copy.addField(p.subtitle);
        copy.addField(p.priceMin ? p.priceMin->toString() : QString());
        copy.addField(p.priceMax ? p.priceMax->toString() : QString());
        copy.addField(p.currency);
        copy.addField(p.moq ? QString::number(*p.moq) : QString());
        copy.addField(p.mainImageUrl);
        copy.addField(QByteArrayView(compactJson(QJsonDocument(p.detailImages))));
        copy.addField(QByteArrayView(compactJson(QJsonDocument(p.specifications))));
        copy.addField(QString::number(supplierIds.at(int(i % supplierCount))));
        copy.addField(p.salesCount ? QString::number(*p.salesCount) : QString());
        copy.addField(p.rating ? p.rating->toString() : QString());
        copy.addField(p.syncStatus);
        copy.addField(QStringLiteral("bench"));
        copy.endRow();
    }
    return copy;
}

// The secondary indexes of products (the two GIN indexes above all) cost more to keep during a load
// than to build once afterwards. Their definitions are kept in a table of the database, so a seed
// interrupted between the drop and the rebuild still rebuilds them when it resumes.
bool dropSecondaryIndexes(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('bench_scale_indexes') IS NOT NULL")) || !q.next()) {
        say(q.lastError().text());
        return false;
    }
    if (q.value(0).toBool())
        return true; // dropped by an interrupted run
    if (!exec(db,
            QStringLiteral("CREATE TABLE bench_scale_indexes AS SELECT i.indexname, i.indexdef FROM pg_indexes i "
                           "JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid "
                           "WHERE i.schemaname = current_schema() AND i.tablename = 'products' "
                           "AND NOT x.indisunique")))
        return false;
    QSqlQuery names(db);
    if (!names.exec(QStringLiteral("SELECT indexname FROM bench_scale_indexes"))) {
        say(names.lastError().text());
        return false;
    }
    while (names.next()) {
        if (!exec(db, QStringLiteral("DROP INDEX %1").arg(names.value(0).toString())))
            return false;
    }
    return true;
}

bool rebuildSecondaryIndexes(QSqlDatabase &db)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery defs(db);
    if (!exec(db, QStringLiteral("SET maintenance_work_mem = '512MB'"))
        || !defs.exec(QStringLiteral("SELECT indexdef FROM bench_scale_indexes"))) {
        say(defs.lastError().text());
        return false;
    }
    while (defs.next()) {
        if (!exec(db, defs.value(0).toString()))
            return false;
    }
    say(QStringLiteral("[postgresql]   rebuilt the secondary indexes in %1 s").arg(double(t.elapsed()) / 1000, 0, 'f', 1));
    return exec(db, QStringLiteral("DROP TABLE bench_scale_indexes"));
}

// COPY with the table's own triggers off: a bulk load writes no history of 10 million "inserts";
// the supplier counts the trigger would keep are set once at the end. Foreign keys stay checked.
bool seedPostgres(ConnectionManager &connections, qint64 from, qint64 rows, const QList<qint64> &supplierIds)
{
    auto db = connections.connection();
    if (!db) {
        say(db.error().toString());
        return false;
    }
    const QString copyStatement = QStringLiteral(
        "COPY products (source_id, title, subtitle, price_min, price_max, currency, moq, main_image_url, "
        "detail_images, specifications, supplier_id, sales_count, rating, sync_status, updated_by) FROM STDIN");
    const int supplierCount = int(supplierIds.size());
    // A batch with its foreign-key checks can outlast the app's statement timeout on a busy machine.
    if (!exec(db.value(), QStringLiteral("SET statement_timeout = 0"))
        || !exec(db.value(), QStringLiteral("ALTER TABLE products DISABLE TRIGGER USER"))
        || !dropSecondaryIndexes(db.value()))
        return false;
    QElapsedTimer t;
    t.start();
    QFuture<PgCopyWriter> next = QtConcurrent::run(copyBatch, from, qMin(kCopyBatch, rows - from), supplierCount, supplierIds);
    bool ok = true;
    for (qint64 first = from; first < rows && ok; first += kCopyBatch) {
        const PgCopyWriter batch = next.result();
        const qint64 following = first + kCopyBatch;
        if (following < rows)
            next = QtConcurrent::run(copyBatch, following, qMin(kCopyBatch, rows - following), supplierCount, supplierIds);
        Transaction tx(db.value(), connections.dialect());
        StorageError e = tx.begin();
        if (e.ok())
            e = batch.send(db.value(), copyStatement);
        if (e.ok())
            e = tx.commit();
        if (!e.ok()) {
            say(QStringLiteral("COPY failed after %1 rows: %2").arg(first).arg(e.toString()));
            ok = false;
        }
        if (ok && (following / kCopyBatch) % 10 == 0)
            say(QStringLiteral("[postgresql]   copied %1 rows, %2 s, %3 rows/s")
                    .arg(qMin(following, rows))
                    .arg(double(t.elapsed()) / 1000, 0, 'f', 1)
                    .arg(double(qMin(following, rows) - from) * 1000 / double(qMax<qint64>(1, t.elapsed())), 0, 'f', 0));
    }
    if (next.isValid())
        next.waitForFinished();
    ok = ok && rebuildSecondaryIndexes(db.value());
    ok = exec(db.value(), QStringLiteral("ALTER TABLE products ENABLE TRIGGER USER")) && ok;
    return ok
        && exec(db.value(),
            QStringLiteral("UPDATE suppliers s SET product_count = c.n FROM (SELECT supplier_id, count(*) AS n "
                           "FROM products WHERE deleted_at IS NULL GROUP BY supplier_id) c WHERE s.id = c.supplier_id"));
}

void bindProduct(SqliteStatement &insert, const Product &p, qint64 supplierId)
{
    const auto decimal = [&insert](int index, const std::optional<Decimal2> &value) {
        value ? insert.bindDouble(index, value->toDouble()) : insert.bindNull(index);
    };
    insert.bindText(0, p.sourceId);
    insert.bindText(1, p.title);
    insert.bindText(2, p.subtitle);
    decimal(3, p.priceMin);
    decimal(4, p.priceMax);
    insert.bindText(5, p.currency);
    p.moq ? insert.bindInt64(6, *p.moq) : insert.bindNull(6);
    insert.bindText(7, p.mainImageUrl);
    insert.bindUtf8(8, compactJson(QJsonDocument(p.detailImages)));
    insert.bindUtf8(9, compactJson(QJsonDocument(p.specifications)));
    insert.bindInt64(10, supplierId);
    p.salesCount ? insert.bindInt64(11, *p.salesCount) : insert.bindNull(11);
    decimal(12, p.rating);
    insert.bindText(13, p.syncStatus);
}

// SQLite: one prepared INSERT per row in transactions of 100,000 rows; the triggers stay on
// (SQLite cannot switch them off), so history and counts are kept as for any insert.
bool seedSqlite(ConnectionManager &connections, qint64 rows, const QList<qint64> &supplierIds)
{
    auto db = connections.connection();
    if (!db) {
        say(db.error().toString());
        return false;
    }
    const CatalogDataGenerator gen;
    const int supplierCount = int(supplierIds.size());
    QElapsedTimer t;
    t.start();
    for (qint64 first = 0; first < rows; first += kCopyBatch) {
        Transaction tx(db.value(), connections.dialect());
        SqliteStatement insert;
        StorageError e = tx.begin();
        if (e.ok())
            e = insert.prepare(db.value(), connections.dialect(),
                QStringLiteral("INSERT INTO products (source_id, title, subtitle, price_min, price_max, currency, moq, "
                               "main_image_url, detail_images, specifications, supplier_id, sales_count, rating, "
                               "sync_status, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "'bench')"));
        for (qint64 i = first; e.ok() && i < qMin(rows, first + kCopyBatch); ++i) {
            bindProduct(insert, gen.product(i, supplierCount), supplierIds.at(int(i % supplierCount)));
            insert.step();
            if (insert.failed())
                e = insert.error(QStringLiteral("Cannot insert product %1").arg(i));
            insert.reset();
        }
        if (e.ok())
            e = tx.commit();
        if (!e.ok()) {
            say(e.toString());
            return false;
        }
        say(QStringLiteral("[sqlite]   inserted %1 rows, %2 s").arg(qMin(rows, first + kCopyBatch)).arg(double(t.elapsed()) / 1000, 0, 'f', 1));
    }
    return true;
}

} // namespace

bool seedBulk(ConnectionManager &connections, qint64 from, qint64 rows, const QString &engine)
{
    const CatalogDataGenerator gen;
    QElapsedTimer t;
    t.start();
    const std::optional<QList<qint64>> supplierIds = seedSupplierRows(connections, gen.supplierCountFor(rows));
    if (!supplierIds)
        return false;
    const bool ok = engine == QLatin1String("sqlite") ? seedSqlite(connections, rows, *supplierIds)
                                                       : seedPostgres(connections, from, rows, *supplierIds);
    if (ok)
        say(QStringLiteral("[%1] seeded products %2-%3 and %4 suppliers by bulk load in %5 s = %6 rows/s")
                .arg(engine)
                .arg(from)
                .arg(rows)
                .arg(supplierIds->size())
                .arg(double(t.elapsed()) / 1000, 0, 'f', 1)
                .arg(double(rows - from) * 1000 / double(qMax<qint64>(1, t.elapsed())), 0, 'f', 0));
    return ok;
}

} // namespace catalog::bench
