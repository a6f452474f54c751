#include "maintenance/archivehealth.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// A WAL file name: 8 hex digits of timeline, then the segment number as "log" and "seg" (8 each).
std::optional<std::pair<quint64, quint64>> walPosition(const QString &name, qint64 segmentBytes)
{
    if (name.size() != 24 || segmentBytes <= 0)
        return std::nullopt;
    bool okTimeline = false;
    bool okLog = false;
    bool okSeg = false;
    const quint64 timeline = name.left(8).toULongLong(&okTimeline, 16);
    const quint64 log = name.mid(8, 8).toULongLong(&okLog, 16);
    const quint64 seg = name.mid(16, 8).toULongLong(&okSeg, 16);
    if (!okTimeline || !okLog || !okSeg)
        return std::nullopt;
    const quint64 perLog = 0x100000000ULL / quint64(segmentBytes);
    return std::pair { timeline, log * perLog + seg };
}

} // namespace

QJsonObject ArchiveStatus::toJson() const
{
    QJsonObject object { { u"checked"_s, checked }, { u"archiving"_s, archiving },
        { u"archive_mode"_s, archiveMode }, { u"archive_timeout_seconds"_s, archiveTimeoutSeconds },
        { u"archived_count"_s, archivedCount }, { u"last_archived_wal"_s, lastArchivedWal },
        { u"last_archived_time"_s, timeJson(lastArchivedTime) }, { u"failed_count"_s, failedCount },
        { u"last_failed_wal"_s, lastFailedWal }, { u"last_failed_time"_s, timeJson(lastFailedTime) },
        { u"current_wal"_s, currentWal }, { u"waiting_segments"_s, waitingSegments } };
    if (!stanza.isEmpty())
        object.insert(u"pgbackrest"_s,
            QJsonObject { { u"stanza"_s, stanza }, { u"ok"_s, backRestOk }, { u"status"_s, backRestStatus },
                { u"backups"_s, backups }, { u"last_backup"_s, lastBackupLabel },
                { u"last_backup_type"_s, lastBackupType }, { u"last_backup_time"_s, timeJson(lastBackupTime) },
                { u"archive_min"_s, archiveMin }, { u"archive_max"_s, archiveMax } });
    return object;
}

ArchiveHealth::Options ArchiveHealth::Options::fromSettings(const RuntimeSettings &settings)
{
    Options options;
    options.stanza = settings.pgBackRestStanza();
    options.config = settings.pgBackRestConfig();
    options.staleSeconds = settings.archiveStaleSeconds();
    return options;
}

ArchiveHealth::ArchiveHealth(ConnectionManager &connections, Options options)
    : m_connections(connections)
    , m_options(std::move(options))
{
}

ArchiveStatus ArchiveHealth::check(QStringList &warnings)
{
    ArchiveStatus status;
    if (m_connections.dialect().engine() != Engine::PostgreSQL)
        return status;
    if (const StorageError e = readArchiver(status); !e.ok()) {
        warnings << QCoreApplication::translate("ArchiveHealth", "Cannot read the WAL archiver's state: %1")
                        .arg(e.message);
        return status;
    }
    status.checked = true;
    if (!m_options.stanza.isEmpty())
        readBackRest(status);
    judge(status, warnings);
    return status;
}

StorageError ArchiveHealth::readArchiver(ArchiveStatus &status)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        sql::Query q(db);
        q.setForwardOnly(true);
        // pg_stat_archiver and these settings are readable by every role; on a standby there is no
        // current WAL position of its own.
        if (StorageError e = sql::exec(q,
                u"SELECT a.archived_count, a.last_archived_wal, a.last_archived_time, a.failed_count, "
                "a.last_failed_wal, a.last_failed_time, current_setting('archive_mode'), "
                "current_setting('archive_command'), "
                "CAST(EXTRACT(EPOCH FROM CAST(current_setting('archive_timeout') AS interval)) AS integer), "
                "CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_walfile_name(pg_current_wal_lsn()) END, "
                "(SELECT CAST(setting AS bigint) FROM pg_settings WHERE name = 'wal_segment_size') "
                "FROM pg_stat_archiver a"_s,
                {}, d, QCoreApplication::translate("ArchiveHealth", "Cannot read pg_stat_archiver"));
            !e.ok())
            return e;
        if (!q.next())
            return StorageError::make(ErrorKind::NotFound,
                QCoreApplication::translate("ArchiveHealth", "pg_stat_archiver returned no row"));
        status.archivedCount = q.value(0).toLongLong();
        status.lastArchivedWal = q.value(1).toString();
        status.lastArchivedTime = q.value(2).toDateTime();
        status.failedCount = q.value(3).toLongLong();
        status.lastFailedWal = q.value(4).toString();
        status.lastFailedTime = q.value(5).toDateTime();
        status.archiveMode = q.value(6).toString();
        const QString command = q.value(7).toString().trimmed();
        status.archiving = status.archiveMode != u"off"_s && !command.isEmpty() && command != u"(disabled)"_s;
        status.archiveTimeoutSeconds = q.value(8).toInt();
        status.currentWal = q.value(9).toString();
        if (status.archiving)
            status.waitingSegments
                = segmentsBetween(status.lastArchivedWal, status.currentWal, q.value(10).toLongLong());
        return {};
    });
}

