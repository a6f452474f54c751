#include "db/readrouter.h"

#include "config/readserversettings.h"
#include "core/storagelog_p.h"
#include "db/connectionmanager.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace catalog {

namespace {

std::atomic<quint64> s_committedWrites { 0 };

// "16/B374D848" → 0x16B374D848; nullopt for NULL or anything else.
std::optional<quint64> parseWalPosition(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QStringList parts = value.toString().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okHigh = false;
    bool okLow = false;
    const quint64 high = parts.at(0).toULongLong(&okHigh, 16);
    const quint64 low = parts.at(1).toULongLong(&okLow, 16);
    if (!okHigh || !okLow)
        return std::nullopt;
    return (high << 32) | low;
}

// A hot standby cancels a read whose snapshot still needs rows that replay removes; PostgreSQL
// reports it as a serialization failure or a deadlock "due to conflict with recovery".
bool isRecoveryConflict(const StorageError &error)
{
    return error.sqlState == QLatin1String("40001") || error.sqlState == QLatin1String("40P01")
        || error.detail.contains(QLatin1String("conflict with recovery"));
}

// Errors of the read server rather than of the query: the same read may succeed on the primary.
bool isReadServerFailure(const StorageError &error)
{
    switch (error.kind) {
    case ErrorKind::ConnectionLost:
    case ErrorKind::Permission:
    case ErrorKind::Internal:
        return true;
    default:
        return false;
    }
}

QString serverName(const QVariant &host, const QVariant &port, const ConnectionConfig &config)
{
    const QString name = host.isNull() ? (config.host.isEmpty() ? QStringLiteral("local socket") : config.host)
                                       : host.toString();
    const int number = port.isNull() ? (config.port > 0 ? config.port : 5432) : port.toInt();
    return QStringLiteral("%1:%2").arg(name).arg(number);
}

ConnectionConfig readServerConfig(const ConnectionConfig &primary, ConnectionConfig read)
{
    // A read server given as host:port only means "the same database, as the same user".
    if (read.database.isEmpty())
        read.database = primary.database;
    if (read.user.isEmpty())
        read.user = primary.user;
    if (read.password.isEmpty() && read.user == primary.user)
        read.password = primary.password;
    // An unreachable standby must cost seconds, not libpq's unlimited wait.
    if (!read.options.contains(QStringLiteral("connect_timeout")))
        read.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    return read;
}

ConnectionManager::Options standbyOptions()
{
    ConnectionManager::Options options;
    options.maxAttempts = 1; // the router retries, and falls back to the primary
    options.maxWorkers = 2;
    options.acquireTimeout = std::chrono::milliseconds(5000);
    return options;
}

struct ServerPosition
{
    QString name;
    bool inRecovery = false;
    std::optional<quint64> position; // insert position on a primary, replay position on a standby
    std::optional<double> lagSeconds;
};

Result<ServerPosition> readPosition(ConnectionManager &connections)
{
    return connections.run<ServerPosition>([&](QSqlDatabase &db) -> Result<ServerPosition> {
        QSqlQuery query(db);
        const bool ok = query.exec(QStringLiteral(
            "SELECT host(inet_server_addr()), inet_server_port(), pg_is_in_recovery(),"
            " CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_insert_lsn() END::text,"
            " CASE WHEN NOT pg_is_in_recovery() THEN NULL"
            "      WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0"
            "      ELSE EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) END"));
        if (!ok || !query.next())
            return sqlError(query.lastError(), connections.dialect(),
                QCoreApplication::translate("ReadRouter", "Cannot read the WAL position of %1")
                    .arg(connections.config().displayName()));
        ServerPosition position;
        position.name = serverName(query.value(0), query.value(1), connections.config());
        position.inRecovery = query.value(2).toBool();
        position.position = parseWalPosition(query.value(3));
        if (!query.value(4).isNull())
            position.lagSeconds = query.value(4).toDouble();
        return position;
    });
}

} // namespace

ReadRouter::ReadRouter(ConnectionManager &primary, const ConnectionConfig &readConfig)
    : ReadRouter(primary, readConfig, Options {})
{
}

ReadRouter::ReadRouter(ConnectionManager &primary, const ConnectionConfig &readConfig, Options options)
    : m_primary(primary)
    , m_standby(std::make_unique<ConnectionManager>(readServerConfig(primary.config(), readConfig), standbyOptions()))
    , m_options(options)
{
    m_standby->setActor(primary.actor());
    m_status.configured = true;
    m_status.primaryName = serverName({}, {}, primary.config());
    m_status.standbyName = serverName({}, {}, m_standby->config());
}

