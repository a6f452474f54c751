#pragma once

#include "maintenance/backuphealth.h"
#include "repositories/statisticsrepository.h"

#include <QHash>
#include <QWidget>

class QChartView;

namespace catalog {

class DashboardTiles;
struct SystemHealth;

// The dashboard's first tab: tiles with the main figures and the health state, a row of tiles with
// the data-quality problems per kind (when the statistics carry them), and charts of the
// products by sync status and currency, the price distribution, the top suppliers, and jobs and
// rejected rows per day. Shows what it is given (no database access); GUI thread only.
class DashboardOverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardOverviewTab(QWidget *parent = nullptr);

    const DashboardTiles *tiles() const { return m_tiles; }
    const DashboardTiles *qualityTiles() const { return m_qualityTiles; }
    void showStatistics(const CatalogStatistics &statistics);
    void showHealth(const SystemHealth &health);

private:
    void showBackup(const BackupHealth::State &backup);
    QChartView *chartView(const QString &name) const { return m_charts.value(name); }
    void showTiles(const CatalogStatistics &s);
    void showQualityTiles(const QualityReport &quality);
    void fillStatusChart(const CatalogStatistics &s);
    void fillCurrencyChart(const CatalogStatistics &s);
    void fillPriceChart(const CatalogStatistics &s);
    void fillSupplierChart(const CatalogStatistics &s);
    void fillActivityChart(const CatalogStatistics &s);

    DashboardTiles *m_tiles = nullptr;
    DashboardTiles *m_qualityTiles = nullptr;
    QHash<QString, QChartView *> m_charts;
};

} // namespace catalog
