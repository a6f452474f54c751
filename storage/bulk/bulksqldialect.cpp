#include "bulk/bulksqldialect_p.h"

#include "bulk/postgresbulksql_p.h"
#include "bulk/sqlitebulksql_p.h"

namespace catalog {

SqlPart SqlPart::compose(const QString &pattern, const QList<SqlPart> &parts)
{
    SqlPart out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1) >= QLatin1Char('1')
            && pattern.at(i + 1) <= QLatin1Char('9')) {
            const qsizetype index = pattern.at(i + 1).unicode() - '1';
            Q_ASSERT(index < parts.size());
            out.sql += parts.at(index).sql;
            out.values += parts.at(index).values;
            ++i;
        } else {
            out.sql += c;
        }
    }
    return out;
}

std::unique_ptr<BulkSqlDialect> BulkSqlDialect::create(const SqlDialect &dialect)
{
    if (dialect.engine() == Engine::PostgreSQL)
        return std::make_unique<PostgresBulkSql>(dialect);
    return std::make_unique<SqliteBulkSql>(dialect);
}

} // namespace catalog
