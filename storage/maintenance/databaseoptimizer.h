#pragma once

#include "core/storageerror.h"

namespace catalog {

class ConnectionManager;

// Maintenance ▸ Optimise: reclaims the space dead rows leave behind (upserts make many) and
// refreshes the planner's statistics. PostgreSQL: VACUUM (ANALYZE) of the database; SQLite:
// VACUUM, ANALYZE and PRAGMA optimize. Reports the size and the dead-row estimate before and
// after. Blocking; run it on a worker thread. VACUUM cannot run inside a transaction, so this
// uses the connection in autocommit mode. optimize() journals itself (sync_records, "optimize").
class DatabaseOptimizer
{
public:
    struct Report
    {
        qint64 bytesBefore = -1;
        qint64 bytesAfter = -1;
        qint64 deadBefore = 0; // PostgreSQL: dead tuples; SQLite: free pages
        qint64 deadAfter = 0;
        qint64 milliseconds = 0;
    };
    explicit DatabaseOptimizer(ConnectionManager &connections);

    // Size and dead-row estimate only: to tell whether optimising is worth it.
    Result<Report> estimate();
    Result<Report> optimize();

private:
    Result<Report> vacuum();

    ConnectionManager &m_connections;
};

} // namespace catalog
