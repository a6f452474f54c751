#pragma once

#include "config/connectionconfig.h"
#include "core/storageerror.h"
#include "maintenance/backup/backupmanifest.h"
#include "maintenance/backup/backupretention.h"
#include "maintenance/backup/pgtools.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace catalog {

class ConnectionManager;
class EngineBackup;
class ImageArchive;

// Maintenance ▸ Backup / Restore and `catalogctl backup|restore|cleanup-backups`.
//
// A backup set is `catalog_backup_YYYYMMDD_HHMMSS.<ext>` (PostgreSQL: a pg_dump custom-format
// archive, `.dump`; SQLite: a copy made with SQLite's online backup API, `.sqlite`), optionally
// `…_images.tar` (the image store), and `….manifest.json` beside them, written last (see
// BackupManifest). The checksums describe exactly what the archive holds; the backup's own
// sync_records row is not part of the set.
//
// Restore proves the set good before anything live changes: the files against the manifest, the
// database file readable with exactly the manifest's tables (SQLite: a checked copy, every table's
// rows and checksum), the image archive checked and unpacked beside the store. Then it replaces
// the database all or nothing (PostgreSQL: the tables are compared with the manifest inside the
// restore's transaction), applies the migrations this program has beyond the backup's schema
// version, swaps the image folder in, and only then writes its sync_records row and reports
// success. A refused restore leaves the database and the image store exactly as they were.
//
// Incremental sets (`backup` with `incremental`) hold only what changed since the newest complete
// set in the folder, their parent (see PostgresDelta, SqliteDelta), the images added since, and
// the checksums of the whole catalog; restoring one restores its chain (BackupChain), full set
// first, and verifies the result against its own manifest. Every set carries the settings file
// without secrets (SettingsSnapshot).
//
// A coordinator over named parts: BackupManifest, BackupChain, EngineBackup (PostgresBackup,
// SqliteBackup), ImageArchive, BackupRetention, PgTools. Blocking; run it on a worker thread. Uses the
// calling thread's connection. Errors are StorageError with what, where and why.
class BackupManager
{
public:
    using Manifest = BackupManifest;
    using TableDigest = BackupManifest::TableDigest;
    using Digests = BackupManifest::Digests;
    using FileEntry = BackupManifest::FileEntry;
    using BackupSet = BackupRetention::BackupSet;
    using CleanupReport = BackupRetention::CleanupReport;
    using ToolInfo = PgTools::Tool;

    struct BackupOptions
    {
        QString outputDir;
        bool includeImages = false;
        QString imagesDir; // the image store's `images` folder
        QString pgDumpPath; // empty: found by version (see findPgTool)
        // Only what changed since the newest complete set in outputDir; with includeImages, only
        // the image files added since (the parent must have its image archive then).
        bool incremental = false;
    };

    struct RestoreOptions
    {
        bool restoreImages = true; // when the set has an image archive
        QString imagesDir;
        QString pgRestorePath;
    };

    struct RestoreReport
    {
        Manifest manifest;
        QStringList chain; // the sets restored, full set first (just the set for a full one)
        Digests restored;
        int schemaVersionAfter = 0;
        bool imagesRestored = false;
        qint64 syncRecordId = 0;
        qint64 milliseconds = 0;
    };

    // Called between stages and during long ones: percent (0–100, or -1 when unknown) and what is
    // happening. Returning false cancels: nothing half-made is left behind.
    using Progress = std::function<bool(int percent, const QString &stage)>;

    static constexpr int kDefaultKeepLast = 7;
    static constexpr int kDefaultKeepDays = 30;

    explicit BackupManager(ConnectionManager &connections);

    Result<Manifest> backup(const BackupOptions &options, const Progress &progress = {});
    Result<RestoreReport> restore(
        const QString &path, const RestoreOptions &options, const Progress &progress = {});

    // Row counts and checksums of every table of the connected database, in `algorithm` (a
    // manifest's checksum_algorithm; empty: the one new sets are written with).
    Result<Digests> digests(const QString &algorithm = {});
    // Products plus suppliers in the connected database: restoring over them needs a confirmation.
    Result<qint64> catalogRows();

    // The backup sets in a folder, newest first (complete or not).
    static Result<QList<BackupSet>> list(const QString &dir);
    // Keeps the newest keepLast sets and every set newer than keepDays days; removes the rest
    // (incomplete sets older than a day included). dryRun: only says what would go.
    static Result<CleanupReport> cleanup(const QString &dir, int keepLast, int keepDays, bool dryRun,
        const QDateTime &now = QDateTime::currentDateTime());

    // pg_dump / pg_restore that fits a server (or archive) of `neededMajor` (see PgTools::find).
    static Result<ToolInfo> findPgTool(const QString &name, const QString &configuredPath, int neededMajor);
    static Result<ToolInfo> pgToolVersion(const QString &path);

    static QString defaultBackupDir(); // <storage root>/backups
    static QString setName(const QDateTime &when);

private:
    Result<Manifest> describeSet(EngineBackup &engine, const BackupOptions &options);
    Result<QList<Manifest>> parentChainFor(const Manifest &manifest, const BackupOptions &options) const;
    StorageError writeSet(EngineBackup &engine, Manifest &manifest, const BackupOptions &options,
        qint64 journalRowId, QStringList &made, const Progress &progress);
    StorageError writeImages(Manifest &manifest, const BackupOptions &options, const QString &base,
        QStringList &made, const Progress &progress);
    StorageError checkRestorable(const QList<Manifest> &chain, const RestoreOptions &options) const;
    StorageError proveSet(const QList<Manifest> &chain, const RestoreOptions &options, EngineBackup &engine,
        ImageArchive *images, const Progress &progress);
    StorageError checkRestored(EngineBackup &engine, RestoreReport &result);

    ConnectionManager &m_connections;
};

} // namespace catalog
