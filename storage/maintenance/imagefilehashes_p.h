#pragma once

#include "core/storageerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace catalog {

class SqlDialect;

// What the last consistency check computed for each stored image file (table image_file_hashes,
// migration 13): its size, modification time and sha256. The check asks sha256() for every file
// it verifies; a file whose size and modification time are as recorded is not read again, so a
// check over a large image store reads only what changed since the last one.
//
// load() and save() use the caller's connection; save() writes only what changed. One instance per check, on the check's thread.
class ImageFileHashes
{
public:
    StorageError load(QSqlDatabase &db, const SqlDialect &d);
    // The sha256 of the file at `path` (absolute), recorded under `localPath`; nullopt when it
    // cannot be read to the end (a damaged file, as much as a wrong checksum is).
    std::optional<QString> sha256(const QString &localPath, const QString &path);
    StorageError save(QSqlDatabase &db, const SqlDialect &d);

    qint64 hashed() const { return m_hashed; } // files read this time
    qint64 reused() const { return m_reused; } // files whose recorded hash still held

    static std::optional<QString> hashFile(const QString &path);

private:
    struct Entry
    {
        qint64 size = -1;
        qint64 modifiedMs = 0;
        QString sha256;
        bool changed = false;
    };
    QHash<QString, Entry> m_entries;
    qint64 m_hashed = 0;
    qint64 m_reused = 0;
};

} // namespace catalog
