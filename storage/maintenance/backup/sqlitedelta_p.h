#pragma once

#include "core/storageerror.h"
#include "maintenance/backup/backupcommon_p.h"
#include "maintenance/backup/backupmanifest.h"
#include "maintenance/backup/rowhashes_p.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace catalog {

// The database file of an incremental SQLite set (`.delta.sqlite`): an SQLite file with, per table
// of the catalog, the rows that differ from the parent's state (new or changed; soft deletions are
// changes), `catalog_delta_tables` (name, key column, order) and `catalog_delta_ranges` (every
// table's keys as they stand, as ranges: a key of the parent that is in none was deleted).
//
// "Differ" is decided inside one read transaction of the live database by comparing every row's
// hash with the parent chain's row hashes (RowHashes; for chains of older sets without them, every
// row with the parent's state rebuilt from the chain): no clock and no trigger is trusted, so
// writers that commit at any moment, a restore in between or another database in the folder
// cannot make a change go missing. Tables without a single integer key are taken whole.
//
// Static and blocking, on the caller's handles and thread. Errors are StorageError (Validation
// for a delta that does not fit the database it is applied to).
class SqliteDelta
{
public:
    static constexpr auto kSuffix = ".delta.sqlite";

    // Copies the full set of `chain` into `target` and applies every incremental of it in order.
    static StorageError build(
        const QList<BackupManifest> &chain, const QString &target, const BackupProgress &progress);
    // Applies one delta to `db` in one transaction, the triggers set aside meanwhile.
    static StorageError apply(sqlite3 *db, const QString &deltaPath);
    using Digests = BackupManifest::Digests;

    // `live` has the parent's state attached as "parent" and an empty file as "delta", and is
    // inside the read transaction whose state is being backed up: writes the delta into "delta".
    static StorageError write(sqlite3 *live, const BackupProgress &progress);
    // The same without the parent's rows: `live` has only "delta" attached, and every row is read
    // once and compared by its hash with `parent` (the parent chain's row hashes). Returns every
    // table's digest as it stands and puts what the new set's row hashes hold into `changes`.
    static Result<Digests> writeFromHashes(
        sqlite3 *live, const RowHashes &parent, const BackupProgress &progress, RowHashes &changes);
};

} // namespace catalog
