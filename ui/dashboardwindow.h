#pragma once

#include "maintenance/healthchecker.h"
#include "repositories/statisticsrepository.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace catalog {

class ConnectionManager;

// Maintenance ▸ Statistics: the catalog at a glance. Tiles with the main figures and the health
// state; charts of products by sync status and currency, the price distribution, the top suppliers,
// jobs and rejected rows per day; the space per table and index with the dead rows Optimise would
// reclaim; the application's own storage latencies (p50/p95 per statement kind) and, on PostgreSQL,
// pg_stat_statements or how to enable it.
//
// Every figure is computed by the database (StatisticsRepository) on a QtConcurrent worker; the
// window refreshes every 30 s while it is shown (less often when collecting takes more than 3 s)
// and never waits for the database. Health comes from
// the main window's periodic check through showHealth(). The ConnectionManager must outlive the
// window; the destructor waits for a query still running. Errors are shown in the window.
class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWindow(ConnectionManager &connections, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // The image store's folder, measured on disk (see ImageFigures::folderBytes).
    void setImagesFolder(const QString &path) { m_imagesFolder = path; }
    bool isRefreshing() const { return m_watcher.isRunning(); }
    const CatalogStatistics &statistics() const { return m_stats; }
    QTabWidget *tabs() const { return m_tabs; }
    // The text of a tile ("products", "suppliers", "images", "database", "reclaimable", "health", ...).
    QString tileText(const QString &name) const;

public Q_SLOTS:
    void refresh();
    void showHealth(const SystemHealth &health);

Q_SIGNALS:
    void refreshed(); // the figures shown are new (or the error is)
    void optimizeRequested();
    void healthIntervalChanged(int seconds);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildOverview();
    QWidget *buildStorage();
    QWidget *buildPerformance();
    QLabel *addTile(QWidget *row, const QString &name, const QString &title);
    QChartView *addChart(const QString &name);
    void setTile(const QString &name, const QString &value, const QString &detail = {});
    void showStatistics(const Result<CatalogStatistics> &result);
    void showLatencies();
    void fillStatusChart();
    void fillCurrencyChart();
    void fillPriceChart();
    void fillSupplierChart();
    void fillActivityChart();
    void fillRelations();
    void fillStatements();

    ConnectionManager &m_connections;
    QString m_imagesFolder;
    CatalogStatistics m_stats;
    QFutureWatcher<Result<CatalogStatistics>> m_watcher;
    QTimer m_timer;
    QElapsedTimer m_collecting;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QLabel *> m_tiles;
    QHash<QString, QLabel *> m_tileDetails;
    QHash<QString, QChartView *> m_charts;
    QTableWidget *m_relations = nullptr;
    QTableWidget *m_latencies = nullptr;
    QTableWidget *m_statements = nullptr;
    QLabel *m_statementsHint = nullptr;
    QLabel *m_healthDetails = nullptr;
    QLabel *m_relationsNote = nullptr;
    QSpinBox *m_interval = nullptr;
};

} // namespace catalog