ReadRouter::~ReadRouter()
{
    shutdown();
}

StorageError ReadRouter::attach(ConnectionManager &primary, const QString &readUrl)
{
    return attach(primary, readUrl, Options {});
}

StorageError ReadRouter::attach(ConnectionManager &primary, const QString &readUrl, Options options)
{
    if (readUrl.trimmed().isEmpty())
        return {};
    const Result<ConnectionConfig> config = ConnectionConfig::fromUrl(readUrl.trimmed());
    if (!config)
        return config.error();
    if (config->engine != Engine::PostgreSQL || primary.config().engine != Engine::PostgreSQL)
        return StorageError::make(ErrorKind::Validation,
            QCoreApplication::translate("ReadRouter",
                "A read server is a PostgreSQL standby of a PostgreSQL primary; "
                "%1 cannot read from %2")
                .arg(primary.config().displayName(), config->displayName()));
    primary.setReadRouter(std::make_unique<ReadRouter>(primary, config.value(), options));
    return {};
}

StorageError ReadRouter::attachConfigured(ConnectionManager &primary, const QString &flagUrl)
{
    if (primary.config().engine != Engine::PostgreSQL && flagUrl.isEmpty())
        return {}; // a saved or inherited read server means nothing to a SQLite file
    return attach(primary,
        ReadServerSettings::resolve(flagUrl, QProcessEnvironment::systemEnvironment(),
            ReadServerSettings().readUrlFor(primary.config())));
}

ReadRouter *ReadRouter::of(ConnectionManager &primary)
{
    return primary.readRouter();
}

ConnectionManager &ReadRouter::readManager(ConnectionManager &primary)
{
    ReadRouter *router = of(primary);
    return router ? router->choose() : primary;
}

void ReadRouter::noteWrite()
{
    s_committedWrites.fetch_add(1, std::memory_order_release);
}

void ReadRouter::shutdown()
{
    if (m_standby)
        m_standby->shutdown();
}

void ReadRouter::route(const std::function<StorageError(ConnectionManager &)> &work)
{
    for (int attempt = 0;; ++attempt) {
        ConnectionManager &connections = choose();
        const StorageError error = work(connections);
        if (error.ok() || &connections == &m_primary)
            return;
        if (isRecoveryConflict(error)) {
            if (attempt < m_options.conflictRetries) {
                qCInfo(lcStorage) << "read cancelled by a conflict with recovery on" << status().standbyName
                                  << "- retrying:" << error.detail;
                QThread::msleep(quint64(m_options.conflictBackoff.count()) << attempt);
                continue;
            }
            noteFallback(QCoreApplication::translate("ReadRouter",
                "Replication conflicts cancelled a read on the standby (%1 attempts); "
                "it was read from the primary")
                             .arg(attempt + 1));
        } else if (isReadServerFailure(error)) {
            markDown(QCoreApplication::translate(
                "ReadRouter", "The read server %1 failed (%2); reading from the primary")
                         .arg(status().standbyName, error.message));
        } else {
            return; // the query's own error (a timeout, a bad filter): the same on the primary
        }
        work(m_primary);
        return;
    }
}

ConnectionManager &ReadRouter::choose()
{
    using Clock = std::chrono::steady_clock;
    std::unique_lock lock(m_mutex);
    const Clock::time_point now = Clock::now();
    if (m_role == Role::Down && now - m_downSince >= m_options.retryDownAfter)
        m_role = Role::Unknown;
    if (m_role == Role::Down || m_role == Role::NotStandby)
        return m_primary;
    const quint64 writes = s_committedWrites.load(std::memory_order_acquire);
    const bool captured = m_role == Role::Standby && m_seenWrites == writes;
    if (captured && m_replayedLsn >= m_targetLsn) {
        m_status.readsFrom = Server::Standby;
        m_status.waitingForReplay = false;
        return *m_standby;
    }
    // Someone is checking, or checked a moment ago: the primary has every write meanwhile.
    if (m_checking || (m_role == Role::Standby && now - m_lastCheck < m_options.replayCheckInterval)) {
        m_status.readsFrom = Server::Primary;
        return m_primary;
    }
    m_checking = true;
    m_lastCheck = now;
    lock.unlock();
    const bool caughtUp = standbyCaughtUp();
    lock.lock();
    m_checking = false;
    m_status.readsFrom = caughtUp ? Server::Standby : Server::Primary;
    return caughtUp ? *m_standby : m_primary;
}

