#pragma once

#include "core/decimal2.h"
#include "db/sqldialect.h"

#include <QString>
#include <QVariantList>

#include <memory>

namespace catalog {

// A fragment of SQL with the values of its placeholders, in the order they appear.
struct SqlPart
{
    QString sql;
    QVariantList values;

    // `pattern` with %1..%9 replaced by the parts (each may appear any number of times); the values
    // follow the order in which the placeholders appear in the result.
    static SqlPart compose(const QString &pattern, const QList<SqlPart> &parts);
    static SqlPart value(const QVariant &v) { return { QStringLiteral("?"), { v } }; }
};

// The bulk edit's engine differences: price arithmetic (NUMERIC on PostgreSQL, REAL holding cents
// on SQLite), the specifications JSON (jsonb; SQLite's JSON1 text) and NULL-safe comparison.
// Expressions name the products table's columns unqualified, so an UPDATE's SET and WHERE refer to
// the row being updated (no value is read into the client first). Stateless.
class BulkSqlDialect
{
public:
    virtual ~BulkSqlDialect() = default;
    static std::unique_ptr<BulkSqlDialect> create(const SqlDialect &dialect);

    const SqlDialect &base() const { return m_base; }

    // `column` * (100 + percent) / 100, rounded to cents half away from zero; NULL stays NULL.
    virtual SqlPart pricePercent(const QString &column, Decimal2 percent) const = 0;
    virtual SqlPart priceAmount(const QString &column, Decimal2 amount) const = 0;
    // A price expression compared with a constant price.
    virtual SqlPart priceBelow(const SqlPart &price, Decimal2 limit) const = 0;
    virtual SqlPart priceAbove(const SqlPart &price, Decimal2 limit) const = 0;
    // "a differs from b", NULL-safe.
    virtual QString distinct(const QString &a, const QString &b) const = 0;

    virtual SqlPart specHasKey(const QString &key) const = 0;
    virtual SqlPart specHasText(const QString &key, const QString &value) const = 0;
    virtual SqlPart specSet(const QString &key, const QString &value) const = 0;
    virtual SqlPart specRemove(const QString &key) const = 0;
    virtual SqlPart specRename(const QString &from, const QString &to) const = 0;

protected:
    explicit BulkSqlDialect(const SqlDialect &base)
        : m_base(base)
    {
    }

private:
    const SqlDialect &m_base;
};

} // namespace catalog
