#pragma once

#include "core/storageerror.h"

#include <QString>

class QSqlDatabase;

namespace catalog {

class ConnectionManager;
class SqlDialect;

// The server a connection actually reached and its role. With several hosts libpq chose it, so it
// is not necessarily the first host listed: what the window, catalogctl and the health check name
// comes from here (PostgreSQL: inet_server_addr()/inet_server_port(), "local socket" over a Unix
// socket, and pg_is_in_recovery(); nothing an ordinary login may not read). A plain value; read()
// and probe() report what they cannot read as a StorageError.
struct ServerEndpoint
{
    QString address; // "127.0.0.1", the SQLite file, or "" over a Unix socket
    int port = 0;
    bool socket = false;
    bool standby = false; // PostgreSQL in recovery: read-only, refuses writes and migrations
    bool file = false; // SQLite: address is the database file, no port, no role
    bool known = false; // false until read

    QString roleText() const; // "primary" or "standby" ("" for SQLite)
    QString addressText() const; // "127.0.0.1:5433", "local socket, port 5433", the SQLite file
    QString text() const; // "127.0.0.1:5433 (standby)"

    // On the given connection (the calling thread's own).
    static Result<ServerEndpoint> read(QSqlDatabase &db, const SqlDialect &dialect);
    // On the calling thread's connection of `connections`, with its retries.
    static Result<ServerEndpoint> probe(ConnectionManager &connections);
};

} // namespace catalog
