#include "sqlhelpers.h"

#include "sqldialect.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

namespace catalog::sql {

StorageError exec(Query &query, const QString &statement, const QVariantList &values, const SqlDialect &dialect,
                  const QString &context)
{
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.m_query->exec(statement);
    } else {
        ok = query.m_query->prepare(statement);
    }
    if (ok && !values.isEmpty()) {
        for (qsizetype i = 0; i < values.size(); ++i)
            query.m_query->bindValue(int(i), values.at(i));
        ok = query.m_query->exec();
    }
    if (ok)
        return {};
    return StorageError::fromSql(query.m_query->lastError(), dialect, context);
}

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

void Where::add(const QString &clause, const QVariantList &values)
{
    m_clauses << clause;
    m_values << values;
}

QString Where::sql() const
{
    if (m_clauses.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + m_clauses.join(QStringLiteral(" AND "));
}

} // namespace catalog::sql
