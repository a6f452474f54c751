#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace catalog {

// A data-quality problem a product can have. The database computes them (see
// repositories/qualitypredicates_p.h); this is the one place that knows their text, as used on the
// command line, in JSON and in settings. The order is the order of the bits in qualityBit() and of
// every listing (dashboard, catalogctl quality), so append new kinds at the end.
enum class QualityKind {
    NoMainImage, // main_image_url empty
    ImageNotStored, // a main image URL, but no stored file for it, or its last fetch failed
    NoSpecifications, // specifications is {}
    ShortTitle, // title shorter than kShortTitleLength characters
    PriceSpread, // price_max > 10 x price_min
    NoSupplier, // supplier_id empty
    StaleSync, // not written (synced, imported or edited) for the filter's staleSyncDays
};

constexpr int kShortTitleLength = 10;
constexpr int kPriceSpreadFactor = 10;
constexpr int kDefaultStaleSyncDays = 30;

// A set of kinds as bits (1 << int(kind)), as the product listing returns it per row.
using QualityKinds = quint32;

constexpr QualityKinds qualityBit(QualityKind kind)
{
    return QualityKinds(1) << int(kind);
}

const QList<QualityKind> &allQualityKinds();
QString qualityKindText(QualityKind kind); // "no_main_image"
std::optional<QualityKind> qualityKindFromText(const QString &text);
QList<QualityKind> qualityKindsIn(QualityKinds bits);

} // namespace catalog
