#include "maintenance/backupmanager.h"

#include "config/appidentity.h"
#include "core/storagelog_p.h"
#include "db/connectionmanager.h"
#include "db/sqlhelpers_p.h"
#include "maintenance/backup/backupchain_p.h"
#include "maintenance/backup/backupcommon_p.h"
#include "maintenance/backup/backupjournal_p.h"
#include "maintenance/backup/enginebackup_p.h"
#include "maintenance/backup/imagearchive_p.h"
#include "maintenance/backup/rowhashes_p.h"
#include "maintenance/backup/settingssnapshot_p.h"
#include "schema/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <optional>

namespace catalog {

namespace backup_manager {

constexpr auto kPartialSuffix = ".partial";

QString uniqueSetName(const QDir &dir, const QDateTime &when)
{
    const QString base = BackupRetention::setName(when);
    QString name = base;
    for (int n = 2; !dir.entryList({ name + QLatin1Char('*') }, QDir::Files).isEmpty(); ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    return name;
}

void removeQuietly(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (QFile::exists(path) && !QFile::remove(path))
            qCWarning(lcStorage) << "could not remove" << path;
    }
}

// Only the manifest's tables: a newer live schema may have tables the set never had.
BackupManifest::Digests manifestTablesOf(const BackupManifest &manifest, const BackupManifest::Digests &all)
{
    BackupManifest::Digests found;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (manifest.tables.contains(it.key()))
            found.insert(it.key(), it.value());
    }
    return found;
}

} // namespace backup_manager

using namespace backup_manager;

BackupManager::BackupManager(ConnectionManager &connections)
    : m_connections(connections)
{
}

QString BackupManager::setName(const QDateTime &when)
{
    return BackupRetention::setName(when);
}

QString BackupManager::defaultBackupDir()
{
    return QDir(resolveStorageRoot()).filePath(QStringLiteral("backups"));
}

Result<BackupManager::ToolInfo> BackupManager::pgToolVersion(const QString &path)
{
    return PgTools::version(path);
}

Result<BackupManager::ToolInfo> BackupManager::findPgTool(
    const QString &name, const QString &configuredPath, int neededMajor)
{
    return PgTools::find(name, configuredPath, neededMajor);
}

Result<BackupManager::Digests> BackupManager::digests(const QString &algorithm)
{
    return EngineBackup::create(m_connections)->digests(algorithm);
}

Result<qint64> BackupManager::catalogRows()
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        sql::Query q(db);
        if (StorageError e = sql::exec(q,
                QStringLiteral("SELECT (SELECT count(*) FROM products) + (SELECT count(*) FROM suppliers)"),
                {}, d, QCoreApplication::translate("BackupManager", "Cannot count the catalog's rows"));
            !e.ok())
            return e;
        return q.next() ? q.value(0).toLongLong() : 0;
    });
}

// --- Backup ------------------------------------------------------------------------------------------

Result<BackupManager::Manifest> BackupManager::backup(const BackupOptions &options, const Progress &progress)
{
    const std::unique_ptr<EngineBackup> engine = EngineBackup::create(m_connections);
    Result<Manifest> described = describeSet(*engine, options);
    if (!described)
        return described.error();
    Manifest manifest = described.value();
    if (!backup::report(progress, 0, QCoreApplication::translate("BackupManager", "Preparing the backup")))
        return backup::cancelled();
    const Result<QList<Manifest>> parentChain = parentChainFor(manifest, options);
    if (!parentChain)
        return parentChain.error();
    if (options.incremental) {
        manifest.kind = QLatin1String(Manifest::kIncrementalKind);
        manifest.parent = parentChain->last().fileName();
    }
    // What the set holds is fixed before the job's own journal row exists, so it does not hold it.
    if (StorageError e = engine->freeze(manifest, parentChain.value()); !e.ok())
        return e;
    BackupJournal journal(m_connections, JobKind::Backup);
    if (StorageError e = journal.start(); !e.ok())
        return e;
    QStringList made;
    bool done = false;
    const auto removeOnFailure = qScopeGuard([&] {
        if (!done)
            removeQuietly(made);
    });
    if (StorageError e = writeSet(*engine, manifest, options, journal.id(), made, progress); !e.ok())
        return journal.fail(e);
    if (StorageError e = journal.complete(manifest.totalRows()); !e.ok())
        return e; // the set is written but its journal row is not: say so rather than claim success
    done = true;
    backup::report(progress, 100, QCoreApplication::translate("BackupManager", "Backup written"));
    qCInfo(lcStorage) << "backup written" << manifest.path << manifest.totalRows() << "rows";
    return manifest;
}

