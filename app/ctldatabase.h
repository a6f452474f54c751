#pragma once

#include <optional>

class QString;

namespace catalog {

class ConnectionManager;
class CtlContext;
struct ConnectionConfig;
struct ServerEndpoint;

// Readies the database before a catalogctl command runs, as its row in the command table says.
// A command that only reads must leave the database as it found it: it is refused (the reason
// printed, exit 1) on a SQLite file that does not exist, on a database without the catalog's
// schema and on one whose schema is older or newer than this program; nothing is created or
// migrated. A writing command brings the schema up to date first, as the GUI does on start, and
// marks the jobs of killed runs failed. On a PostgreSQL standby readers run when its schema is
// current and writers (migrate included) are refused, naming the server reached.
// Each call returns std::nullopt when the command may run, else the exit code to end with.
class CtlDatabase
{
public:
    CtlDatabase(const CtlContext &context, ConnectionManager &connections);

    std::optional<int> admitReader(const QString &command, bool needsCurrentSchema);
    // A writer on a standby is refused (exit 1) before anything runs, migrate included.
    std::optional<int> prepareWriter(const QString &command, bool needsCurrentSchema, bool closesAbandonedJobs);

private:
    std::optional<int> refuseMissingSqliteFile(const QString &command);
    std::optional<int> refuseOtherSchema();
    std::optional<int> refuseStandby(const QString &command);
    void closeAbandonedJobs();

    const CtlContext &m_context;
    ConnectionManager &m_connections;
};

QString ctlNoSchemaMessage(const ConnectionConfig &config);
// A standby whose schema is absent or not this program's: migrate on the primary.
QString ctlStandbySchemaMessage(const ServerEndpoint &server, int version);
// For a schema older or newer than this program's: the versions, and what to do.
QString ctlOtherSchemaMessage(const ConnectionConfig &config, int version);

} // namespace catalog
