#pragma once

#include "maintenance/healthchecker.h"
#include "repositories/statisticsrepository.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace catalog {

class ConnectionManager;
class DashboardHealthTab;
class DashboardOverviewTab;
class DashboardStorageTab;

// Maintenance ▸ Statistics: the catalog at a glance, in three tabs that each show their part of the
// figures — DashboardOverviewTab (tiles, charts of products and jobs), DashboardStorageTab (space per
// table and index, what Optimise would reclaim) and DashboardHealthTab (the health check, storage
// latencies, pg_stat_statements).
//
// This window collects the figures and hands them to the tabs. Every figure is computed by the
// database (StatisticsRepository) on a QtConcurrent worker; the window refreshes every 30 s while it
// is shown (less often when collecting takes more than 3 s) and never waits for the database. Health
// comes from the main window's periodic check through showHealth(). The ConnectionManager must
// outlive the window; the destructor waits for a query still running. Errors are shown in the window.
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
    QTabWidget *tabs() const { return m_tabs; } // built again when the language changes
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
    // The language changed: the window's own texts, then the figures read again in the new language.
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLayout *buildTitleRow();
    void buildTabs();
    void rebuildTabs();
    void showStatistics(const Result<CatalogStatistics> &result);

    ConnectionManager &m_connections;
    QString m_imagesFolder;
    CatalogStatistics m_stats;
    QFutureWatcher<Result<CatalogStatistics>> m_watcher;
    QTimer m_timer;
    QElapsedTimer m_collecting;
    std::optional<SystemHealth> m_lastHealth;

    QLabel *m_updated = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardOverviewTab *m_overview = nullptr;
    DashboardStorageTab *m_storage = nullptr;
    DashboardHealthTab *m_health = nullptr;
};

} // namespace catalog
