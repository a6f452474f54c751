#pragma once

#include "bulk/bulksqldialect_p.h"

namespace catalog {

// SQLite: prices are REALs that hold whole cents, so the arithmetic runs on integer cents
// (round(price * 100) is exact for such a value) and only the result is divided back; specifications
// are JSON text, read with json_each (any key, no JSON path quoting) and changed with json_patch.
class SqliteBulkSql final : public BulkSqlDialect
{
public:
    explicit SqliteBulkSql(const SqlDialect &base)
        : BulkSqlDialect(base)
    {
    }

    SqlPart pricePercent(const QString &column, Decimal2 percent) const override;
    SqlPart priceAmount(const QString &column, Decimal2 amount) const override;
    SqlPart priceBelow(const SqlPart &price, Decimal2 limit) const override;
    SqlPart priceAbove(const SqlPart &price, Decimal2 limit) const override;
    QString distinct(const QString &a, const QString &b) const override;
    SqlPart specHasKey(const QString &key) const override;
    SqlPart specHasText(const QString &key, const QString &value) const override;
    SqlPart specSet(const QString &key, const QString &value) const override;
    SqlPart specRemove(const QString &key) const override;
    SqlPart specRename(const QString &from, const QString &to) const override;
};

} // namespace catalog
