#include "repositories/imagerepository.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "db/transaction_p.h"
#include "core/validator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace catalog {

namespace {

const QString kSelect = QStringLiteral("SELECT id, product_id, url, local_path, image_type, width, height, size, format, "
                                       "sha256, created_at, etag, last_modified, fetched_at, fetch_error FROM images");

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
    r.etag = q.value(11).isNull() ? QString() : q.value(11).toString();
    r.lastModified = q.value(12).isNull() ? QString() : q.value(12).toString();
    if (!q.value(13).isNull())
        r.fetchedAt = d.readTimestamp(q.value(13));
    r.fetchError = q.value(14).isNull() ? QString() : q.value(14).toString();
    return r;
}

Result<ImageRecord> selectOne(QSqlDatabase &db, const SqlDialect &d, const QString &where, const QVariantList &keys)
{
    sql::Query q(db);
    if (StorageError e = sql::exec(q, kSelect + where, keys, d,
            QCoreApplication::translate("ImageRepository", "Cannot read the image"));
        !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(
            ErrorKind::NotFound, QCoreApplication::translate("ImageRepository", "The image does not exist"));
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
            if (StorageError e = sql::exec(q,
                    QStringLiteral(
                        "INSERT INTO images (product_id, url, local_path, image_type, width, height, size, "
                        "format, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (product_id, url) DO NOTHING"),
                    { image.productId, image.url, SqlDialect::bindText(image.localPath), image.imageType,
                        SqlDialect::bindOptional(image.width), SqlDialect::bindOptional(image.height),
                        SqlDialect::bindOptional(image.size), SqlDialect::bindText(image.format),
                        SqlDialect::bindText(image.sha256) },
                    d,
                    QCoreApplication::translate("ImageRepository", "Cannot add image %1")
                        .arg(image.url.left(200)));
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
                kSelect
                    + QStringLiteral(" WHERE product_id = ? ORDER BY "
                                     "CASE image_type WHEN 'main' THEN 0 ELSE 1 END, id"),
                { productId }, d,
                QCoreApplication::translate("ImageRepository", "Cannot list the product's images"));
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
                                   "height = ?, size = ?, format = ?, sha256 = ?, etag = ?, "
                                   "last_modified = ?, fetched_at = ?, fetch_error = ? WHERE id = ?"),
                    { SqlDialect::bindText(image.localPath), image.imageType,
                        SqlDialect::bindOptional(image.width), SqlDialect::bindOptional(image.height),
                        SqlDialect::bindOptional(image.size), SqlDialect::bindText(image.format),
                        SqlDialect::bindText(image.sha256), SqlDialect::bindText(image.etag.left(200)),
                        SqlDialect::bindText(image.lastModified.left(100)), d.bindTimestamp(image.fetchedAt),
                        SqlDialect::bindText(image.fetchError.left(1000)), image.id },
                    d,
                    QCoreApplication::translate("ImageRepository", "Cannot update image %1").arg(image.id));
                !e.ok())
                return e;
            if (q.numRowsAffected() != 1)
                return StorageError::make(ErrorKind::NotFound,
                    QCoreApplication::translate("ImageRepository", "Image %1 does not exist").arg(image.id));
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
                QCoreApplication::translate("ImageRepository", "Cannot delete image %1").arg(id));
            !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return StorageError::make(ErrorKind::NotFound,
                QCoreApplication::translate("ImageRepository", "Image %1 does not exist").arg(id));
        return {};
    });
}

Result<qint64> ImageRepository::count()
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        sql::Query q(db);
        if (StorageError e = sql::exec(q, QStringLiteral("SELECT count(*) FROM images"), {}, d,
                QCoreApplication::translate("ImageRepository", "Cannot count images"));
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
        if (StorageError e = sql::exec(q,
                kSelect
                    + QStringLiteral(" ORDER BY id %1 LIMIT ? OFFSET ?")
                          .arg(order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC")),
                { qBound(1, limit, 10000), qMax<qint64>(0, offset) }, d,
                QCoreApplication::translate("ImageRepository", "Cannot list images"));
            !e.ok())
            return e;
        QList<ImageRecord> rows;
        while (q.next())
            rows << readRow(q, d);
        return rows;
    });
}

namespace {

// "(?, ?, ?)" for n values; ids are always bound, never spliced in.
QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

constexpr qsizetype kIdChunk = 500;

} // namespace

