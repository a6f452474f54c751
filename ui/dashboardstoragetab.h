#pragma once

#include "config/connectionconfig.h"
#include "repositories/statisticsrepository.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace catalog {

class DashboardTiles;

// The dashboard's storage tab: the database and image sizes, the dead rows Optimise would reclaim
// (with the button that asks for it), and the space per table and index as a chart and a table.
// Shows what it is given (no database access); GUI thread only. The engine decides which columns
// mean something (SQLite keeps no row estimates or dead rows per table).
class DashboardStorageTab : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardStorageTab(Engine engine, QWidget *parent = nullptr);

    const DashboardTiles *tiles() const { return m_tiles; }
    void showStatistics(const CatalogStatistics &statistics);

Q_SIGNALS:
    void optimizeRequested();

private:
    void showTiles(const CatalogStatistics &s);
    void fillRelationsTable(const CatalogStatistics &s);
    void fillRelationsChart(const CatalogStatistics &s);

    Engine m_engine;
    DashboardTiles *m_tiles = nullptr;
    QChartView *m_relationChart = nullptr;
    QTableWidget *m_relations = nullptr;
    QLabel *m_relationsNote = nullptr;
};

} // namespace catalog
