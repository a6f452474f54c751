#pragma once

#include "core/storageerror.h"
#include "maintenance/backup/backupmanifest.h"

#include <QList>
#include <QString>

namespace catalog {

// The sets an incremental set stands on: its parent, the parent's parent, … down to a full set,
// all in the set's own folder. A chain is whole when every manifest in it reads, is of one engine
// and schema version, and each set is newer than its parent.
//
// Static, blocking file reads. Errors are StorageError: NotFound for a set of the chain that is
// gone, Validation for one that does not fit, each naming the set and the one that needs it.
class BackupChain
{
public:
    // The chain of `manifest`, full set first, `manifest` last.
    static Result<QList<BackupManifest>> of(const BackupManifest &manifest);
    // The newest complete set in `dir`: the parent of an incremental backup into it.
    static Result<BackupManifest> newestIn(const QString &dir);
};

} // namespace catalog
