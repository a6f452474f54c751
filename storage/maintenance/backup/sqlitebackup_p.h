#pragma once

#include "maintenance/backup/enginebackup_p.h"

struct sqlite3;

namespace catalog {

// SQLite backups: a copy of the database made with SQLite's online backup API (`.sqlite`).
//
// Checksums: every value of every row, typed and length-prefixed, in primary-key order (sha256;
// SqliteDigest, the one definition), read from the copy the backup just wrote while a second
// thread hashes the file's bytes for the manifest.
// verify() copies the set into a temporary file beside the live database and checks that copy
// (every table's rows and checksum against the manifest) while a second thread runs SQLite's
// integrity check on the set; restore() then copies the checked file into the live database in
// one step of the backup API, which commits with its last page. The temporary file goes with the
// object. Those helper threads end before the call that started them returns.
//
// Incremental sets (SqliteDelta, `.delta.sqlite`): freeze() rebuilds the parent's state from its
// chain into a work file beside the set and opens a read transaction on the live file (before the
// journal row is written); dump() writes the delta and the checksums of the whole database inside
// that one transaction. A chain is verified by applying its deltas to the staged copy of the full
// set before the checksums are compared with the last manifest.
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
    Result<Digests> digests() override;
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
    QString m_parentState; // an incremental: the parent's state, rebuilt
    QString m_deltaWork; // an incremental: the delta being written
};

} // namespace catalog
