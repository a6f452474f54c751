#include "maintenance/backup/sqlitebackup_p.h"

#include "core/storagelog_p.h"
#include "db/connectionmanager.h"
#include "db/sqlhelpers_p.h"
#include "maintenance/backup/sqlitedelta_p.h"
#include "maintenance/backup/sqlitedigest_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <optional>

namespace catalog {

namespace sqlite_backup {

QString message(sqlite3 *db, int rc)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// An sqlite3 handle closed with this object, used by one thread only (no per-call mutex).
struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close(db); }
    int open(const QString &path, int flags)
    {
        return sqlite3_open_v2(
            QFile::encodeName(path).constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    }
};

// Copies `source` into `target` with SQLite's online backup API, a slice of pages per step so that
// progress shows and a cancel stops it; `target` is written in one transaction that commits with
// the last step (a cancel or failure before it leaves `target` as it was). Writers on other
// connections restart a step-wise copy of a live source; after a few restarts the rest is copied in
// one step. Returns SQLITE_DONE, SQLITE_ABORT for a cancel, or the failing code.
int copy(sqlite3 *target, sqlite3 *source, const BackupProgress &progress, int fromPercent, int toPercent,
    const QString &stage)
{
    sqlite3_backup *job = sqlite3_backup_init(target, "main", source, "main");
    if (!job)
        return sqlite3_errcode(target);
    int rc = SQLITE_OK;
    int restarts = 0;
    int lastRemaining = -1;
    int busy = 0;
    for (;;) {
        rc = sqlite3_backup_step(job, restarts > 3 ? -1 : 2048);
        if (rc == SQLITE_DONE)
            break;
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busy++ < 600) { // up to 30 s of lock waits
            sqlite3_sleep(50);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const int total = sqlite3_backup_pagecount(job);
        const int remaining = sqlite3_backup_remaining(job);
        if (lastRemaining >= 0 && remaining > lastRemaining)
            ++restarts;
        lastRemaining = remaining;
        if (!backup::report(progress,
                total > 0 ? fromPercent + (toPercent - fromPercent) * (total - remaining) / total : -1,
                stage)) {
            rc = SQLITE_ABORT;
            break;
        }
    }
    const int finishRc = sqlite3_backup_finish(job);
    return rc == SQLITE_DONE && finishRc != SQLITE_OK ? finishRc : rc;
}

StorageError copyError(int rc, sqlite3 *target, const QString &what)
{
    if (rc == SQLITE_ABORT)
        return backup::cancelled();
    return backup::failure(rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? ErrorKind::Busy : ErrorKind::Internal,
        QStringLiteral("%1: %2").arg(what, message(target, rc)));
}

// The copy was taken after the job's journal row began; that row is not part of the backup.
int dropJournalRow(sqlite3 *db, qint64 journalRowId)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "DELETE FROM sync_records WHERE id = ?", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(statement, 1, journalRowId);
        rc = sqlite3_step(statement) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_OK ? sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) : rc;
}

// SQLite's own verdict on a file: empty when "ok".
QString quickCheck(sqlite3 *db, int *rc)
{
    sqlite3_stmt *check = nullptr;
    *rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &check, nullptr);
    QString verdict;
    if (*rc == SQLITE_OK && sqlite3_step(check) == SQLITE_ROW)
        verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)));
    else if (*rc == SQLITE_OK)
        *rc = sqlite3_errcode(db);
    sqlite3_finalize(check);
    return verdict == QLatin1String("ok") ? QString() : verdict;
}

} // namespace sqlite_backup

using namespace sqlite_backup;

SqliteBackup::SqliteBackup(ConnectionManager &connections)
    : m_connections(connections)
{
}

SqliteBackup::~SqliteBackup()
{
    removeStaging();
    endIncremental();
}

QString SqliteBackup::deltaSuffix() const
{
    return QLatin1String(SqliteDelta::kSuffix);
}

void SqliteBackup::endIncremental()
{
    if (m_live) {
        sqlite3_exec(m_live, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_live);
        m_live = nullptr;
    }
    for (const QString &path : { m_parentState, m_deltaWork }) {
        if (!path.isEmpty() && QFile::exists(path) && !QFile::remove(path))
            qCWarning(lcStorage) << "could not remove" << path;
    }
    m_parentState.clear();
    m_deltaWork.clear();
    m_parentHashes.reset();
}

