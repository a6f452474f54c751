#include "config/serveraddress.h"

#include <QStringList>

namespace catalog {

QString ServerAddress::text() const
{
    QString name = host.isEmpty() ? QStringLiteral("local socket") : host;
    if (name.contains(QLatin1Char(':')) && !isSocket())
        name = QLatin1Char('[') + name + QLatin1Char(']');
    if (port > 0)
        name += QLatin1Char(':') + QString::number(port);
    return name;
}

QString serverListText(const QList<ServerAddress> &servers)
{
    QStringList names;
    for (const ServerAddress &server : servers)
        names << server.text();
    return names.join(QStringLiteral(", "));
}

} // namespace catalog