// Called with m_checking set and the mutex free: queries the servers, then stores what it saw.
bool ReadRouter::standbyCaughtUp()
{
    const quint64 writes = s_committedWrites.load(std::memory_order_acquire);
    std::optional<quint64> target;
    {
        const std::lock_guard lock(m_mutex);
        if (m_seenWrites == writes && m_targetLsn > 0)
            target = m_targetLsn;
    }
    if (!target) {
        // Read after the commit, so at or past the commit's own WAL record.
        const Result<ServerPosition> primary = readPosition(m_primary);
        if (!primary || !primary->position || primary->inRecovery)
            return false;
        target = primary->position;
    }
    const std::optional<quint64> replayed = checkStandby();
    if (!replayed)
        return false;
    const std::lock_guard lock(m_mutex);
    m_seenWrites = writes;
    m_targetLsn = *target;
    m_replayedLsn = *replayed;
    const bool caughtUp = m_replayedLsn >= m_targetLsn;
    m_status.waitingForReplay = !caughtUp;
    return caughtUp;
}

std::optional<quint64> ReadRouter::checkStandby()
{
    const Result<ServerPosition> standby = readPosition(*m_standby);
    if (!standby) {
        markDown(QCoreApplication::translate(
            "ReadRouter", "The read server %1 cannot be reached (%2); reading from the primary")
                     .arg(status().standbyName, standby.error().message));
        return std::nullopt;
    }
    const std::lock_guard lock(m_mutex);
    m_status.standbyName = standby->name;
    m_status.standbyReachable = true;
    m_status.standbyIsStandby = standby->inRecovery;
    m_status.lagSeconds = standby->lagSeconds;
    if (!standby->inRecovery) {
        // A server that takes writes of its own (promoted, or never a standby of this primary)
        // could show another catalog than the one being written.
        m_role = Role::NotStandby;
        m_status.readsFrom = Server::Primary;
        m_status.note = QCoreApplication::translate(
            "ReadRouter", "The read server %1 is not a standby (it accepts writes); reading from the primary")
                            .arg(standby->name);
        qCWarning(lcStorage).noquote() << m_status.note;
        return std::nullopt;
    }
    if (m_role != Role::Standby)
        m_status.note.clear();
    m_role = Role::Standby;
    return standby->position.value_or(0);
}

void ReadRouter::markDown(const QString &note)
{
    const std::lock_guard lock(m_mutex);
    m_role = Role::Down;
    m_downSince = std::chrono::steady_clock::now();
    m_status.standbyReachable = false;
    m_status.readsFrom = Server::Primary;
    m_status.note = note;
    qCWarning(lcStorage).noquote() << note;
}

void ReadRouter::noteFallback(const QString &note)
{
    const std::lock_guard lock(m_mutex);
    m_status.note = note;
    m_status.readsFrom = Server::Primary;
    qCInfo(lcStorage).noquote() << note;
}

ReadRouter::Status ReadRouter::probe()
{
    const quint64 writes = s_committedWrites.load(std::memory_order_acquire);
    const Result<ServerPosition> primary = readPosition(m_primary);
    {
        const std::lock_guard lock(m_mutex);
        if (primary)
            m_status.primaryName = primary->name;
        if (m_role == Role::Down || m_role == Role::NotStandby)
            m_role = Role::Unknown; // asked again: a standby back, or a server that is one now
    }
    const std::optional<quint64> replayed = checkStandby();
    const std::lock_guard lock(m_mutex);
    m_status.lagBytes.reset();
    if (!replayed)
        return m_status;
    if (primary && primary->position && !primary->inRecovery) {
        m_status.lagBytes = qMax<qint64>(0, qint64(*primary->position) - qint64(*replayed));
        // Our commits not captured yet: the primary's position, read after them, covers them.
        if (!m_checking && m_seenWrites != writes) {
            m_seenWrites = writes;
            m_targetLsn = *primary->position;
        }
    }
    m_replayedLsn = qMax(m_replayedLsn, *replayed);
    if (m_seenWrites == s_committedWrites.load(std::memory_order_acquire) && m_replayedLsn >= m_targetLsn) {
        m_status.readsFrom = Server::Standby;
        m_status.waitingForReplay = false;
    }
    return m_status;
}

ReadRouter::Status ReadRouter::status() const
{
    const std::lock_guard lock(m_mutex);
    return m_status;
}

} // namespace catalog
