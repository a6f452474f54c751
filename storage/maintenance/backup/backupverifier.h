#pragma once

#include "core/storageerror.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace catalog {

// `catalogctl verify-backup SET`: proves a backup set restorable without restoring it. For every
// set of its chain (full set first): each file's size and sha256 against the manifest, the
// database file readable by its engine (PostgreSQL: `pg_restore --list` for a full archive, the
// structure of a delta; SQLite: PRAGMA integrity_check on a copy), the image archive's headers;
// and the chain itself (every parent there and fitting).
//
// Static and blocking; needs no database connection. Never stops at the first problem: the report
// lists each one in a sentence that names the file and what is wrong. Errors only for a cancel.
class BackupVerifier
{
public:
    struct Report
    {
        QStringList chain; // set names, full set first
        QStringList checked; // what was checked and found good, one line each
        QStringList problems; // what is wrong, one sentence each
        bool ok() const { return problems.isEmpty() && !chain.isEmpty(); }
    };

    // `path`: the set's manifest or any file of it; `pgRestorePath`: a configured pg_restore.
    // `tick` is asked before each file whether to go on.
    static Result<Report> verify(const QString &path, const QString &pgRestorePath = {},
        const std::function<bool(const QString &file)> &tick = {});
};

} // namespace catalog
