#pragma once

#include "config/connectionconfig.h"
#include "db/connectionmanager.h"
#include "maintenance/databaseoptimizer.h"
#include "maintenance/healthchecker.h"
#include "transfer/productimporter.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace catalog {

class BackupController;
class ConsistencyDialog;
class DashboardWindow;
class ProductsPage;
class ProgressPanel;
class SessionGuard;
class SuppliersPage;
class TablePage;

// The operator's main window: a navigation list (Products, Suppliers, Images, Sync history) beside
// the page it selects, menus with shortcuts, and a status bar with the health of the connection, the
// disks and the jobs (checked off the GUI thread every health/intervalSeconds, default 15 s; a
// problem turns it red at once, with the reason), row counts, pending changes and a progress panel
// with Cancel for background work.
//
// It shows the database of the ConnectionManager it is given (which must outlive it) until the
// operator connects elsewhere (File ▸ Connect…); connections it opens itself it owns. Window
// geometry, splitters, column layout and the last connection (never a password) persist in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConnectionManager &connections, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectionManager &connections() const { return *m_connections; }
    ProductsPage *productsPage() const { return m_products; }
    SuppliersPage *suppliersPage() const { return m_suppliers; }
    TablePage *currentPage() const;
    ProgressPanel *progressPanel() const { return m_progress; }
    BackupController *backups() const { return m_backups; }
    SessionGuard *sessionGuard() const { return m_session; }

public Q_SLOTS:
    // Asks whether to load demo data when the catalog is empty (first start on the embedded default).
    void offerDemoData();
    void loadDemoData();
    // Maintenance ▸ Optimise: shows what could be reclaimed, then VACUUM/ANALYZE in the background.
    void optimizeDatabase();
    void startOptimizing(const Result<DatabaseOptimizer::Report> &estimate);
    // Maintenance ▸ Check consistency: a non-modal report with repairs; refreshes the tables after one.
    ConsistencyDialog *checkConsistency();
    // Data ▸ Export: the products the Products page shows (its filter), off the GUI thread.
    void exportProducts();
    // Data ▸ Import: the options dialog, then the import in the background with progress and Cancel.
    void importProducts();
    void importProductsFrom(const QString &path, const ProductImporter::Options &options);
    void exportProductsTo(const QString &path);
    // Data ▸ Fetch images (and the gallery's "fetch again"): an ImageFetchJob in the background with
    // progress and Cancel; productIds empty = every product. Refreshes the gallery afterwards.
    void fetchImages(const QList<qint64> &productIds, bool onlyMissing);
    void checkHealth();
    // Maintenance ▸ Statistics: the dashboard (one window, raised when already open).
    DashboardWindow *showStatistics();
    DashboardWindow *dashboard() const;
    void setHealthInterval(int seconds);
    // Prepares the schema off the GUI thread, then shows that database (File ▸ Connect does this).
    void connectToConfig(const ConnectionConfig &config);
    void showPage(int index);

Q_SIGNALS:
    void exportFinished(const QString &path, qint64 rows);
    void connected(const QString &displayName);
    void importFinished(qint64 rejected);
    void imageFetchFinished(qint64 stored, qint64 failed);
    void healthChecked(const SystemHealth &health);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildPages();
    void destroyPages();
    void connectTo();
    void connectToUrl(const QString &url);
    void switchTo(std::unique_ptr<ConnectionManager> connections);
    void updateRecentMenu();
    void updateCounts();
    void updateActions();
    void showHealth(const SystemHealth &health);
    void about();
    bool confirmDiscard(const QString &action);
    void saveSettings() const;
    void restoreSettings();

    ConnectionManager *m_connections;
    std::unique_ptr<ConnectionManager> m_owned;
    QUndoGroup *m_undoGroup;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<TablePage *> m_pages;
    ProductsPage *m_products = nullptr;
    SuppliersPage *m_suppliers = nullptr;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    ProgressPanel *m_progress = nullptr;
    BackupController *m_backups = nullptr;
    SessionGuard *m_session = nullptr;
    QTimer m_healthTimer;
    QFutureWatcher<SystemHealth> m_health;
    SystemHealth::Level m_healthLevel = SystemHealth::Level::Ok;
    QPointer<DashboardWindow> m_dashboard;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_showDeletedAction = nullptr;
};

} // namespace catalog
