#pragma once

#include "core/storageerror.h"
#include "maintenance/backup/backupcommon_p.h"
#include "maintenance/backup/backupmanifest.h"

#include <QList>
#include <QString>

#include <memory>

namespace catalog {

class ConnectionManager;
class RowHashes;

// What BackupManager needs from one database engine: dump the database with the checksums of
// exactly what the dump holds, prove a set good without changing anything, and restore it in a
// transaction that compares every table with the manifest before it commits.
//
// One object per backup or restore, used on the thread whose connection it uses. Errors are
// StorageError; a set that does not match its manifest is a Validation error naming the tables.
class EngineBackup
{
public:
    using Digests = BackupManifest::Digests;

    // The part for the connected engine.
    static std::unique_ptr<EngineBackup> create(ConnectionManager &connections);
    virtual ~EngineBackup() = default;

    virtual QString fileSuffix() const = 0; // of the database file of a set, e.g. ".dump"
    virtual QString deltaSuffix() const = 0; // of the database file of an incremental set
    // Server version, tool and checksum algorithm into `manifest`; before anything is written.
    // `toolPath`: a configured pg_dump (empty: found by version).
    virtual StorageError describe(const QString &toolPath, BackupManifest &manifest) = 0;
    // Fixes what the set will hold and records in `manifest` what a later incremental starts
    // from. Runs before the job's own journal row is written. `parentChain` (full set first) is
    // empty for a full backup, else the chain the incremental set is taken against.
    virtual StorageError freeze(BackupManifest &manifest, const QList<BackupManifest> &parentChain) = 0;
    // Writes the database (an incremental: what changed since the parent) to `path`, the job's
    // journal row `journalRowId` left out, and returns the digests of the whole database as the
    // set holds it.
    virtual Result<Digests> dump(const QString &path, qint64 journalRowId, const BackupProgress &progress)
        = 0;
    // The sha256 of the file the last dump() wrote, when dump() computed it from the finished file
    // beside its own work; empty when it did not (the caller hashes the file then).
    virtual QString dumpSha256() const { return {}; }
    // Row counts and checksums of every table of the connected database, in `algorithm` (a
    // manifest's; empty: the one new sets are written with).
    virtual Result<Digests> digests(const QString &algorithm) = 0;
    // The row hashes the last dump() read (RowHashes), kept in the set for the next incremental;
    // null when the engine keeps none.
    virtual const RowHashes *rowHashes() const { return nullptr; }
    // Proves the database files of a chain (full set first; one set for a full backup) readable
    // and the state they make exactly the last manifest's tables, touching nothing live.
    // `toolPath`: a configured pg_restore (empty: found by version).
    virtual StorageError verify(
        const QList<BackupManifest> &chain, const QString &toolPath, const BackupProgress &progress)
        = 0;
    // Replaces the live database with the verified chain, all or nothing.
    virtual StorageError restore(const QList<BackupManifest> &chain, const BackupProgress &progress) = 0;

protected:
    EngineBackup() = default;
};

} // namespace catalog
