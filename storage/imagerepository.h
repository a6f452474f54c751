#pragma once

#include "imagerecord.h"
#include "storageerror.h"

#include <QList>

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
    // All images, newest first (id descending), by offset: for the images browser.
    Result<QList<ImageRecord>> list(qint64 offset, int limit, Qt::SortOrder order = Qt::DescendingOrder);

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
