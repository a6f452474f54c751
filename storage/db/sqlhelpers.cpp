#include "db/sqlhelpers_p.h"

#include "db/latencyrecorder.h"
#include "db/readrouter.h"
#include "db/sqldialect.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <utility>

namespace catalog::sql {

namespace detail {

struct CachedStatement
{
    explicit CachedStatement(const QSqlDatabase &db) : query(db) { }
    QSqlQuery query;
    quint64 lastUse = 0;
    bool leased = false;
};

} // namespace detail

namespace {

using detail::CachedStatement;

// Statements with more values than this are one-off shapes (IN lists of a batch): not cached.
constexpr qsizetype kMaxCachedValues = 64;

struct StatementCache
{
    quint64 clock = 0;
    QHash<QString, std::shared_ptr<CachedStatement>> statements;
};

// Per thread, by connection name. A plain pointer, created on first use and deleted when its last
// connection is forgotten: a thread_local object could be destroyed before the connections of a
// non-Qt thread are cleaned up at thread exit.
thread_local QHash<QString, StatementCache> *t_caches = nullptr;

StatementCache &cacheFor(const QString &connectionName)
{
    if (!t_caches)
        t_caches = new QHash<QString, StatementCache>;
    return (*t_caches)[connectionName];
}

// Reads what is left of a forward-only PostgreSQL result. QPSQL streams such results row by row
// and finish() does not consume the rest: until something reads it, the backend may sit blocked
// writing to the socket, holding its snapshot and, for an UPDATE ... RETURNING, its locks.
void drain(QSqlQuery &query)
{
    if (query.isActive() && query.isSelect() && query.isForwardOnly() && query.driver()
        && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        while (query.next()) { }
    }
    query.finish(); // SQLite: sqlite3_reset, which ends the statement's read transaction
}

std::shared_ptr<CachedStatement> lease(const QSqlDatabase &db, const QString &statement, bool &fresh)
{
    StatementCache &cache = cacheFor(db.connectionName());
    std::shared_ptr<CachedStatement> &slot = cache.statements[statement];
    if (slot) {
        if (slot->leased)
            return nullptr; // borrowed by a live Query: the caller uses a private statement
        fresh = false;
    } else {
        if (cache.statements.size() > kStatementCacheSize) {
            auto oldest = cache.statements.end();
            for (auto it = cache.statements.begin(); it != cache.statements.end(); ++it) {
                if (it.value() && !it.value()->leased && (oldest == cache.statements.end() || it.value()->lastUse < oldest.value()->lastUse))
                    oldest = it;
            }
            if (oldest != cache.statements.end())
                cache.statements.erase(oldest);
        }
        std::shared_ptr<CachedStatement> &newSlot = cache.statements[statement]; // erase may have moved it
        newSlot = std::make_shared<CachedStatement>(db);
        fresh = true;
        newSlot->leased = true;
        newSlot->lastUse = ++cache.clock;
        return newSlot;
    }
    slot->leased = true;
    slot->lastUse = ++cache.clock;
    return slot;
}

void unlease(const QSqlDatabase &db, const QString &statement)
{
    if (!t_caches)
        return;
    const auto cache = t_caches->find(db.connectionName());
    if (cache != t_caches->end())
        cache->statements.remove(statement);
}

// The first word of a statement, past blanks and opening parentheses.
QStringView leadingWord(QStringView text)
{
    qsizetype from = 0;
    while (from < text.size() && (text.at(from).isSpace() || text.at(from) == QLatin1Char('(')))
        ++from;
    qsizetype end = from;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    return text.mid(from, end - from);
}

// An autocommit write (no Transaction around it) is committed once exec() returns: reads must
// not miss it. Inside a Transaction this notes the write early, which only costs the next read a
// look at the WAL position; Transaction::commit notes it again once it has committed.
void noteIfWrite(const QString &statement)
{
    if (changesData(statement))
        ReadRouter::noteWrite();
}

} // namespace

bool changesData(QStringView statement)
{
    static const QLatin1StringView reads[] = { QLatin1StringView("SELECT"), QLatin1StringView("SHOW"),
        QLatin1StringView("EXPLAIN"), QLatin1StringView("VALUES"), QLatin1StringView("BEGIN"),
        QLatin1StringView("START"), QLatin1StringView("COMMIT"), QLatin1StringView("END"),
        QLatin1StringView("ROLLBACK"), QLatin1StringView("SAVEPOINT"), QLatin1StringView("RELEASE"),
        QLatin1StringView("SET"), QLatin1StringView("RESET"), QLatin1StringView("PRAGMA"),
        QLatin1StringView("LOCK"), QLatin1StringView("DECLARE"), QLatin1StringView("FETCH"),
        QLatin1StringView("CLOSE"), QLatin1StringView("ANALYZE"), QLatin1StringView("VACUUM") };
    const QStringView verb = leadingWord(statement);
    if (verb.compare(QLatin1StringView("WITH"), Qt::CaseInsensitive) == 0) {
        static const QRegularExpression writing(QStringLiteral("\\b(INSERT|UPDATE|DELETE|MERGE)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        return writing.match(statement.toString()).hasMatch();
    }
    if (verb.compare(QLatin1StringView("COPY"), Qt::CaseInsensitive) == 0)
        return !statement.contains(QLatin1StringView("TO STDOUT"), Qt::CaseInsensitive);
    for (const QLatin1StringView read : reads) {
        if (verb.compare(read, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

Query::Query(const QSqlDatabase &db) : m_db(db) { }

Query::~Query()
{
    release();
}

Query::Query(Query &&other) noexcept
    : m_db(other.m_db)
    , m_own(std::move(other.m_own))
    , m_lease(std::move(other.m_lease))
    , m_query(std::exchange(other.m_query, nullptr))
    , m_forwardOnly(other.m_forwardOnly)
    , m_timedStatement(std::move(other.m_timedStatement))
    , m_busyNanos(std::exchange(other.m_busyNanos, -1))
{
}

Query &Query::operator=(Query &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_own = std::move(other.m_own);
        m_lease = std::move(other.m_lease);
        m_query = std::exchange(other.m_query, nullptr);
        m_forwardOnly = other.m_forwardOnly;
        m_timedStatement = std::move(other.m_timedStatement);
        m_busyNanos = std::exchange(other.m_busyNanos, -1);
    }
    return *this;
}

QSqlQuery &Query::own()
{
    if (!m_own) {
        m_own = std::make_unique<QSqlQuery>(m_db);
        m_own->setForwardOnly(m_forwardOnly);
    }
    return *m_own;
}

QSqlQuery &Query::get()
{
    if (m_lease)
        release();
    m_query = &own();
    return *m_query;
}

void Query::finish()
{
    if (m_query)
        drain(*m_query);
}

void Query::setForwardOnly(bool forward)
{
    m_forwardOnly = forward;
    if (m_own)
        m_own->setForwardOnly(forward);
}

bool Query::prepare(const QString &statement)
{
    return get().prepare(statement);
}

bool Query::next()
{
    if (!m_query)
        return false;
    if (m_busyNanos < 0)
        return m_query->next();
    QElapsedTimer timer;
    timer.start();
    const bool more = m_query->next();
    m_busyNanos += timer.nsecsElapsed();
    return more;
}

void Query::release()
{
    if (m_busyNanos >= 0) {
        LatencyRecorder::instance().record(LatencyRecorder::kindOf(m_timedStatement), m_busyNanos);
        m_busyNanos = -1;
    }
    if (m_lease) {
        drain(m_lease->query);
        m_lease->leased = false;
        m_lease.reset();
        m_query = nullptr;
    }
}

StorageError exec(Query &query, const QString &statement, const QVariantList &values, const SqlDialect &dialect,
                  const QString &context)
{
    query.release();
    // The dashboard's per-kind p50/p95: exec() here, next() in Query, recorded when it is released.
    struct ExecTimer
    {
        Query &query;
        QElapsedTimer timer;
        ~ExecTimer() { query.m_busyNanos = timer.nsecsElapsed(); }
    } timing { query, {} };
    timing.timer.start();
    query.m_timedStatement = statement;
    if (values.isEmpty()) {
        QSqlQuery &q = query.own();
        query.m_query = &q;
        if (q.exec(statement)) {
            noteIfWrite(statement);
            return {};
        }
        return sqlError(q.lastError(), dialect, context);
    }

    bool fresh = true;
    std::shared_ptr<CachedStatement> cached;
    if (values.size() <= kMaxCachedValues)
        cached = lease(query.m_db, statement, fresh);
    QSqlQuery *q = nullptr;
    if (cached) {
        query.m_lease = cached;
        q = &cached->query;
    } else {
        q = &query.own();
    }
    query.m_query = q;
    q->setForwardOnly(query.m_forwardOnly);
    if (fresh && !q->prepare(statement)) {
        const QSqlError error = q->lastError();
        if (cached) {
            query.release();
            unlease(query.m_db, statement); // nothing was prepared: no server-side statement to free
        }
        return sqlError(error, dialect, context);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(int(i), values.at(i));
    if (q->exec()) {
        noteIfWrite(statement);
        return {};
    }
    const QSqlError error = q->lastError();
    // 26000: the server no longer knows the prepared statement (its session was replaced behind
    // our back); drop it so the next call prepares it again.
    if (cached && error.nativeErrorCode() == QLatin1String("26000")) {
        query.release();
        unlease(query.m_db, statement);
    }
    return sqlError(error, dialect, context);
}

void forgetStatements(const QSqlDatabase &db)
{
    forgetStatements(db.connectionName());
}

void forgetStatements(const QString &connectionName)
{
    if (!t_caches)
        return;
    t_caches->remove(connectionName);
    if (t_caches->isEmpty()) {
        delete t_caches;
        t_caches = nullptr;
    }
}

int cachedStatements(const QSqlDatabase &db)
{
    if (!t_caches)
        return 0;
    const auto cache = t_caches->constFind(db.connectionName());
    return cache == t_caches->cend() ? 0 : int(cache->statements.size());
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