// The folder, name, versions and tool of a new set; nothing is written yet.
Result<BackupManager::Manifest> BackupManager::describeSet(EngineBackup &engine, const BackupOptions &options)
{
    QDir dir(options.outputDir.isEmpty() ? defaultBackupDir() : options.outputDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("BackupManager", "Cannot create the backup folder %1")
                .arg(dir.path()));
    dir.makeAbsolute();
    const Result<int> schemaVersion = Migrator(m_connections).currentVersion();
    if (!schemaVersion)
        return schemaVersion.error();
    Manifest manifest;
    if (StorageError e = engine.describe(options.pgDumpPath, manifest); !e.ok())
        return e;
    manifest.createdAt = QDateTime::currentDateTime();
    manifest.path = dir.filePath(uniqueSetName(dir, manifest.createdAt) + QLatin1String(Manifest::kSuffix));
    manifest.engine = m_connections.dialect().engine();
    manifest.schemaVersion = schemaVersion.value();
    manifest.source = m_connections.config().displayName();
    return manifest;
}

// An incremental's parent and the chain it stands on (empty for a full backup): the newest complete
// set in the folder, of this engine and schema version, whole down to its full set.
Result<QList<BackupManager::Manifest>> BackupManager::parentChainFor(
    const Manifest &manifest, const BackupOptions &options) const
{
    if (!options.incremental)
        return QList<Manifest> {};
    const Result<Manifest> parent = BackupChain::newestIn(QFileInfo(manifest.path).absolutePath());
    if (!parent)
        return parent.error();
    if (parent->engine != manifest.engine || parent->schemaVersion != manifest.schemaVersion)
        return backup::failure(ErrorKind::Validation,
            QStringLiteral(
                "The newest set %1 is of another engine or schema version (%2 %3, this database %4 "
                "%5); take a full backup")
                .arg(parent->setName(), engineName(parent->engine))
                .arg(parent->schemaVersion)
                .arg(engineName(manifest.engine))
                .arg(manifest.schemaVersion));
    if (options.includeImages && parent->filePath(QLatin1String(Manifest::kImagesIndexRole)).isEmpty())
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("BackupManager",
                "The newest set %1 has no image archive to add the new images to; take a full "
                "backup with images")
                .arg(parent->setName()));
    return BackupChain::of(parent.value());
}

// The database file, the image archive and the manifest, last. Every path is added to `made`
// before it is written, so that a failure removes all of it.
StorageError BackupManager::writeSet(EngineBackup &engine, Manifest &manifest, const BackupOptions &options,
    qint64 journalRowId, QStringList &made, const Progress &progress)
{
    const QString base = manifest.path.chopped(qsizetype(qstrlen(Manifest::kSuffix)));
    const QString dataPath = base + (manifest.isIncremental() ? engine.deltaSuffix() : engine.fileSuffix());
    const QString partialPath = dataPath + QLatin1String(kPartialSuffix);
    // SQLite may leave the copy's rollback journal behind when the disk fills up mid-copy.
    made << partialPath << partialPath + QStringLiteral("-journal");
    const Result<Digests> tables = engine.dump(partialPath, journalRowId, progress);
    if (!tables)
        return tables.error();
    manifest.tables = tables.value();
    if (!QFile::rename(partialPath, dataPath))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("BackupManager", "Cannot rename %1 to %2")
                .arg(partialPath, dataPath));
    made << dataPath;
    if (StorageError e
        = manifest.addFile(dataPath, QLatin1String(Manifest::kDatabaseRole), engine.dumpSha256());
        !e.ok())
        return e;
    if (const RowHashes *hashes = engine.rowHashes()) {
        const QString hashesPath = base + QLatin1String(RowHashes::kSuffix);
        made << hashesPath;
        if (StorageError e = hashes->write(hashesPath); !e.ok())
            return e;
        if (StorageError e = manifest.addFile(hashesPath, QLatin1String(RowHashes::kRole)); !e.ok())
            return e;
    }
    if (options.includeImages) {
        if (StorageError e = writeImages(manifest, options, base, made, progress); !e.ok())
            return e;
    }
    const QString settingsPath = base + QLatin1String(Manifest::kSettingsSuffix);
    made << settingsPath;
    if (StorageError e = SettingsSnapshot::write(settingsPath); !e.ok())
        return e;
    if (StorageError e = manifest.addFile(settingsPath, QLatin1String(Manifest::kSettingsRole)); !e.ok())
        return e;
    if (!backup::report(progress, 95, QCoreApplication::translate("BackupManager", "Writing the manifest")))
        return backup::cancelled();
    made << manifest.path;
    return manifest.write();
}

