#include "core/qualitykind.h"

#include <QPair>

#include <algorithm>

namespace catalog {

namespace {

const QList<QPair<QualityKind, QString>> &qualityKindTexts()
{
    static const QList<QPair<QualityKind, QString>> texts {
        { QualityKind::NoMainImage, QStringLiteral("no_main_image") },
        { QualityKind::ImageNotStored, QStringLiteral("image_not_stored") },
        { QualityKind::NoSpecifications, QStringLiteral("no_specifications") },
        { QualityKind::ShortTitle, QStringLiteral("short_title") },
        { QualityKind::PriceSpread, QStringLiteral("price_spread") },
        { QualityKind::NoSupplier, QStringLiteral("no_supplier") },
        { QualityKind::StaleSync, QStringLiteral("stale_sync") },
    };
    return texts;
}

} // namespace

const QList<QualityKind> &allQualityKinds()
{
    static const QList<QualityKind> kinds = [] {
        QList<QualityKind> all;
        for (const auto &entry : qualityKindTexts())
            all << entry.first;
        return all;
    }();
    return kinds;
}

QString qualityKindText(QualityKind kind)
{
    const auto &texts = qualityKindTexts();
    const auto it
        = std::find_if(texts.cbegin(), texts.cend(), [kind](const auto &p) { return p.first == kind; });
    return it == texts.cend() ? QString() : it->second;
}

std::optional<QualityKind> qualityKindFromText(const QString &text)
{
    const auto &texts = qualityKindTexts();
    const auto it
        = std::find_if(texts.cbegin(), texts.cend(), [&text](const auto &p) { return p.second == text; });
    if (it == texts.cend())
        return std::nullopt;
    return it->first;
}

QList<QualityKind> qualityKindsIn(QualityKinds bits)
{
    QList<QualityKind> kinds;
    for (QualityKind kind : allQualityKinds()) {
        if (bits & qualityBit(kind))
            kinds << kind;
    }
    return kinds;
}

} // namespace catalog
