#include "mainwindow.h"

#include "applicationicon.h"
#include "backupcontroller.h"
#include "bulkeditlauncher.h"
#include "config/appidentity.h"
#include "config/connectionconfig.h"
#include "config/logfile.h"
#include "config/recentconnections.h"
#include "connectionswitcher.h"
#include "consistencydialog.h"
#include "dashboardwindow.h"
#include "db/connectionmanager.h"
#include "healthindicator.h"
#include "imagefetchlauncher.h"
#include "imagegallery.h"
#include "imagetablemodel.h"
#include "jobrunner.h"
#include "jobspage.h"
#include "languageswitcher.h"
#include "maintenancecontroller.h"
#include "purgelauncher.h"
#include "outagebanner.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "progresspanel.h"
#include "readserverindicator.h"
#include "reviewchangesdialog.h"
#include "savedviewscontroller.h"
#include "sessionguard.h"
#include "statuscolors.h"
#include "supplierspage.h"
#include "tablepage.h"
#include "transfercontroller.h"
#include "uilog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace catalog {

MainWindow::MainWindow(ConnectionManager &connections, QWidget *parent)
    : QMainWindow(parent)
    , m_connections(&connections)
    , m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("Catalog Admin [*]"));
    setWindowIcon(applicationIcon());
    resize(1280, 780);
    buildNavigation();
    buildStatusBar();
    buildControllers();
    buildMenus();
    buildPages();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    m_navigation->setCurrentRow(0);
    m_health->start(QSettings().value(QStringLiteral("health/intervalSeconds"), 15).toInt());
    restoreSettings();
}

MainWindow::~MainWindow()
{
    m_jobs->shutdown(); // cancels what still runs while the connection manager still exists
    m_health->waitForCheck();
    m_session->waitForProbe();
    m_readServer->waitForProbe();
    delete m_dashboard; // waits for its query while the connection manager still exists
    destroyPages(); // models wait for their workers while the connection manager still exists
}

TablePage *MainWindow::currentPage() const
{
    return qobject_cast<TablePage *>(m_stack->currentWidget());
}

void MainWindow::buildNavigation()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMaximumWidth(200);
    m_navigation->setSpacing(2);
    const QStyle *s = style();
    const QStringList titles = navigationTitles();
    m_navigation->addItem(
        new QListWidgetItem(s->standardIcon(QStyle::SP_FileDialogDetailedView), titles.at(0)));
    m_navigation->addItem(new QListWidgetItem(s->standardIcon(QStyle::SP_DirHomeIcon), titles.at(1)));
    m_navigation->addItem(new QListWidgetItem(s->standardIcon(QStyle::SP_DesktopIcon), titles.at(2)));
    m_navigation->addItem(new QListWidgetItem(s->standardIcon(QStyle::SP_BrowserReload), titles.at(3)));
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 150, 1100 });
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_outage = new OutageBanner(central);
    layout->addWidget(m_outage);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
}

QStringList MainWindow::navigationTitles() const
{
    return { tr("Products"), tr("Suppliers"), tr("Images"), tr("Sync history") };
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// The menus are built again by their build functions, the one place of their texts, shortcuts and
// rights; pages, filters, pending edits and the status bar keep their state and set their own texts
// (their changeEvent()).
void MainWindow::retranslate()
{
    setWindowTitle(tr("Catalog Admin [*]"));
    statusBar()->clearMessage(); // in the old language, and it would sit over the labels given back
    const QStringList titles = navigationTitles();
    for (int i = 0; i < titles.size() && i < m_navigation->count(); ++i)
        m_navigation->item(i)->setText(titles.at(i));
    const bool showDeleted = m_showDeletedAction->isChecked();
    m_bulkEdit->retranslate();
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    {
        // Its changed() would update actions not built yet; updateActions() below does it once.
        const QSignalBlocker quiet(m_session);
        buildMenus();
    }
    const QSignalBlocker keepFilter(m_showDeletedAction);
    m_showDeletedAction->setChecked(showDeleted);
    updateActions();
    updateCounts();
    checkHealth();
}

void MainWindow::buildStatusBar()
{
    m_health = new HealthIndicator(*m_connections, this);
    connect(m_health, &HealthIndicator::checked, this, &MainWindow::healthChecked);
    connect(m_health, &HealthIndicator::checked, m_outage, &OutageBanner::healthChecked);
    connect(m_outage, &OutageBanner::retryRequested, this, &MainWindow::checkHealth);
    connect(m_outage, &OutageBanner::recovered, this, &MainWindow::resumeAfterOutage);
    m_pendingLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_progress = new ProgressPanel(this);
    statusBar()->addWidget(m_health->label());
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_progress);
    m_session = new SessionGuard(this);
    statusBar()->addPermanentWidget(m_session->label());
    m_readServer = new ReadServerIndicator(*m_connections, this);
    statusBar()->addPermanentWidget(m_readServer->label());
    connect(m_health, &HealthIndicator::checked, m_readServer, &ReadServerIndicator::refresh);
    connect(m_session, &SessionGuard::changed, this, &MainWindow::updateActions);
}

