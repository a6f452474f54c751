#pragma once

#include "core/storageerror.h"

#include <QSqlDatabase>
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

namespace detail {
struct CachedStatement;
}

// One statement execution. sql::exec() runs statements with bound values on a prepared statement
// the connection keeps (see exec()); Query borrows it and gives it back when it goes out of scope
// or runs the next statement, after reading what is left of the result and finishing it, so a
// half-read result never keeps the server busy, a snapshot or a transaction open.
// prepare()/bindValue()/exec() and get() use a private QSqlQuery that is never cached.
// Move-only; lives on the thread of its connection, like every QtSql object.
class Query
{
public:
    explicit Query(const QSqlDatabase &db);
    ~Query();
    Query(Query &&other) noexcept;
    Query &operator=(Query &&other) noexcept;
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    QSqlQuery &get();
    bool next();
    QVariant value(int index) const { return m_query ? m_query->value(index) : QVariant(); }
    int numRowsAffected() const { return m_query ? m_query->numRowsAffected() : -1; }
    QSqlError lastError() const { return m_query ? m_query->lastError() : QSqlError(); }
    QSqlRecord record() const { return m_query ? m_query->record() : QSqlRecord(); }
    void finish();
    void setForwardOnly(bool forward);
    bool prepare(const QString &statement);
    void bindValue(int pos, const QVariant &value) { get().bindValue(pos, value); }
    bool exec() { return get().exec(); }

private:
    friend StorageError exec(Query &, const QString &, const QVariantList &, const SqlDialect &, const QString &);
    QSqlQuery &own();
    void release();

    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_own;
    std::shared_ptr<detail::CachedStatement> m_lease;
    QSqlQuery *m_query = nullptr;
    bool m_forwardOnly = false;
    // Time spent in exec() and next() of the current statement, for LatencyRecorder; -1: none.
    QString m_timedStatement;
    qint64 m_busyNanos = -1;
};

// Executes `statement` with `values` bound in order. The time spent executing it and reading its
// rows (not what the caller does between rows) goes to LatencyRecorder when the Query is done with it.
// Statements without values run as plain text. Statements with values run on a prepared statement cached per
// connection and SQL text (at most kStatementCacheSize per connection, least recently used dropped first):
// with QPSQL a fresh prepare costs PREPARE, EXECUTE and DEALLOCATE round trips, a cached one only EXECUTE,
// and the server reuses the plan. A statement still borrowed by a live Query is not shared: the second user
// gets a private one.
StorageError exec(Query &query, const QString &statement, const QVariantList &values, const SqlDialect &dialect,
                  const QString &context);

constexpr int kStatementCacheSize = 32;

// Whether `statement` may change what a reader sees (INSERT, UPDATE, DELETE, COPY ... FROM, DDL, a
// WITH that writes, anything not known to read). exec() tells ReadRouter of each such statement
// that succeeds: outside a Transaction it has committed on its own, and a read from a standby
// must wait until that standby has replayed it. Unknown statements count as writes: a false
// "write" costs the next read one look at the WAL position, a missed one shows stale rows.
bool changesData(QStringView statement);

// Drops the statements cached for `db` on this thread. ConnectionManager calls it before it closes
// or reopens a connection (server-side prepared statements die with the session) and after it
// removes one; call it likewise if you close a connection yourself.
void forgetStatements(const QSqlDatabase &db);
void forgetStatements(const QString &connectionName);
// How many statements are cached for `db` on this thread (for tests and diagnostics).
int cachedStatements(const QSqlDatabase &db);

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
