#pragma once

#include "storageerror.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace catalog {

class SqlDialect;

// Small helpers shared by the repositories. SQL text passed here is always a constant of the
// repository; values travel only as bound parameters.
namespace sql {

StorageError exec(QSqlQuery &query, const QString &statement, const QVariantList &values, const SqlDialect &dialect,
                  const QString &context);
QString placeholders(qsizetype count); // "?, ?, ?"
// A LIKE pattern matching `text` anywhere, with %, _ and the escape character escaped (ESCAPE '\').
QString containsPattern(const QString &text);

// Accumulates WHERE clauses and their bound values.
class Where
{
public:
    void add(const QString &clause, const QVariantList &values = {});
    QString sql() const; // "" or " WHERE a AND b"
    const QVariantList &values() const { return m_values; }

private:
    QStringList m_clauses;
    QVariantList m_values;
};

} // namespace sql
} // namespace catalog