void MainWindow::buildControllers()
{
    m_jobs = new JobRunner(m_progress, this);
    QStatusBar *status = statusBar();

    m_transfers = new TransferController(*m_jobs, this);
    connect(m_transfers, &TransferController::statusMessage, status, &QStatusBar::showMessage);
    connect(m_transfers, &TransferController::catalogChanged, this, &MainWindow::refreshPages);
    connect(m_transfers, &TransferController::importFinished, this, &MainWindow::importFinished);
    connect(m_transfers, &TransferController::exportFinished, this, &MainWindow::exportFinished);

    m_maintenance = new MaintenanceController(*m_jobs, this);
    connect(m_maintenance, &MaintenanceController::statusMessage, status, &QStatusBar::showMessage);
    connect(m_maintenance, &MaintenanceController::catalogChanged, this, &MainWindow::refreshPages);
    connect(m_maintenance, &MaintenanceController::optimized, this, [this] {
        if (m_dashboard)
            m_dashboard->refresh();
    });

    m_backups = new BackupController(*m_jobs, this);
    connect(m_backups, &BackupController::backupFinished, this,
        [this](const QString &manifest, const QString &error) {
            if (error.isEmpty())
                statusBar()->showMessage(
                    tr("Backup written: %1").arg(QDir::toNativeSeparators(manifest)), 20000);
        });
    connect(m_backups, &BackupController::restoreFinished, this, &MainWindow::reconnectAfterRestore);

    m_switcher = new ConnectionSwitcher(
        *m_jobs, this,
        [this](std::unique_ptr<ConnectionManager> connections) { adopt(std::move(connections)); },
        [this] { return confirmDiscard(tr("Connect")); });

    m_bulkEdit = new BulkEditLauncher(*m_jobs, this);
    connect(m_bulkEdit, &BulkEditLauncher::statusMessage, status, &QStatusBar::showMessage);
    connect(m_bulkEdit, &BulkEditLauncher::catalogChanged, this, &MainWindow::refreshPages);

    m_images = new ImageFetchLauncher(*m_jobs, this);
    connect(m_images, &ImageFetchLauncher::statusMessage, status, &QStatusBar::showMessage);
    connect(m_images, &ImageFetchLauncher::imagesChanged, this, [this] {
        m_products->gallery()->reload();
        refreshPages();
    });
    connect(m_images, &ImageFetchLauncher::finished, this, &MainWindow::imageFetchFinished);
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildEditMenu();
    buildDataMenu();
    buildMaintenanceMenu();
    buildViewMenu();
    buildHelpMenu();
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("&Connect to Database…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
        [this] { m_switcher->chooseAndConnect(m_connections->config()); });
    m_recentMenu = file->addMenu(tr("&Recent Connections"));
    file->addSeparator();
    m_session->require(file->addAction(tr("Load &Demo Data…"), this, &MainWindow::loadDemoData),
        SessionGuard::Needs::RecordJobs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    updateRecentMenu();
    file->setToolTipsVisible(true);
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoGroup->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_saveAction = edit->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save Changes"),
        QKeySequence::Save, this, [this] {
            TablePage *page = currentPage();
            if (page && ReviewChangesDialog::confirmSave(this, *page->model(), m_navigation->currentItem()->text()))
                page->model()->save();
        });
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_revertAction = edit->addAction(tr("Re&vert Changes"), this, [this] {
        TablePage *page = currentPage();
        if (page && confirmDiscard(tr("Revert")))
            page->model()->revert();
    });
    m_revertAction->setObjectName(QStringLiteral("revertAction"));
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        if (TablePage *page = currentPage())
            page->focusFilter();
    });
    edit->addSeparator();
    m_addAction = edit->addAction(tr("&Add Row"), QKeySequence(Qt::CTRL | Qt::Key_N), this, [this] {
        if (TablePage *page = currentPage())
            page->addRow();
    });
    m_duplicateAction
        = edit->addAction(tr("D&uplicate Row"), QKeySequence(Qt::CTRL | Qt::Key_D), this, [this] {
              if (TablePage *page = currentPage())
                  page->duplicateRow();
          });
    m_deleteAction = edit->addAction(tr("&Delete Rows"), QKeySequence::Delete, this, [this] {
        if (TablePage *page = currentPage())
            page->deleteRows();
    });
    m_restoreAction = edit->addAction(tr("Res&tore Deleted Rows"), this, [this] {
        if (TablePage *page = currentPage())
            page->restoreRows();
    });
    m_historyAction
        = edit->addAction(tr("&History of Row…"), QKeySequence(Qt::CTRL | Qt::Key_H), this, [this] {
              if (TablePage *page = currentPage())
                  page->showHistory();
          });
    edit->addSeparator();
    edit->addAction(m_bulkEdit->action());
    m_session->require(m_bulkEdit->action(), SessionGuard::Needs::RecordJobs);
    for (QAction *a : { m_addAction, m_duplicateAction, m_deleteAction, m_restoreAction })
        m_session->explain(a);
    edit->setToolTipsVisible(true);
}

