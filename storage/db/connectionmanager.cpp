#include "db/connectionmanager.h"

#include "config/logfile.h"
#include "db/sqlhelpers_p.h"
#include "core/storagelog_p.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlDriver>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>

#include <atomic>
#include <map>
#include <mutex>
#include <random>

namespace catalog {

struct ConnectionManager::Shared
{
    explicit Shared(int max)
        : permits(max)
    {
    }
    QSemaphore permits;
    std::atomic<int> open { 0 };
    std::atomic<bool> retired { false }; // the manager is gone: its connections close at their thread's next use
    quint64 id = 0;
};

namespace {

std::atomic<quint64> s_nextManagerId { 1 };

// One connection of one manager on one thread. Destroyed on the thread that owns it (at thread
// exit through thread_local storage, or by releaseThreadConnection()).
struct ThreadConnection
{
    QString name;
    std::shared_ptr<void> sharedKeepAlive;
    QSemaphore *permits = nullptr;
    std::atomic<int> *open = nullptr;
    const std::atomic<bool> *retired = nullptr;

    ThreadConnection() = default;
    ThreadConnection(const ThreadConnection &) = delete;
    ThreadConnection &operator=(const ThreadConnection &) = delete;
    ~ThreadConnection()
    {
        if (name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
        // After the driver is gone, so the cached statements go without a DEALLOCATE each: the
        // session that held them has ended.
        sql::forgetStatements(name);
        open->fetch_sub(1);
        permits->release();
    }
};

using ThreadConnections = std::map<quint64, std::unique_ptr<ThreadConnection>>;

// A refused login is not a passing outage: trying again only repeats it (and counts against the
// server's failed-login limits). libpq reports it as text, because a failed connection has no
// result to carry an SQLSTATE; the codes are checked too for drivers that do pass them on.
bool isAuthenticationFailure(const StorageError &error)
{
    if (error.sqlState == QLatin1String("28P01") || error.sqlState == QLatin1String("28000"))
        return true;
    for (const char *text : { "password authentication failed", "authentication failed for user",
             "no password supplied", "no pg_hba.conf entry" }) {
        if (error.detail.contains(QLatin1String(text)))
            return true;
    }
    return false;
}

ThreadConnections &threadConnections()
{
    // QThreadStorage deletes a thread's map inside QThread's own finish step, before wait()
    // returns, so a joined thread has always given its connections back. Deliberately leaked:
    // it must outlive every thread.
    static auto *storage = new QThreadStorage<ThreadConnections *>();
    if (!storage->hasLocalData())
        storage->setLocalData(new ThreadConnections);
    return *storage->localData();
}

} // namespace

ConnectionManager::ConnectionManager(ConnectionConfig config)
    : ConnectionManager(std::move(config), Options {})
{
}

ConnectionManager::ConnectionManager(ConnectionConfig config, Options options)
    : m_config(std::move(config))
    , m_options(options)
    , m_dialect(SqlDialect::create(m_config.engine))
    , m_shared(std::make_shared<Shared>(qMax(1, options.maxConnections)))
{
    m_shared->id = s_nextManagerId.fetch_add(1);
    registerSecret(m_config.password); // the log file never shows it, whatever a driver error quotes
    for (const char *variable : { "USER", "LOGNAME", "USERNAME" }) {
        m_actor = qEnvironmentVariable(variable);
        if (!m_actor.isEmpty())
            break;
    }
    m_actor = m_actor.left(100);
}

ConnectionManager::~ConnectionManager()
{
    m_shared->retired.store(true);
    releaseThreadConnection();
    if (m_shared->open.load() > 0)
        qCDebug(lcStorage) << m_shared->open.load() << "connections stay open until their threads exit";
}

int ConnectionManager::openConnections() const
{
    return m_shared->open.load();
}

void ConnectionManager::releaseThreadConnection()
{
    threadConnections().erase(m_shared->id);
}

StorageError ConnectionManager::openConnection(QSqlDatabase &db)
{
    if (m_config.engine == Engine::SQLite) {
        const QFileInfo info(m_config.sqlitePath);
        if (!QDir().mkpath(info.absolutePath()))
            return StorageError::make(ErrorKind::ConnectionLost,
                QStringLiteral("Cannot create the folder %1 for the SQLite database")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        db.setDatabaseName(m_config.sqlitePath);
    } else {
        db.setHostName(m_config.host);
        if (m_config.port > 0)
            db.setPort(m_config.port);
        db.setDatabaseName(m_config.database);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    }
    db.setConnectOptions(m_dialect->driverConnectOptions(m_config));
    if (!db.open()) {
        StorageError error = sqlError(
            db.lastError(), *m_dialect, QStringLiteral("Cannot connect to %1").arg(m_config.displayName()));
        if (isAuthenticationFailure(error)) {
            error.kind = ErrorKind::Permission;
            error.message += QStringLiteral(" (not retried: check the user name and the password)");
        } else if (error.kind != ErrorKind::Permission) {
            error.kind = ErrorKind::ConnectionLost;
        }
        return error;
    }
    QSqlQuery query(db);
    for (const QString &statement : m_dialect->sessionSetup(m_config)) {
        if (!query.exec(statement)) {
            StorageError error = sqlError(query.lastError(), *m_dialect,
                QStringLiteral("Cannot prepare the session (%1)").arg(statement));
            db.close();
            return error;
        }
    }
    return {};
}

Result<QSqlDatabase> ConnectionManager::connection()
{
    ThreadConnections &connections = threadConnections();
    // A long-lived thread (the global thread pool's, reused by every window job) would otherwise
    // keep the connections of every manager it served until it exits: one more open file or
    // socket per such thread at each reconnect of an all-day session (found by tests/soak).
    std::erase_if(connections, [](const auto &entry) { return entry.second->retired->load(); });
    auto it = connections.find(m_shared->id);
    if (it == connections.end()) {
        const auto timeout = int(m_options.acquireTimeout.count());
        if (!m_shared->permits.tryAcquire(1, timeout))
            return StorageError::make(ErrorKind::Timeout,
                QStringLiteral("All %1 database connections are in use; waited %2 ms for one")
                    .arg(m_options.maxConnections)
                    .arg(timeout));
        auto tc = std::make_unique<ThreadConnection>();
        tc->name = QStringLiteral("catalog-%1-%2")
                       .arg(m_shared->id)
                       .arg(quintptr(QThread::currentThreadId()), 0, 16);
        tc->sharedKeepAlive = m_shared;
        tc->permits = &m_shared->permits;
        tc->open = &m_shared->open;
        tc->retired = &m_shared->retired;
        m_shared->open.fetch_add(1);
        QSqlDatabase::addDatabase(m_config.driverName(), tc->name);
        it = connections.emplace(m_shared->id, std::move(tc)).first;
    }
    QSqlDatabase db = QSqlDatabase::database(it->second->name, false);
    if (!db.isValid())
        return StorageError::make(ErrorKind::Internal,
            QStringLiteral("The Qt SQL driver %1 is not available; install it (Debian: %2)")
                .arg(m_config.driverName(),
                    m_config.engine == Engine::PostgreSQL ? QStringLiteral("libqt6sql6-psql")
                                                          : QStringLiteral("libqt6sql6-sqlite")));
    if (!db.isOpen()) {
        sql::forgetStatements(db); // prepared in a session that is gone
        if (StorageError error = openConnection(db); !error.ok())
            return error;
    }
    return db;
}

bool ConnectionManager::shouldRetry(QSqlDatabase &db, StorageError &error)
{
    if (error.kind == ErrorKind::CommitUnknown || error.kind == ErrorKind::Validation
        || error.kind == ErrorKind::Conflict || error.kind == ErrorKind::NotFound)
        return false;
    if (m_dialect->isConnectionLost(db, QSqlError())) {
        qCWarning(lcStorage) << "connection to" << m_config.displayName() << "lost:" << redactSecrets(error.detail);
        error.kind = ErrorKind::ConnectionLost;
        sql::forgetStatements(db);
        db.close();
        return true;
    }
    return error.kind == ErrorKind::Busy || error.kind == ErrorKind::ConnectionLost;
}

void ConnectionManager::backoff(int attempt, const StorageError &reason) const
{
    const qint64 base = m_options.initialBackoff.count() << qMin(attempt - 1, 16);
    const qint64 capped = qMin<qint64>(base, m_options.maxBackoff.count());
    thread_local std::minstd_rand jitterSource(std::random_device {}());
    const qint64 delay = capped / 2 + qint64(jitterSource() % quint64(capped / 2 + 1));
    qCDebug(lcStorage) << "retry" << attempt << "in" << delay << "ms after" << errorKindName(reason.kind);
    QThread::msleep(quint64(delay));
}

StorageError ConnectionManager::runStatus(const std::function<StorageError(QSqlDatabase &)> &work)
{
    StorageError last;
    for (int attempt = 0; attempt < m_options.maxAttempts; ++attempt) {
        if (attempt > 0)
            backoff(attempt, last);
        Result<QSqlDatabase> db = connection();
        if (!db) {
            last = db.error();
            if (!last.isRetryable())
                return last;
            continue;
        }
        last = work(db.value());
        if (last.ok())
            return last;
        if (!shouldRetry(db.value(), last))
            return last;
    }
    last.message = QStringLiteral("%1 (gave up after %2 attempts)").arg(last.message).arg(m_options.maxAttempts);
    return last;
}

HealthReport ConnectionManager::checkHealth()
{
    HealthReport report;
    Result<QSqlDatabase> db = connection();
    if (!db) {
        report.error = db.error().message;
        return report;
    }
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(db.value());
    bool ok = query.exec(QStringLiteral("SELECT 1")) && query.next();
    if (!ok && m_dialect->isConnectionLost(db.value(), query.lastError())) {
        // One immediate reconnect: a health check should report the server, not a stale socket.
        query = QSqlQuery();
        sql::forgetStatements(db.value());
        db.value().close();
        db = connection();
        if (db) {
            timer.restart();
            query = QSqlQuery(db.value());
            ok = query.exec(QStringLiteral("SELECT 1")) && query.next();
        }
    }
    report.latencyMicros = timer.nsecsElapsed() / 1000;
    if (!ok) {
        report.error = db ? query.lastError().text() : db.error().message;
        return report;
    }
    const QString versionSql = m_config.engine == Engine::PostgreSQL
        ? QStringLiteral("SHOW server_version")
        : QStringLiteral("SELECT sqlite_version()");
    if (query.exec(versionSql) && query.next())
        report.serverVersion = query.value(0).toString();
    if (m_config.engine == Engine::PostgreSQL && query.exec(QStringLiteral("SELECT pg_is_in_recovery()"))
        && query.next())
        report.inRecovery = query.value(0).toBool();
    report.healthy = true;
    return report;
}

} // namespace catalog
