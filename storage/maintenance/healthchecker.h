#pragma once

#include "db/connectionmanager.h"
#include "maintenance/backuphealth.h"
#include "maintenance/archivehealth.h"
#include "maintenance/replicationhealth.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace catalog {

// Everything the health check looked at, and what it found wrong.
struct SystemHealth
{
    enum class Level { Ok, Warning, Critical };

    struct Disk
    {
        QString label; // "storage" or "database"
        QString path; // the folder measured (the nearest existing one)
        qint64 freeBytes = -1;
        qint64 totalBytes = -1;
    };
    struct LongJob
    {
        QString what; // "import job #12" or "query on pid 4711"
        qint64 seconds = 0;
        QString detail; // task id, or the start of the query
    };

    HealthReport connection; // latency of SELECT 1, server version, recovery state, server reached
    ReplicationStatus replication; // PostgreSQL: standbys and their lag, or this standby's lag
    QList<Disk> disks;
    QList<LongJob> longJobs; // running sync jobs and (PostgreSQL) active queries over the limits
    ArchiveStatus archive; // PostgreSQL: WAL archiving and pgBackRest (archivehealth.h)
    QStringList problems; // Critical: the connection is down, a disk is (almost) full
    QStringList warnings; // Warning: replication trouble, long-running jobs, disk getting full, old backups
    BackupHealth::State backup; // when a backup folder is known
    QDateTime checkedAt;

    Level level() const;
    bool healthy() const { return level() != Level::Critical; }
    // The first problem, else the first warning, else "".
    QString reason() const;
    // "primary" or "standby" (PostgreSQL's recovery state); "" for SQLite or when unreachable.
    QString roleText() const;
    QJsonObject toJson() const;
};

// The periodic health check of the status bar, the dashboard and `catalogctl health`: the
// connection (latency of a trivial query, server version, the server reached and its role),
// replication (lag per standby on a primary, replay lag on a standby), free disk where the
// images and the SQLite file live, sync jobs still running after a long time and, on PostgreSQL,
// queries running for long. Blocking (the connection check can take seconds when the server is
// gone): run it off the GUI thread. Never fails: what it cannot read becomes a problem.
class HealthChecker
{
public:
    struct Options
    {
        QString storageRoot; // empty: not checked
        qint64 criticalFreeBytes = 512LL * 1024 * 1024; // below: Critical
        qint64 warningFreeBytes = 2LL * 1024 * 1024 * 1024; // below: Warning
        int longJobSeconds = 2 * 3600; // a sync job running longer is reported
        int longQuerySeconds = 300; // a PostgreSQL query active longer is reported
        QString backupFolder; // empty: <storageRoot>/backups when storageRoot is set
        int backupMaxAgeHours = 0; // 0: the setting (BackupHealth::maxAgeHours())
        ArchiveHealth::Options archive; // WAL archiving and pgBackRest (PostgreSQL)
        ReplicationHealth::Thresholds replication; // replication lag over these is a warning
    };

    explicit HealthChecker(ConnectionManager &connections);
    HealthChecker(ConnectionManager &connections, Options options);
    SystemHealth check();

private:
    void checkDisks(SystemHealth &h) const;
    void checkLongJobs(SystemHealth &h);
    void checkReplication(SystemHealth &h);
    ConnectionManager &m_connections;
    Options m_options;
};

} // namespace catalog
