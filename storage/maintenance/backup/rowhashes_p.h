#pragma once

#include "core/storageerror.h"
#include "maintenance/backup/backupmanifest.h"

#include <QList>
#include <QMap>
#include <QString>

namespace catalog {

// The per-row hashes of a backup set (`catalog_backup_….rowhashes`), which let an incremental set
// carry the checksums of the whole catalog without reading the whole catalog.
//
// A table's checksum in the "row-sum" algorithms is its row count and the sum, modulo 2^64, of a
// 64-bit hash of each row (PostgreSQL: the first 16 hex digits of md5(row::text); SQLite: the first
// 8 bytes of the SHA-256 of the row's typed values). A sum does not depend on the order of the
// rows, so a restore recomputes it from the rows alone, and an incremental brings its parent's up
// to date: the parent's row hashes, less those of the rows deleted or changed since, plus those of
// the rows it carries.
//
// A full set's file holds every row of every table with a single integer key (complete tables);
// an incremental's the rows it carries and the keys it deleted. Tables without such a key are
// summed whole by every set and are not here. stateOf() rebuilds the hashes as the last set of a
// chain stood and proves them against that set's manifest; next() derives the new set's
// table from that state, what changed and the keys that stand now.
//
// File: a first line "catalog-admin-row-hashes 1", then blocks (a 32-bit little-endian length, a
// kind byte, the data): per table its name and whether it is complete, then its sorted rows (each
// key as a zigzag varint of its difference from the key before, its hash as 8 little-endian
// bytes) and deleted keys (varints), in pieces of at most 2^20 entries; an end block with the
// number of tables closes the file, so one cut short is refused.
//
// Plain values and static functions; blocking file I/O. Errors are StorageError (Validation for a
// file that is not readable as row hashes or does not fit its set).
class RowHashes
{
public:
    struct Row
    {
        qint64 key = 0;
        quint64 hash = 0;
        bool operator<(const Row &other) const { return key < other.key; }
    };
    struct Table
    {
        bool complete = false; // every row of the table (a full set), else the changes of a delta
        QList<Row> rows; // sorted by key, keys unique
        QList<qint64> deleted; // sorted
    };
    using Tables = QMap<QString, Table>;

    static constexpr auto kSuffix = ".rowhashes";
    static constexpr auto kRole = "row-hashes";
    static constexpr auto kPostgresAlgorithm = "postgresql-md5-row-sum";
    static constexpr auto kSqliteAlgorithm = "sqlite-sha256-row-sum";
    // The one definition of a PostgreSQL row's hash, over the row alias `t`; a signed bigint.
    static constexpr auto kPostgresRowHash = "('x' || substr(md5(t::text), 1, 16))::bit(64)::bigint";

    Tables tables;

    StorageError write(const QString &path) const;
    static Result<RowHashes> read(const QString &path);

    // The hashes of every keyed table as the last set of `chain` (full set first) stood, proven
    // against its manifest's counts and sums. Validation error when a set of the chain has no
    // row hashes (it was written before checksums were sums) or they do not fit.
    static Result<RowHashes> stateOf(const QList<BackupManifest> &chain);

    // A table's checksum: the decimal text of the sum of its row hashes, modulo 2^64.
    static QString checksumText(quint64 sum);
    static quint64 sumOf(const QList<Row> &rows);
    static void sortRows(QList<Row> &rows);

    // The next set's view of one keyed table, from `parent` (complete, as the parent stood), the
    // rows written since (`changed`, any order), the rows the table holds now (`standing`) and the
    // parent's keys deleted since (`deleted`, sorted). Internal error when they do not add up (a
    // row would be missing from the chain): the set is not written then.
    struct Incremental
    {
        Table changes; // what the new set's file holds for the table
        BackupManifest::TableDigest digest; // of the table as it stands now
        QList<QPair<qint64, qint64>> ranges; // its keys now, as inclusive runs
    };
    static Result<Incremental> next(const QString &table, const Table &parent, QList<Row> changed,
        qint64 standing, QList<qint64> deleted);
    // How many of `changed` (sorted) the parent does not have: the rows inserted since.
    static qint64 newRows(const Table &parent, const QList<Row> &changed);
    // The parent's keys missing from `now` (sorted).
    static QList<qint64> missingKeys(const Table &parent, const QList<qint64> &now);
};

} // namespace catalog