StorageError SqliteBackup::freeze(BackupManifest &manifest, const QList<BackupManifest> &parentChain)
{
    if (parentChain.isEmpty())
        return {};
    const QString live = m_connections.config().sqlitePath;
    if (live.isEmpty() || live.startsWith(QLatin1Char(':')))
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate(
                "SqliteBackup", "An incremental backup needs a database file, not an in-memory database"));
    const QDir folder = QFileInfo(manifest.path).dir();
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    m_deltaWork = folder.filePath(QStringLiteral(".catalog-delta-") + id + QStringLiteral(".sqlite"));
    // The chain's row hashes tell what changed without the parent's rows; a chain without them
    // (sets of an older version) has its state rebuilt from the sets and compared row by row.
    if (Result<RowHashes> state = RowHashes::stateOf(parentChain)) {
        m_parentHashes = std::move(state.value());
    } else {
        qCWarning(lcStorage) << "incremental backup: rows compared with the rebuilt parent:"
                             << state.error().message;
        m_parentState = folder.filePath(QStringLiteral(".catalog-parent-") + id + QStringLiteral(".sqlite"));
        if (StorageError e = SqliteDelta::build(parentChain, m_parentState, {}); !e.ok())
            return e;
    }
    // The live file is opened without CREATE (a wrong path must not make an empty database), and
    // ATTACH inherits that: the delta starts as an empty file, which SQLite takes as a database.
    if (QFile work(m_deltaWork); !work.open(QIODevice::WriteOnly))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "Cannot create %1: %2")
                .arg(m_deltaWork, work.errorString()));
    Handle opened;
    if (const int rc = opened.open(live, SQLITE_OPEN_READWRITE); rc != SQLITE_OK)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "Cannot open %1: %2")
                .arg(live, message(opened.db, rc)));
    std::swap(m_live, opened.db);
    sqlite3_busy_timeout(m_live, 30000);
    // ATTACH is refused inside a transaction: both files first, then the read transaction whose
    // snapshot the set describes.
    const QByteArray parent = m_parentState.isEmpty()
        ? QByteArray()
        : "ATTACH '" + QFile::encodeName(m_parentState).replace('\'', "''") + "' AS parent; ";
    const QByteArray sql = parent + "ATTACH '" + QFile::encodeName(m_deltaWork).replace('\'', "''")
        + "' AS delta; BEGIN; SELECT count(*) FROM main.sqlite_master;";
    if (sqlite3_exec(m_live, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "Cannot begin the incremental backup of %1: %2")
                .arg(live, message(m_live, SQLITE_ERROR)));
    return {};
}

Result<SqliteBackup::Digests> SqliteBackup::dumpIncremental(
    const QString &path, const BackupProgress &progress)
{
    const auto cleanUp = qScopeGuard([&] { endIncremental(); });
    QElapsedTimer timer;
    timer.start();
    m_rowHashes = {};
    Result<Digests> digests = Digests {};
    if (m_parentHashes) {
        digests = SqliteDelta::writeFromHashes(m_live, *m_parentHashes, progress, m_rowHashes);
    } else {
        if (StorageError e = SqliteDelta::write(m_live, progress); !e.ok())
            return e;
        digests = SqliteDigest::of(m_live, progress, 80, 95, {}, &m_rowHashes);
    }
    if (!digests)
        return digests.error();
    const QByteArray finish
        = m_parentState.isEmpty() ? "COMMIT; DETACH delta;" : "COMMIT; DETACH parent; DETACH delta;";
    if (sqlite3_exec(m_live, finish.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "Cannot finish the incremental backup: %1")
                .arg(message(m_live, SQLITE_ERROR)));
    if (!QFile::rename(m_deltaWork, path))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "Cannot rename %1 to %2").arg(m_deltaWork, path));
    qCInfo(lcStorage) << "incremental backup: delta and checksums in" << timer.elapsed() << "ms"
                      << (m_parentHashes ? "from the row hashes" : "against the rebuilt parent");
    return digests;
}

QString SqliteBackup::integrityProblem(const QString &path)
{
    const QString copy
        = QDir(QDir::tempPath())
              .filePath(QStringLiteral(".catalog-check-") + QUuid::createUuid().toString(QUuid::Id128));
    if (!QFile::copy(path, copy))
        return QCoreApplication::translate("SqliteBackup", "cannot copy it to check it");
    const auto removeCopy = qScopeGuard([&] { QFile::remove(copy); });
    Handle checked;
    if (const int rc = checked.open(copy, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return message(checked.db, rc);
    sqlite3_stmt *check = nullptr;
    if (sqlite3_prepare_v2(checked.db, "PRAGMA integrity_check", -1, &check, nullptr) != SQLITE_OK)
        return message(checked.db, SQLITE_ERROR);
    QStringList found;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(check)) == SQLITE_ROW)
        found << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)));
    if (rc != SQLITE_DONE)
        found << message(checked.db, rc);
    sqlite3_finalize(check);
    return found == QStringList { QStringLiteral("ok") } ? QString() : found.join(QStringLiteral("; "));
}