void MainWindow::buildDataMenu()
{
    QMenu *data = menuBar()->addMenu(tr("&Data"));
    m_session->require(data->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                           &MainWindow::importProducts),
        SessionGuard::Needs::RecordJobs);
    data->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportProducts);
    data->addSeparator();
    m_session->require(
        data->addAction(tr("Fetch &Images of Selected Products"), this, &MainWindow::fetchSelectedImages),
        SessionGuard::Needs::RecordJobs);
    m_session->require(data->addAction(tr("Fetch &Missing Images"), this, [this] { fetchImages({}, true); }),
        SessionGuard::Needs::RecordJobs);
    data->setToolTipsVisible(true);
}

void MainWindow::buildMaintenanceMenu()
{
    QMenu *maintenance = menuBar()->addMenu(tr("&Maintenance"));
    m_session->require(maintenance->addAction(tr("&Back Up…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                           this, [this] { m_backups->backUp(*m_connections); }),
        SessionGuard::Needs::RecordJobs);
    m_session->require(
        maintenance->addAction(tr("R&estore from Backup…"), this, &MainWindow::restoreFromBackup),
        SessionGuard::Needs::Administer);
    maintenance->addAction(tr("Clean &Up Backups…"), this, [this] { m_backups->cleanUp(); });
    maintenance->addSeparator();
    maintenance->addAction(tr("&Check Consistency…"), this, &MainWindow::checkConsistency);
    m_session->require(maintenance->addAction(tr("&Optimise Database…"), this, &MainWindow::optimizeDatabase),
        SessionGuard::Needs::Administer);
    auto *purge = findChild<PurgeLauncher *>(); // one, should the menus be built again
    if (!purge) {
        purge = new PurgeLauncher(*m_jobs, this);
        connect(purge, &PurgeLauncher::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(purge, &PurgeLauncher::catalogChanged, this, &MainWindow::refreshPages);
    }
    m_session->require(maintenance->addAction(tr("&Purge…"), this, [this, purge] { purge->open(*m_connections); }),
        SessionGuard::Needs::Administer);
    maintenance->addSeparator();
    maintenance->addAction(tr("&Statistics…"), this, &MainWindow::showStatistics);
    maintenance->setToolTipsVisible(true);
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(
        style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), QKeySequence::Refresh, this, [this] {
            if (TablePage *page = currentPage())
                page->model()->refresh();
            checkHealth();
        });
    m_showDeletedAction = view->addAction(tr("Show &Deleted Rows"));
    m_showDeletedAction->setCheckable(true);
    connect(m_showDeletedAction, &QAction::toggled, this, [this](bool on) {
        if (TablePage *page = currentPage())
            page->setShowDeleted(on);
    });
    QMenu *savedViews = view->addMenu(tr("Saved &Views"));
    connect(savedViews, &QMenu::aboutToShow, this,
        [this, savedViews] { SavedViewsController::fillMenu(savedViews, currentPage()); });
    m_columnsMenu = view->addMenu(tr("&Columns"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        m_columnsMenu->clear();
        TablePage *page = currentPage();
        if (!page)
            return;
        QTableView *table = page->view();
        for (int c = 0; c < page->model()->columnCount(); ++c) {
            QAction *a = m_columnsMenu->addAction(page->model()->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!table->isColumnHidden(c));
            connect(a, &QAction::toggled, table, [table, c](bool on) { table->setColumnHidden(c, !on); });
        }
    });
    view->addSeparator();
    buildLanguageMenu(view);
}

void MainWindow::buildLanguageMenu(QMenu *view)
{
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = LanguageSwitcher::savedLanguage();
    const QList<QPair<QString, QString>> choices { { QString(), tr("System default") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") } };
    for (const auto &[code, title] : choices) {
        QAction *a = language->addAction(title);
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [code = code] {
            LanguageSwitcher::saveLanguage(code);
            LanguageSwitcher::instance().apply(code);
        });
    }
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Log Folder"), this, [] {
        const QString folder = logging::currentPath().isEmpty()
            ? logging::defaultDirectory()
            : QFileInfo(logging::currentPath()).absolutePath();
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    help->addSeparator();
    help->addAction(tr("&About Catalog Admin"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildPages()
{
    m_products = new ProductsPage(*m_connections, m_stack);
    connect(m_products->gallery(), &ImageGallery::refetchRequested, this,
        [this](qint64 id) { fetchImages({ id }, false); });
    m_bulkEdit->attach(m_products, *m_connections);
    m_suppliers = new SuppliersPage(*m_connections, m_stack);
    auto *images = new TablePage(QStringLiteral("images"), new ImageTableModel(*m_connections), m_stack);
    auto *history = new JobsPage(*m_connections, m_stack);
    connect(history, &JobsPage::stopRequested, m_progress, &ProgressPanel::cancel);
    m_pages = { m_products, m_suppliers, images, history };
    SavedViewsController::attach(m_products, *m_connections);
    SavedViewsController::attach(m_suppliers, *m_connections);
    for (TablePage *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        m_undoGroup->addStack(page->model()->undoStack());
        connect(page, &TablePage::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(page, &TablePage::databaseUnreachable, this, [this](const QString &reason) {
            m_outage->reportUnreachable(reason);
            checkHealth(); // the health light confirms it and looks again until the server is back
        });
        connect(page->model(), &PagedTableModel::pendingChanged, this, &MainWindow::updateActions);
        connect(page->model(), &PagedTableModel::totalCountChanged, this, &MainWindow::updateCounts);
        connect(page->model(), &PagedTableModel::loadingChanged, this, &MainWindow::updateCounts);
        connect(page->model(), &PagedTableModel::saved, this, [this] { checkHealth(); });
        // A full disk or a lost server turns the light red now, not at the next interval.
        connect(page->model(), &PagedTableModel::saveFailed, this, [this] { checkHealth(); });
    }
    // The products list refreshes when suppliers change (names, counts), and vice versa.
    connect(m_suppliers->model(), &PagedTableModel::saved, m_products->model(), &PagedTableModel::refresh);
    connect(m_products->model(), &PagedTableModel::saved, m_suppliers->model(), &PagedTableModel::refresh);
    QSettings settings;
    for (TablePage *page : std::as_const(m_pages))
        page->restoreState(settings);
    m_session->setModels({ m_products->model(), m_suppliers->model(), images->model() });
    m_session->probe(*m_connections);
}

void MainWindow::destroyPages()
{
    for (TablePage *page : std::as_const(m_pages)) {
        m_undoGroup->removeStack(page->model()->undoStack());
        m_stack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
    m_products = nullptr;
    m_suppliers = nullptr;
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    TablePage *page = m_pages.at(index);
    m_undoGroup->setActiveStack(page->model()->undoStack());
    updateActions();
    updateCounts();
}

void MainWindow::updateActions()
{
    TablePage *page = currentPage();
    if (!page)
        return;
    PagedTableModel *model = page->model();
    const bool pending = model->hasPendingChanges();
    m_saveAction->setEnabled(pending);
    m_revertAction->setEnabled(pending);
    const bool editable = model->canAddRows();
    m_addAction->setEnabled(editable);
    m_duplicateAction->setEnabled(editable);
    m_deleteAction->setEnabled(editable);
    m_restoreAction->setEnabled(editable);
    m_historyAction->setEnabled(page->hasHistory());
    m_showDeletedAction->setEnabled(page->canShowDeleted());
    int total = 0;
    for (TablePage *p : std::as_const(m_pages))
        total += p->model()->pendingChangeCount();
    m_pendingLabel->setText(
        total > 0 ? QStringLiteral("<b style='color:%1'>%2</b>")
                        .arg(StatusColors::current().name(StatusColors::Role::Warning),
                            tr("%n unsaved change(s)", nullptr, total))
                  : QString());
    setWindowTitle(tr("Catalog Admin [*]"));
    setWindowModified(total > 0);
    m_outage->setPendingChanges(total);
}

void MainWindow::updateCounts()
{
    TablePage *page = currentPage();
    if (!page)
        return;
    const QLocale locale;
    const PagedTableModel *model = page->model();
    // An estimated count (a listing of millions, PagedTableModel::isTotalEstimated) says so.
    QString text = model->isTotalEstimated()
        ? tr("about %1 rows").arg(locale.toString(model->totalCount()))
        : tr("%Ln row(s)", nullptr, int(qMin<qint64>(model->totalCount(), INT_MAX)));
    if (model->totalCount() == 0 && !model->isIdle())
        text = tr("Loading…");
    if (m_products && m_suppliers)
        text += QStringLiteral("  ·  ")
            + tr("%1 products, %2 suppliers")
                  .arg(locale.toString(m_products->model()->totalCount()),
                      locale.toString(m_suppliers->model()->totalCount()));
    m_countsLabel->setText(text);
}

int MainWindow::pendingChangeCount() const
{
    int pending = 0;
    for (TablePage *p : std::as_const(m_pages))
        pending += p->model()->pendingChangeCount();
    return pending;
}

void MainWindow::refreshPages()
{
    for (TablePage *page : std::as_const(m_pages))
        page->model()->refresh();
}

void MainWindow::resumeAfterOutage()
{
    refreshPages(); // what failed during the outage loads again; pending changes stay
    const int pending = pendingChangeCount();
    const QString back = tr("The database answers again; the tables were reloaded.");
    statusBar()->showMessage(pending > 0
            ? back + QLatin1Char(' ') + tr("Save your %n unsaved change(s) now.", nullptr, pending)
            : back,
        20000);
}

void MainWindow::setHealthInterval(int seconds)
{
    m_health->setInterval(seconds);
}

void MainWindow::checkHealth()
{
    m_health->check();
}

DashboardWindow *MainWindow::dashboard() const
{
    return m_dashboard;
}

DashboardWindow *MainWindow::showStatistics()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(*m_connections, this);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        m_dashboard->setImagesFolder(QDir(resolveStorageRoot()).filePath(QStringLiteral("images")));
        connect(this, &MainWindow::healthChecked, m_dashboard, &DashboardWindow::showHealth);
        connect(m_dashboard, &DashboardWindow::optimizeRequested, this, &MainWindow::optimizeDatabase);
        connect(m_dashboard, &DashboardWindow::healthIntervalChanged, this, &MainWindow::setHealthInterval);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    checkHealth(); // the dashboard's health tile fills at once
    return m_dashboard;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Catalog Admin"),
        tr("<h3>Catalog Admin %1</h3><p>Administration of the wholesale product catalog: products, "
           "suppliers, images and the history of imports and syncs, on PostgreSQL or an embedded SQLite "
           "database.</p><p>Connected to %2.</p>")
            .arg(QApplication::applicationVersion(), m_connections->config().displayName().toHtmlEscaped()));
}

bool MainWindow::confirmDiscard(const QString &action)
{
    const int pending = pendingChangeCount();
    if (pending == 0)
        return true;
    return QMessageBox::question(this, action,
               tr("%n unsaved change(s) will be lost. Continue?", nullptr, pending),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_jobs->isBusy()) {
        const auto answer = QMessageBox::question(this, tr("A job is running"),
            tr("\"%1\" is still running. Cancel it and quit? Work already committed is kept.")
                .arg(m_jobs->title()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_jobs->cancelAll(); // the destructor waits for them
    }
    const int pending = pendingChangeCount();
    if (pending > 0) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
            tr("%n change(s) have not been saved. Quit and discard them?", nullptr, pending),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    settings.setValue(QStringLiteral("ui/page"), m_stack->currentIndex());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("ui/mainSplitter"), splitter->saveState());
    for (TablePage *page : std::as_const(m_pages))
        page->saveState(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"))) {
        const QByteArray state = settings.value(QStringLiteral("ui/mainSplitter")).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
    m_navigation->setCurrentRow(
        qBound(0, settings.value(QStringLiteral("ui/page"), 0).toInt(), int(m_pages.size()) - 1));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList urls = RecentConnections().urls();
    for (const QString &url : urls)
        m_recentMenu->addAction(url, this, [this, url] { m_switcher->connectToUrl(url); });
    m_recentMenu->setEnabled(!urls.isEmpty());
}

void MainWindow::connectToConfig(const ConnectionConfig &config)
{
    m_switcher->connectTo(config);
}

void MainWindow::adopt(std::unique_ptr<ConnectionManager> connections)
{
    saveSettings();
    m_health->waitForCheck();
    m_session->waitForProbe();
    delete m_dashboard; // it shows the previous database
    destroyPages();
    m_owned = std::move(connections); // the previous owned manager goes only after its pages
    m_connections = m_owned.get();
    m_health->setConnections(*m_connections);
    m_readServer->setConnections(*m_connections);
    QSettings().setValue(QStringLiteral("database/url"), m_connections->config().toUrl());
    buildPages();
    showPage(m_navigation->currentRow());
    updateRecentMenu();
    checkHealth();
    statusBar()->showMessage(tr("Connected to %1").arg(m_connections->config().displayName()), 6000);
    Q_EMIT connected(m_connections->config().displayName());
}

void MainWindow::reconnectAfterRestore(const QString &error)
{
    if (!error.isEmpty())
        return;
    statusBar()->showMessage(tr("Restore complete and verified against the backup's checksums."), 20000);
    // Every page re-reads the restored database through fresh connections.
    connectToConfig(m_connections->config());
}

void MainWindow::restoreFromBackup()
{
    if (m_jobs->isBusy()) {
        QMessageBox::information(this, tr("Restore from backup"),
            tr("\"%1\" is still running. Wait for it to finish or cancel it first.").arg(m_jobs->title()));
        return;
    }
    if (confirmDiscard(tr("Restore from backup")))
        m_backups->restore(*m_connections);
}

ConsistencyDialog *MainWindow::checkConsistency()
{
    return m_maintenance->checkConsistency(*m_connections);
}

void MainWindow::optimizeDatabase()
{
    m_maintenance->optimize(*m_connections);
}

void MainWindow::offerDemoData()
{
    m_maintenance->offerDemoData(*m_connections);
}

void MainWindow::loadDemoData()
{
    m_maintenance->loadDemoData(*m_connections);
}

void MainWindow::importProducts()
{
    m_transfers->importProducts(*m_connections);
}

void MainWindow::importProductsFrom(const QString &path, const ProductImporter::Options &options)
{
    m_transfers->importFrom(*m_connections, path, options);
}

void MainWindow::exportProducts()
{
    m_transfers->exportProducts(*m_connections, m_products->products()->filter());
}

void MainWindow::exportProductsTo(const QString &path)
{
    m_transfers->exportTo(
        *m_connections, path, m_products->products()->filter()); // what the Products page shows
}

void MainWindow::fetchImages(const QList<qint64> &productIds, bool onlyMissing)
{
    if (m_jobs->isBusy()) {
        statusBar()->showMessage(tr("Wait for \"%1\" to finish first.").arg(m_jobs->title()), 8000);
        return;
    }
    m_images->fetch(*m_connections, resolveStorageRoot(), productIds, onlyMissing);
}

void MainWindow::fetchSelectedImages()
{
    QList<qint64> ids;
    for (int row : m_products->selectedRows()) {
        const QVariant record = m_products->model()->index(row, 0).data(PagedTableModel::RecordRole);
        if (record.canConvert<Product>())
            ids << record.value<Product>().id;
    }
    if (ids.isEmpty())
        statusBar()->showMessage(tr("Select products on the Products page first."), 8000);
    else
        fetchImages(ids, false);
}

} // namespace catalog