// The image archive (an incremental: the files its parent's list does not have) and the list of
// every file of the store, for the next incremental.
StorageError BackupManager::writeImages(Manifest &manifest, const BackupOptions &options, const QString &base,
    QStringList &made, const Progress &progress)
{
    const QString imagesPath = base + QLatin1String(Manifest::kImagesSuffix);
    const QString indexPath = base + QLatin1String(Manifest::kImagesIndexSuffix);
    made << imagesPath << indexPath;
    const QString stage = QCoreApplication::translate("BackupManager", "Archiving the image store");
    if (!backup::report(progress, 88, stage))
        return backup::cancelled();
    const auto tick = [&] { return backup::report(progress, -1, stage); };
    StorageError e;
    if (manifest.isIncremental()) {
        const Result<Manifest> parent
            = Manifest::read(QFileInfo(manifest.path).dir().filePath(manifest.parent));
        if (!parent)
            return parent.error();
        e = ImageArchive::createIncremental(options.imagesDir, imagesPath,
            parent->filePath(QLatin1String(Manifest::kImagesIndexRole)), indexPath, tick);
    } else {
        e = ImageArchive::create(options.imagesDir, imagesPath, tick, indexPath);
    }
    if (!e.ok())
        return e;
    if (StorageError added = manifest.addFile(imagesPath, QLatin1String(Manifest::kImagesRole)); !added.ok())
        return added;
    return manifest.addFile(indexPath, QLatin1String(Manifest::kImagesIndexRole));
}

// --- Restore -----------------------------------------------------------------------------------------

Result<BackupManager::RestoreReport> BackupManager::restore(
    const QString &path, const RestoreOptions &options, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const Result<Manifest> read = Manifest::read(path);
    if (!read)
        return read.error();
    RestoreReport result;
    result.manifest = read.value();
    const Manifest &manifest = result.manifest;
    const Result<QList<Manifest>> chain = BackupChain::of(manifest);
    if (!chain)
        return chain.error();
    for (const Manifest &set : chain.value())
        result.chain << set.setName();
    if (StorageError e = checkRestorable(chain.value(), options); !e.ok())
        return e;
    const QString imagesPath
        = options.restoreImages && !manifest.filePath(QLatin1String(Manifest::kImagesRole)).isEmpty()
        ? chain->first().filePath(QLatin1String(Manifest::kImagesRole))
        : QString();

    // 1. Prove the set good: nothing live changes before it is.
    const std::unique_ptr<EngineBackup> engine = EngineBackup::create(m_connections);
    std::optional<ImageArchive> images;
    if (!imagesPath.isEmpty())
        images.emplace(imagesPath);
    if (StorageError e = proveSet(chain.value(), options, *engine, images ? &*images : nullptr, progress);
        !e.ok())
        return e;
    const qint64 provedMs = timer.elapsed();

    // 2. Replace the database, all or nothing; past this point a cancel is no longer honoured.
    if (!backup::report(progress, 60, QCoreApplication::translate("BackupManager", "Restoring the database")))
        return backup::cancelled();
    if (StorageError e = engine->restore(chain.value(), progress); !e.ok())
        return e;
    const qint64 replacedMs = timer.elapsed();
    if (StorageError e = checkRestored(*engine, result); !e.ok())
        return e;
    qCInfo(lcStorage) << "restore phases: set proven after" << provedMs << "ms, database replaced after"
                      << replacedMs << "ms, read back after" << timer.elapsed() << "ms";

    // 3. Bring the schema up to date and put the image store in place.
    backup::report(progress, 80, QCoreApplication::translate("BackupManager", "Applying migrations"));
    const Result<MigrationReport> migrated = Migrator(m_connections).migrate();
    if (!migrated)
        return migrated.error();
    const Result<int> version = Migrator(m_connections).currentVersion();
    result.schemaVersionAfter = version ? version.value() : 0;
    if (images) {
        backup::report(
            progress, 90, QCoreApplication::translate("BackupManager", "Restoring the image store"));
        if (StorageError e = images->swapInto(options.imagesDir); !e.ok())
            return backup::failure(e.kind,
                QCoreApplication::translate("BackupManager",
                    "The database was restored and verified, but the image store was not: %1")
                    .arg(e.message));
        result.imagesRestored = true;
    }

    BackupJournal journal(m_connections, JobKind::Restore);
    if (StorageError e = journal.start(manifest.totalRows()); !e.ok())
        return e;
    result.syncRecordId = journal.id();
    if (StorageError e = journal.complete(manifest.totalRows()); !e.ok())
        return e;
    result.milliseconds = timer.elapsed();
    backup::report(progress, 100, QCoreApplication::translate("BackupManager", "Restore verified"));
    qCInfo(lcStorage) << "restored" << manifest.path << manifest.totalRows() << "rows in"
                      << result.milliseconds << "ms";
    return result;
}

