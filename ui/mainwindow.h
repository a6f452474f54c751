#pragma once

#include "maintenance/healthchecker.h" // SystemHealth, in healthChecked()
#include "transfer/productimporter.h" // ProductImporter::Options, in importProductsFrom()

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace catalog {

class BackupController;
class BulkEditLauncher;
struct ConnectionConfig;
class ConnectionManager;
class ConnectionSwitcher;
class ConsistencyDialog;
class DashboardWindow;
class HealthIndicator;
class ImageFetchLauncher;
class JobRunner;
class MaintenanceController;
class OutageBanner;
class ProductsPage;
class ProgressPanel;
class SessionGuard;
class ReadServerIndicator;
class SuppliersPage;
class TablePage;
class TransferController;

// The operator's main window: a navigation list (Products, Suppliers, Images, Sync history) beside
// the page it selects, menus with shortcuts, and a status bar with the health of the connection, the
// disks and the jobs (checked off the GUI thread every health/intervalSeconds, default 15 s; a
// problem turns it red at once, with the reason; an unreachable database also shows the OutageBanner
// above the pages until it answers again, when the pages reload what failed), row counts, pending changes and
// a progress panel with Cancel for background work.
//
// It shows the database of the ConnectionManager it is given (which must outlive it) until the
// operator connects elsewhere (File ▸ Connect…); connections it opens itself it owns. Window
// geometry, splitters, column layout and the last connection (never a password) persist in QSettings.
//
// The window is the shell: pages, menus (one small function per menu) and status bar. The work
// behind the Data and Maintenance menus is done by controllers (TransferController,
// MaintenanceController, BackupController, ImageFetchLauncher, ConnectionSwitcher) on one JobRunner, which
// shows each job in the progress panel and cancels and waits for what still runs when the window goes; the
// health light is a HealthIndicator. GUI thread only.
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
    ReadServerIndicator *readServerIndicator() const { return m_readServer; }
    JobRunner *jobs() const { return m_jobs; }
    OutageBanner *outageBanner() const { return m_outage; }

public Q_SLOTS:
    // Asks whether to load demo data when the catalog is empty (first start on the embedded default).
    void offerDemoData();
    void loadDemoData();
    // Maintenance ▸ Optimise: shows what could be reclaimed, then VACUUM/ANALYZE in the background.
    void optimizeDatabase();
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
    void changeEvent(QEvent *event) override;

private:
    void buildNavigation();
    QStringList navigationTitles() const;
    // The language changed (View ▸ Language): the shell sets its texts again, keeping its state.
    void retranslate();
    void buildStatusBar();
    void buildControllers();
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildDataMenu();
    void buildMaintenanceMenu();
    void buildViewMenu();
    void buildLanguageMenu(QMenu *view);
    void buildHelpMenu();
    void buildPages();
    void destroyPages();
    void refreshPages();
    void resumeAfterOutage();
    // Shows `connections` (prepared by the ConnectionSwitcher) instead of the current database.
    void adopt(std::unique_ptr<ConnectionManager> connections);
    void reconnectAfterRestore(const QString &error);
    void restoreFromBackup();
    void fetchSelectedImages();
    void updateRecentMenu();
    void updateCounts();
    void updateActions();
    int pendingChangeCount() const;
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

    QLabel *m_pendingLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    ProgressPanel *m_progress = nullptr;
    JobRunner *m_jobs = nullptr;
    HealthIndicator *m_health = nullptr;
    OutageBanner *m_outage = nullptr;
    SessionGuard *m_session = nullptr;
    ReadServerIndicator *m_readServer = nullptr; // both servers, when reads go to a standby
    TransferController *m_transfers = nullptr;
    MaintenanceController *m_maintenance = nullptr;
    BackupController *m_backups = nullptr;
    ImageFetchLauncher *m_images = nullptr;
    ConnectionSwitcher *m_switcher = nullptr;
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
    BulkEditLauncher *m_bulkEdit = nullptr;
    QAction *m_showDeletedAction = nullptr;
};

} // namespace catalog
