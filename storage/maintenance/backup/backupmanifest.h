#pragma once

#include "config/connectionconfig.h"
#include "core/storageerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace catalog {

// The description of a backup set, `catalog_backup_…manifest.json`, written last beside its files:
// engine, server and schema versions, the row count and checksum of every table, and the size and
// sha256 of every file. A set without a readable manifest is incomplete and never restored.
//
// A set is full or incremental. An incremental set names its parent (the manifest file of the set
// it was taken against, in the same folder) and its database file holds only what changed since
// the parent's snapshot; its tables are still the checksums of the whole catalog as it stood, so
// a chain restored up to it is verified like a full set. Incremental manifests are format 2, which
// a program that knows only full sets refuses to read.
//
// A plain value; reading and writing are blocking file operations. Errors are StorageError
// (Validation for a manifest that is not usable, NotFound for a missing file).
class BackupManifest
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
        QString role; // kDatabaseRole, kImagesRole, kImagesIndexRole or kSettingsRole
        qint64 size = 0;
        QString sha256;
    };

    static constexpr auto kDatabaseRole = "database";
    static constexpr auto kImagesRole = "images";
    static constexpr auto kImagesIndexRole = "images-index"; // every image file of the store, one per line
    static constexpr auto kSettingsRole = "settings"; // the settings file without secrets
    static constexpr auto kFullKind = "full";
    static constexpr auto kIncrementalKind = "incremental";
    static constexpr auto kSuffix = ".manifest.json";
    static constexpr auto kImagesSuffix = "_images.tar";
    static constexpr auto kImagesIndexSuffix = ".images.txt";
    static constexpr auto kSettingsSuffix = ".settings.ini";

    QString path; // the manifest file (absolute)
    QDateTime createdAt;
    Engine engine = Engine::SQLite;
    QString serverVersion;
    int schemaVersion = 0;
    QString tool; // e.g. "pg_dump (PostgreSQL) 15.18"
    int toolMajor = 0; // PostgreSQL: the major version of pg_dump
    QString source; // the database's display name (never a password)
    QString checksumAlgorithm;
    QString kind = QLatin1String(kFullKind);
    QString parent; // incremental: the parent's manifest file name, in this folder
    // What an incremental taken against this set starts from. PostgreSQL: the backup's
    // snapshot as text ("xmin:xmax:xip,...", see PostgresDelta); SQLite: empty (the child
    // compares rows with the state of this set's chain).
    QString changeMark;
    QString databaseId; // PostgreSQL: system identifier/timeline/database oid; SQLite: empty
    Digests tables;
    QList<FileEntry> files;

    QJsonObject toJson() const;
    static Result<BackupManifest> fromJson(const QJsonObject &object, const QString &path);
    // `path` is the manifest or any file of its set.
    static Result<BackupManifest> read(const QString &path);
    // Atomically (a half-written manifest never replaces a good one).
    StorageError write() const;

    QString filePath(const QString &role) const; // absolute path of that role's file, or empty
    bool isIncremental() const { return kind == QLatin1String(kIncrementalKind); }
    QString fileName() const; // of the manifest
    QString setName() const; // catalog_backup_YYYYMMDD_HHMMSS[_N]
    qint64 totalRows() const;
    // Records a file of the set with its size and sha256 (`knownSha256` when the writer of the
    // finished file already hashed it, else read here).
    StorageError addFile(const QString &filePath, const QString &role, const QString &knownSha256 = {});
    // Every file (the image archive only when `withImages`) has the size and sha256 recorded.
    // `tick` is asked before each file whether to go on.
    StorageError verifyFiles(bool withImages, const std::function<bool(const QString &name)> &tick) const;
    // What differs between the recorded tables and `actual`, one phrase per table: tables missing
    // on either side, other row counts, other contents. Empty when they are the same.
    QStringList differences(const Digests &actual) const;
};

} // namespace catalog
