#pragma once

#include "core/storageerror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace catalog {

class ConnectionManager;

struct Migration
{
    int version = 0;
    QString name;
    QStringList postgres; // statements, run in order inside one transaction
    QStringList sqlite;
};

struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QStringList applied; // "0001 initial schema"
};

// Applies the versioned migrations recorded in `schema_migrations`. Each migration runs in its
// own transaction together with its bookkeeping row, so a failure leaves the previous version.
// Concurrent migrators are serialised (advisory lock on PostgreSQL, the write lock on SQLite).
// A database whose version is newer than this program knows is refused, never touched.
class Migrator
{
public:
    explicit Migrator(ConnectionManager &connections);

    // Loaded once from the compiled-in scripts (MigrationScript). scriptProblems() lists what did
    // not load (a build mistake); migrate() refuses to run while there is any.
    static const QList<Migration> &migrations();
    static QStringList scriptProblems();
    static int latestVersion();

    Result<int> currentVersion();
    Result<MigrationReport> migrate(int targetVersion = -1);

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
