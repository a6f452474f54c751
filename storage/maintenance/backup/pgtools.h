#pragma once

#include "config/connectionconfig.h"
#include "core/storageerror.h"

#include <QProcessEnvironment>
#include <QString>

namespace catalog {

// Finds the PostgreSQL client programs (pg_dump, pg_restore, psql) that fit a server or archive,
// and says how to hand them the connection.
//
// Static and stateless; finding a tool runs `<tool> --version` (blocking, a few milliseconds).
// Errors are StorageError: NotFound when no program runs, Validation when the only ones found are
// too old, each saying which version was found and what to install.
class PgTools
{
public:
    struct Tool
    {
        QString path;
        QString versionText;
        int major = 0;
    };

    // The program that fits `neededMajor`: the configured path, else /usr/lib/postgresql/<major>/bin,
    // else PATH, else the newest installed.
    static Result<Tool> find(const QString &name, const QString &configuredPath, int neededMajor);
    static Result<Tool> version(const QString &path);
    // The program `name` beside `sibling` when there is one there, else as find() has it.
    static Result<Tool> findBeside(const QString &name, const QString &sibling, int neededMajor);

    // The connection as a libpq conninfo string; the password travels in the child's environment
    // (PGPASSWORD), never on its command line.
    static QString conninfo(const ConnectionConfig &config);
    static QProcessEnvironment environment(const ConnectionConfig &config);
    static int majorOf(const QString &serverVersion);
};

} // namespace catalog