// The files against the manifest, the database file by its engine, the image archive checked and
// unpacked beside the store: all before anything live changes.
StorageError BackupManager::proveSet(const QList<Manifest> &chain, const RestoreOptions &options,
    EngineBackup &engine, ImageArchive *images, const Progress &progress)
{
    for (const Manifest &set : chain) {
        if (StorageError e = set.verifyFiles(options.restoreImages,
                [&](const QString &name) {
                    return backup::report(
                        progress, 1, QCoreApplication::translate("BackupManager", "Verifying %1").arg(name));
                });
            !e.ok())
            return e;
    }
    if (StorageError e = engine.verify(chain, options.pgRestorePath, progress); !e.ok())
        return e;
    if (!images)
        return {};
    const QString stage = QCoreApplication::translate("BackupManager", "Unpacking the image store");
    if (!backup::report(progress, 55, stage))
        return backup::cancelled();
    const auto tick = [&] { return backup::report(progress, -1, stage); };
    if (StorageError e = images->stage(options.imagesDir, tick); !e.ok())
        return e;
    for (const Manifest &set : chain.mid(1)) {
        if (StorageError e = images->stageMore(set.filePath(QLatin1String(Manifest::kImagesRole)), tick);
            !e.ok())
            return e;
    }
    return {};
}

StorageError BackupManager::checkRestorable(const QList<Manifest> &chain, const RestoreOptions &options) const
{
    const Manifest &manifest = chain.last();
    if (options.restoreImages && !manifest.filePath(QLatin1String(Manifest::kImagesRole)).isEmpty()) {
        if (options.imagesDir.isEmpty())
            return backup::failure(ErrorKind::Validation,
                QCoreApplication::translate("BackupManager",
                    "The backup has an image archive but no image store folder is configured"));
        for (const Manifest &set : chain) {
            if (set.filePath(QLatin1String(Manifest::kImagesRole)).isEmpty())
                return backup::failure(ErrorKind::Validation,
                    QStringLiteral(
                        "%1 of the chain of %2 has no image archive: its images cannot be restored "
                        "(restore without images)")
                        .arg(set.setName(), manifest.setName()));
        }
    }
    const Engine connected = m_connections.dialect().engine();
    if (manifest.engine != connected)
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate(
                "BackupManager", "This backup is of a %1 database; the connected database is %2")
                .arg(engineName(manifest.engine), engineName(connected)));
    if (manifest.schemaVersion > Migrator::latestVersion())
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("BackupManager",
                "This backup has schema version %1; this program knows versions up to %2. "
                "Restore it with a newer Catalog Admin.")
                .arg(manifest.schemaVersion)
                .arg(Migrator::latestVersion()));
    return {};
}

// What the restore committed is read back once more, table by table, before anything else writes.
StorageError BackupManager::checkRestored(EngineBackup &engine, RestoreReport &result)
{
    result.restored.clear();
    const Result<Digests> restored = engine.digests(result.manifest.checksumAlgorithm);
    if (!restored)
        return restored.error();
    result.restored = manifestTablesOf(result.manifest, restored.value());
    const QStringList differences = result.manifest.differences(result.restored);
    if (differences.isEmpty())
        return {};
    BackupJournal journal(m_connections, JobKind::Restore);
    return journal.fail(
        backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("BackupManager", "The restored database differs from the backup: %1")
                .arg(differences.join(QStringLiteral("; ")))),
        differences.size());
}

// --- Retention ---------------------------------------------------------------------------------------

Result<QList<BackupManager::BackupSet>> BackupManager::list(const QString &dir)
{
    return BackupRetention::list(dir);
}

Result<BackupManager::CleanupReport> BackupManager::cleanup(
    const QString &dir, int keepLast, int keepDays, bool dryRun, const QDateTime &now)
{
    Result<CleanupReport> plan = BackupRetention::plan(dir, keepLast, keepDays, now);
    if (!plan || dryRun)
        return plan;
    if (StorageError e = BackupRetention::apply(plan.value()); !e.ok())
        return e;
    return plan;
}

} // namespace catalog
