#pragma once

#include "maintenance/backup/backupconnection_p.h"
#include "maintenance/backup/enginebackup_p.h"
#include "maintenance/backup/pgtools.h"
#include "maintenance/backup/postgresdelta_p.h"
#include "maintenance/backup/rowhashes_p.h"

#include <QSqlDatabase>

#include <optional>

namespace catalog {

class SqlDialect;

// PostgreSQL backups: a pg_dump custom-format archive (`.dump`).
//
// Checksums ("postgresql-md5-row-sum", see RowHashes): per table the row count and the sum of a
// hash of every row's text, md5'ed in the database (digestSql() and RowHashes::kPostgresRowHash,
// the one definition). A full backup reads every keyed table's row hashes out by COPY, in a
// REPEATABLE READ transaction whose snapshot pg_dump is given (--snapshot), so they describe
// exactly what the archive holds, and keeps them in the set (`.rowhashes`); pg_dump runs beside
// that, and a cancel or failure kills it before dump() returns. Sets written before the sums
// ("postgresql-md5-row-text": an md5 of the rows' md5s in key order) are still verified and
// restored with their own algorithm.
//
// verify() reads the archive's table of contents with pg_restore --list and refuses a set whose
// tables are not exactly the manifest's. restore() relays the archive's SQL (pg_restore -f -, with
// a \restrict key so that psql runs no meta-command from it) into psql --single-transaction
// -v ON_ERROR_STOP=1, followed by a check that recomputes every table's rows and checksum on the
// server and raises an exception when one differs (or, when pg_restore did not finish, by an
// exception outright): a set that does not match rolls back as a whole, drops included, and the
// live database stays as it was.
//
// Incremental sets (PostgresDelta, `.delta`): the delta is read on one snapshot, after the full
// set's snapshot is checked to be of this database (cluster, timeline, database); the checksums of
// the whole database follow from the parent chain's row hashes and the hashes of the rows the
// delta carries, so only what changed is read (a chain without row hashes is checksummed whole). A chain is
// restored in the same one transaction: the full set's archive, then every delta in order, then the check
// against the last manifest.
class PostgresBackup final : public EngineBackup
{
public:
    explicit PostgresBackup(ConnectionManager &connections);

    QString fileSuffix() const override { return QStringLiteral(".dump"); }
    QString deltaSuffix() const override;
    StorageError describe(const QString &toolPath, BackupManifest &manifest) override;
    StorageError freeze(BackupManifest &manifest, const QList<BackupManifest> &parentChain) override;
    Result<Digests> dump(const QString &path, qint64 journalRowId, const BackupProgress &progress) override;
    Result<Digests> digests(const QString &algorithm) override;
    const RowHashes *rowHashes() const override { return &m_rowHashes; }
    StorageError verify(
        const QList<BackupManifest> &chain, const QString &toolPath, const BackupProgress &progress) override;
    StorageError restore(const QList<BackupManifest> &chain, const BackupProgress &progress) override;

    // The statement that checksums one table in `algorithm`: `table` is a quoted (qualified)
    // name, `order` the ORDER BY expression over the row alias `t` (used by the older algorithm
    // only). Returns count and checksum.
    static QString digestSql(const QString &table, const QString &order, const QString &algorithm);
    static bool knowsAlgorithm(const QString &algorithm);

private:
    static StorageError pinSettings(QSqlDatabase &db, const SqlDialect &dialect);
    static Result<BackupManifest::TableDigest> hashRows(
        QSqlDatabase &db, const QString &table, const QString &key, RowHashes::Table &rows);
    // Every table's digest; with `hashes`, the keyed tables' row hashes are read out into it
    // (complete) and summed here, the same sums the server computes.
    static Result<Digests> tableDigests(QSqlDatabase &db, const SqlDialect &dialect,
        const BackupProgress &progress, int fromPercent, int toPercent, const QString &algorithm,
        RowHashes *hashes);
    Result<QStringList> archiveTables(const QString &dataPath);
    Result<Digests> dumpIncremental(const QString &path, const BackupProgress &progress);

    ConnectionManager &m_connections;
    BackupConnection m_snapshot;
    QString m_snapshotId;
    QString m_sinceMark; // an incremental: the parent's snapshot (see PostgresDelta); empty for a full backup
    PgTools::Tool m_tool; // pg_dump for a backup, pg_restore for a restore
    PgTools::Tool m_psql;
    QString m_archiveSchema; // the schema of the archive's tables, known after verify()
    std::optional<RowHashes> m_parentState; // an incremental: the parent chain's row hashes
    RowHashes m_rowHashes; // what the set's row-hash file holds, after dump()
};

} // namespace catalog