StorageError SqliteBackup::describe(const QString &toolPath, BackupManifest &manifest)
{
    Q_UNUSED(toolPath);
    manifest.serverVersion = QString::fromLatin1(sqlite3_libversion());
    manifest.tool = QStringLiteral("SQLite online backup API %1").arg(manifest.serverVersion);
    manifest.toolMajor = 0;
    manifest.checksumAlgorithm = QLatin1String(RowHashes::kSqliteAlgorithm);
    return {};
}

Result<SqliteBackup::Digests> SqliteBackup::digests(const QString &algorithm)
{
    return m_connections.run<Digests>([&](QSqlDatabase &db) -> Result<Digests> {
        sqlite3 *handle = handleOf(db);
        if (!handle)
            return backup::failure(ErrorKind::Internal,
                QCoreApplication::translate("SqliteBackup", "The SQLite driver does not expose its handle"));
        return SqliteDigest::of(handle, {}, 0, 100, algorithm);
    });
}

Result<SqliteBackup::Digests> SqliteBackup::dump(
    const QString &path, qint64 journalRowId, const BackupProgress &progress)
{
    if (m_live)
        return dumpIncremental(path, progress);
    Result<QSqlDatabase> connection = m_connections.connection();
    if (!connection)
        return connection.error();
    sqlite3 *source = handleOf(connection.value());
    if (!source)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "The SQLite driver does not expose its handle"));
    QElapsedTimer timer;
    timer.start();
    Handle target;
    if (const int rc = target.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); rc != SQLITE_OK)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "Cannot create %1: %2")
                .arg(path, message(target.db, rc)));
    if (const int rc = copy(target.db, source, progress, 2, 60,
            QCoreApplication::translate("SqliteBackup", "Copying the database"));
        rc != SQLITE_DONE)
        return copyError(
            rc, target.db, QCoreApplication::translate("SqliteBackup", "The SQLite backup failed"));
    if (const int rc = dropJournalRow(target.db, journalRowId); rc != SQLITE_OK)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "Cannot finish the copy %1: %2")
                .arg(path, message(target.db, rc)));
    const qint64 copyMs = timer.restart();
    // The copy is finished; from here on it is only read. The digests are read from it on the
    // handle that wrote it while another thread hashes its bytes. The file is this backup's own
    // (nobody else opens the .partial), so that the hashing thread's close drops SQLite's POSIX
    // locks on it (they are per process) harms nothing.
    std::optional<Result<QString>> sum;
    const std::unique_ptr<QThread> hasher(QThread::create([&] { sum.emplace(backup::sha256Of(path)); }));
    hasher->start();
    m_rowHashes = {};
    Result<Digests> digests = SqliteDigest::of(target.db, progress, 60, 85, {}, &m_rowHashes);
    hasher->wait();
    qCInfo(lcStorage) << "backup phases: copy" << copyMs << "ms, checksums and sha256 beside them"
                      << timer.elapsed() << "ms";
    if (!digests)
        return digests.error();
    if (!sum || !*sum)
        return sum ? sum->error()
                   : backup::failure(ErrorKind::Internal,
                       QCoreApplication::translate("SqliteBackup", "Cannot hash %1").arg(path));
    m_dumpSha256 = sum->value();
    return digests;
}

QString SqliteBackup::stagingPath() const
{
    const QString live = m_connections.config().sqlitePath;
    const QString folder = live.isEmpty() || live.startsWith(QLatin1Char(':'))
        ? QDir::tempPath()
        : QFileInfo(live).absolutePath();
    return QDir(folder).filePath(
        QStringLiteral(".restore-") + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".sqlite"));
}

void SqliteBackup::removeStaging()
{
    if (m_staged.isEmpty())
        return;
    for (const QString &path : { m_staged, m_staged + QStringLiteral("-journal") }) {
        if (QFile::exists(path) && !QFile::remove(path))
            qCWarning(lcStorage) << "could not remove" << path;
    }
    m_staged.clear();
}

