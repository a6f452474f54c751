#pragma once

#include "core/storageerror.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace catalog {

// The backup sets in a folder and which of them to keep: the newest keepLast complete sets and
// every set newer than keepDays days; incomplete sets (no readable manifest) older than a day go.
// Chains stay whole: every set a kept incremental set stands on is kept with it, so a full set is
// never removed while an incremental that needs it stays.
//
// Static; blocking file operations. Errors are StorageError (Validation for negative limits,
// Internal for a file that cannot be removed).
class BackupRetention
{
public:
    struct BackupSet
    {
        QString name; // catalog_backup_YYYYMMDD_HHMMSS
        QDateTime createdAt;
        QStringList files; // absolute paths, manifest included
        qint64 bytes = 0;
        bool complete = false; // has a readable manifest
        QString parent; // an incremental set: its parent's name, else empty
    };

    struct CleanupReport
    {
        QList<BackupSet> kept;
        QList<BackupSet> removed;
    };

    static constexpr auto kSetPrefix = "catalog_backup_";

    // Newest first, complete or not.
    static Result<QList<BackupSet>> list(const QString &dir);
    // What would be kept and removed; changes nothing.
    static Result<CleanupReport> plan(const QString &dir, int keepLast, int keepDays, const QDateTime &now);
    // Removes the sets of a plan, each manifest first (a set interrupted half-way reads as incomplete).
    static StorageError apply(const CleanupReport &plan);
    static QString setName(const QDateTime &when);
};

} // namespace catalog
