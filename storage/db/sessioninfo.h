#pragma once

#include "core/storageerror.h"
#include "db/serverendpoint.h"

#include <QString>

namespace catalog {

class ConnectionManager;

// What the connected session may do and how it is protected, as the database itself reports it
// (PostgreSQL: has_table_privilege() for the current role, pg_stat_ssl for this backend; SQLite:
// whether the file can be written). The GUI turns itself read-only from this; the server still
// decides every statement, so a stale answer only costs a clear permission error.
struct SessionInfo
{
    QString role; // PostgreSQL current_user; the OS user on SQLite
    QString osUser; // who the application acts for (ConnectionManager::actor())
    bool canRead = false;
    bool canWriteProducts = false; // INSERT and UPDATE on products
    bool canWriteSuppliers = false;
    bool canWriteImages = false;
    bool canRecordJobs = false; // INSERT into sync_records: imports, checks, demo data
    bool canAdminister = false; // owns the catalog: migrations, repairs, optimise, permanent removal
    bool readOnlyServer = false; // standby or default_transaction_read_only
    ServerEndpoint server; // the server reached (of several hosts, libpq's choice) and its role
    // Why writing is refused, in words for the operator; empty when products can be written.
    QString readOnlyReason;

    bool localFile = false; // SQLite: nothing travels over a network
    bool encrypted = false; // TLS in use on this connection (never for SQLite: a local file)
    QString tlsVersion; // "TLSv1.3"
    QString tlsCipher;

    bool canWrite() const { return canWriteProducts || canWriteSuppliers; }
    // "TLSv1.3 (TLS_AES_256_GCM_SHA384)", "not encrypted" or "local file".
    QString securityText() const;

    // Off the GUI thread: it queries the server.
    static Result<SessionInfo> probe(ConnectionManager &connections);
};

} // namespace catalog
