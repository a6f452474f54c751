#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace catalog {

class ConnectionManager;

// How the backups stand, for the health check and the dashboard: the newest complete set in the
// backup folder (name, age, size, full or incremental) and the last backup job; a warning when the
// newest set is older than the setting backup/max_age_hours (default 26: a daily backup may run
// late once) or the last backup job failed. A folder without any set is reported, not warned
// about: a new installation has none yet.
//
// Static and blocking (reads the folder's manifests and one sync_records row); never fails: what it
// cannot read becomes a warning.
class BackupHealth
{
public:
    static constexpr int kDefaultMaxAgeHours = 26;

    struct State
    {
        QString folder;
        QString newestSet; // empty: no complete set
        QDateTime newestAt;
        qint64 newestBytes = 0; // the set's own files
        bool newestIncremental = false;
        QString lastJobStatus; // of the last backup job, empty when there was none
        QDateTime lastJobAt;
        QString lastJobError;
        QStringList warnings;
        QJsonObject toJson() const;
    };

    // The setting backup/max_age_hours, else kDefaultMaxAgeHours (values below 1 fall back too).
    static int maxAgeHours();
    static State check(ConnectionManager &connections, const QString &backupFolder, int maxAgeHours,
        const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace catalog
