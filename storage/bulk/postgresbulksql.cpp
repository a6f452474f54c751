#include "bulk/postgresbulksql_p.h"

namespace catalog {

namespace postgresbulksql {
namespace {

using namespace Qt::StringLiterals;

SqlPart column(const QString &name)
{
    return { name, {} };
}

SqlPart numeric(Decimal2 value)
{
    return { u"CAST(? AS numeric)"_s, { value.toString() } };
}

SqlPart text(const QString &value)
{
    return { u"CAST(? AS text)"_s, { value } };
}

} // namespace
} // namespace postgresbulksql

using namespace Qt::StringLiterals;

SqlPart PostgresBulkSql::pricePercent(const QString &column, Decimal2 percent) const
{
    return SqlPart::compose(u"round(%1 * (100 + %2) / 100, 2)"_s,
        { postgresbulksql::column(column), postgresbulksql::numeric(percent) });
}

SqlPart PostgresBulkSql::priceAmount(const QString &column, Decimal2 amount) const
{
    return SqlPart::compose(
        u"(%1 + %2)"_s, { postgresbulksql::column(column), postgresbulksql::numeric(amount) });
}

SqlPart PostgresBulkSql::priceBelow(const SqlPart &price, Decimal2 limit) const
{
    return SqlPart::compose(u"%1 < %2"_s, { price, postgresbulksql::numeric(limit) });
}

SqlPart PostgresBulkSql::priceAbove(const SqlPart &price, Decimal2 limit) const
{
    return SqlPart::compose(u"%1 > %2"_s, { price, postgresbulksql::numeric(limit) });
}

QString PostgresBulkSql::distinct(const QString &a, const QString &b) const
{
    return u"%1 IS DISTINCT FROM %2"_s.arg(a, b);
}

SqlPart PostgresBulkSql::specHasKey(const QString &key) const
{
    return SqlPart::compose(u"(specifications -> %1) IS NOT NULL"_s, { postgresbulksql::text(key) });
}

SqlPart PostgresBulkSql::specHasText(const QString &key, const QString &value) const
{
    return SqlPart::compose(u"coalesce((specifications -> %1) = to_jsonb(%2), false)"_s,
        { postgresbulksql::text(key), postgresbulksql::text(value) });
}

SqlPart PostgresBulkSql::specSet(const QString &key, const QString &value) const
{
    return SqlPart::compose(u"(specifications || jsonb_build_object(%1, %2))"_s,
        { postgresbulksql::text(key), postgresbulksql::text(value) });
}

SqlPart PostgresBulkSql::specRemove(const QString &key) const
{
    return SqlPart::compose(u"(specifications - %1)"_s, { postgresbulksql::text(key) });
}

SqlPart PostgresBulkSql::specRename(const QString &from, const QString &to) const
{
    // Rows without the old key are not updated (the job's change condition), so no CASE here.
    return SqlPart::compose(u"((specifications - %1) || jsonb_build_object(%2, specifications -> %1))"_s,
        { postgresbulksql::text(from), postgresbulksql::text(to) });
}

} // namespace catalog
