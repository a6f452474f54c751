#include "maintenance/backup/enginebackup_p.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "maintenance/backup/postgresbackup_p.h"
#include "maintenance/backup/sqlitebackup_p.h"

namespace catalog {

std::unique_ptr<EngineBackup> EngineBackup::create(ConnectionManager &connections)
{
    switch (connections.dialect().engine()) {
    case Engine::PostgreSQL:
        return std::make_unique<PostgresBackup>(connections);
    case Engine::SQLite:
        break;
    }
    return std::make_unique<SqliteBackup>(connections);
}

} // namespace catalog
