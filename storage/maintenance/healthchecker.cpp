#include "maintenance/healthchecker.h"

#include "db/latencyrecorder.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QStandardPaths>
#include <QStorageInfo>

namespace catalog {

namespace {

// The nearest existing folder at or above `path`: a storage root not created yet still has a disk.
QString existingFolder(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists() && !info.absolutePath().isEmpty() && info.absoluteFilePath() != info.absolutePath())
        info = QFileInfo(info.absolutePath());
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes);
}

QString durationText(qint64 seconds)
{
    if (seconds >= 3600)
        return QCoreApplication::translate("HealthChecker", "%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60);
    if (seconds >= 60)
        return QCoreApplication::translate("HealthChecker", "%1 min").arg(seconds / 60);
    return QCoreApplication::translate("HealthChecker", "%1 s").arg(seconds);
}

} // namespace

SystemHealth::Level SystemHealth::level() const
{
    if (!problems.isEmpty())
        return Level::Critical;
    return warnings.isEmpty() ? Level::Ok : Level::Warning;
}

QString SystemHealth::reason() const
{
    if (!problems.isEmpty())
        return problems.first();
    return warnings.value(0);
}

QString SystemHealth::roleText() const
{
    return connection.healthy && connection.server.known ? connection.server.roleText() : QString();
}

