#pragma once

#include "core/storageerror.h"
#include "maintenance/backup/backupcommon_p.h"
#include "maintenance/backup/backupmanifest.h"

struct sqlite3;

namespace catalog {

// The row counts and checksums of every table of an SQLite database, read through SQLite's own
// API on the handle the caller already has open (the backup's copy, the staged copy, the live
// connection): no QVariant per value, one incremental SHA-256 per table fed through a buffer.
//
// The checksum ("sqlite-sha256-typed-values") is unchanged from the sets already written: per
// row in primary-key (else rowid) order, per column a type tag (n, i, r, b, t), the value's byte
// length as a native 64-bit integer, and its bytes: integers in decimal, reals as
// QByteArray::number(v, 'g', 17), blobs as they are, text as UTF-8 (text that is not valid UTF-8
// as Qt's QString made it, as the former QtSql reader did).
//
// Static and blocking; runs on the caller's thread and handle. Errors are StorageError: Busy for
// a locked database, Validation for a damaged file, Internal otherwise; Cancelled when `progress`
// says no (asked between tables and every 50,000 rows).
class SqliteDigest
{
public:
    using Digests = BackupManifest::Digests;

    static Result<Digests> of(sqlite3 *db, const BackupProgress &progress, int fromPercent, int toPercent);
    static Result<BackupManifest::TableDigest> ofTable(
        sqlite3 *db, const QString &table, const std::function<bool()> &tick);
};

} // namespace catalog
