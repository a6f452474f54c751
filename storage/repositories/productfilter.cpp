#include "repositories/productfilter_p.h"

#include "db/sqldialect.h"
#include "repositories/qualitypredicates_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <utility>

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
    sql::Where &where, const QString &text, const SqlDialect &d, const QString &t, SearchOrder order)
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
    const QString plus = order == SearchOrder::SortOrderScan ? QStringLiteral("+") : QString();
    where.add(
        QStringLiteral("(%2%1id IN (SELECT rowid FROM products_title_fts WHERE products_title_fts MATCH ?)"
                       " OR %2%1source_id = ?)")
            .arg(t, plus),
        { ftsPhrase(text), text });
}

// A specification by key, or by key and (text) value. Key and value are bound, never spliced into
// SQL or a JSON path.
// PostgreSQL: key and value through `@>` on the jsonb_path_ops GIN index of migration 1; the key
// alone through catalog_has_specification(), which the planner inlines to `specifications ? key`
// on the jsonb_ops GIN index of migration 16 (QtSql would take a bare `?` for a placeholder).
// SQLite: product_specifications (migration 16, kept by triggers). Read in the page's sort order
// (SortOrderScan), each product is looked up by its primary key (product_id, key); otherwise the
// (key, value) index lists the products that have it, which SQLite then fetches and sorts.
void addSpecificationCondition(
    sql::Where &where, const ProductFilter &f, const SqlDialect &d, const QString &t, SearchOrder order)
{
    if (d.engine() == Engine::PostgreSQL) {
        if (!f.specValue) {
            where.add(QStringLiteral("catalog_has_specification(%1specifications, CAST(? AS text))").arg(t),
                { f.specKey });
            return;
        }
        const QJsonObject wanted { { f.specKey, *f.specValue } };
        where.add(QStringLiteral("%1specifications @> CAST(? AS jsonb)").arg(t),
            { QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact)) });
        return;
    }
    const QString value = f.specValue ? QStringLiteral(" AND ps.value = ?") : QString();
    QVariantList values { f.specKey };
    if (f.specValue)
        values << *f.specValue;
    const QString products = t.isEmpty() ? QStringLiteral("products.") : t;
    if (order == SearchOrder::SortOrderScan)
        where.add(QStringLiteral("EXISTS (SELECT 1 FROM product_specifications ps"
                                 " WHERE ps.product_id = %1id AND ps.key = ?%2)")
                      .arg(products, value),
            values);
    else
        where.add(QStringLiteral("%1id IN (SELECT ps.product_id FROM product_specifications ps"
                                 " WHERE ps.key = ?%2)")
                      .arg(t, value),
            values);
}

// At most `limit` (-1: all) products that have the filter's specification (SQLite: counted from
// the index of product_specifications; about a millisecond for 2000).
Result<qint64> countSpecificationMatches(QSqlDatabase &db, const ProductFilter &f, const SqlDialect &d, int limit)
{
    QVariantList values { f.specKey };
    if (f.specValue)
        values << *f.specValue;
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(q,
            QStringLiteral(
                "SELECT count(*) FROM (SELECT 1 FROM product_specifications WHERE key = ?%1 LIMIT %2)")
                .arg(f.specValue ? QStringLiteral(" AND value = ?") : QString())
                .arg(limit),
            values, d,
            QCoreApplication::translate("ProductFilter", "Cannot look up the product specifications"));
        !e.ok())
        return e;
    return q.next() ? q.value(0).toLongLong() : 0;
}

// The products that have the filter's specification, counted from the index (no products read),
// and the highest product id: an upper bound of the number of products.
Result<std::pair<qint64, qint64>> specificationShare(QSqlDatabase &db, const ProductFilter &f, const SqlDialect &d)
{
    const Result<qint64> matches = countSpecificationMatches(db, f, d, -1);
    if (!matches)
        return matches.error();
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(
            q, QStringLiteral("SELECT coalesce(max(id), 0) FROM products"), {}, d, QStringLiteral("Cannot count the products"));
        !e.ok())
        return e;
    return std::make_pair(matches.value(), q.next() ? q.value(0).toLongLong() : 0);
}

Result<qint64> countTitleMatches(QSqlDatabase &db, const QString &text, const SqlDialect &d, int limit)
{
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(q,
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM products_title_fts WHERE products_title_fts "
                           "MATCH ? LIMIT %1)")
                .arg(limit),
            { ftsPhrase(text) }, d,
            QCoreApplication::translate("ProductFilter", "Cannot search the product titles"));
        !e.ok())
        return e;
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

void applyProductFilter(
    sql::Where &where, const ProductFilter &f, const SqlDialect &d, const QString &table, SearchOrder order)
{
    const QString t = table.isEmpty() ? QString() : table + QLatin1Char('.');
    if (const QString text = f.text.trimmed(); !text.isEmpty())
        addTextCondition(where, text, d, t, order);
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
        addSpecificationCondition(where, f, d, t, order);
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

Result<SearchOrder> searchOrderFor(QSqlDatabase &db, const ProductFilter &f, const SqlDialect &d)
{
    if (d.engine() != Engine::SQLite)
        return SearchOrder::IndexDriven;
    // The rarest looked-up condition decides: a page of it is read from its index and sorted.
    QList<std::function<Result<qint64>()>> probes;
    if (const QString text = f.text.trimmed(); usesFts(text, d))
        probes << [&db, text, &d] { return countTitleMatches(db, text, d, kSortOrderScanMatches); };
    if (!f.specKey.isEmpty())
        probes << [&db, &f, &d] { return countSpecificationMatches(db, f, d, kSortOrderScanMatches); };
    for (const auto &probe : std::as_const(probes)) {
        const Result<qint64> matches = probe();
        if (!matches)
            return matches.error();
        if (matches.value() < kSortOrderScanMatches)
            return SearchOrder::IndexDriven;
    }
    return probes.isEmpty() ? SearchOrder::IndexDriven : SearchOrder::SortOrderScan;
}

Result<SearchOrder> countOrderFor(QSqlDatabase &db, const ProductFilter &f, const SqlDialect &d)
{
    // A count reads every match either way: from the index when at most about half the products
    // match (each match a look-up of its product), else reading the products once with a
    // primary-key probe each (a key 98 % of a million products have: 0.3 s of CPU instead of 0.6).
    // A title search keeps its index (its count reads only the FTS5 matches).
    if (d.engine() != Engine::SQLite || f.specKey.isEmpty() || usesFts(f.text.trimmed(), d))
        return SearchOrder::IndexDriven;
    const Result<std::pair<qint64, qint64>> share = specificationShare(db, f, d);
    if (!share)
        return share.error();
    return share->first * 2 > share->second ? SearchOrder::SortOrderScan : SearchOrder::IndexDriven;
}

} // namespace catalog
