#pragma once

#include "core/storageerror.h"
#include "maintenance/backup/backupcommon_p.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace catalog {

class SqlDialect;

// The database file of an incremental PostgreSQL set (`.delta`): per table, its key ranges as they
// stand (what is not in them was deleted) and, as COPY text, every row written since the parent's
// snapshot.
//
// "Written since" is decided by the row version's writer, not by a clock: a row version is in the
// delta exactly when the parent's snapshot (its change mark, "xmin:xmax:xip") could not see the
// transaction that wrote it (pg_visible_in_snapshot): one that had not started, or was still running
// then — even one that commits long after, with an older updated_at. Whatever that snapshot saw is
// in the parent, so nothing is missed and nothing taken twice, whatever else ran in the cluster
// meanwhile. The 32-bit xmin is widened against the delta's own snapshot, and a parent more
// than 2^32 transactions back takes every row. Soft deletions are updates and come with the rows;
// hard deletions show as keys missing from the ranges. Tables without a single integer key are
// taken whole.
//
// File: a first line "catalog-admin-delta-zlib 1" and the zlib-compressed (qCompress) text: a line
// "catalog-admin-delta 1", then per table a line "#table {json}" (name, key,
// columns, ranges, sequence value) followed by its rows in COPY text and a line "\.". Tables are
// in foreign-key order, parents first. A delta is built and read in memory (it is what changed,
// not the catalog); one over 1 GiB is stored uncompressed.
//
// Static and blocking; write() runs on the caller's connection inside its (snapshot) transaction.
// Errors are StorageError; a file that is not a delta is a Validation error.
class PostgresDelta
{
public:
    static constexpr auto kSuffix = ".delta";

    // The connection's current snapshot as text ("xmin:xmax:xip,..."): a set's change mark. A row
    // version belongs in the next incremental exactly when that snapshot could not see its writer
    // (pg_visible_in_snapshot), so transactions running elsewhere in the cluster while the parent
    // was taken add nothing to it. And the database's identity.
    static Result<QString> snapshotMark(QSqlDatabase &db, const SqlDialect &dialect);
    // The xmin of a change mark; nullopt when the text is not a snapshot.
    static std::optional<qint64> markXmin(const QString &mark);
    static Result<QString> databaseId(QSqlDatabase &db, const SqlDialect &dialect);
    static StorageError write(QSqlDatabase &db, const SqlDialect &dialect, const QString &sinceMark,
        const QString &path, const BackupProgress &progress);
    // The file is a delta whose every block is whole; its table names.
    static Result<QStringList> check(const QString &path);
    // The SQL, for psql inside the restore's transaction, that turns the full set restored into
    // `schema` into the state of the last delta of `paths` (oldest first).
    static Result<QByteArray> applySql(const QStringList &paths, const QString &schema);
};

} // namespace catalog
