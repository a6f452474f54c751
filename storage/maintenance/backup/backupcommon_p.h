#pragma once

#include "core/storageerror.h"

#include <QString>

#include <functional>

namespace catalog {

// Percent (0–100, or -1 when unknown) and what is happening; returning false cancels.
using BackupProgress = std::function<bool(int percent, const QString &stage)>;

// Small pieces every part of a backup or restore uses. Named (not file-local) so that the unity
// build can put the parts into one translation unit.
namespace backup {

StorageError failure(ErrorKind kind, const QString &message);
StorageError cancelled();
// A manifest's checksum_algorithm this program does not know (a set of a newer version).
StorageError unknownChecksums(const QString &algorithm);
// True when the job goes on (no progress callback, or it said yes).
bool report(const BackupProgress &progress, int percent, const QString &stage);
Result<QString> sha256Of(const QString &path);

} // namespace backup
} // namespace catalog
