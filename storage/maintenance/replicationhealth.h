#pragma once

#include "core/storageerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace catalog {

class ConnectionManager;

// PostgreSQL streaming replication as the server reached sees it: on a primary, each standby of
// pg_stat_replication with its write/flush/replay lag and the bytes it is behind; on a standby, its
// own replay lag (now() - pg_last_xact_replay_timestamp()), the bytes received but not yet
// replayed, whether replay is paused and the primary it streams from. A plain value.
struct ReplicationStatus
{
    struct Standby
    {
        QString name; // application_name
        QString address; // client_addr, or "socket"
        QString state; // streaming, catchup, ...
        QString syncState; // async, sync, quorum, potential
        double writeLagSeconds = -1; // -1: not reported (idle, or no WAL since it connected)
        double flushLagSeconds = -1;
        double replayLagSeconds = -1;
        qint64 bytesBehind = -1; // pg_current_wal_lsn() - replay_lsn
    };

    bool available = false; // false on SQLite, or when it could not be read
    bool standby = false;
    QList<Standby> standbys; // on a primary
    double replayLagSeconds = -1; // on a standby; -1 when nothing was replayed yet
    qint64 bytesNotReplayed = -1; // on a standby: received - replayed
    bool receiving = false; // on a standby: a WAL receiver is streaming
    bool replayPaused = false; // on a standby: pg_wal_replay_pause() is in effect
    QString upstream; // on a standby: "host:port" it streams from; "" when not shown to this role

    QJsonObject toJson() const;
};

// Reads ReplicationStatus and judges it against thresholds. Blocking (queries the server): off the
// GUI thread. Errors come back as a StorageError; warnings() never fails.
class ReplicationHealth
{
public:
    struct Thresholds
    {
        int lagWarningSeconds = 30;
        qint64 lagWarningBytes = 64LL * 1024 * 1024;
        // health/replicationLagWarningSeconds and health/replicationLagWarningMB, else the defaults.
        static Thresholds fromSettings();
    };

    static Result<ReplicationStatus> read(ConnectionManager &connections);
    // Real trouble only, one line each: a lag over a threshold, replay paused, no WAL receiver.
    // Being a standby is no trouble: a healthy standby has no warning.
    static QStringList warnings(const ReplicationStatus &status, const Thresholds &thresholds);
    // "standby of 10.0.0.1:5432, replay lag 0.1 s, 0 bytes not replayed" or "primary; standbys:
    // ..." — one line for the status bar and health.
    static QString summary(const ReplicationStatus &status);
};

} // namespace catalog
