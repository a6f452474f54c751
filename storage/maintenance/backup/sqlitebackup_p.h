#pragma once

#include "maintenance/backup/enginebackup_p.h"
#include "maintenance/backup/rowhashes_p.h"

#include <optional>

struct sqlite3;

namespace catalog {

// SQLite backups: a copy of the database made with SQLite's online backup API (`.sqlite`).
//
// Checksums: per table the sum of every row's SHA-256 over its typed, length-prefixed values
// (RowHashes, SqliteDigest: the one definition), read from the copy the backup just wrote while a
// second thread hashes the file's bytes for the manifest; the keyed tables' row hashes are kept in
// the set (`.rowhashes`) for the next incremental.
// verify() copies the set into a temporary file beside the live database and checks that copy
// (every table's rows and checksum against the manifest) while a second thread runs SQLite's
// integrity check on the set; restore() then copies the checked file into the live database in
// one step of the backup API, which commits with its last page. The temporary file goes with the
// object. Those helper threads end before the call that started them returns.
//
// Incremental sets (SqliteDelta, `.delta.sqlite`): freeze() reads the parent chain's row hashes
// and opens a read transaction on the live file (before the journal row is written); dump() reads
// every row once inside that one transaction, writes those whose hash differs from the parent's
// into the delta, and brings the checksums up to date from the hashes. A chain without row hashes
// (older sets) has its parent's state rebuilt into a work file and compared row by row instead. A chain is
// verified by applying its deltas to the staged copy of the full set before the checksums are compared with
// the last manifest.
class SqliteBackup final : public EngineBackup
{
public:
    explicit SqliteBackup(ConnectionManager &connections);
    ~SqliteBackup() override;

    QString fileSuffix() const override { return QStringLiteral(".sqlite"); }
    QString deltaSuffix() const override;
    StorageError describe(const QString &toolPath, BackupManifest &manifest) override;
    StorageError freeze(BackupManifest &manifest, const QList<BackupManifest> &parentChain) override;
    Result<Digests> dump(const QString &path, qint64 journalRowId, const BackupProgress &progress) override;
    QString dumpSha256() const override { return m_dumpSha256; }
    const RowHashes *rowHashes() const override { return &m_rowHashes; }
    Result<Digests> digests(const QString &algorithm) override;
    StorageError verify(
        const QList<BackupManifest> &chain, const QString &toolPath, const BackupProgress &progress) override;
    StorageError restore(const QList<BackupManifest> &chain, const BackupProgress &progress) override;

    // SQLite's integrity check of a copy of the file at `path`: empty when it is sound, else why not.
    static QString integrityProblem(const QString &path);

private:
    Result<Digests> stageAndDigest(const QList<BackupManifest> &chain, const BackupProgress &progress);
    Result<Digests> dumpIncremental(const QString &path, const BackupProgress &progress);
    QString stagingPath() const;
    void removeStaging();
    void endIncremental();

    ConnectionManager &m_connections;
    QString m_staged; // the verified copy, while there is one
    QString m_dumpSha256; // of the file the last dump() wrote
    sqlite3 *m_live = nullptr; // an incremental: the read transaction on the live file
    QString m_parentState; // an incremental of a chain without row hashes: the parent's state, rebuilt
    std::optional<RowHashes> m_parentHashes; // an incremental: the parent chain's row hashes
    RowHashes m_rowHashes; // what the set's row-hash file holds, after dump()
    QString m_deltaWork; // an incremental: the delta being written
};

} // namespace catalog
