#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace catalog {

// One row of `images`: metadata of a product image and, once fetched, its stored file.
struct ImageRecord
{
    qint64 id = 0;
    qint64 productId = 0;
    QString url;
    QString localPath;
    QString imageType = QStringLiteral("detail"); // main | detail
    std::optional<int> width;
    std::optional<int> height;
    std::optional<qint64> size;
    QString format;
    QString sha256;
    QDateTime createdAt;
    // Fetch state (kept by the image store): validators for revalidating the stored file, when the
    // last fetch ended and, if it failed, why (for operators; null after a success).
    QString etag;
    QString lastModified;
    QDateTime fetchedAt;
    QString fetchError;

    bool isStored() const { return !localPath.isEmpty(); }
};

} // namespace catalog
