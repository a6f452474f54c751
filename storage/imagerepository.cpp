#include "imagerepository.h"

#include "connectionmanager.h"
#include "sqldialect.h"
#include "sqlhelpers.h"
#include "transaction.h"
#include "validator.h"

namespace catalog {

namespace {

const QString kSelect = QStringLiteral("SELECT id, product_id, url, local_path, image_type, width, height, size, format, "
                                       "sha256, created_at FROM images");

ImageRecord readRow(const sql::Query &q, const SqlDialect &d)
{
    ImageRecord r;
    r.id = q.value(0).toLongLong();
    r.productId = q.value(1).toLongLong();
    r.url = q.value(2).toString();
    r.localPath = q.value(3).isNull() ? QString() : q.value(3).toString();
    r.imageType = q.value(4).toString();
    if (!q.value(5).isNull())
        r.width = q.value(5).toInt();
    if (!q.value(6).isNull())
        r.height = q.value(6).toInt();
    if (!q.value(7).isNull())
        r.size = q.value(7).toLongLong();
    r.format = q.value(8).isNull() ? QString() : q.value(8).toString();
    r.sha256 = q.value(9).isNull() ? QString() : q.value(9).toString().trimmed();
    r.createdAt = d.readTimestamp(q.value(10));
    return r;
}

Result<ImageRecord> selectOne(QSqlDatabase &db, const SqlDialect &d, const QString &where, const QVariantList &keys)
{
    sql::Query q(db);
    if (StorageError e = sql::exec(q, kSelect + where, keys, d, QStringLiteral("Cannot read the image")); !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(ErrorKind::NotFound, QStringLiteral("The image does not exist"));
    return readRow(q, d);
}

} // namespace

ImageRepository::ImageRepository(ConnectionManager &connections) : m_connections(connections) { }

Result<ImageRecord> ImageRepository::add(const ImageRecord &image)
{
    if (const QList<FieldError> errors = validation::validateImage(image); !errors.isEmpty())
        return StorageError::validation(errors);
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<ImageRecord>([&](QSqlDatabase &db) -> Result<ImageRecord> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        {
            sql::Query q(db);
            if (StorageError e = sql::exec(
                        q,
                        QStringLiteral("INSERT INTO images (product_id, url, local_path, image_type, width, height, size, "
                                       "format, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT (product_id, url) DO NOTHING"),
                        { image.productId, image.url, SqlDialect::bindText(image.localPath), image.imageType,
                          SqlDialect::bindOptional(image.width), SqlDialect::bindOptional(image.height),
                          SqlDialect::bindOptional(image.size), SqlDialect::bindText(image.format),
                          SqlDialect::bindText(image.sha256) },
                        d, QStringLiteral("Cannot add image %1").arg(image.url.left(200)));
                !e.ok())
                return e;
        }
        Result<ImageRecord> stored = selectOne(db, d, QStringLiteral(" WHERE product_id = ? AND url = ?"),
                                               { image.productId, image.url });
        if (!stored)
            return stored;
        if (StorageError e = tx.commit(); !e.ok())
            return e;
        return stored;
    });
}

Result<ImageRecord> ImageRepository::findById(qint64 id)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<ImageRecord>(
            [&](QSqlDatabase &db) { return selectOne(db, d, QStringLiteral(" WHERE id = ?"), { id }); });
}

Result<QList<ImageRecord>> ImageRepository::listForProduct(qint64 productId)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<QList<ImageRecord>>([&](QSqlDatabase &db) -> Result<QList<ImageRecord>> {
        sql::Query q(db);
        q.setForwardOnly(true);
        // Main image first, then detail images in the order they were added.
        if (StorageError e = sql::exec(q,
                                       kSelect + QStringLiteral(" WHERE product_id = ? ORDER BY "
                                                                "CASE image_type WHEN 'main' THEN 0 ELSE 1 END, id"),
                                       { productId }, d, QStringLiteral("Cannot list the product's images"));
            !e.ok())
            return e;
        QList<ImageRecord> rows;
        while (q.next())
            rows << readRow(q, d);
        return rows;
    });
}

Result<ImageRecord> ImageRepository::updateFile(const ImageRecord &image)
{
    if (const QList<FieldError> errors = validation::validateImage(image); !errors.isEmpty())
        return StorageError::validation(errors);
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<ImageRecord>([&](QSqlDatabase &db) -> Result<ImageRecord> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        {
            sql::Query q(db);
            if (StorageError e = sql::exec(q,
                                           QStringLiteral("UPDATE images SET local_path = ?, image_type = ?, width = ?, "
                                                          "height = ?, size = ?, format = ?, sha256 = ? WHERE id = ?"),
                                           { SqlDialect::bindText(image.localPath), image.imageType,
                                             SqlDialect::bindOptional(image.width), SqlDialect::bindOptional(image.height),
                                             SqlDialect::bindOptional(image.size), SqlDialect::bindText(image.format),
                                             SqlDialect::bindText(image.sha256), image.id },
                                           d, QStringLiteral("Cannot update image %1").arg(image.id));
                !e.ok())
                return e;
            if (q.numRowsAffected() != 1)
                return StorageError::make(ErrorKind::NotFound, QStringLiteral("Image %1 does not exist").arg(image.id));
        }
        Result<ImageRecord> stored = selectOne(db, d, QStringLiteral(" WHERE id = ?"), { image.id });
        if (!stored)
            return stored;
        if (StorageError e = tx.commit(); !e.ok())
            return e;
        return stored;
    });
}

StorageError ImageRepository::remove(qint64 id)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        sql::Query q(db);
        if (StorageError e = sql::exec(q, QStringLiteral("DELETE FROM images WHERE id = ?"), { id }, d,
                                       QStringLiteral("Cannot delete image %1").arg(id));
            !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return StorageError::make(ErrorKind::NotFound, QStringLiteral("Image %1 does not exist").arg(id));
        return {};
    });
}

Result<qint64> ImageRepository::count()
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        sql::Query q(db);
        if (StorageError e = sql::exec(q, QStringLiteral("SELECT count(*) FROM images"), {}, d,
                                       QStringLiteral("Cannot count images"));
            !e.ok())
            return e;
        q.next();
        return q.value(0).toLongLong();
    });
}

Result<QList<ImageRecord>> ImageRepository::list(qint64 offset, int limit, Qt::SortOrder order)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<QList<ImageRecord>>([&](QSqlDatabase &db) -> Result<QList<ImageRecord>> {
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q, kSelect + QStringLiteral(" ORDER BY id %1 LIMIT ? OFFSET ?")
                                                  .arg(order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC")),
                                       { qBound(1, limit, 10000), qMax<qint64>(0, offset) }, d,
                                       QStringLiteral("Cannot list images"));
            !e.ok())
            return e;
        QList<ImageRecord> rows;
        while (q.next())
            rows << readRow(q, d);
        return rows;
    });
}

} // namespace catalog
