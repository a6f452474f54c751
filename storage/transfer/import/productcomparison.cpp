#include "transfer/import/productcomparison_p.h"

#include <QJsonDocument>

namespace catalog {

namespace {

QString decimalText(const std::optional<Decimal2> &value)
{
    return value ? value->toString() : QString();
}

QString intText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QByteArray compactJson(const QJsonArray &value)
{
    return QJsonDocument(value).toJson(QJsonDocument::Compact);
}

QByteArray compactJson(const QJsonObject &value)
{
    return QJsonDocument(value).toJson(QJsonDocument::Compact);
}

// IS DISTINCT FROM on text bound with SqlDialect::bindText: a null QString is NULL.
bool textDiffers(const QString &a, const QString &b)
{
    return a.isNull() != b.isNull() || a != b;
}

QString supplierText(const QString &sourceId)
{
    return sourceId.isEmpty() ? QString() : sourceId;
}

class ComparisonList
{
public:
    void add(bool differs, const QString &field, const QString &oldValue, const QString &newValue)
    {
        if (differs)
            m_changes << ImportDiff::FieldChange { field, oldValue, newValue };
    }
    QList<ImportDiff::FieldChange> take() { return std::move(m_changes); }

private:
    QList<ImportDiff::FieldChange> m_changes;
};

template <typename Json>
bool jsonDiffers(const Json &stored, const QByteArray &storedText, const Json &incoming)
{
    return storedText.isNull() ? stored != incoming : storedText != compactJson(incoming);
}

} // namespace

QList<ImportDiff::FieldChange> compareWithStored(const StoredProducts::Row &stored, const Product &incoming)
{
    const Product &s = stored.product;
    const Product &n = incoming;
    ComparisonList list;
    list.add(textDiffers(s.title, n.title), QStringLiteral("title"), s.title, n.title);
    list.add(textDiffers(s.subtitle, n.subtitle), QStringLiteral("subtitle"), s.subtitle, n.subtitle);
    list.add(s.priceMin != n.priceMin, QStringLiteral("price_min"), decimalText(s.priceMin),
        decimalText(n.priceMin));
    list.add(s.priceMax != n.priceMax, QStringLiteral("price_max"), decimalText(s.priceMax),
        decimalText(n.priceMax));
    list.add(s.currency != n.currency, QStringLiteral("currency"), s.currency, n.currency);
    list.add(s.moq != n.moq, QStringLiteral("moq"), intText(s.moq), intText(n.moq));
    list.add(textDiffers(s.mainImageUrl, n.mainImageUrl), QStringLiteral("main_image_url"), s.mainImageUrl,
        n.mainImageUrl);
    list.add(jsonDiffers(s.detailImages, stored.detailImagesText, n.detailImages),
        QStringLiteral("detail_images"), QString::fromUtf8(compactJson(s.detailImages)),
        QString::fromUtf8(compactJson(n.detailImages)));
    list.add(jsonDiffers(s.specifications, stored.specificationsText, n.specifications),
        QStringLiteral("specifications"), QString::fromUtf8(compactJson(s.specifications)),
        QString::fromUtf8(compactJson(n.specifications)));
    list.add(supplierText(s.supplierSourceId) != supplierText(n.supplierSourceId),
        QStringLiteral("supplier_source_id"), supplierText(s.supplierSourceId),
        supplierText(n.supplierSourceId));
    list.add(s.salesCount != n.salesCount, QStringLiteral("sales_count"), intText(s.salesCount),
        intText(n.salesCount));
    list.add(s.rating != n.rating, QStringLiteral("rating"), decimalText(s.rating), decimalText(n.rating));
    list.add(s.syncStatus != n.syncStatus, QStringLiteral("sync_status"), s.syncStatus, n.syncStatus);
    return list.take();
}

void keepStoredFields(Product &incoming, const Product &stored, const QSet<QString> &fields)
{
    for (const QString &field : fields) {
        if (field == QLatin1String("title"))
            incoming.title = stored.title;
        else if (field == QLatin1String("subtitle"))
            incoming.subtitle = stored.subtitle;
        else if (field == QLatin1String("price_min"))
            incoming.priceMin = stored.priceMin;
        else if (field == QLatin1String("price_max"))
            incoming.priceMax = stored.priceMax;
        else if (field == QLatin1String("currency"))
            incoming.currency = stored.currency;
        else if (field == QLatin1String("moq"))
            incoming.moq = stored.moq;
        else if (field == QLatin1String("main_image_url"))
            incoming.mainImageUrl = stored.mainImageUrl;
        else if (field == QLatin1String("detail_images"))
            incoming.detailImages = stored.detailImages;
        else if (field == QLatin1String("specifications"))
            incoming.specifications = stored.specifications;
        else if (field == QLatin1String("supplier_source_id")) {
            incoming.supplierSourceId = stored.supplierSourceId;
            incoming.supplierId = stored.supplierId;
        } else if (field == QLatin1String("sales_count"))
            incoming.salesCount = stored.salesCount;
        else if (field == QLatin1String("rating"))
            incoming.rating = stored.rating;
        else if (field == QLatin1String("sync_status"))
            incoming.syncStatus = stored.syncStatus;
    }
}

} // namespace catalog
