#pragma once

#include "config/connectionconfig.h"
#include "core/storageerror.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace catalog {

class ConnectionManager;

// Where the reads of browsing, counts, statistics, quality and exports go: to a hot standby
// given as the read server, or to the primary. Every write goes to the primary's manager as
// before; only code that asks for a read handle (read(), readManager()) is ever routed here, so
// the routing is decided in this one class.
//
// The standby is used only while it is a standby (pg_is_in_recovery()) and reachable; otherwise
// reads fall back to the primary and status().note says why, in words for the operator (the GUI shows
// it in the status bar, catalogctl on stderr). An unreachable standby is tried again after
// Options::retryDownAfter, or at the next probe().
//
// Read-your-writes: every committed write of the process bumps a counter (noteWrite(), called by
// Transaction::commit and, for the writes that commit on their own — the job journal's rows, an
// image's removal —, by sql::exec() for every statement that changes data; code that writes any
// other way calls it too). The next read after a write captures the primary's
// pg_current_wal_insert_lsn() and reads from the primary until the standby's
// pg_last_wal_replay_lsn() has reached it. While waiting it checks at most once per
// Options::replayCheckInterval; once caught up it queries nothing more until the next write.
//
// A read cancelled on the standby by a recovery conflict (SQLSTATE 40001/40P01, "canceling
// statement due to conflict with recovery") is retried Options::conflictRetries times, then run
// on the primary; the operator never sees that error.
//
// Ownership: attach() gives the router to the primary's ConnectionManager, which owns it; the
// router owns the standby's ConnectionManager and shuts it down with the primary's. Thread-safe:
// any thread may read through it; each thread gets its own standby connection from the standby's
// manager, as from any manager.
class ReadRouter
{
public:
    struct Options
    {
        std::chrono::milliseconds replayCheckInterval { 250 };
        int conflictRetries = 3;
        std::chrono::milliseconds conflictBackoff { 50 };
        std::chrono::milliseconds retryDownAfter { 30000 };
    };

    enum class Server { Primary, Standby };

    // What the status bar and catalogctl show.
    struct Status
    {
        bool configured = false; // a read server was given
        QString primaryName; // "127.0.0.1:5432"
        QString standbyName;
        Server readsFrom = Server::Primary;
        bool standbyReachable = false;
        bool standbyIsStandby = false;
        bool waitingForReplay = false; // own writes not replayed yet: reads on the primary
        std::optional<qint64> lagBytes; // primary's insert position minus the standby's replay
        std::optional<double> lagSeconds; // since the last transaction the standby replayed
        QString note; // why reads are on the primary although a read server is configured
    };

    ReadRouter(ConnectionManager &primary, const ConnectionConfig &readConfig);
    ReadRouter(ConnectionManager &primary, const ConnectionConfig &readConfig, Options options);
    ~ReadRouter();
    ReadRouter(const ReadRouter &) = delete;
    ReadRouter &operator=(const ReadRouter &) = delete;

    // Gives `primary` a router reading from `readConfig` (an empty URL: none). Call before the
    // manager is shared between threads. A URL that cannot be parsed is returned as the error.
    static StorageError attach(ConnectionManager &primary, const QString &readUrl);
    static StorageError attach(ConnectionManager &primary, const QString &readUrl, Options options);
    // attach() with the read server the operator configured: `flagUrl` (--read-database), else
    // CATALOG_READ_DATABASE_URL, else the one saved with the connection (ReadServerSettings).
    static StorageError attachConfigured(ConnectionManager &primary, const QString &flagUrl = {});

    // Runs `work` on the manager reads should use now, with the conflict retries and the fallback
    // to the primary described above. Without a router on `primary`, runs it on `primary`.
    template<typename T>
    static Result<T> read(ConnectionManager &primary, const std::function<Result<T>(ConnectionManager &)> &work)
    {
        ReadRouter *router = of(primary);
        if (!router)
            return work(primary);
        std::optional<Result<T>> outcome;
        router->route([&](ConnectionManager &connections) -> StorageError {
            outcome.emplace(work(connections));
            return outcome->ok() ? StorageError {} : outcome->error();
        });
        return std::move(*outcome);
    }
    // The manager for a one-shot read that cannot be retried piecewise (an export streaming to a
    // file): the standby when usable and caught up, else the primary.
    static ConnectionManager &readManager(ConnectionManager &primary);
    // The router attached to `primary`, or nullptr.
    static ReadRouter *of(ConnectionManager &primary);

    // A write committed somewhere in this process: the next read checks the standby's replay.
    static void noteWrite();

    // Checks the standby's role, reachability and lag now (off the GUI thread: it queries both
    // servers). The health probe calls it; status() returns what it found.
    Status probe();
    Status status() const;
    ConnectionManager &primary() const { return m_primary; }
    ConnectionManager &standby() const { return *m_standby; }
    void shutdown();

private:
    void route(const std::function<StorageError(ConnectionManager &)> &work);
    ConnectionManager &choose();
    bool standbyCaughtUp();
    // The standby's replay position, or nullopt (and the note set) when it cannot serve reads.
    std::optional<quint64> checkStandby();
    void markDown(const QString &note);
    void noteFallback(const QString &note);

    ConnectionManager &m_primary;
    std::unique_ptr<ConnectionManager> m_standby;
    Options m_options;

    mutable std::mutex m_mutex;
    enum class Role { Unknown, Standby, NotStandby, Down } m_role = Role::Unknown;
    std::chrono::steady_clock::time_point m_downSince;
    quint64 m_seenWrites = 0; // noteWrite() count the target LSN was captured after
    quint64 m_targetLsn = 0; // the primary's position our own writes reach
    quint64 m_replayedLsn = 0; // the standby's replay position when last checked
    std::chrono::steady_clock::time_point m_lastCheck;
    bool m_checking = false;
    Status m_status;
};

} // namespace catalog
