#include "appidentity.h"

#include <QCoreApplication>
#include <QSettings>

namespace catalog {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CatalogAdmin"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("catalog-admin.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("catalog-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CATALOG_VERSION));
}

QString savedDatabaseUrl()
{
    return QSettings().value(QStringLiteral("database/url")).toString();
}

void saveDatabaseUrl(const QString &urlWithoutPassword)
{
    QSettings().setValue(QStringLiteral("database/url"), urlWithoutPassword);
}

} // namespace catalog
