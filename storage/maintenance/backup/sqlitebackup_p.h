#pragma once

#include "maintenance/backup/enginebackup_p.h"

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
class SqliteBackup final : public EngineBackup
{
public:
    explicit SqliteBackup(ConnectionManager &connections);
    ~SqliteBackup() override;

    QString fileSuffix() const override { return QStringLiteral(".sqlite"); }
    StorageError describe(const QString &toolPath, BackupManifest &manifest) override;
    StorageError freeze() override { return {}; }
    Result<Digests> dump(const QString &path, qint64 journalRowId, const BackupProgress &progress) override;
    QString dumpSha256() const override { return m_dumpSha256; }
    Result<Digests> digests() override;
    StorageError verify(
        const BackupManifest &manifest, const QString &toolPath, const BackupProgress &progress) override;
    StorageError restore(const BackupManifest &manifest, const BackupProgress &progress) override;

private:
    Result<Digests> stageAndDigest(const QString &dataPath, const BackupProgress &progress);
    QString stagingPath() const;
    void removeStaging();

    ConnectionManager &m_connections;
    QString m_staged; // the verified copy, while there is one
    QString m_dumpSha256; // of the file the last dump() wrote
};

} // namespace catalog
