#include "bulk/sqlitebulksql_p.h"

namespace catalog {

namespace sqlitebulksql {
namespace {

using namespace Qt::StringLiterals;

SqlPart cents(const QString &column)
{
    return { u"CAST(round(%1 * 100) AS INTEGER)"_s.arg(column), {} };
}

SqlPart integer(qint64 value)
{
    return SqlPart::value(value);
}

} // namespace
} // namespace sqlitebulksql

using namespace Qt::StringLiterals;

SqlPart SqliteBulkSql::pricePercent(const QString &column, Decimal2 percent) const
{
    // cents * (10000 + basis points), divided by 10000 rounding half away from zero: the factor is
    // never negative (percent >= -100) and neither is a stored price, so adding half rounds up.
    return SqlPart::compose(u"((%1 * %2 + 5000) / 10000 / 100.0)"_s,
        { sqlitebulksql::cents(column), sqlitebulksql::integer(10000 + percent.hundredths()) });
}

SqlPart SqliteBulkSql::priceAmount(const QString &column, Decimal2 amount) const
{
    return SqlPart::compose(u"((%1 + %2) / 100.0)"_s,
        { sqlitebulksql::cents(column), sqlitebulksql::integer(amount.hundredths()) });
}

SqlPart SqliteBulkSql::priceBelow(const SqlPart &price, Decimal2 limit) const
{
    return SqlPart::compose(u"%1 < %2"_s, { price, SqlPart::value(limit.toDouble()) });
}

SqlPart SqliteBulkSql::priceAbove(const SqlPart &price, Decimal2 limit) const
{
    return SqlPart::compose(u"%1 > %2"_s, { price, SqlPart::value(limit.toDouble()) });
}

QString SqliteBulkSql::distinct(const QString &a, const QString &b) const
{
    return u"%1 IS NOT %2"_s.arg(a, b);
}

SqlPart SqliteBulkSql::specHasKey(const QString &key) const
{
    return SqlPart::compose(
        u"EXISTS (SELECT 1 FROM json_each(specifications) WHERE key = %1)"_s, { SqlPart::value(key) });
}

SqlPart SqliteBulkSql::specHasText(const QString &key, const QString &value) const
{
    return SqlPart::compose(
        u"EXISTS (SELECT 1 FROM json_each(specifications) WHERE key = %1 AND type = 'text' AND atom = %2)"_s,
        { SqlPart::value(key), SqlPart::value(value) });
}

SqlPart SqliteBulkSql::specSet(const QString &key, const QString &value) const
{
    return SqlPart::compose(
        u"json_patch(specifications, json_object(%1, %2))"_s, { SqlPart::value(key), SqlPart::value(value) });
}

SqlPart SqliteBulkSql::specRemove(const QString &key) const
{
    // In a JSON merge patch a null removes the key.
    return SqlPart::compose(
        u"json_patch(specifications, json_object(%1, json('null')))"_s, { SqlPart::value(key) });
}

SqlPart SqliteBulkSql::specRename(const QString &from, const QString &to) const
{
    // The value moves as JSON (an object or array stays one; json_each gives containers as text).
    return SqlPart::compose(u"json_patch(specifications, json_object(%1, json('null'), %2, "
                            "(SELECT CASE WHEN type IN ('object', 'array') THEN json(value) "
                            "WHEN type = 'true' THEN json('true') WHEN type = 'false' THEN json('false') "
                            "ELSE value END FROM json_each(specifications) WHERE key = %1)))"_s,
        { SqlPart::value(from), SqlPart::value(to) });
}

} // namespace catalog
