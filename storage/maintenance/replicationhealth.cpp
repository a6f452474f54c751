#include "maintenance/replicationhealth.h"

#include "db/connectionmanager.h"
#include "db/sqlhelpers_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSettings>

namespace catalog {

namespace {

QString lagText(double seconds)
{
    return seconds < 0
        ? QStringLiteral("-")
        : QCoreApplication::translate("ReplicationHealth", "%1 s").arg(seconds, 0, 'f', seconds < 10 ? 1 : 0);
}

double optionalSeconds(const QVariant &value)
{
    return value.isNull() ? -1.0 : value.toDouble();
}

qint64 optionalBytes(const QVariant &value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

// The standbys streaming from this primary. The lags are intervals PostgreSQL measures itself.
StorageError readStandbys(sql::Query &q, const SqlDialect &d, ReplicationStatus &status)
{
    if (StorageError e = sql::exec(q,
            QStringLiteral(
                "SELECT application_name, coalesce(host(client_addr), 'socket'), state, sync_state, "
                "EXTRACT(EPOCH FROM write_lag)::float8, EXTRACT(EPOCH FROM flush_lag)::float8, "
                "EXTRACT(EPOCH FROM replay_lag)::float8, "
                "pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint "
                "FROM pg_stat_replication ORDER BY application_name, client_addr"),
            {}, d, QCoreApplication::translate("ReplicationHealth", "Cannot read pg_stat_replication"));
        !e.ok())
        return e;
    while (q.next()) {
        ReplicationStatus::Standby s;
        s.name = q.value(0).toString();
        s.address = q.value(1).toString();
        s.state = q.value(2).toString();
        s.syncState = q.value(3).toString();
        s.writeLagSeconds = optionalSeconds(q.value(4));
        s.flushLagSeconds = optionalSeconds(q.value(5));
        s.replayLagSeconds = optionalSeconds(q.value(6));
        s.bytesBehind = optionalBytes(q.value(7));
        status.standbys.append(s);
    }
    return {};
}

// This standby's own lag. An idle primary makes the replay timestamp old without any lag: the lag
// counts only while something received is still waiting to be replayed.
StorageError readOwnLag(sql::Query &q, const SqlDialect &d, ReplicationStatus &status)
{
    if (StorageError e = sql::exec(q,
            QStringLiteral(
                "SELECT CASE WHEN pg_last_wal_receive_lsn() IS NOT NULL "
                "AND pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 "
                "ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8 END, "
                "pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::bigint, "
                "EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming'), "
                "pg_is_wal_replay_paused(), "
                "(SELECT sender_host FROM pg_stat_wal_receiver LIMIT 1), "
                "(SELECT sender_port FROM pg_stat_wal_receiver LIMIT 1)"),
            {}, d, QCoreApplication::translate("ReplicationHealth", "Cannot read the standby's replay position"));
        !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(ErrorKind::Internal,
            QCoreApplication::translate("ReplicationHealth", "The replay query returned no row"));
    status.replayLagSeconds = optionalSeconds(q.value(0));
    status.bytesNotReplayed = optionalBytes(q.value(1));
    status.receiving = q.value(2).toBool();
    status.replayPaused = q.value(3).toBool();
    // NULL unless this role may see the WAL receiver's connection (pg_read_all_stats).
    const QString host = q.value(4).toString();
    if (!host.isEmpty()) {
        // A socket directory names nothing an operator elsewhere could use; the port still helps.
        status.upstream = host.startsWith(u'/')
            ? QCoreApplication::translate("ReplicationHealth", "local socket, port %1").arg(q.value(5).toInt())
            : QStringLiteral("%1:%2").arg(host).arg(q.value(5).toInt());
    }
    return {};
}

} // namespace

QJsonObject ReplicationStatus::toJson() const
{
    QJsonArray list;
    for (const Standby &s : standbys)
        list.append(QJsonObject { { QStringLiteral("name"), s.name }, { QStringLiteral("address"), s.address },
            { QStringLiteral("state"), s.state }, { QStringLiteral("sync_state"), s.syncState },
            { QStringLiteral("write_lag_s"), s.writeLagSeconds }, { QStringLiteral("flush_lag_s"), s.flushLagSeconds },
            { QStringLiteral("replay_lag_s"), s.replayLagSeconds }, { QStringLiteral("bytes_behind"), s.bytesBehind } });
    QJsonObject object { { QStringLiteral("role"), standby ? QStringLiteral("standby") : QStringLiteral("primary") } };
    if (standby) {
        object.insert(QStringLiteral("replay_lag_s"), replayLagSeconds);
        object.insert(QStringLiteral("bytes_not_replayed"), bytesNotReplayed);
        object.insert(QStringLiteral("receiving"), receiving);
        object.insert(QStringLiteral("replay_paused"), replayPaused);
        object.insert(QStringLiteral("upstream"), upstream.isEmpty() ? QJsonValue() : QJsonValue(upstream));
    } else {
        object.insert(QStringLiteral("standbys"), list);
    }
    return object;
}

ReplicationHealth::Thresholds ReplicationHealth::Thresholds::fromSettings()
{
    const QSettings settings;
    Thresholds t;
    t.lagWarningSeconds
        = settings.value(QStringLiteral("health/replicationLagWarningSeconds"), t.lagWarningSeconds).toInt();
    t.lagWarningBytes = settings.value(QStringLiteral("health/replicationLagWarningMB"), 64).toLongLong() * 1024 * 1024;
    return t;
}

Result<ReplicationStatus> ReplicationHealth::read(ConnectionManager &connections)
{
    if (connections.config().engine != Engine::PostgreSQL)
        return ReplicationStatus {};
    const SqlDialect &d = connections.dialect();
    return connections.run<ReplicationStatus>([&](QSqlDatabase &db) -> Result<ReplicationStatus> {
        ReplicationStatus status;
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q, QStringLiteral("SELECT pg_is_in_recovery()"), {}, d,
                QCoreApplication::translate("ReplicationHealth", "Cannot read the server's role"));
            !e.ok())
            return e;
        status.standby = q.next() && q.value(0).toBool();
        if (StorageError e = status.standby ? readOwnLag(q, d, status) : readStandbys(q, d, status); !e.ok())
            return e;
        status.available = true;
        return status;
    });
}

QStringList ReplicationHealth::warnings(const ReplicationStatus &status, const Thresholds &t)
{
    QStringList out;
    if (!status.available)
        return out;
    const QLocale c = QLocale::c();
    const auto tooFar = [&](double seconds, qint64 bytes) {
        return seconds > t.lagWarningSeconds || bytes > t.lagWarningBytes;
    };
    const QString limits = QCoreApplication::translate("ReplicationHealth", "thresholds %1 s, %2")
                               .arg(t.lagWarningSeconds)
                               .arg(c.formattedDataSize(t.lagWarningBytes));
    if (status.standby) {
        if (!status.receiving)
            out << QCoreApplication::translate("ReplicationHealth",
                "This standby receives no WAL from a primary (no streaming WAL receiver)");
        if (status.replayPaused)
            out << QCoreApplication::translate("ReplicationHealth",
                "Replay is paused on this standby: it shows the catalog as it was when replay "
                "stopped (SELECT pg_wal_replay_resume() resumes it)");
        if (tooFar(status.replayLagSeconds, status.bytesNotReplayed))
            out << QCoreApplication::translate("ReplicationHealth",
                "This standby replays %1 behind, %2 received but not replayed (%3)")
                       .arg(lagText(status.replayLagSeconds), c.formattedDataSize(qMax<qint64>(0, status.bytesNotReplayed)), limits);
        return out;
    }
    for (const ReplicationStatus::Standby &s : status.standbys) {
        if (tooFar(s.replayLagSeconds, s.bytesBehind))
            out << QCoreApplication::translate("ReplicationHealth",
                "Standby %1 at %2 is behind: replay lag %3, %4 not replayed (%5)")
                       .arg(s.name, s.address, lagText(s.replayLagSeconds),
                           c.formattedDataSize(qMax<qint64>(0, s.bytesBehind)), limits);
    }
    return out;
}

QString ReplicationHealth::summary(const ReplicationStatus &status)
{
    if (!status.available)
        return {};
    if (status.standby) {
        QString line = status.upstream.isEmpty()
            ? QCoreApplication::translate("ReplicationHealth", "standby")
            : QCoreApplication::translate("ReplicationHealth", "standby of %1").arg(status.upstream);
        line += QCoreApplication::translate("ReplicationHealth", ", replay lag %1, %2 not replayed")
                    .arg(lagText(status.replayLagSeconds),
                        QLocale::c().formattedDataSize(qMax<qint64>(0, status.bytesNotReplayed)));
        if (status.replayPaused)
            line += QCoreApplication::translate("ReplicationHealth", ", replay paused");
        if (!status.receiving)
            line += QCoreApplication::translate("ReplicationHealth", ", not receiving");
        return line;
    }
    if (status.standbys.isEmpty())
        return QCoreApplication::translate("ReplicationHealth", "primary, no standby connected");
    QStringList parts;
    for (const ReplicationStatus::Standby &s : status.standbys)
        parts << QCoreApplication::translate("ReplicationHealth", "%1 %2 (%3) write %4 flush %5 replay %6, %7 behind")
                     .arg(s.name, s.address, s.state + u'/' + s.syncState, lagText(s.writeLagSeconds),
                         lagText(s.flushLagSeconds), lagText(s.replayLagSeconds),
                         QLocale::c().formattedDataSize(qMax<qint64>(0, s.bytesBehind)));
    return QCoreApplication::translate("ReplicationHealth", "primary; standbys: %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace catalog
