#include "maintenance/backuphealth.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "maintenance/backup/backupretention.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSettings>

namespace catalog {

namespace {

void readLastJob(ConnectionManager &connections, BackupHealth::State &state)
{
    const SqlDialect &d = connections.dialect();
    const StorageError e = connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                QStringLiteral(
                    "SELECT status, start_time, error_details FROM sync_records "
                    "WHERE operation_type = 'backup' AND status <> 'running' ORDER BY id DESC LIMIT 1"),
                {}, d, QCoreApplication::translate("BackupHealth", "Cannot read the last backup job"));
            !e.ok())
            return e;
        if (q.next()) {
            state.lastJobStatus = q.value(0).toString();
            state.lastJobAt = d.readTimestamp(q.value(1));
            state.lastJobError = q.value(2).toString().left(300);
        }
        return {};
    });
    // An unreadable sync_records (before migrate) is already reported by the long-jobs check.
    Q_UNUSED(e);
}

} // namespace

int BackupHealth::maxAgeHours()
{
    bool ok = false;
    const int hours = QSettings().value(QStringLiteral("backup/max_age_hours")).toInt(&ok);
    return ok && hours >= 1 ? hours : kDefaultMaxAgeHours;
}

BackupHealth::State BackupHealth::check(
    ConnectionManager &connections, const QString &backupFolder, int maxAgeHours, const QDateTime &now)
{
    State state;
    state.folder = backupFolder;
    const Result<QList<BackupRetention::BackupSet>> sets = BackupRetention::list(backupFolder);
    if (!sets)
        state.warnings << QCoreApplication::translate("BackupHealth", "Cannot read the backup folder %1: %2")
                              .arg(backupFolder, sets.error().message);
    for (const BackupRetention::BackupSet &set : sets ? sets.value() : QList<BackupRetention::BackupSet> {}) {
        if (!set.complete)
            continue;
        state.newestSet = set.name;
        state.newestAt = set.createdAt;
        state.newestBytes = set.bytes;
        state.newestIncremental = !set.parent.isEmpty();
        break;
    }
    if (!state.newestSet.isEmpty() && state.newestAt.secsTo(now) > qint64(maxAgeHours) * 3600)
        state.warnings << QCoreApplication::translate(
            "BackupHealth", "The newest backup set %1 is %2 hours old (more than %3)")
                              .arg(state.newestSet)
                              .arg(state.newestAt.secsTo(now) / 3600)
                              .arg(maxAgeHours);
    readLastJob(connections, state);
    if (state.lastJobStatus == QLatin1String("failed"))
        state.warnings << QCoreApplication::translate("BackupHealth", "The last backup job (%1) failed: %2")
                              .arg(QLocale::c().toString(state.lastJobAt, QStringLiteral("yyyy-MM-dd HH:mm")),
                                  state.lastJobError);
    return state;
}

QJsonObject BackupHealth::State::toJson() const
{
    return { { QStringLiteral("folder"), folder }, { QStringLiteral("newest_set"), newestSet },
        { QStringLiteral("newest_at"), newestAt.isValid() ? newestAt.toString(Qt::ISODate) : QString() },
        { QStringLiteral("newest_bytes"), newestBytes },
        { QStringLiteral("newest_incremental"), newestIncremental },
        { QStringLiteral("last_job_status"), lastJobStatus },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
}

} // namespace catalog