// The full set's pages into the staging file (SQLite's backup API), every incremental of the chain
// applied to it, then the digests of that copy.
Result<SqliteBackup::Digests> SqliteBackup::stageAndDigest(
    const QList<BackupManifest> &chain, const BackupProgress &progress)
{
    const QString dataPath = chain.first().filePath(QLatin1String(BackupManifest::kDatabaseRole));
    {
        Handle source;
        Handle staged;
        if (const int rc = source.open(dataPath, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
            return backup::failure(ErrorKind::Validation,
                QCoreApplication::translate("SqliteBackup", "Cannot read %1: %2")
                    .arg(dataPath, message(source.db, rc)));
        if (const int rc = staged.open(m_staged, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); rc != SQLITE_OK)
            return backup::failure(ErrorKind::Internal,
                QCoreApplication::translate("SqliteBackup", "Cannot create %1: %2")
                    .arg(m_staged, message(staged.db, rc)));
        if (const int rc = copy(staged.db, source.db, progress, 10, 30,
                QCoreApplication::translate("SqliteBackup", "Reading the backup"));
            rc != SQLITE_DONE)
            return copyError(
                rc, staged.db, QCoreApplication::translate("SqliteBackup", "Cannot copy %1").arg(dataPath));
        for (const BackupManifest &set : chain.mid(1)) {
            const QString delta = set.filePath(QLatin1String(BackupManifest::kDatabaseRole));
            if (const QString problem = integrityProblem(delta); !problem.isEmpty())
                return backup::failure(ErrorKind::Validation,
                    QCoreApplication::translate("SqliteBackup", "%1 fails SQLite's integrity check: %2")
                        .arg(delta, problem));
            if (!backup::report(progress, 30,
                    QCoreApplication::translate("SqliteBackup", "Applying %1").arg(set.setName())))
                return backup::cancelled();
            if (StorageError e = SqliteDelta::apply(staged.db, delta); !e.ok())
                return e;
        }
    }
    Handle staged;
    if (const int rc = staged.open(m_staged, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "Cannot read %1: %2")
                .arg(m_staged, message(staged.db, rc)));
    return SqliteDigest::of(staged.db, progress, 30, 55, chain.last().checksumAlgorithm);
}

StorageError SqliteBackup::verify(
    const QList<BackupManifest> &chain, const QString &toolPath, const BackupProgress &progress)
{
    Q_UNUSED(toolPath);
    const BackupManifest &manifest = chain.last();
    const QString dataPath = chain.first().filePath(QLatin1String(BackupManifest::kDatabaseRole));
    removeStaging();
    m_staged = stagingPath();
    QElapsedTimer timer;
    timer.start();
    // SQLite's integrity check of the set runs on a second handle and thread, beside the copy and
    // its checksums; its verdict comes first. An early return interrupts it and waits for it.
    Handle checked;
    int checkRc = checked.open(dataPath, SQLITE_OPEN_READONLY);
    QString verdict;
    const std::unique_ptr<QThread> checker(QThread::create([&] {
        if (checkRc == SQLITE_OK)
            verdict = quickCheck(checked.db, &checkRc);
    }));
    checker->start();
    const auto stopCheck = qScopeGuard([&] {
        if (!checker->isFinished())
            sqlite3_interrupt(checked.db);
        checker->wait();
    });
    const Result<Digests> found = stageAndDigest(chain, progress);
    checker->wait();
    qCInfo(lcStorage) << "restore phases: integrity check beside the copy and its checksums, done after"
                      << timer.elapsed() << "ms";
    if (checkRc != SQLITE_OK)
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("SqliteBackup", "Cannot read %1: %2")
                .arg(dataPath, message(checked.db, checkRc)));
    if (!verdict.isEmpty())
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("SqliteBackup", "%1 fails SQLite's integrity check: %2")
                .arg(dataPath, verdict));
    if (!found)
        return found.error();
    if (const QStringList differences = manifest.differences(found.value()); !differences.isEmpty())
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate(
                "SqliteBackup", "The backup set does not match its manifest, nothing was changed: %1")
                .arg(differences.join(QStringLiteral("; "))));
    return {};
}

StorageError SqliteBackup::restore(const QList<BackupManifest> &chain, const BackupProgress &progress)
{
    const BackupManifest &manifest = chain.last();
    if (m_staged.isEmpty())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "%1 was not verified before the restore")
                .arg(manifest.path));
    Result<QSqlDatabase> connection = m_connections.connection();
    if (!connection)
        return connection.error();
    sqlite3 *target = handleOf(connection.value());
    if (!target)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "The SQLite driver does not expose its handle"));
    Handle source;
    if (const int rc = source.open(m_staged, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteBackup", "Cannot read %1: %2")
                .arg(m_staged, message(source.db, rc)));
    sql::forgetStatements(connection.value());
    // The verified copy goes in as a whole: the backup API's last step commits it.
    const int rc = copy(target, source.db, progress, 60, 75,
        QCoreApplication::translate("SqliteBackup", "Restoring the database"));
    if (rc != SQLITE_DONE)
        return copyError(rc, target,
            QCoreApplication::translate(
                "SqliteBackup", "The SQLite restore failed, the database is unchanged"));
    return {};
}

} // namespace catalog