QJsonObject SystemHealth::toJson() const
{
    static const char *const levels[] = { "ok", "warning", "critical" };
    QJsonArray diskList;
    for (const Disk &d : disks)
        diskList.append(QJsonObject { { QStringLiteral("label"), d.label },
            { QStringLiteral("path"), d.path }, { QStringLiteral("free_bytes"), d.freeBytes },
            { QStringLiteral("total_bytes"), d.totalBytes } });
    QJsonArray jobs;
    for (const LongJob &j : longJobs)
        jobs.append(QJsonObject { { QStringLiteral("what"), j.what },
            { QStringLiteral("seconds"), j.seconds }, { QStringLiteral("detail"), j.detail } });
    return QJsonObject {
        { QStringLiteral("ok"), healthy() },
        { QStringLiteral("level"), QString::fromLatin1(levels[int(level())]) },
        { QStringLiteral("connected"), connection.healthy },
        { QStringLiteral("latency_ms"), double(connection.latencyMicros) / 1000.0 },
        { QStringLiteral("server_version"), connection.serverVersion },
        { QStringLiteral("in_recovery"), connection.inRecovery },
        { QStringLiteral("role"), roleText().isEmpty() ? QJsonValue() : QJsonValue(roleText()) },
        { QStringLiteral("server"), connection.server.text() },
        { QStringLiteral("replication"), replication.available ? QJsonValue(replication.toJson()) : QJsonValue() },
        { QStringLiteral("error"), connection.error },
        { QStringLiteral("disks"), diskList },
        { QStringLiteral("long_running"), jobs },
        { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
        { QStringLiteral("backup"), backup.toJson() },
        { QStringLiteral("checked_at"), checkedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("archive"), archive.toJson() },
    };
}

HealthChecker::HealthChecker(ConnectionManager &connections)
    : HealthChecker(connections, Options {})
{
}

HealthChecker::HealthChecker(ConnectionManager &connections, Options options)
    : m_connections(connections)
    , m_options(std::move(options))
{
}

SystemHealth HealthChecker::check()
{
    SystemHealth h;
    h.checkedAt = QDateTime::currentDateTime();
    h.connection = m_connections.checkHealth();
    if (h.connection.healthy)
        LatencyRecorder::instance().record(QStringLiteral("health check"), h.connection.latencyMicros * 1000);
    else
        h.problems << QCoreApplication::translate("HealthChecker", "Database unreachable: %1")
                          .arg(h.connection.error);
    // A standby is no warning by itself (it refuses writes by design): what can go wrong with one
    // — lag, paused replay, no WAL receiver — is judged by checkReplication.

    checkDisks(h);
    if (h.connection.healthy) {
        checkLongJobs(h);
        checkReplication(h);
        h.archive = ArchiveHealth(m_connections, m_options.archive).check(h.warnings);
    }
    const QString backups = !m_options.backupFolder.isEmpty() ? m_options.backupFolder
        : m_options.storageRoot.isEmpty()                     ? QString()
                                          : m_options.storageRoot + QStringLiteral("/backups");
    if (h.connection.healthy && !backups.isEmpty()) {
        h.backup = BackupHealth::check(m_connections, backups,
            m_options.backupMaxAgeHours > 0 ? m_options.backupMaxAgeHours : BackupHealth::maxAgeHours());
        h.warnings << h.backup.warnings;
    }
    return h;
}

void HealthChecker::checkReplication(SystemHealth &h)
{
    if (m_connections.config().engine != Engine::PostgreSQL)
        return;
    const Result<ReplicationStatus> status = ReplicationHealth::read(m_connections);
    if (!status) {
        h.warnings << QCoreApplication::translate("HealthChecker", "Cannot check replication: %1")
                          .arg(status.error().message);
        return;
    }
    h.replication = status.value();
    h.warnings << ReplicationHealth::warnings(h.replication, m_options.replication);
}

// Free disk where the images live and, for SQLite, where the database file lives.
void HealthChecker::checkDisks(SystemHealth &h) const
{
    QList<QPair<QString, QString>> folders;
    if (!m_options.storageRoot.isEmpty())
        folders.append({ QStringLiteral("storage"), m_options.storageRoot });
    const ConnectionConfig &config = m_connections.config();
    if (config.engine == Engine::SQLite)
        folders.append({ QStringLiteral("database"), QFileInfo(config.sqlitePath).absolutePath() });
    QStringList roots;
    for (const auto &[label, folder] : folders) {
        SystemHealth::Disk disk;
        disk.label = label;
        disk.path = existingFolder(folder);
        const QStorageInfo volume(disk.path);
        if (!volume.isValid() || !volume.isReady()) {
            h.warnings << QCoreApplication::translate("HealthChecker", "Cannot read the free space of %1")
                              .arg(disk.path);
            h.disks.append(disk);
            continue;
        }
        disk.freeBytes = volume.bytesAvailable();
        disk.totalBytes = volume.bytesTotal();
        h.disks.append(disk);
        if (roots.contains(volume.rootPath()))
            continue; // one message per volume
        roots << volume.rootPath();
        if (disk.freeBytes < m_options.criticalFreeBytes)
            h.problems << QCoreApplication::translate(
                "HealthChecker", "Disk almost full: %1 free of %2 at %3")
                              .arg(bytesText(disk.freeBytes), bytesText(disk.totalBytes), disk.path);
        else if (disk.freeBytes < m_options.warningFreeBytes)
            h.warnings << QCoreApplication::translate(
                "HealthChecker", "Disk getting full: %1 free of %2 at %3")
                              .arg(bytesText(disk.freeBytes), bytesText(disk.totalBytes), disk.path);
    }
}

// Long-running work: sync jobs still marked running, and on PostgreSQL active queries.
void HealthChecker::checkLongJobs(SystemHealth &h)
{
    const SqlDialect &d = m_connections.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StorageError e = m_connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        QList<SystemHealth::LongJob> found;
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                QStringLiteral("SELECT id, operation_type, task_id, start_time FROM sync_records "
                               "WHERE status = 'running' AND start_time < ? ORDER BY start_time"),
                { d.bindTimestamp(now.addSecs(-m_options.longJobSeconds)) }, d,
                QCoreApplication::translate("HealthChecker", "Cannot read the running jobs"));
            !e.ok())
            return e;
        while (q.next()) {
            const QDateTime started = d.readTimestamp(q.value(3));
            found.append({ QCoreApplication::translate("HealthChecker", "%1 job #%2")
                               .arg(q.value(1).toString())
                               .arg(q.value(0).toLongLong()),
                started.secsTo(now), q.value(2).toString() });
        }
        if (d.engine() == Engine::PostgreSQL) {
            if (StorageError e = sql::exec(q,
                    QStringLiteral("SELECT pid, CAST(EXTRACT(EPOCH FROM now() - query_start) AS bigint), "
                                   "left(query, 120) FROM pg_stat_activity WHERE state = 'active' "
                                   "AND pid <> pg_backend_pid() AND backend_type = 'client backend' "
                                   "AND query_start < now() - CAST(? AS integer) * interval '1 second' "
                                   "ORDER BY query_start"),
                    { m_options.longQuerySeconds }, d,
                    QCoreApplication::translate("HealthChecker", "Cannot read the active queries"));
                !e.ok())
                return e;
            while (q.next())
                found.append({ QCoreApplication::translate("HealthChecker", "query on pid %1")
                                   .arg(q.value(0).toLongLong()),
                    q.value(1).toLongLong(), q.value(2).toString().simplified() });
        }
        h.longJobs = found;
        return {};
    });
    if (!e.ok()) {
        // The schema may not be there yet (health runs before migrate): only a warning.
        h.warnings << QCoreApplication::translate("HealthChecker", "Cannot check long-running jobs: %1")
                          .arg(e.message);
    }
    for (const SystemHealth::LongJob &job : std::as_const(h.longJobs))
        h.warnings << QCoreApplication::translate("HealthChecker", "%1 running for %2")
                          .arg(job.what, durationText(job.seconds));
}

} // namespace catalog
