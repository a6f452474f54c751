#include "repositories/qualitypredicates_p.h"

#include "db/sqldialect.h"

#include <QDateTime>

namespace catalog::quality {

namespace {

// The two engines differ in how an empty JSON object and exact prices are compared: PostgreSQL
// has jsonb and NUMERIC; SQLite stores JSON as text and prices as REAL, so prices are compared
// in whole hundredths (10 x 1.10 is 11.000000000000002 in binary floating point).
QString noSpecificationsSql(const SqlDialect &d, const QString &t)
{
    if (d.engine() == Engine::PostgreSQL)
        return QStringLiteral("%1specifications = '{}'::jsonb").arg(t);
    // A non-empty object has a ':'; only the others are parsed (they may hold whitespace). CASE keeps
    // json() away from text that is not JSON (a damaged row must not fail the whole listing).
    return QStringLiteral(
        "(%1specifications = '{}' OR (%1specifications NOT LIKE '%:%'"
        " AND CASE WHEN json_valid(%1specifications) THEN json(%1specifications) = '{}' ELSE 0 END))")
        .arg(t);
}

// The image row that makes a product's main image "stored": a file and no failed fetch since. `t`
// is the products table with its dot; the unique (product_id, url) index answers it.
QString storedMainImageMatch(const QString &t)
{
    return QStringLiteral("qi.product_id = %1id AND qi.url = %1main_image_url"
                          " AND qi.local_path IS NOT NULL AND qi.fetch_error IS NULL")
        .arg(t);
}

QString priceSpreadSql(const SqlDialect &d, const QString &t)
{
    if (d.engine() == Engine::PostgreSQL)
        return QStringLiteral("%1price_max > %2 * %1price_min").arg(t).arg(kPriceSpreadFactor);
    return QStringLiteral("round(%1price_max * 100) > %2 * round(%1price_min * 100)")
        .arg(t)
        .arg(kPriceSpreadFactor);
}

} // namespace

SqlFragment condition(QualityKind kind, const SqlDialect &d, const QString &table, int staleSyncDays)
{
    const QString t = table + QLatin1Char('.');
    switch (kind) {
    case QualityKind::NoMainImage:
        return { QStringLiteral("(%1main_image_url IS NULL OR trim(%1main_image_url) = '')").arg(t), {} };
    case QualityKind::ImageNotStored:
        // The main image has a row with a stored file and no failed fetch since: anything else
        // (never recorded, never fetched, last fetch failed) is "not stored". The unique
        // (product_id, url) index answers the look-up.
        return { QStringLiteral("(trim(%1main_image_url) <> '' AND NOT EXISTS (SELECT 1 FROM images qi WHERE %2))")
                     .arg(t, storedMainImageMatch(t)),
            {} };
    case QualityKind::NoSpecifications:
        return { noSpecificationsSql(d, t), {} };
    case QualityKind::ShortTitle:
        // length() counts characters on both engines (a Chinese title of 9 characters is short).
        return { QStringLiteral("length(%1title) < %2").arg(t).arg(kShortTitleLength), {} };
    case QualityKind::PriceSpread:
        return { priceSpreadSql(d, t), {} };
    case QualityKind::NoSupplier:
        return { QStringLiteral("%1supplier_id IS NULL").arg(t), {} };
    case QualityKind::StaleSync:
        break;
    }
    // The schema keeps no time of the last sync; updated_at is the last write that changed the
    // row (a sync or import that changed it, an edit). The (updated_at, id) index serves it.
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-qint64(staleSyncDays));
    return { QStringLiteral("%1updated_at < ?").arg(t), { d.bindTimestamp(cutoff) } };
}

QString storedMainImageJoin(const QString &table)
{
    return QStringLiteral(" LEFT JOIN images qi ON %1").arg(storedMainImageMatch(table + QLatin1Char('.')));
}

SqlFragment joinedCondition(QualityKind kind, const SqlDialect &d, const QString &table, int staleSyncDays)
{
    if (kind != QualityKind::ImageNotStored)
        return condition(kind, d, table, staleSyncDays);
    return { QStringLiteral("(trim(%1.main_image_url) <> '' AND qi.product_id IS NULL)").arg(table), {} };
}

SqlFragment bitsExpression(const SqlDialect &d, const QString &table, int staleSyncDays)
{
    SqlFragment bits;
    QStringList terms;
    for (QualityKind kind : allQualityKinds()) {
        const SqlFragment c = condition(kind, d, table, staleSyncDays);
        terms << QStringLiteral("CASE WHEN %1 THEN %2 ELSE 0 END").arg(c.sql).arg(qualityBit(kind));
        bits.values << c.values;
    }
    bits.sql = QLatin1Char('(') + terms.join(QStringLiteral(" + ")) + QLatin1Char(')');
    return bits;
}

} // namespace catalog::quality
