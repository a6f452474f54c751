#pragma once

#include "config/connectionconfig.h"
#include "core/storageerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace catalog {

class ConnectionManager;

// Maintenance ▸ Backup / Restore and `catalogctl backup|restore|cleanup-backups`.
//
// A backup set is `catalog_backup_YYYYMMDD_HHMMSS.<ext>` (PostgreSQL: a pg_dump custom-format
// archive, `.dump`; SQLite: a copy made with SQLite's online backup API, `.sqlite`), optionally
// `…_images.tar` (the image store), and `….manifest.json` beside them, written last: a set without
// its manifest is incomplete and never restored. The manifest records the engine, server and schema
// versions, the row count and a row-by-row checksum of every table, and the size and sha256 of every
// file.
//
// The checksums describe exactly what the archive holds: on PostgreSQL they are computed in a
// REPEATABLE READ transaction whose snapshot pg_dump is given (--snapshot), on SQLite from the copy
// itself. The backup's own sync_records row is not part of the set (it began after the snapshot).
//
// Restore checks the files against the manifest first, loads the archive (pg_restore
// --single-transaction, or SQLite's backup API into the live database: all or nothing either way,
// cancel included), compares every table with the manifest, then applies the migrations this
// program has beyond the backup's schema version, and only then writes its sync_records row and
// reports success. A mismatch is an error naming the tables.
//
// Blocking; run it on a worker thread. Uses the calling thread's connection.
class BackupManager
{
public:
    struct TableDigest
    {
        qint64 rows = 0;
        QString checksum;
        bool operator==(const TableDigest &other) const = default;
    };
    using Digests = QMap<QString, TableDigest>;

    struct FileEntry
    {
        QString name; // relative to the manifest's folder
        QString role; // "database" or "images"
        qint64 size = 0;
        QString sha256;
    };

    struct Manifest
    {
        QString path; // the manifest file (absolute)
        QDateTime createdAt;
        Engine engine = Engine::SQLite;
        QString serverVersion;
        int schemaVersion = 0;
        QString tool; // e.g. "pg_dump (PostgreSQL) 15.18"
        int toolMajor = 0; // PostgreSQL: the major version of pg_dump
        QString source; // the database's display name (never a password)
        QString checksumAlgorithm;
        Digests tables;
        QList<FileEntry> files;

        QJsonObject toJson() const;
        static Result<Manifest> fromJson(const QJsonObject &object, const QString &path);
        // `path` is the manifest or any file of its set.
        static Result<Manifest> read(const QString &path);
        QString filePath(const QString &role) const; // absolute path of that role's file, or empty
        qint64 totalRows() const;
    };

    struct BackupOptions
    {
        QString outputDir;
        bool includeImages = false;
        QString imagesDir; // the image store's `images` folder
        QString pgDumpPath; // empty: found by version (see findPgTool)
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
        Digests restored;
        int schemaVersionAfter = 0;
        bool imagesRestored = false;
        qint64 syncRecordId = 0;
        qint64 milliseconds = 0;
    };

    struct BackupSet
    {
        QString name; // catalog_backup_YYYYMMDD_HHMMSS
        QDateTime createdAt;
        QStringList files; // absolute paths, manifest included
        qint64 bytes = 0;
        bool complete = false; // has a readable manifest
    };

    struct CleanupReport
    {
        QList<BackupSet> kept;
        QList<BackupSet> removed;
    };

    struct ToolInfo
    {
        QString path;
        QString versionText;
        int major = 0;
    };

    // Called between stages and during long ones: percent (0–100, or -1 when unknown) and what is
    // happening. Returning false cancels: nothing half-made is left behind.
    using Progress = std::function<bool(int percent, const QString &stage)>;

    static constexpr int kDefaultKeepLast = 7;
    static constexpr int kDefaultKeepDays = 30;

    explicit BackupManager(ConnectionManager &connections);

    Result<Manifest> backup(const BackupOptions &options, const Progress &progress = {});
    Result<RestoreReport> restore(const QString &path, const RestoreOptions &options, const Progress &progress = {});

    // Row counts and checksums of every table of the connected database.
    Result<Digests> digests();
    // Products plus suppliers in the connected database: restoring over them needs a confirmation.
    Result<qint64> catalogRows();

    // The backup sets in a folder, newest first (complete or not).
    static Result<QList<BackupSet>> list(const QString &dir);
    // Keeps the newest keepLast sets and every set newer than keepDays days; removes the rest
    // (incomplete sets older than a day included). dryRun: only says what would go.
    static Result<CleanupReport> cleanup(const QString &dir, int keepLast, int keepDays, bool dryRun,
                                         const QDateTime &now = QDateTime::currentDateTime());

    // pg_dump / pg_restore that fits a server (or archive) of `neededMajor`: the configured path,
    // else /usr/lib/postgresql/<major>/bin, else PATH, else the newest installed. An error says
    // which version was found and what is needed.
    static Result<ToolInfo> findPgTool(const QString &name, const QString &configuredPath, int neededMajor);
    static Result<ToolInfo> pgToolVersion(const QString &path);

    static QString defaultBackupDir(); // <storage root>/backups
    static QString setName(const QDateTime &when);

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
