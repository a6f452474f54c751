#pragma once

#include "core/decimal2.h"
#include "core/storageerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace catalog::sync1688 {

// The 1688sync crawler's items (FileFormat::Sync1688) onto the catalog's flat import record, on the
// import's reading thread. Pure functions; problems are returned as FieldErrors named by the
// crawler's fields.

// Maps one crawler item onto the catalog's flat record: product_id → source_id, price (or range) →
// price_min/price_max, image_urls → main_image_url + detail_images, seller_id/seller/location → the
// supplier, specifications (object, or a list of {name, value}) kept; the crawler's descriptive
// fields (description, category, brand, tags, original_price, source_url, crawl_time) are kept
// whole under specifications["_1688"], and the description's first line becomes the subtitle.
QJsonObject toCatalogRecord(const QJsonObject &item, QList<FieldError> &errors);

// A price as the crawler writes it: a number, "12.50", "¥12.50", or a range "12.50-18.00" / "12.5~18".
bool parsePrice(const QJsonValue &value, std::optional<Decimal2> &low, std::optional<Decimal2> &high);

// The crawler's field a catalog field came from ("price_min" → "price"), so a rejected row names
// what is in the file; other names are returned as they are.
QString crawlerField(const QString &catalogField);

} // namespace catalog::sync1688
