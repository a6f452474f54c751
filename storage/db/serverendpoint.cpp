#include "db/serverendpoint.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace catalog {

QString ServerEndpoint::roleText() const
{
    if (!known || file)
        return {};
    return standby ? QCoreApplication::translate("ServerEndpoint", "standby")
                   : QCoreApplication::translate("ServerEndpoint", "primary");
}

QString ServerEndpoint::addressText() const
{
    if (file)
        return address;
    if (socket)
        return QCoreApplication::translate("ServerEndpoint", "local socket, port %1").arg(port);
    return address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(address).arg(port)
                                               : QStringLiteral("%1:%2").arg(address).arg(port);
}

QString ServerEndpoint::text() const
{
    const QString role = roleText();
    return role.isEmpty() ? addressText() : QStringLiteral("%1 (%2)").arg(addressText(), role);
}

Result<ServerEndpoint> ServerEndpoint::read(QSqlDatabase &db, const SqlDialect &dialect)
{
    ServerEndpoint endpoint;
    if (dialect.engine() == Engine::SQLite) {
        endpoint.address = QDir::toNativeSeparators(db.databaseName());
        endpoint.file = true;
        endpoint.known = true;
        return endpoint;
    }
    QSqlQuery query(db);
    // inet_server_addr() is NULL over a Unix socket. Which socket directory is not said: reading
    // unix_socket_directories needs pg_read_all_settings, which an ordinary login lacks.
    if (!query.exec(QStringLiteral(
            "SELECT host(inet_server_addr()), coalesce(inet_server_port(), current_setting('port')::int), "
            "pg_is_in_recovery()"))
        || !query.next())
        return sqlError(query.lastError(), dialect,
            QCoreApplication::translate("ServerEndpoint", "Cannot read which server this connection reached"));
    endpoint.socket = query.value(0).isNull();
    endpoint.address = endpoint.socket ? QString() : query.value(0).toString();
    endpoint.port = query.value(1).toInt();
    endpoint.standby = query.value(2).toBool();
    endpoint.known = true;
    return endpoint;
}

Result<ServerEndpoint> ServerEndpoint::probe(ConnectionManager &connections)
{
    return connections.run<ServerEndpoint>(
        [&](QSqlDatabase &db) { return read(db, connections.dialect()); });
}

} // namespace catalog
