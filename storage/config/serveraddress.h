#pragma once

#include <QList>
#include <QString>

namespace catalog {

// One host of a PostgreSQL connection: a name, an IP address or a Unix socket directory, and a
// port (0: libpq's default). A multi-host connection lists several; libpq tries them in order and
// keeps the first that matches target_session_attrs. A plain value, no ownership, no errors.
struct ServerAddress
{
    QString host;
    int port = 0;

    bool isSocket() const { return host.startsWith(QLatin1Char('/')); }
    // "db1:5432", "[::1]:5433", "/var/run/postgresql:5433", "local socket" (no host) — for people.
    QString text() const;
    friend bool operator==(const ServerAddress &a, const ServerAddress &b) = default;
};

// "db1:5432, db2:5433" — how several hosts are named to people.
QString serverListText(const QList<ServerAddress> &servers);

} // namespace catalog
