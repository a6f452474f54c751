#include "db/sessioninfo.h"

#include "db/connectionmanager.h"
#include "db/sqlhelpers_p.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace catalog {

using namespace Qt::StringLiterals;

QString SessionInfo::securityText() const
{
    if (localFile)
        return QCoreApplication::translate("SessionInfo", "local file");
    if (encrypted)
        return tlsCipher.isEmpty() ? tlsVersion : u"%1 (%2)"_s.arg(tlsVersion, tlsCipher);
    return QCoreApplication::translate("SessionInfo", "not encrypted");
}

Result<SessionInfo> SessionInfo::probe(ConnectionManager &connections)
{
    const SqlDialect &d = connections.dialect();
    const ConnectionConfig &config = connections.config();
    SessionInfo info;
    info.osUser = connections.actor();
    if (config.engine == Engine::SQLite) {
        info.role = connections.actor();
        info.localFile = true;
        const QFileInfo file(config.sqlitePath);
        const bool writable = file.exists() ? file.isWritable() : QFileInfo(file.absolutePath()).isWritable();
        info.canRead = true;
        info.canWriteProducts = info.canWriteSuppliers = info.canWriteImages = info.canRecordJobs = writable;
        info.canAdminister = writable;
        if (!writable)
            info.readOnlyReason = QCoreApplication::translate(
                "SessionInfo", "The database file %1 is read-only for this user")
                                      .arg(config.sqlitePath);
        return info;
    }
    return connections.run<SessionInfo>([&](QSqlDatabase &db) -> Result<SessionInfo> {
        SessionInfo r = info;
        sql::Query q(db);
        // has_table_privilege() with a list answers "any of"; each right is asked for separately.
        // to_regclass(): a database without the catalog schema yet answers "no rights", not an error.
        const QString statement = uR"(SELECT current_user::text,
  coalesce(has_table_privilege(to_regclass('products'), 'SELECT'), false) AND coalesce(has_table_privilege(to_regclass('suppliers'), 'SELECT'), false),
  coalesce(has_table_privilege(to_regclass('products'), 'INSERT'), false) AND coalesce(has_table_privilege(to_regclass('products'), 'UPDATE'), false),
  coalesce(has_table_privilege(to_regclass('suppliers'), 'INSERT'), false) AND coalesce(has_table_privilege(to_regclass('suppliers'), 'UPDATE'), false),
  coalesce(has_table_privilege(to_regclass('images'), 'INSERT'), false) AND coalesce(has_table_privilege(to_regclass('images'), 'UPDATE'), false)
    AND coalesce(has_table_privilege(to_regclass('images'), 'DELETE'), false),
  coalesce(has_table_privilege(to_regclass('sync_records'), 'INSERT'), false) AND coalesce(has_table_privilege(to_regclass('sync_records'), 'UPDATE'), false),
  coalesce(pg_has_role((SELECT relowner FROM pg_class WHERE oid = to_regclass('products')), 'USAGE'), false),
  pg_is_in_recovery() OR current_setting('default_transaction_read_only') = 'on',
  coalesce((SELECT s.ssl FROM pg_stat_ssl s WHERE s.pid = pg_backend_pid()), false),
  coalesce((SELECT s.version FROM pg_stat_ssl s WHERE s.pid = pg_backend_pid()), ''),
  coalesce((SELECT s.cipher FROM pg_stat_ssl s WHERE s.pid = pg_backend_pid()), ''))"_s;
        if (StorageError e = sql::exec(q, statement, {}, d,
                QCoreApplication::translate("SessionInfo", "Cannot read the privileges of this connection"));
            !e.ok())
            return e;
        if (!q.next())
            return StorageError::make(ErrorKind::Internal,
                QCoreApplication::translate("SessionInfo", "The privilege query returned no row"));
        r.role = q.value(0).toString();
        r.canRead = q.value(1).toBool();
        r.readOnlyServer = q.value(7).toBool();
        const bool writable = !r.readOnlyServer;
        r.canWriteProducts = writable && q.value(2).toBool();
        r.canWriteSuppliers = writable && q.value(3).toBool();
        r.canWriteImages = writable && q.value(4).toBool();
        r.canRecordJobs = writable && q.value(5).toBool();
        r.canAdminister = writable && q.value(6).toBool();
        r.encrypted = q.value(8).toBool();
        r.tlsVersion = q.value(9).toString();
        r.tlsCipher = q.value(10).toString();
        q.finish();
        Result<ServerEndpoint> server = ServerEndpoint::read(db, d);
        if (!server)
            return server.error();
        r.server = server.value();
        if (r.server.standby)
            r.readOnlyReason = QCoreApplication::translate("SessionInfo",
                "The server %1 is a standby (in recovery): it can be browsed, but changes are made on the primary")
                                   .arg(r.server.text());
        else if (r.readOnlyServer)
            r.readOnlyReason = QCoreApplication::translate(
                "SessionInfo", "The server is read-only (a standby, or default_transaction_read_only is on)");
        else if (!r.canRead)
            r.readOnlyReason = QCoreApplication::translate("SessionInfo",
                "The database role %1 may not read the catalog (or it has no catalog schema yet)")
                                   .arg(r.role);
        else if (!r.canWriteProducts)
            r.readOnlyReason = QCoreApplication::translate(
                "SessionInfo", "The database role %1 may read the catalog but not change it")
                                   .arg(r.role);
        return r;
    });
}

} // namespace catalog