Result<ImageRecord> ImageRepository::recordFetch(qint64 id, const QString &fetchError, const QString &etag,
                                                 const QString &lastModified)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<ImageRecord>([&](QSqlDatabase &db) -> Result<ImageRecord> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        {
            sql::Query q(db);
            if (StorageError e = sql::exec(q,
                    QStringLiteral("UPDATE images SET fetched_at = %1, fetch_error = ?, "
                                   "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified) "
                                   "WHERE id = ?")
                        .arg(d.nowExpression()),
                    { SqlDialect::bindText(fetchError.isEmpty() ? QString() : fetchError.left(1000)),
                        SqlDialect::bindText(etag.isEmpty() ? QString() : etag.left(200)),
                        SqlDialect::bindText(lastModified.isEmpty() ? QString() : lastModified.left(100)),
                        id },
                    d,
                    QCoreApplication::translate("ImageRepository", "Cannot record the fetch of image %1")
                        .arg(id));
                !e.ok())
                return e;
            if (q.numRowsAffected() != 1)
                return StorageError::make(ErrorKind::NotFound,
                    QCoreApplication::translate("ImageRepository", "Image %1 does not exist").arg(id));
        }
        Result<ImageRecord> stored = selectOne(db, d, QStringLiteral(" WHERE id = ?"), { id });
        if (!stored)
            return stored;
        if (StorageError e = tx.commit(); !e.ok())
            return e;
        return stored;
    });
}

namespace {

// An image URL a product names, and the role it has there.
struct WantedImage
{
    qint64 productId;
    QString sourceId;
    QString url;
    QString type;
};

// The URLs the products name (main image first, then the detail images, each URL once per product):
// the products of `chunk`, or when it is empty the next kIdChunk products after `after`.
StorageError readWantedImages(QSqlDatabase &db, const SqlDialect &d, const QList<qint64> &chunk, qint64 after,
    QList<qint64> &ids, QList<WantedImage> &wanted)
{
    sql::Query q(db);
    q.setForwardOnly(true);
    QString sqlText = QStringLiteral("SELECT id, source_id, main_image_url, detail_images FROM products "
                                     "WHERE deleted_at IS NULL");
    QVariantList values;
    if (chunk.isEmpty()) {
        sqlText += QStringLiteral(" AND id > ? ORDER BY id LIMIT ?");
        values = { after, int(kIdChunk) };
    } else {
        sqlText += QStringLiteral(" AND id IN %1").arg(placeholders(chunk.size()));
        for (qint64 id : chunk)
            values << id;
    }
    if (StorageError e = sql::exec(q, sqlText, values, d,
            QCoreApplication::translate("ImageRepository", "Cannot read the products' image URLs"));
        !e.ok())
        return e;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString sourceId = q.value(1).toString();
        ids << id;
        QStringList seen;
        const QString main = q.value(2).isNull() ? QString() : q.value(2).toString();
        if (!main.isEmpty()) {
            wanted.append({ id, sourceId, main, QStringLiteral("main") });
            seen << main;
        }
        for (const QJsonValue v : SqlDialect::readJson(q.value(3)).toArray()) {
            const QString url = v.toString();
            if (url.isEmpty() || seen.contains(url))
                continue;
            seen << url;
            wanted.append({ id, sourceId, url, QStringLiteral("detail") });
        }
    }
    return {};
}

// (product, url) -> image_type of the rows the products already have.
Result<QHash<QPair<qint64, QString>, QString>> readRecordedImages(
    QSqlDatabase &db, const SqlDialect &d, const QList<qint64> &ids)
{
    QHash<QPair<qint64, QString>, QString> existing;
    if (ids.isEmpty())
        return existing;
    sql::Query q(db);
    q.setForwardOnly(true);
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    if (StorageError e = sql::exec(q,
            QStringLiteral("SELECT product_id, url, image_type FROM images WHERE product_id IN %1")
                .arg(placeholders(ids.size())),
            values, d, QCoreApplication::translate("ImageRepository", "Cannot read the recorded images"));
        !e.ok())
        return e;
    while (q.next())
        existing.insert({ q.value(0).toLongLong(), q.value(1).toString() }, q.value(2).toString());
    return existing;
}

// Inserts the wanted URLs that have no row yet and corrects the role of those that do; a URL that
// fails validation is listed in `invalid`, not written. Returns the rows inserted.
Result<qint64> writeWantedImages(QSqlDatabase &db, const SqlDialect &d, const QList<WantedImage> &wanted,
    const QHash<QPair<qint64, QString>, QString> &existing, QList<ImageRepository::InvalidUrl> *invalid)
{
    qint64 inserted = 0;
    for (const WantedImage &w : wanted) {
        const auto it = existing.constFind({ w.productId, w.url });
        if (it != existing.constEnd()) {
            if (*it == w.type)
                continue;
            sql::Query q(db);
            if (StorageError e = sql::exec(q,
                    QStringLiteral("UPDATE images SET image_type = ? WHERE product_id = ? AND url = ?"),
                    { w.type, w.productId, w.url }, d,
                    QCoreApplication::translate("ImageRepository", "Cannot update the role of image %1")
                        .arg(w.url.left(200)));
                !e.ok())
                return e;
            continue;
        }
        ImageRecord r;
        r.productId = w.productId;
        r.url = w.url;
        r.imageType = w.type;
        if (const QList<FieldError> errors = validation::validateImage(r); !errors.isEmpty()) {
            if (invalid)
                invalid->append({ w.sourceId, w.url.left(200), errors.first().message });
            continue;
        }
        sql::Query q(db);
        if (StorageError e = sql::exec(q,
                QStringLiteral("INSERT INTO images (product_id, url, image_type) VALUES (?, ?, ?) "
                               "ON CONFLICT (product_id, url) DO NOTHING"),
                { w.productId, w.url, w.type }, d,
                QCoreApplication::translate("ImageRepository", "Cannot record image %1")
                    .arg(w.url.left(200)));
            !e.ok())
            return e;
        inserted += q.numRowsAffected() > 0 ? 1 : 0;
    }
    return inserted;
}

} // namespace

