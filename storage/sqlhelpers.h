#pragma once

#include "storageerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace catalog {

class SqlDialect;

// Small helpers shared by the repositories. SQL text passed here is always a constant of the
// repository; values travel only as bound parameters.
namespace sql {

// A QSqlQuery that sql::exec() may point at a cached prepared statement of the connection.
// It offers the QSqlQuery calls the repositories use.
class Query
{
public:
    explicit Query(const QSqlDatabase &db) : m_own(std::make_shared<QSqlQuery>(db)), m_query(m_own.get()) { }
    QSqlQuery &get() { return *m_query; }
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    QSqlError lastError() const { return m_query->lastError(); }
    QSqlRecord record() const { return m_query->record(); }
    void finish() { m_query->finish(); }
    void setForwardOnly(bool forward) { m_query->setForwardOnly(forward); }
    bool prepare(const QString &statement) { return m_query->prepare(statement); }
    void bindValue(int pos, const QVariant &value) { m_query->bindValue(pos, value); }
    bool exec() { return m_query->exec(); }

private:
    friend StorageError exec(Query &, const QString &, const QVariantList &, const SqlDialect &, const QString &);
    std::shared_ptr<QSqlQuery> m_own;
    QSqlQuery *m_query;
};

// Executes `statement` with `values` bound in order (prepared when there are values).
// Statements are not cached across calls: a cached QPSQL result read only partly (forward-only,
// single-row mode) keeps the server's transaction open and blocked on the socket, which stalled
// every other writer in the 100-connection test. QPSQL therefore pays PREPARE, EXECUTE and
// DEALLOCATE per call; Query exists so a safe cache can be added behind this seam.
StorageError exec(Query &query, const QString &statement, const QVariantList &values, const SqlDialect &dialect,
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
