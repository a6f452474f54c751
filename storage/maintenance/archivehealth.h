#pragma once

#include "config/runtimesettings.h"
#include "core/storageerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace catalog {

class ConnectionManager;

// What the health check knows of point-in-time recovery on PostgreSQL: WAL archiving as
// pg_stat_archiver and the server's settings show it, and, when a pgBackRest stanza is configured,
// what `pgbackrest info --output=json` says of its backups and archive.
struct ArchiveStatus
{
    bool checked = false; // false on SQLite, or when the server could not be asked
    bool archiving = false; // archive_mode is not off and archive_command is set
    QString archiveMode;
    int archiveTimeoutSeconds = 0;
    qint64 archivedCount = 0;
    QString lastArchivedWal;
    QDateTime lastArchivedTime;
    qint64 failedCount = 0;
    QString lastFailedWal;
    QDateTime lastFailedTime;
    QString currentWal; // the segment being written (empty on a standby)
    qint64 waitingSegments = 0; // finished segments after the last archived one, not archived yet

    QString stanza; // empty: pgBackRest not configured
    bool backRestOk = false;
    QString backRestStatus; // pgBackRest's status message, or why info could not be read
    int backups = 0;
    QString lastBackupLabel;
    QString lastBackupType; // full, diff, incr
    QDateTime lastBackupTime; // when the newest backup finished
    QString archiveMin; // the oldest and newest WAL in the repository
    QString archiveMax;

    QJsonObject toJson() const;
};

// Reads ArchiveStatus and says what is wrong with it: archiving that fails (the last attempt failed
// after the last success), archiving that is behind (finished WAL waiting longer than
// ARCHIVE_STALE_AFTER), a pgBackRest stanza that is configured while archiving is off, that reports
// an error or has no backup. Blocking (runs pgbackrest, up to `timeoutMs`): off the GUI thread. Uses
// the calling thread's connection. Never fails: what it cannot read becomes a warning.
class ArchiveHealth
{
public:
    struct Options
    {
        QString stanza; // PGBACKREST_STANZA; empty: pgBackRest is not asked
        QString config; // PGBACKREST_CONFIG; empty: pgBackRest's default
        int staleSeconds = 600; // ARCHIVE_STALE_AFTER
        QString program = QStringLiteral("pgbackrest");
        int timeoutMs = 30000;

        static Options fromSettings(const RuntimeSettings &settings);
    };

    ArchiveHealth(ConnectionManager &connections, Options options);
    // PostgreSQL only; on SQLite an unchecked status and no warnings.
    ArchiveStatus check(QStringList &warnings);

    // The stanza's part of `pgbackrest info --output=json` into `status`; false and `error` when the
    // text is not that or does not name the stanza.
    static bool parseBackRestInfo(const QByteArray &json, ArchiveStatus &status, QString *error);
    // How many segments lie after `archived` and before `current` (WAL file names of one timeline,
    // wal_segment_size bytes each); 0 when either is empty or they are of different timelines.
    static qint64 segmentsBetween(const QString &archived, const QString &current, qint64 segmentBytes);

private:
    StorageError readArchiver(ArchiveStatus &status);
    void readBackRest(ArchiveStatus &status) const;
    void judge(const ArchiveStatus &status, QStringList &warnings) const;

    ConnectionManager &m_connections;
    Options m_options;
};

} // namespace catalog