Result<qint64> ImageRepository::recordProductUrls(const QList<qint64> &productIds, QList<InvalidUrl> *invalid)
{
    const SqlDialect &d = m_connections.dialect();
    qint64 added = 0;
    qint64 after = 0; // keyset paging when all products are meant
    qsizetype chunkStart = 0;
    for (;;) {
        QList<qint64> chunk;
        if (!productIds.isEmpty()) {
            if (chunkStart >= productIds.size())
                break;
            chunk = productIds.mid(chunkStart, kIdChunk);
            chunkStart += chunk.size();
        }
        bool more = false;
        qint64 pageLast = after;
        const Result<qint64> batch = m_connections.run<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
            Transaction tx(db, d);
            if (StorageError e = tx.begin(); !e.ok())
                return e;
            QList<WantedImage> wanted;
            QList<qint64> ids;
            if (StorageError e = readWantedImages(db, d, chunk, after, ids, wanted); !e.ok())
                return e;
            more = productIds.isEmpty() && ids.size() == kIdChunk;
            pageLast = ids.isEmpty() ? after : ids.constLast();
            const auto existing = readRecordedImages(db, d, ids);
            if (!existing)
                return existing.error();
            Result<qint64> inserted = writeWantedImages(db, d, wanted, existing.value(), invalid);
            if (!inserted)
                return inserted;
            if (StorageError e = tx.commit(); !e.ok())
                return e;
            return inserted;
        });
        if (!batch)
            return batch.error();
        added += batch.value();
        after = pageLast;
        if (productIds.isEmpty() && !more)
            break;
    }
    return added;
}

Result<QList<ImageRepository::Target>> ImageRepository::fetchTargets(const QList<qint64> &productIds, bool onlyMissing)
{
    const SqlDialect &d = m_connections.dialect();
    QList<Target> targets;
    QString select = kSelect;
    select.replace(QStringLiteral("SELECT id, product_id, url, local_path, image_type, width, height, size, format, "
                                  "sha256, created_at, etag, last_modified, fetched_at, fetch_error FROM images"),
                   QStringLiteral("SELECT i.id, i.product_id, i.url, i.local_path, i.image_type, i.width, i.height, "
                                  "i.size, i.format, i.sha256, i.created_at, i.etag, i.last_modified, i.fetched_at, "
                                  "i.fetch_error, p.source_id FROM images i JOIN products p ON p.id = i.product_id "
                                  "WHERE p.deleted_at IS NULL"));
    if (onlyMissing)
        select += QStringLiteral(" AND i.local_path IS NULL");
    qsizetype start = 0;
    do {
        QVariantList values;
        QString text = select;
        if (!productIds.isEmpty()) {
            const QList<qint64> chunk = productIds.mid(start, kIdChunk);
            start += chunk.size();
            text += QStringLiteral(" AND i.product_id IN %1").arg(placeholders(chunk.size()));
            for (qint64 id : chunk)
                values << id;
        }
        text += QStringLiteral(" ORDER BY i.product_id, CASE i.image_type WHEN 'main' THEN 0 ELSE 1 END, i.id");
        Result<QList<Target>> part = m_connections.run<QList<Target>>([&](QSqlDatabase &db) -> Result<QList<Target>> {
            sql::Query q(db);
            q.setForwardOnly(true);
            if (StorageError e = sql::exec(q, text, values, d,
                    QCoreApplication::translate("ImageRepository", "Cannot list the images to fetch"));
                !e.ok())
                return e;
            QList<Target> rows;
            while (q.next())
                rows.append({ readRow(q, d), q.value(15).toString() });
            return rows;
        });
        if (!part)
            return part.error();
        targets += part.value();
    } while (!productIds.isEmpty() && start < productIds.size());
    return targets;
}

Result<QHash<QString, QString>> ImageRepository::storedFiles()
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<QHash<QString, QString>>([&](QSqlDatabase &db) -> Result<QHash<QString, QString>> {
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                QStringLiteral("SELECT local_path, sha256 FROM images WHERE local_path IS NOT NULL"), {}, d,
                QCoreApplication::translate("ImageRepository", "Cannot list the stored image files"));
            !e.ok())
            return e;
        QHash<QString, QString> files;
        while (q.next())
            files.insert(q.value(0).toString(), q.value(1).isNull() ? QString() : q.value(1).toString().trimmed());
        return files;
    });
}

} // namespace catalog
