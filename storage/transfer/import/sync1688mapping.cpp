#include "transfer/import/sync1688mapping_p.h"

#include "transfer/import/fieldreader_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace catalog::sync1688 {

namespace {

// The crawler's ids may be numbers; the catalog's are text.
QString idText(const QJsonValue &id)
{
    return id.isDouble() ? QString::number(id.toDouble(), 'f', 0) : id.toString().trimmed();
}

void mapPrice(const QJsonObject &item, QJsonObject &o, QList<FieldError> &errors)
{
    const QJsonValue price = item.value(QStringLiteral("price"));
    if (price.isNull() || price.isUndefined())
        return;
    std::optional<Decimal2> low, high;
    if (parsePrice(price, low, high)) {
        o.insert(QStringLiteral("price_min"), low->toString());
        o.insert(QStringLiteral("price_max"), high->toString());
    } else {
        errors << FieldError { QStringLiteral("price"),
            QCoreApplication::translate(
                "ProductMapping", "\"%1\" is not a price or a price range like 12.50-18.00")
                .arg((price.isString() ? price.toString() : jsonTypeName(price)).left(30)) };
    }
}

void mapImages(const QJsonObject &item, QJsonObject &o, QList<FieldError> &errors)
{
    const QJsonValue images = item.value(QStringLiteral("image_urls"));
    if (images.isArray()) {
        QJsonArray urls = images.toArray();
        if (!urls.isEmpty()) {
            o.insert(QStringLiteral("main_image_url"), urls.takeAt(0));
            o.insert(QStringLiteral("detail_images"), urls);
        }
    } else if (!images.isNull() && !images.isUndefined()) {
        errors << FieldError { QStringLiteral("image_urls"),
            QCoreApplication::translate("ProductMapping", "must be a list of URLs, not %1")
                .arg(jsonTypeName(images)) };
    }
}

// specifications as an object, or a list of {name, value} turned into one; the crawler's
// descriptive fields under "_1688".
void mapSpecifications(const QJsonObject &item, QJsonObject &o, QList<FieldError> &errors)
{
    QJsonValue specs = item.value(QStringLiteral("specifications"));
    if (specs.isArray()) { // [{"name": "材质", "value": "不锈钢"}, ...]
        QJsonObject pairs;
        for (const QJsonValue entry : specs.toArray()) {
            const QJsonObject e = entry.toObject();
            const QString name = e.value(QStringLiteral("name")).toString().trimmed();
            if (name.isEmpty()) {
                errors << FieldError { QStringLiteral("specifications"),
                    QCoreApplication::translate("ProductMapping", "a list entry has no \"name\"") };
                break;
            }
            pairs.insert(name, e.value(QStringLiteral("value")));
        }
        specs = pairs;
    }
    QJsonObject extra;
    for (const char *key :
        { "description", "category", "brand", "tags", "original_price", "source_url", "crawl_time" }) {
        const QJsonValue v = item.value(QLatin1String(key));
        if (!v.isNull() && !v.isUndefined())
            extra.insert(QLatin1String(key), v);
    }
    if (specs.isObject() || specs.isNull() || specs.isUndefined()) {
        QJsonObject merged = specs.toObject();
        if (!extra.isEmpty())
            merged.insert(QStringLiteral("_1688"), extra);
        o.insert(QStringLiteral("specifications"), merged);
    } else {
        o.insert(QStringLiteral("specifications"), specs); // the product mapping says what is wrong with it
    }
}

// The seller: by its id, else by its name (the crawler sometimes has only the name).
void mapSeller(const QJsonObject &item, QJsonObject &o)
{
    const QString seller = item.value(QStringLiteral("seller")).toString().trimmed();
    QString supplierId = idText(item.value(QStringLiteral("seller_id")));
    if (supplierId.isEmpty() && !seller.isEmpty())
        supplierId = seller.left(50);
    if (!supplierId.isEmpty()) {
        o.insert(QStringLiteral("supplier_source_id"), supplierId);
        o.insert(QStringLiteral("supplier_name"), seller.isEmpty() ? supplierId : seller);
        o.insert(QStringLiteral("supplier_location"), item.value(QStringLiteral("location")));
    }
}

} // namespace

bool parsePrice(const QJsonValue &value, std::optional<Decimal2> &low, std::optional<Decimal2> &high)
{
    if (value.isDouble()) {
        low = high = Decimal2::parse(QString::number(value.toDouble(), 'f', 2));
        return low.has_value();
    }
    if (!value.isString())
        return false;
    QString t = value.toString().trimmed();
    t.remove(QChar(0xA5)).remove(QChar(0xFFE5)).remove(QLatin1Char(','));
    static const QRegularExpression range(QStringLiteral("^\\s*([0-9.]+)\\s*(?:[-~–]\\s*([0-9.]+))?\\s*$"));
    const QRegularExpressionMatch m = range.match(t);
    if (!m.hasMatch())
        return false;
    low = Decimal2::parse(m.captured(1));
    high = m.captured(2).isEmpty() ? low : Decimal2::parse(m.captured(2));
    return low && high;
}

QString crawlerField(const QString &catalogField)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("source_id"), QStringLiteral("product_id") },
        { QStringLiteral("price_min"), QStringLiteral("price") },
        { QStringLiteral("price_max"), QStringLiteral("price") },
        { QStringLiteral("main_image_url"), QStringLiteral("image_urls") },
        { QStringLiteral("detail_images"), QStringLiteral("image_urls") },
        { QStringLiteral("subtitle"), QStringLiteral("description") },
        { QStringLiteral("supplier_source_id"), QStringLiteral("seller_id") },
        { QStringLiteral("supplier_name"), QStringLiteral("seller") },
        { QStringLiteral("supplier_location"), QStringLiteral("location") },
    };
    return names.value(catalogField, catalogField);
}

QJsonObject toCatalogRecord(const QJsonObject &item, QList<FieldError> &errors)
{
    QJsonObject o;
    const QJsonValue id = item.value(QStringLiteral("product_id"));
    o.insert(
        QStringLiteral("source_id"), id.isDouble() ? QJsonValue(QString::number(id.toDouble(), 'f', 0)) : id);
    o.insert(QStringLiteral("title"), item.value(QStringLiteral("title")));
    o.insert(QStringLiteral("currency"), QStringLiteral("CNY"));
    mapPrice(item, o, errors);
    mapImages(item, o, errors);
    mapSpecifications(item, o, errors);
    const QString description = item.value(QStringLiteral("description")).toString().trimmed();
    if (!description.isEmpty())
        o.insert(QStringLiteral("subtitle"), description.section(QLatin1Char('\n'), 0, 0).left(500));
    mapSeller(item, o);
    return o;
}

} // namespace catalog::sync1688
