#pragma once

#include "config/connectionconfig.h"
#include "db/serverendpoint.h"
#include "db/sqldialect.h"
#include "core/storageerror.h"

#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

class QSqlDatabase;
class QThreadPool;

namespace catalog {

class ReadRouter;

struct HealthReport
{
    bool healthy = false;
    qint64 latencyMicros = 0; // round trip of a trivial query
    QString serverVersion;
    bool inRecovery = false; // PostgreSQL standby (read-only): writes will be refused
    ServerEndpoint server; // the server actually reached (of several hosts, the one libpq chose)
    QString error;
};

// Hands every thread its own QSqlDatabase connection (QtSql connections may not cross threads).
// A thread's connection is opened on first use, kept while the thread lives, and closed and
// removed when the thread exits or calls releaseThreadConnection(). At most maxConnections are
// open at once; a thread that needs one beyond that waits up to acquireTimeout.
//
// run() executes one unit of work (normally one transaction) and re-runs it, with exponential
// backoff, when the server went away or the engine reported a deadlock, serialization failure
// or busy database. A login the server refuses (wrong password, no pg_hba.conf entry) is
// ErrorKind::Permission and fails at once. A connection lost during COMMIT is reported as
// ErrorKind::CommitUnknown and never retried, because the commit may have happened.
// A reconnect opens the same connection string again, so with several hosts libpq walks its host
// list anew and keeps the one that matches target_session_attrs: after a failover the retries land
// on the promoted standby. reachedServer() says which server the latest connection reached.
//
// Ownership and shutdown: work that needs a connection off the GUI thread runs on the manager's
// own workers() (QtConcurrent::run(&connections.workers(), ...)); they keep their connection
// between tasks. shutdown(), also done by the destructor, refuses new connections, waits for the
// workers' tasks (after shutdownGrace it cancels the PostgreSQL statements still running, so a
// long query cannot hold the quit up), joins the workers — each closes its connection as it
// ends — and closes the calling thread's connection. Threads the manager does not own (a model's
// JobPool, a test's std::thread) must end or releaseThreadConnection() before it goes: one still
// holding a connection then is a shutdown-order bug, logged as a warning. liveConnections() counts
// the process's open connections, 0 once everything is shut down (the tests check it at exit).
//
// Thread-safe. The manager must outlive every call into it.
class ConnectionManager
{
public:
    struct Options
    {
        int maxConnections = 32;
        std::chrono::milliseconds acquireTimeout { 10000 };
        int maxAttempts = 6; // first try plus retries
        std::chrono::milliseconds initialBackoff { 100 };
        std::chrono::milliseconds maxBackoff { 3000 };
        int maxWorkers = 8; // threads of workers(): jobs, health checks, look-ups
        std::chrono::milliseconds shutdownGrace { 3000 }; // before running statements are cancelled
    };

    explicit ConnectionManager(ConnectionConfig config);
    ConnectionManager(ConnectionConfig config, Options options);
    ~ConnectionManager();
    ConnectionManager(const ConnectionManager &) = delete;
    ConnectionManager &operator=(const ConnectionManager &) = delete;

    const ConnectionConfig &config() const { return m_config; }
    const SqlDialect &dialect() const { return *m_dialect; }
    const Options &options() const { return m_options; }
    // Who is making changes, recorded as updated_by and in the history tables. Defaults to the OS
    // user; set it once before the manager is shared between threads.
    const QString &actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor.left(100); }

    // This thread's open connection, opening (or reopening) it if needed.
    Result<QSqlDatabase> connection();
    void releaseThreadConnection();
    // Statements every connection runs after the dialect's session setup: connections already open
    // run the new list before their next use, later ones when they open (per-connection settings
    // such as a PRAGMA; the outage tests cap SQLite's max_page_count with it). Thread-safe.
    void setExtraSessionStatements(const QStringList &statements);
    int openConnections() const;
    // The server the most recently opened connection reached, and its role (known is false before
    // the first). With several hosts this is libpq's choice, and it changes after a failover.
    ServerEndpoint reachedServer() const;
    // displayName(), and once a connection is open the server it reached: for messages and titles.
    QString describe() const;
    // Connections open in this process, of every manager.
    static int liveConnections();

    // The manager's worker threads, for database work off the GUI thread.
    QThreadPool &workers();
    // Stops the workers and closes the connections (see above); idempotent. Afterwards
    // connection() fails with ErrorKind::Cancelled.
    void shutdown();
    bool isShutDown() const;

    template <typename T> Result<T> run(const std::function<Result<T>(QSqlDatabase &)> &work)
    {
        std::optional<Result<T>> outcome;
        const StorageError error = runStatus([&](QSqlDatabase &db) -> StorageError {
            Result<T> result = work(db);
            if (!result)
                return result.error();
            outcome.emplace(std::move(result));
            return {};
        });
        if (!error.ok())
            return error;
        return std::move(*outcome);
    }
    StorageError runStatus(const std::function<StorageError(QSqlDatabase &)> &work);

    HealthReport checkHealth();

    // The router of reads to a standby (ReadRouter::attach()), owned by this manager and shut down
    // with it; nullptr when there is no read server. Set it before the manager is shared.
    ReadRouter *readRouter() const { return m_readRouter.get(); }
    void setReadRouter(std::unique_ptr<ReadRouter> router);

    // Internal: what a manager's connections share with it (they may outlive it on other threads).
    struct Shared;

private:
    bool shouldRetry(QSqlDatabase &db, StorageError &error);
    void backoff(int attempt, const StorageError &reason) const;
    StorageError openConnection(QSqlDatabase &db);
    void cancelRunningStatements();
    StorageError applyExtraSessionStatements(QSqlDatabase &db, int &appliedVersion);
    void rememberServer(QSqlDatabase &db);
    StorageError describeDiskFull(StorageError error) const;

    ConnectionConfig m_config;
    Options m_options;
    std::unique_ptr<SqlDialect> m_dialect;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThreadPool> m_workers;
    QString m_actor;
    std::unique_ptr<ReadRouter> m_readRouter;
};

} // namespace catalog
