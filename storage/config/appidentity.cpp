#include "config/appidentity.h"

#include "core/qualitykind.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

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

QString resolveStorageRoot(const QString &flag)
{
    QString root = flag;
    if (root.isEmpty())
        root = qEnvironmentVariable("STORAGE_PATH");
    if (root.isEmpty())
        root = QSettings().value(QStringLiteral("storage/root")).toString();
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/storage");
    return QDir::cleanPath(QDir(root).absolutePath());
}

int staleSyncDays()
{
    bool ok = false;
    const int days = QSettings().value(QStringLiteral("quality/stale_sync_days")).toInt(&ok);
    return ok && days >= 1 && days <= 36500 ? days : kDefaultStaleSyncDays;
}

void saveStaleSyncDays(int days)
{
    QSettings().setValue(QStringLiteral("quality/stale_sync_days"), days);
}

} // namespace catalog
