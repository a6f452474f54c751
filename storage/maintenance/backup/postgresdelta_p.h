#pragma once

#include "core/storageerror.h"
#include "maintenance/backup/backupcommon_p.h"
#include "maintenance/backup/rowhashes_p.h"

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace catalog {

class SqlDialect;

// The database file of an incremental PostgreSQL set (`.delta`): per table, its key ranges as they
// stand (what is not in them was deleted) and, as COPY text, every row written since the parent's
// snapshot.
//
// "Written since" is decided by the row version's writer, not by a clock: every row version whose
// writer's xid is at or after the parent snapshot's xmin (its change mark, "xmin:xmax:xip") is
// read — that takes in every transaction the snapshot could not see, even one that commits long
// after with an older updated_at, and writes made in subtransactions of one running then (whose
// xids the mark does not list) — and, given the parent's row hashes, those whose hash the parent
// already has are left out again. So nothing is missed and nothing taken twice, whatever else ran
// in the cluster meanwhile. A parent more than 2^31 transactions back takes every row. Soft
// deletions are updates and come with the rows;
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
    // Every table of the schema with a single integer primary key, and that key's column: the
    // tables whose deltas carry changed rows only (the others are taken whole).
    static Result<QMap<QString, QString>> integerKeys(QSqlDatabase &db, const SqlDialect &dialect);
    // What write() made of one table, given the parent's row hashes: the table's digest as it
    // stands, its key (empty: taken whole) and, keyed, what the new set's row hashes hold of it.
    struct Written
    {
        BackupManifest::TableDigest digest;
        QString key;
        RowHashes::Table changes;
    };
    // Writes the delta. With `parent` (the parent chain's row hashes), each table's digest is
    // brought up to date into `written` from the rows the delta carries (counting the table, and
    // reading its keys only when rows were deleted); without, each table's key ranges are read.
    static StorageError write(QSqlDatabase &db, const SqlDialect &dialect, const QString &sinceMark,
        const QString &path, const BackupProgress &progress, const RowHashes *parent = nullptr,
        QMap<QString, Written> *written = nullptr);
    // Runs `statement` (COPY … TO STDOUT) on the driver's libpq handle, giving each line (with its
    // line break) to `line`; false from it stops taking lines (Cancelled). Errors carry the
    // server's message.
    static StorageError copyOut(
        QSqlDatabase &db, const QByteArray &statement, const std::function<bool(const char *, int)> &line);
    // The file is a delta whose every block is whole; its table names.
    static Result<QStringList> check(const QString &path);
    // The SQL, for psql inside the restore's transaction, that turns the full set restored into
    // `schema` into the state of the last delta of `paths` (oldest first).
    static Result<QByteArray> applySql(const QStringList &paths, const QString &schema);
};

} // namespace catalog
