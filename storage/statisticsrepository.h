#pragma once

#include "storageerror.h"
#include "syncrecord.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>

namespace catalog {

class ConnectionManager;

struct CatalogStatistics
{
    qint64 products = 0; // not deleted
    qint64 deletedProducts = 0;
    qint64 suppliers = 0; // not deleted
    qint64 images = 0;
    QMap<QString, qint64> productsByStatus; // active products
    QMap<QString, qint64> productsByCurrency;
    QList<QPair<QString, qint64>> topSuppliers; // name, active products; largest first
    qint64 databaseBytes = -1; // -1 when the engine cannot tell
    int schemaVersion = 0;
    QList<SyncRecord> lastSyncs;

    QJsonObject toJson() const;
};

// Catalog figures, each computed by the database (counts and sizes, never by loading rows).
class StatisticsRepository
{
public:
    explicit StatisticsRepository(ConnectionManager &connections);
    Result<CatalogStatistics> collect(int topSuppliers = 10, int lastSyncs = 5);

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
