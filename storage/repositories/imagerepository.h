#pragma once

#include "core/imagerecord.h"
#include "core/storageerror.h"

#include <QList>
#include <QSet>

namespace catalog {

class ConnectionManager;

// Rows of `images`. A (product, url) pair is stored once: add() of a known pair returns the
// existing row. Files on disk belong to the image store (a later layer); this class keeps
// only the metadata. Same threading and error contract as ProductRepository.
class ImageRepository
{
public:
    explicit ImageRepository(ConnectionManager &connections);

    Result<ImageRecord> add(const ImageRecord &image);
    Result<ImageRecord> findById(qint64 id);
    Result<QList<ImageRecord>> listForProduct(qint64 productId);
    // Records the stored file of an image (path, size, dimensions, format, sha256).
    Result<ImageRecord> updateFile(const ImageRecord &image);
    StorageError remove(qint64 id);
    Result<qint64> count();
    // Fetch state after a failed or not-modified fetch: fetched_at now, fetch_error as given (null
    // clears it), validators when given. The stored file, if any, is left as it is.
    Result<ImageRecord> recordFetch(qint64 id, const QString &fetchError, const QString &etag = {},
                                    const QString &lastModified = {});
    // Records the image URLs the products name (main_image_url as "main", detail_images as
    // "detail") as rows without files, and corrects image_type of rows whose role changed. A URL
    // named twice is one row. Products in `productIds` (empty: all not deleted); deleted products
    // are skipped. URLs that are not valid http(s) URLs are not recorded and come back in
    // `invalid` (source_id, url, reason). Returns the number of rows added.
    struct InvalidUrl
    {
        QString sourceId;
        QString url;
        QString reason;
    };
    Result<qint64> recordProductUrls(const QList<qint64> &productIds, QList<InvalidUrl> *invalid = nullptr);
    // Images of products that are not deleted (all, or those in productIds), with their product's
    // source_id; onlyMissing: only rows without a stored file.
    struct Target
    {
        ImageRecord image;
        QString productSourceId;
    };
    Result<QList<Target>> fetchTargets(const QList<qint64> &productIds, bool onlyMissing);
    // Every stored file path (local_path) with its row's sha256, for the consistency checker.
    Result<QHash<QString, QString>> storedFiles();
    // All images, newest first (id descending), by offset: for the images browser.
    Result<QList<ImageRecord>> list(qint64 offset, int limit, Qt::SortOrder order = Qt::DescendingOrder);

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
