#include "db/connectionmanager.h"

#include "config/logfile.h"
#include "db/readrouter.h"
#include "db/sqlhelpers_p.h"
#include "core/storagelog_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QThreadStorage>

#include <atomic>
#include <map>
#include <mutex>
#include <random>
#include <set>

namespace catalog {

struct ConnectionManager::Shared
{
    explicit Shared(int max)
        : permits(max)
    {
    }
    QSemaphore permits;
    std::atomic<int> open { 0 };
    std::atomic<bool> shutDown { false };
    quint64 id = 0;
    // PostgreSQL backend process ids of the open connections, for cancelling at shutdown.
    std::mutex pidsMutex;
    std::multiset<int> backendPids;

    void forgetPid(int pid)
    {
        if (pid <= 0)
            return;
        const std::lock_guard lock(pidsMutex);
        if (auto it = backendPids.find(pid); it != backendPids.end())
            backendPids.erase(it);
    }
    mutable std::mutex serverMutex;
    ServerEndpoint server;
    std::mutex extraMutex;
    QStringList extraStatements;
    std::atomic<int> extraVersion { 0 };
};

namespace {

std::atomic<quint64> s_nextManagerId { 1 };
std::atomic<int> s_liveConnections { 0 };

// One connection of one manager on one thread. Destroyed on the thread that owns it (at thread
// exit through thread_local storage, or by releaseThreadConnection()).
struct ThreadConnection
{
    QString name;
    std::shared_ptr<ConnectionManager::Shared> shared;
    int backendPid = 0;
    int extraVersion = 0; // of ConnectionManager::setExtraSessionStatements() this session ran

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
        shared->forgetPid(backendPid);
        shared->open.fetch_sub(1);
        s_liveConnections.fetch_sub(1);
        shared->permits.release();
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

// Remembers the session's server process, so that shutdown can cancel what it runs.
void rememberBackendPid(QSqlDatabase &db, ThreadConnection &tc)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next()) {
        // Only a cancel at shutdown needs it; the work that follows meets a broken session itself.
        qCWarning(lcStorage) << "cannot read the backend process id:" << query.lastError().text();
        return;
    }
    tc.backendPid = query.value(0).toInt();
    const std::lock_guard lock(tc.shared->pidsMutex);
    tc.shared->backendPids.insert(tc.backendPid);
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
    m_workers = std::make_unique<QThreadPool>();
    m_workers->setObjectName(QStringLiteral("catalog-db-workers"));
    m_workers->setMaxThreadCount(qMax(1, m_options.maxWorkers));
}

ConnectionManager::~ConnectionManager()
{
    shutdown();
}

int ConnectionManager::openConnections() const
{
    return m_shared->open.load();
}

int ConnectionManager::liveConnections()
{
    return s_liveConnections.load();
}

QThreadPool &ConnectionManager::workers()
{
    return *m_workers;
}

bool ConnectionManager::isShutDown() const
{
    return m_shared->shutDown.load();
}

void ConnectionManager::shutdown()
{
    if (m_shared->shutDown.exchange(true))
        return;
    // Queued tasks still run, and fail at once (connection() refuses): clear() would drop them and
    // leave their QFutures unfinished, so whoever waits on one would wait for ever.
    if (!m_workers->waitForDone(int(m_options.shutdownGrace.count()))) {
        qCWarning(lcStorage) << "database work still running after" << m_options.shutdownGrace.count()
                             << "ms at shutdown of" << m_config.displayName()
                             << "- cancelling its statements";
        cancelRunningStatements();
        m_workers->waitForDone();
    }
    // Destroying the pool joins its threads, and each closes its connection as it ends. A fresh
    // pool keeps workers() valid; what is started on it fails at once (connection() refuses).
    m_workers = std::make_unique<QThreadPool>();
    releaseThreadConnection();
    // After the workers are joined: their standby connections (status probes, routed reads) have
    // closed with them.
    if (m_readRouter)
        m_readRouter->shutdown();
    if (const int open = m_shared->open.load(); open > 0)
        qCWarning(lcStorage) << open << "connections of" << m_config.displayName()
                             << "are still open on threads the manager does not own at its shutdown;"
                                " they close when those threads end";
}

// Asks the server to cancel whatever the manager's sessions are running (idle ones ignore it),
// through a connection of its own: the workers' are busy and must not cross threads.
void ConnectionManager::cancelRunningStatements()
{
    if (m_config.engine != Engine::PostgreSQL)
        return;
    std::set<int> pids;
    {
        const std::lock_guard lock(m_shared->pidsMutex);
        pids.insert(m_shared->backendPids.begin(), m_shared->backendPids.end());
    }
    if (pids.empty())
        return;
    const QString name = QStringLiteral("catalog-%1-cancel").arg(m_shared->id);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_config.driverName(), name);
        if (const StorageError error = openConnection(db); !error.ok()) {
            qCWarning(lcStorage) << "cannot cancel the running statements:" << redactSecrets(error.message);
        } else {
            QSqlQuery query(db);
            for (const int pid : pids) {
                if (!query.exec(QStringLiteral("SELECT pg_cancel_backend(%1)").arg(pid)))
                    qCWarning(lcStorage) << "cannot cancel backend" << pid << ":" << query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void ConnectionManager::setReadRouter(std::unique_ptr<ReadRouter> router)
{
    m_readRouter = std::move(router);
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
                QCoreApplication::translate(
                    "ConnectionManager", "Cannot create the folder %1 for the SQLite database")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        db.setDatabaseName(m_config.sqlitePath);
    } else {
        // Several hosts go to libpq as its lists (the ports in the connect options), so libpq
        // chooses the server by target_session_attrs, also on every reconnect after a failover.
        db.setHostName(m_config.libpqHostList());
        if (m_config.port > 0 && !m_config.isMultiHost())
            db.setPort(m_config.port);
        db.setDatabaseName(m_config.database);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    }
    db.setConnectOptions(m_dialect->driverConnectOptions(m_config));
    if (!db.open()) {
        StorageError error = sqlError(db.lastError(), *m_dialect,
            QCoreApplication::translate("ConnectionManager", "Cannot connect to %1")
                .arg(m_config.displayName()));
        if (isAuthenticationFailure(error)) {
            error.kind = ErrorKind::Permission;
            error.message += QCoreApplication::translate(
                "ConnectionManager", " (not retried: check the user name and the password)");
        } else if (error.kind != ErrorKind::Permission) {
            error.kind = ErrorKind::ConnectionLost;
        }
        return error;
    }
    QSqlQuery query(db);
    for (const QString &statement : m_dialect->sessionSetup(m_config)) {
        if (!query.exec(statement)) {
            StorageError error = sqlError(query.lastError(), *m_dialect,
                QCoreApplication::translate("ConnectionManager", "Cannot prepare the session (%1)")
                    .arg(statement));
            db.close();
            return error;
        }
    }
    return {};
}

Result<QSqlDatabase> ConnectionManager::connection()
{
    if (m_shared->shutDown.load())
        return StorageError::make(ErrorKind::Cancelled,
            QCoreApplication::translate("ConnectionManager", "The connection to %1 is shutting down")
                .arg(m_config.displayName()));
    ThreadConnections &connections = threadConnections();
    // A long-lived thread the manager did not own (see shutdown()) would otherwise keep the
    // connections of every manager it served until it exits: one more open file or socket per such
    // thread at each reconnect of an all-day session (found by tests/soak).
    std::erase_if(connections, [](const auto &entry) { return entry.second->shared->shutDown.load(); });
    auto it = connections.find(m_shared->id);
    if (it == connections.end()) {
        const auto timeout = int(m_options.acquireTimeout.count());
        if (!m_shared->permits.tryAcquire(1, timeout))
            return StorageError::make(ErrorKind::Timeout,
                QCoreApplication::translate("ConnectionManager",
                    "All %1 database connections are in use; waited %2 ms for one (raise DB_POOL_SIZE or "
                    "DB_POOL_TIMEOUT)")
                    .arg(m_options.maxConnections)
                    .arg(timeout));
        auto tc = std::make_unique<ThreadConnection>();
        tc->name = QStringLiteral("catalog-%1-%2")
                       .arg(m_shared->id)
                       .arg(quintptr(QThread::currentThreadId()), 0, 16);
        tc->shared = m_shared;
        m_shared->open.fetch_add(1);
        s_liveConnections.fetch_add(1);
        QSqlDatabase::addDatabase(m_config.driverName(), tc->name);
        it = connections.emplace(m_shared->id, std::move(tc)).first;
    }
    QSqlDatabase db = QSqlDatabase::database(it->second->name, false);
    if (!db.isValid())
        return StorageError::make(ErrorKind::Internal,
            QCoreApplication::translate(
                "ConnectionManager", "The Qt SQL driver %1 is not available; install it (Debian: %2)")
                .arg(m_config.driverName(),
                    m_config.engine == Engine::PostgreSQL ? QStringLiteral("libqt6sql6-psql")
                                                          : QStringLiteral("libqt6sql6-sqlite")));
    if (!db.isOpen()) {
        sql::forgetStatements(db); // prepared in a session that is gone
        ThreadConnection &tc = *it->second;
        m_shared->forgetPid(std::exchange(tc.backendPid, 0));
        if (StorageError error = openConnection(db); !error.ok())
            return error;
        tc.extraVersion = 0;
        rememberBackendPid(db, tc);
        rememberServer(db);
    }
    if (StorageError error = applyExtraSessionStatements(db, it->second->extraVersion); !error.ok())
        return error;
    return db;
}

void ConnectionManager::rememberServer(QSqlDatabase &db)
{
    Result<ServerEndpoint> server = ServerEndpoint::read(db, *m_dialect);
    if (!server) {
        // Only what is shown depends on it; the work that follows meets a broken session itself.
        qCWarning(lcStorage).noquote() << server.error().toString();
        return;
    }
    const std::lock_guard lock(m_shared->serverMutex);
    if (m_shared->server.known && m_shared->server.text() != server->text())
        qCInfo(lcStorage).noquote() << "now connected to" << server->text() << "of" << m_config.displayName()
                                    << "(was" << m_shared->server.text() + u')';
    m_shared->server = server.value();
}

ServerEndpoint ConnectionManager::reachedServer() const
{
    const std::lock_guard lock(m_shared->serverMutex);
    return m_shared->server;
}

QString ConnectionManager::describe() const
{
    const ServerEndpoint server = reachedServer();
    if (!server.known || server.file)
        return m_config.displayName();
    return QCoreApplication::translate("ConnectionManager", "%1 — server %2")
        .arg(m_config.displayName(), server.text());
}

void ConnectionManager::setExtraSessionStatements(const QStringList &statements)
{
    const std::lock_guard lock(m_shared->extraMutex);
    m_shared->extraStatements = statements;
    m_shared->extraVersion.fetch_add(1);
}

StorageError ConnectionManager::applyExtraSessionStatements(QSqlDatabase &db, int &appliedVersion)
{
    if (appliedVersion == m_shared->extraVersion.load())
        return {};
    QStringList statements;
    int version = 0;
    {
        const std::lock_guard lock(m_shared->extraMutex);
        statements = m_shared->extraStatements;
        version = m_shared->extraVersion.load();
    }
    QSqlQuery query(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return sqlError(query.lastError(), *m_dialect,
                QCoreApplication::translate("ConnectionManager", "Cannot prepare the session (%1)")
                    .arg(statement));
    }
    appliedVersion = version;
    return {};
}

StorageError ConnectionManager::describeDiskFull(StorageError error) const
{
    // The operator has to know which disk to clear: for SQLite it is the one holding the file.
    if (error.kind == ErrorKind::DiskFull && m_config.engine == Engine::SQLite)
        error.message += QCoreApplication::translate("ConnectionManager", " — database file: %1")
                             .arg(QDir::toNativeSeparators(m_config.sqlitePath));
    return error;
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
        if (attempt > 0 && m_shared->shutDown.load())
            return last; // quitting: a retry would only hold the shutdown up
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
            return describeDiskFull(std::move(last));
    }
    last.message = QCoreApplication::translate("ConnectionManager", "%1 (gave up after %2 attempts)")
                       .arg(last.message)
                       .arg(m_options.maxAttempts);
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
    if (Result<ServerEndpoint> server = ServerEndpoint::read(db.value(), *m_dialect); server) {
        report.server = server.value();
        report.inRecovery = server->standby;
    }
    report.healthy = true;
    return report;
}

} // namespace catalog
