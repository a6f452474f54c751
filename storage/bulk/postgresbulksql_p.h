#pragma once

#include "bulk/bulksqldialect_p.h"

namespace catalog {

// PostgreSQL: prices are NUMERIC (exact; round() rounds half away from zero), specifications jsonb.
// Values are cast where the server cannot infer a parameter's type.
class PostgresBulkSql final : public BulkSqlDialect
{
public:
    explicit PostgresBulkSql(const SqlDialect &base)
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