void ArchiveHealth::readBackRest(ArchiveStatus &status) const
{
    status.stanza = m_options.stanza;
    QStringList args;
    if (!m_options.config.isEmpty())
        args << u"--config=%1"_s.arg(m_options.config);
    args << u"--stanza=%1"_s.arg(m_options.stanza) << u"--output=json"_s << u"info"_s;
    QProcess process;
    process.start(m_options.program, args);
    if (!process.waitForStarted(m_options.timeoutMs)) {
        status.backRestStatus = QCoreApplication::translate("ArchiveHealth", "cannot run %1: %2")
                                    .arg(m_options.program, process.errorString());
        return;
    }
    if (!process.waitForFinished(m_options.timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        status.backRestStatus
            = QCoreApplication::translate("ArchiveHealth", "%1 info did not answer within %2 s")
                  .arg(m_options.program)
                  .arg(m_options.timeoutMs / 1000);
        return;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        status.backRestStatus
            = QCoreApplication::translate("ArchiveHealth", "%1 info failed (exit %2): %3")
                  .arg(m_options.program)
                  .arg(process.exitCode())
                  .arg(QString::fromUtf8(process.readAllStandardError()).simplified().left(300));
        return;
    }
    QString error;
    if (!parseBackRestInfo(process.readAllStandardOutput(), status, &error))
        status.backRestStatus = error;
}

bool ArchiveHealth::parseBackRestInfo(const QByteArray &json, ArchiveStatus &status, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QJsonObject stanza;
    for (const auto &entry : document.array()) {
        if (entry.toObject().value(u"name"_s).toString() == status.stanza)
            stanza = entry.toObject();
    }
    if (stanza.isEmpty()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("ArchiveHealth", "pgbackrest info did not print JSON: %1")
                      .arg(parseError.errorString())
                : QCoreApplication::translate("ArchiveHealth", "pgbackrest info does not list the stanza %1")
                      .arg(status.stanza);
        return false;
    }
    const QJsonObject state = stanza.value(u"status"_s).toObject();
    status.backRestOk = state.value(u"code"_s).toInt(-1) == 0;
    status.backRestStatus = state.value(u"message"_s).toString();
    const QJsonArray backups = stanza.value(u"backup"_s).toArray();
    status.backups = int(backups.size());
    if (!backups.isEmpty()) {
        const QJsonObject newest = backups.last().toObject();
        status.lastBackupLabel = newest.value(u"label"_s).toString();
        status.lastBackupType = newest.value(u"type"_s).toString();
        const qint64 stop = newest.value(u"timestamp"_s).toObject().value(u"stop"_s).toInteger();
        if (stop > 0)
            status.lastBackupTime = QDateTime::fromSecsSinceEpoch(stop, Qt::UTC);
    }
    for (const auto &archive : stanza.value(u"archive"_s).toArray()) {
        status.archiveMin = archive.toObject().value(u"min"_s).toString();
        status.archiveMax = archive.toObject().value(u"max"_s).toString();
    }
    return true;
}

qint64 ArchiveHealth::segmentsBetween(const QString &archived, const QString &current, qint64 segmentBytes)
{
    const auto from = walPosition(archived, segmentBytes);
    const auto to = walPosition(current, segmentBytes);
    if (!from || !to || from->first != to->first || to->second <= from->second)
        return 0;
    return qint64(to->second - from->second - 1);
}

void ArchiveHealth::judge(const ArchiveStatus &status, QStringList &warnings) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (status.archiving && status.failedCount > 0 && status.lastFailedTime.isValid()
        && (!status.lastArchivedTime.isValid() || status.lastFailedTime > status.lastArchivedTime))
        warnings << QCoreApplication::translate("ArchiveHealth",
            "WAL archiving is failing: %1 failed attempt(s), the last for %2 at %3; check "
            "archive_command and the server log")
                        .arg(status.failedCount)
                        .arg(status.lastFailedWal, status.lastFailedTime.toUTC().toString(Qt::ISODate));
    const qint64 age = status.lastArchivedTime.isValid() ? status.lastArchivedTime.secsTo(now) : -1;
    if (status.archiving && status.waitingSegments > 0 && (age < 0 || age > m_options.staleSeconds))
        warnings << QCoreApplication::translate("ArchiveHealth",
            "WAL archiving is behind: %1 finished segment(s) wait, the last archive was %2 "
            "(ARCHIVE_STALE_AFTER is %3 s)")
                        .arg(status.waitingSegments)
                        .arg(age < 0 ? QCoreApplication::translate("ArchiveHealth", "never")
                                     : QCoreApplication::translate("ArchiveHealth", "%1 s ago").arg(age))
                        .arg(m_options.staleSeconds);
    if (status.stanza.isEmpty())
        return;
    if (!status.archiving)
        warnings << QCoreApplication::translate("ArchiveHealth",
            "pgBackRest stanza %1 is configured but WAL archiving is off (archive_mode %2): "
            "no point-in-time recovery")
                        .arg(status.stanza, status.archiveMode);
    if (!status.backRestOk)
        warnings << QCoreApplication::translate("ArchiveHealth", "pgBackRest stanza %1: %2")
                        .arg(status.stanza, status.backRestStatus);
    else if (status.backups == 0)
        warnings << QCoreApplication::translate("ArchiveHealth", "pgBackRest stanza %1 has no backup yet")
                        .arg(status.stanza);
}

} // namespace catalog
