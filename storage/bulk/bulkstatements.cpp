#include "bulk/bulkstatements_p.h"

namespace catalog {

namespace bulkstatements {
namespace {

using namespace Qt::StringLiterals;

const QStringList kEditedColumns = { u"sync_status"_s, u"supplier_id"_s, u"currency"_s, u"moq"_s,
    u"price_min"_s, u"price_max"_s, u"specifications"_s };

SqlPart plain(const QString &sql)
{
    return { sql, {} };
}

SqlPart joined(const QList<SqlPart> &parts, const QString &separator)
{
    SqlPart out;
    for (const SqlPart &p : parts) {
        if (!out.sql.isEmpty())
            out.sql += separator;
        out.sql += p.sql;
        out.values += p.values;
    }
    return out;
}

int refusalNumber(BulkEdit::Refusal r)
{
    return int(r);
}

} // namespace
} // namespace bulkstatements

using namespace Qt::StringLiterals;
using bulkstatements::plain;

BulkStatements::BulkStatements(const BulkSqlDialect &sql, const BulkEdit &edit, const QString &actor)
    : m_sql(sql)
    , m_edit(edit)
    , m_actor(actor)
{
}

const QStringList &BulkStatements::previewColumns()
{
    return bulkstatements::kEditedColumns;
}

SqlPart BulkStatements::newValue(const QString &column) const
{
    const BulkEdit &e = m_edit;
    if (column == u"sync_status"_s && e.syncStatus)
        return SqlPart::value(*e.syncStatus);
    if (column == u"supplier_id"_s && e.supplierId)
        return SqlPart::value(*e.supplierId);
    if (column == u"currency"_s && e.currency)
        return SqlPart::value(*e.currency);
    if (column == u"moq"_s && e.moq)
        return SqlPart::value(*e.moq);
    if ((column == u"price_min"_s || column == u"price_max"_s) && e.priceMode != BulkEdit::PriceMode::None)
        return e.priceMode == BulkEdit::PriceMode::Percent ? m_sql.pricePercent(column, e.priceValue)
                                                           : m_sql.priceAmount(column, e.priceValue);
    if (column == u"specifications"_s) {
        switch (e.specMode) {
        case BulkEdit::SpecMode::Set:
            return m_sql.specSet(e.specKey, e.specValue);
        case BulkEdit::SpecMode::Rename:
            return m_sql.specRename(e.specKey, e.specValue);
        case BulkEdit::SpecMode::Remove:
            return m_sql.specRemove(e.specKey);
        case BulkEdit::SpecMode::None:
            break;
        }
    }
    return plain(column);
}

SqlPart BulkStatements::changed() const
{
    const BulkEdit &e = m_edit;
    QList<SqlPart> any;
    for (const QString &column : { u"sync_status"_s, u"supplier_id"_s, u"currency"_s, u"moq"_s }) {
        const SqlPart value = newValue(column);
        if (value.sql != column)
            any << SqlPart::compose(m_sql.distinct(column, u"%1"_s), { value });
    }
    if (e.priceMode != BulkEdit::PriceMode::None) {
        any << SqlPart::compose(m_sql.distinct(u"price_min"_s, u"%1"_s), { newValue(u"price_min"_s) });
        any << SqlPart::compose(m_sql.distinct(u"price_max"_s, u"%1"_s), { newValue(u"price_max"_s) });
    }
    if (e.specMode == BulkEdit::SpecMode::Set)
        any << SqlPart::compose(u"NOT %1"_s, { m_sql.specHasText(e.specKey, e.specValue) });
    if (e.specMode == BulkEdit::SpecMode::Rename || e.specMode == BulkEdit::SpecMode::Remove)
        any << m_sql.specHasKey(e.specKey);
    if (e.state == BulkEdit::State::Delete)
        any << plain(u"deleted_at IS NULL"_s);
    if (e.state == BulkEdit::State::Restore)
        any << plain(u"deleted_at IS NOT NULL"_s);
    return SqlPart::compose(u"(%1)"_s, { bulkstatements::joined(any, u" OR "_s) });
}

SqlPart BulkStatements::refusal() const
{
    const BulkEdit &e = m_edit;
    using R = BulkEdit::Refusal;
    QList<SqlPart> whens;
    auto when = [&whens](const SqlPart &condition, R refusal) {
        whens << SqlPart::compose(u"WHEN %1 THEN %2"_s,
            { condition, plain(QString::number(bulkstatements::refusalNumber(refusal))) });
    };
    if (e.editsFields() && e.state != BulkEdit::State::Restore)
        when(plain(u"deleted_at IS NOT NULL"_s), R::Deleted);
    if (e.supplierId)
        when(SqlPart::compose(u"NOT EXISTS (SELECT 1 FROM suppliers s WHERE s.id = %1)"_s,
                 { SqlPart::value(*e.supplierId) }),
            R::NoSupplier);
    if (e.priceMode != BulkEdit::PriceMode::None) {
        const SqlPart low = newValue(u"price_min"_s);
        const SqlPart high = newValue(u"price_max"_s);
        const Decimal2 zero;
        const Decimal2 max = Decimal2::fromHundredths(BulkEdit::kMaxPriceHundredths);
        when(SqlPart::compose(u"(%1 OR %2)"_s, { m_sql.priceBelow(low, zero), m_sql.priceBelow(high, zero) }),
            R::NegativePrice);
        when(SqlPart::compose(u"(%1 OR %2)"_s, { m_sql.priceAbove(low, max), m_sql.priceAbove(high, max) }),
            R::PriceTooHigh);
    }
    if (e.specMode == BulkEdit::SpecMode::Rename)
        when(SqlPart::compose(
                 u"(%1 AND %2)"_s, { m_sql.specHasKey(e.specKey), m_sql.specHasKey(e.specValue) }),
            R::SpecExists);
    if (whens.isEmpty())
        return plain(u"CAST(NULL AS INTEGER)"_s);
    return SqlPart::compose(u"CASE %1 END"_s, { bulkstatements::joined(whens, u" "_s) });
}

SqlPart BulkStatements::assignments() const
{
    QList<SqlPart> sets;
    for (const QString &column : bulkstatements::kEditedColumns) {
        const SqlPart value = newValue(column);
        if (value.sql != column)
            sets << SqlPart::compose(column + u" = %1"_s, { value });
    }
    if (m_edit.state == BulkEdit::State::Delete)
        sets << plain(u"deleted_at = "_s + m_sql.base().nowExpression());
    if (m_edit.state == BulkEdit::State::Restore)
        sets << plain(u"deleted_at = NULL"_s);
    sets << plain(u"version = version + 1"_s) << plain(u"updated_at = "_s + m_sql.base().nowExpression())
         << SqlPart { u"updated_by = ?"_s, { SqlDialect::bindText(m_actor) } };
    return bulkstatements::joined(sets, u", "_s);
}

SqlPart BulkStatements::update(const SqlPart &scope) const
{
    return SqlPart::compose(u"UPDATE products SET %1 WHERE %2 AND %3 IS NULL AND %4"_s,
        { assignments(), scope, refusal(), changed() });
}

SqlPart BulkStatements::refused(const SqlPart &scope, int limit) const
{
    return SqlPart::compose(u"SELECT id, source_id, %1 FROM products WHERE %2 AND %1 IS NOT NULL AND %3 "
                            "ORDER BY id LIMIT %4"_s,
        { refusal(), scope, changed(), plain(QString::number(limit)) });
}

SqlPart BulkStatements::countRefused(const SqlPart &scope) const
{
    return SqlPart::compose(u"SELECT count(*) FROM products WHERE %1 AND %2 IS NOT NULL AND %3"_s,
        { scope, refusal(), changed() });
}

SqlPart BulkStatements::countWouldChange(const SqlPart &scope) const
{
    return SqlPart::compose(
        u"SELECT count(*) FROM products WHERE %1 AND %2 IS NULL AND %3"_s, { scope, refusal(), changed() });
}

SqlPart BulkStatements::preview(const SqlPart &scope, int limit) const
{
    QList<SqlPart> after;
    // COALESCE gives a bare parameter the column's type (PostgreSQL cannot type one in a select
    // list); the new value is NULL only where the column is (a missing price stays missing).
    for (const QString &column : bulkstatements::kEditedColumns)
        after << SqlPart::compose(u"COALESCE(%1, %2)"_s, { newValue(column), plain(column) });
    QString deleted = u"CASE WHEN deleted_at IS NULL THEN 0 ELSE 1 END"_s;
    if (m_edit.state == BulkEdit::State::Delete)
        deleted = u"1"_s;
    if (m_edit.state == BulkEdit::State::Restore)
        deleted = u"0"_s;
    after << plain(deleted) << refusal();
    return SqlPart::compose(u"SELECT id, source_id, title, deleted_at, %1, %2 FROM products WHERE %3 AND %4 "
                            "ORDER BY id LIMIT %5"_s,
        { plain(bulkstatements::kEditedColumns.join(u", "_s)), bulkstatements::joined(after, u", "_s), scope,
            changed(), plain(QString::number(limit)) });
}

} // namespace catalog
