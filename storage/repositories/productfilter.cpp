#include "repositories/productfilter_p.h"

#include "db/sqldialect.h"
#include "repositories/qualitypredicates_p.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace catalog {

namespace {

// FTS5's trigram tokenizer indexes runs of three characters: a shorter search has no trigram to
// look up and is answered by LIKE instead.
constexpr qsizetype kTrigramLength = 3;

// Title contains `text` (case-insensitive) or source_id equals it. SQLite answers the title half
// from the FTS5 trigram table of migration 9 (the rowids of the matching products) instead of
// reading every title; PostgreSQL's ILIKE is served by the pg_trgm index of migration 1.
bool usesFts(const QString &text, const SqlDialect &d)
{
    return d.engine() == Engine::SQLite && text.toUcs4().size() >= kTrigramLength;
}

// One FTS5 phrase: the text as it is, double quotes doubled, so no character is query syntax.
QString ftsPhrase(const QString &text)
{
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

void addTextCondition(
    sql::Where &where, const QString &text, const SqlDialect &d, const QString &t, TitleSearch search)
{
    const bool fts = usesFts(text, d);
    if (!fts) {
        where.add(
            QStringLiteral("(%2title %1 ? ESCAPE '\\' OR %2source_id = ?)").arg(d.caseInsensitiveLike(), t),
            { sql::containsPattern(text), text });
        return;
    }
    // A unary + keeps SQLite from looking the terms up by their indexes, so it reads the products
    // in the ORDER BY's index order and checks each against the (once materialised) match list.
    const QString plus = search == TitleSearch::SortOrderScan ? QStringLiteral("+") : QString();
    where.add(
        QStringLiteral("(%2%1id IN (SELECT rowid FROM products_title_fts WHERE products_title_fts MATCH ?)"
                       " OR %2%1source_id = ?)")
            .arg(t, plus),
        { ftsPhrase(text), text });
}

// SQLite's json_each() fails the whole statement on text that is not JSON: a damaged row (only
// possible with CHECK constraints off) reads as an empty object instead.
QString sqliteSpecifications(const QString &t)
{
    return QStringLiteral("CASE WHEN json_valid(%1specifications) THEN %1specifications ELSE '{}' END")
        .arg(t);
}

// A specification by key, or by key and (text) value. PostgreSQL: key and value through `@>` on
// the jsonb_path_ops GIN index of migration 1; the key alone through the GIN index of migration 9
// over the keys (jsonb_path_ops cannot answer `?`, and QtSql would take `?` for a placeholder).
// SQLite has no JSON index: json_each reads the object of each row. Key and value are bound, never
// spliced into SQL or a JSON path.
void addSpecificationCondition(
    sql::Where &where, const ProductFilter &f, const SqlDialect &d, const QString &t)
{
    const bool postgres = d.engine() == Engine::PostgreSQL;
    if (!f.specValue) {
        if (postgres)
            where.add(QStringLiteral("catalog_specification_keys(%1specifications) @> ARRAY[CAST(? AS text)]")
                          .arg(t),
                { f.specKey });
        else
            where.add(QStringLiteral("EXISTS (SELECT 1 FROM json_each(%1) WHERE key = ?)")
                          .arg(sqliteSpecifications(t)),
                { f.specKey });
        return;
    }
    if (postgres) {
        const QJsonObject wanted { { f.specKey, *f.specValue } };
        where.add(QStringLiteral("%1specifications @> CAST(? AS jsonb)").arg(t),
            { QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact)) });
    } else {
        where.add(QStringLiteral("EXISTS (SELECT 1 FROM json_each(%1)"
                                 " WHERE key = ? AND type = 'text' AND value = ?)")
                      .arg(sqliteSpecifications(t)),
            { f.specKey, *f.specValue });
    }
}

} // namespace

void applyProductFilter(
    sql::Where &where, const ProductFilter &f, const SqlDialect &d, const QString &table, TitleSearch search)
{
    const QString t = table.isEmpty() ? QString() : table + QLatin1Char('.');
    if (const QString text = f.text.trimmed(); !text.isEmpty())
        addTextCondition(where, text, d, t, search);
    if (!f.syncStatuses.isEmpty())
        where.add(QStringLiteral("%2sync_status IN (%1)").arg(sql::placeholders(f.syncStatuses.size()), t),
            QVariantList(f.syncStatuses.cbegin(), f.syncStatuses.cend()));
    if (f.supplierId)
        where.add(t + QStringLiteral("supplier_id = ?"), { *f.supplierId });
    if (!f.currency.isEmpty())
        where.add(t + QStringLiteral("currency = ?"), { f.currency });
    if (f.priceFrom)
        where.add(t + QStringLiteral("price_max >= ?"), { d.bindDecimal(f.priceFrom) });
    if (f.priceTo)
        where.add(t + QStringLiteral("price_min <= ?"), { d.bindDecimal(f.priceTo) });
    if (f.updatedSince.isValid())
        where.add(t + QStringLiteral("updated_at >= ?"), { d.bindTimestamp(f.updatedSince) });
    if (!f.specKey.isEmpty())
        addSpecificationCondition(where, f, d, t);
    if (f.quality) {
        // The image check is a correlated subquery: it needs the products table by name.
        const QString products = table.isEmpty() ? QStringLiteral("products") : table;
        const SqlFragment c = quality::condition(*f.quality, d, products, f.staleSyncDays);
        where.add(c.sql, c.values);
    }
    switch (f.deleted) {
    case DeletedFilter::ActiveOnly:
        where.add(t + QStringLiteral("deleted_at IS NULL"));
        break;
    case DeletedFilter::DeletedOnly:
        where.add(t + QStringLiteral("deleted_at IS NOT NULL"));
        break;
    case DeletedFilter::All:
        break;
    }
}

Result<TitleSearch> titleSearchFor(QSqlDatabase &db, const ProductFilter &f, const SqlDialect &d)
{
    const QString text = f.text.trimmed();
    if (text.isEmpty() || !usesFts(text, d))
        return TitleSearch::IndexDriven;
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(q,
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM products_title_fts WHERE products_title_fts "
                           "MATCH ? LIMIT %1)")
                .arg(kSortOrderScanMatches),
            { ftsPhrase(text) }, d, QStringLiteral("Cannot search the product titles"));
        !e.ok())
        return e;
    const qint64 matches = q.next() ? q.value(0).toLongLong() : 0;
    return matches >= kSortOrderScanMatches ? TitleSearch::SortOrderScan : TitleSearch::IndexDriven;
}

} // namespace catalog
