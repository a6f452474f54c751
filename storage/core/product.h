#pragma once

#include "core/decimal2.h"
#include "core/qualitykind.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace catalog {

// One row of `products`. Null QStrings and empty optionals are SQL NULL.
struct Product
{
    qint64 id = 0; // 0 until stored
    QString sourceId;
    QString title;
    QString subtitle;
    std::optional<Decimal2> priceMin;
    std::optional<Decimal2> priceMax;
    QString currency = QStringLiteral("CNY");
    std::optional<int> moq;
    QString mainImageUrl;
    QJsonArray detailImages;
    QJsonObject specifications;
    std::optional<qint64> supplierId;
    // Only for batch upserts: resolve the supplier by its source_id when supplierId is empty.
    QString supplierSourceId;
    std::optional<int> salesCount;
    std::optional<Decimal2> rating;
    QString syncStatus = QStringLiteral("pending");
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    int version = 0;
    QString updatedBy;
    // Read only, filled by listings (ProductRepository::list): the stored file of the main image,
    // relative to the storage root, and its sha256; empty while no main image is stored.
    QString mainImagePath;
    QString mainImageSha256;
    // The data-quality problems the database found, as qualityBit()s: filled by
    // ProductRepository::list() only (empty after a single read or a write).
    std::optional<QualityKinds> qualityProblems;

    bool isDeleted() const { return deletedAt.isValid(); }
};

} // namespace catalog
