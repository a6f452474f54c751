#pragma once

#include "core/storageerror.h"
#include "maintenance/backup/backupcommon_p.h"
#include "maintenance/backup/backupmanifest.h"
#include "maintenance/backup/rowhashes_p.h"

struct sqlite3;
struct sqlite3_stmt;

namespace catalog {

class Sha256Hasher;

// The row counts and checksums of every table of an SQLite database, read through SQLite's own
// API on the handle the caller already has open (the backup's copy, the staged copy, the live
// connection): no QVariant per value, one incremental SHA-256 per table fed through a buffer.
//
// A row's values are hashed as they always were: per column a type tag (n, i, r, b, t), the
// value's byte length as a native 64-bit integer, and its bytes: integers in decimal, reals as
// QByteArray::number(v, 'g', 17), blobs as they are, text as UTF-8 (text that is not valid UTF-8
// as Qt's QString made it, as the former QtSql reader did). The checksum of new sets
// ("sqlite-sha256-row-sum", RowHashes) is the sum of each row's SHA-256 (its first eight bytes,
// big-endian) modulo 2^64; sets written before it ("sqlite-sha256-typed-values") hashed all rows
// in primary-key (else rowid) order into one SHA-256, and are still checked with that.
//
// Static and blocking; runs on the caller's thread and handle. Errors are StorageError: Busy for
// a locked database, Validation for a damaged file, Internal otherwise; Cancelled when `progress`
// says no (asked between tables and every 50,000 rows).
class SqliteDigest
{
public:
    using Digests = BackupManifest::Digests;

    // Every table's digest in `algorithm` (empty: the row sums); with `hashes`, the row hashes of
    // every table with a single integer key go into it too (complete).
    static Result<Digests> of(sqlite3 *db, const BackupProgress &progress, int fromPercent, int toPercent,
        const QString &algorithm = {}, RowHashes *hashes = nullptr);
    static Result<BackupManifest::TableDigest> ofTable(sqlite3 *db, const QString &table,
        const std::function<bool()> &tick, const QString &algorithm, RowHashes::Table *rows = nullptr);
    // The hash of the row `row` is on, from column `firstColumn` to its last.
    static quint64 rowHash(sqlite3_stmt *row, int firstColumn, Sha256Hasher &hash);
    // The table's single INTEGER primary key column, or empty.
    static Result<QString> integerKey(sqlite3 *db, const QString &schema, const QString &table);
};

} // namespace catalog
