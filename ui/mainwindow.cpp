#include "mainwindow.h"

#include "config/appidentity.h"
#include "backupcontroller.h"
#include "connectiondialog.h"
#include "db/connectionmanager.h"
#include "consistencydialog.h"
#include "dashboardwindow.h"
#include "maintenance/databaseoptimizer.h"
#include "demo/demodata.h"
#include "config/appidentity.h"
#include "imagefetchlauncher.h"
#include "imagegallery.h"
#include "imagetablemodel.h"
#include "importdialog.h"
#include "jobspage.h"
#include "config/logfile.h"
#include "schema/migrator.h"
#include "transfer/productexporter.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "progresspanel.h"
#include "sessionguard.h"
#include "config/recentconnections.h"
#include "repositories/statisticsrepository.h"
#include "supplierspage.h"
#include "suppliertablemodel.h"
#include "syncrecordtablemodel.h"
#include "repositories/syncrecordrepository.h"
#include "tablepage.h"
#include "uilog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent>

namespace catalog {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

// The icon of resources/catalog-admin.svg, drawn here: Debian's Qt has no SVG image plugin by default.
QIcon applicationIcon()
{
    QIcon icon;
    for (int size : { 16, 32, 64, 128 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 64.0, size / 64.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2b, 0x6c, 0xb0));
        p.drawRoundedRect(QRectF(6, 10, 52, 44), 6, 6);
        p.setBrush(QColor(0xeb, 0xf8, 0xff));
        p.drawRoundedRect(QRectF(12, 18, 40, 6), 2, 2);
        p.setBrush(QColor(0xbe, 0xe3, 0xf8));
        p.drawRoundedRect(QRectF(12, 29, 40, 6), 2, 2);
        p.drawRoundedRect(QRectF(12, 40, 26, 6), 2, 2);
        p.setBrush(QColor(0xf6, 0xad, 0x55));
        p.drawEllipse(QPointF(47, 43), 6, 6);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(ConnectionManager &connections, QWidget *parent)
    : QMainWindow(parent)
    , m_connections(&connections)
    , m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("Catalog Admin [*]"));
    setWindowIcon(applicationIcon());
    resize(1280, 780);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMaximumWidth(200);
    m_navigation->setSpacing(2);
    const QStyle *s = style();
    m_navigation->addItem(
        new QListWidgetItem(s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Products")));
    m_navigation->addItem(new QListWidgetItem(s->standardIcon(QStyle::SP_DirHomeIcon), tr("Suppliers")));
    m_navigation->addItem(new QListWidgetItem(s->standardIcon(QStyle::SP_DesktopIcon), tr("Images")));
    m_navigation->addItem(new QListWidgetItem(s->standardIcon(QStyle::SP_BrowserReload), tr("Sync history")));
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 150, 1100 });
    setCentralWidget(splitter);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_pendingLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_progress = new ProgressPanel(this);
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_progress);
    m_backups = new BackupController(this, m_progress);
    connect(m_backups, &BackupController::backupFinished, this, [this](const QString &manifest, const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Backup written: %1").arg(QDir::toNativeSeparators(manifest)), 20000);
    });
    connect(m_backups, &BackupController::restoreFinished, this, [this](const QString &error) {
        if (!error.isEmpty())
            return;
        statusBar()->showMessage(tr("Restore complete and verified against the backup's checksums."), 20000);
        // Every page re-reads the restored database through fresh connections, once the progress
        // panel has let go of the job (its own watcher may hear of the end after this one).
        const auto reconnect = [this] { connectToConfig(m_connections->config()); };
        if (!m_progress->isBusy()) {
            reconnect();
            return;
        }
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_progress, &ProgressPanel::finished, this, [once, reconnect] {
            QObject::disconnect(*once);
            reconnect();
        });
    });
    m_session = new SessionGuard(this);
    statusBar()->addPermanentWidget(m_session->label());
    connect(m_session, &SessionGuard::changed, this, &MainWindow::updateActions);

    buildMenus();
    buildPages();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    m_navigation->setCurrentRow(0);

    connect(
        &m_health, &QFutureWatcher<SystemHealth>::finished, this, [this] { showHealth(m_health.result()); });
    setHealthInterval(QSettings().value(QStringLiteral("health/intervalSeconds"), 15).toInt());
    connect(&m_healthTimer, &QTimer::timeout, this, &MainWindow::checkHealth);
    m_healthTimer.start();
    m_connectionLabel->setText(tr("%1 — checking…").arg(m_connections->config().displayName()));
    checkHealth();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    m_health.waitForFinished();
    m_session->waitForProbe();
    delete m_dashboard; // waits for its query while the connection manager still exists
    destroyPages(); // models wait for their workers while the connection manager still exists
}

TablePage *MainWindow::currentPage() const
{
    return qobject_cast<TablePage *>(m_stack->currentWidget());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("&Connect to Database…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, &MainWindow::connectTo);
    m_recentMenu = file->addMenu(tr("&Recent Connections"));
    file->addSeparator();
    m_session->require(file->addAction(tr("Load &Demo Data…"), this, &MainWindow::loadDemoData),
        SessionGuard::Needs::RecordJobs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_saveAction = edit->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save Changes"),
        QKeySequence::Save, this, [this] {
            if (TablePage *page = currentPage())
                page->model()->save();
        });
    m_revertAction = edit->addAction(tr("Re&vert Changes"), this, [this] {
        TablePage *page = currentPage();
        if (page && confirmDiscard(tr("Revert")))
            page->model()->revert();
    });
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

    QMenu *data = menuBar()->addMenu(tr("&Data"));
    m_session->require(
        data->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importProducts),
        SessionGuard::Needs::RecordJobs);
    data->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportProducts);

    data->addSeparator();
    m_session->require(data->addAction(tr("Fetch &Images of Selected Products"), this,
                           [this] {
                               QList<qint64> ids;
                               for (int row : m_products->selectedRows()) {
                                   const QVariant record
                                       = m_products->model()->index(row, 0).data(PagedTableModel::RecordRole);
                                   if (record.canConvert<Product>())
                                       ids << record.value<Product>().id;
                               }
                               if (ids.isEmpty())
                                   statusBar()->showMessage(tr("Select products on the Products page first."), 8000);
                               else
                                   fetchImages(ids, false);
                           }),
        SessionGuard::Needs::RecordJobs);
    m_session->require(data->addAction(tr("Fetch &Missing Images"), this, [this] { fetchImages({}, true); }),
        SessionGuard::Needs::RecordJobs);

    QMenu *maintenance = menuBar()->addMenu(tr("&Maintenance"));
    m_session->require(maintenance->addAction(tr("&Back Up…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this,
                           [this] { m_backups->backUp(*m_connections); }),
        SessionGuard::Needs::RecordJobs);
    m_session->require(maintenance->addAction(tr("R&estore from Backup…"), this,
                           [this] {
                               if (m_progress->isBusy()) {
                                   QMessageBox::information(this, tr("Restore from backup"),
                                       tr("\"%1\" is still running. Wait for it to finish or cancel it first.")
                                           .arg(m_progress->title()));
                                   return;
                               }
                               if (confirmDiscard(tr("Restore from backup")))
                                   m_backups->restore(*m_connections);
                           }),
        SessionGuard::Needs::Administer);
    maintenance->addAction(tr("Clean &Up Backups…"), this, [this] { m_backups->cleanUp(); });
    maintenance->addSeparator();
    maintenance->addAction(tr("&Check Consistency…"), this, &MainWindow::checkConsistency);
    m_session->require(maintenance->addAction(tr("&Optimise Database…"), this, &MainWindow::optimizeDatabase),
        SessionGuard::Needs::Administer);
    maintenance->addSeparator();
    maintenance->addAction(tr("&Statistics…"), this, &MainWindow::showStatistics);

    for (QAction *a : { m_addAction, m_duplicateAction, m_deleteAction, m_restoreAction })
        m_session->explain(a);
    for (QMenu *menu : { file, edit, data, maintenance })
        menu->setToolTipsVisible(true);

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
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = QSettings().value(kLanguageKey).toString();
    const QList<QPair<QString, QString>> choices { { QString(), tr("System default") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") } };
    for (const auto &[code, title] : choices) {
        QAction *a = language->addAction(title);
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(kLanguageKey, code);
            QMessageBox::information(
                this, tr("Language"), tr("The language changes when Catalog Admin is started again."));
        });
    }

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
    connect(m_products->gallery(), &ImageGallery::refetchRequested, this, [this](qint64 id) { fetchImages({ id }, false); });
    m_suppliers = new SuppliersPage(*m_connections, m_stack);
    auto *images = new TablePage(QStringLiteral("images"), new ImageTableModel(*m_connections), m_stack);
    auto *history = new JobsPage(*m_connections, m_stack);
    connect(history, &JobsPage::stopRequested, m_progress, &ProgressPanel::cancel);
    m_pages = { m_products, m_suppliers, images, history };
    for (TablePage *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        m_undoGroup->addStack(page->model()->undoStack());
        connect(page, &TablePage::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(page->model(), &PagedTableModel::pendingChanged, this, &MainWindow::updateActions);
        connect(page->model(), &PagedTableModel::totalCountChanged, this, &MainWindow::updateCounts);
        connect(page->model(), &PagedTableModel::loadingChanged, this, &MainWindow::updateCounts);
        connect(page->model(), &PagedTableModel::saved, this, [this] { checkHealth(); });
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
        total > 0 ? tr("<b style='color:#a86400'>%n unsaved change(s)</b>", nullptr, total) : QString());
    setWindowTitle(tr("Catalog Admin [*]"));
    setWindowModified(total > 0);
}

void MainWindow::updateCounts()
{
    TablePage *page = currentPage();
    if (!page)
        return;
    const QLocale locale;
    const PagedTableModel *model = page->model();
    QString text = tr("%Ln row(s)", nullptr, int(qMin<qint64>(model->totalCount(), INT_MAX)));
    if (model->totalCount() == 0 && !model->isIdle())
        text = tr("Loading…");
    if (m_products && m_suppliers)
        text += QStringLiteral("  ·  ")
            + tr("%1 products, %2 suppliers")
                  .arg(locale.toString(m_products->model()->totalCount()),
                      locale.toString(m_suppliers->model()->totalCount()));
    m_countsLabel->setText(text);
}

void MainWindow::setHealthInterval(int seconds)
{
    m_healthTimer.setInterval(qBound(5, seconds, 3600) * 1000);
}

void MainWindow::checkHealth()
{
    if (m_health.isRunning())
        return;
    ConnectionManager *connections = m_connections;
    HealthChecker::Options options;
    options.storageRoot = resolveStorageRoot();
    m_health.setFuture(
        QtConcurrent::run([connections, options] { return HealthChecker(*connections, options).check(); }));
}

void MainWindow::showHealth(const SystemHealth &health)
{
    const QString name = m_connections->config().displayName();
    const HealthReport &report = health.connection;
    switch (health.level()) {
    case SystemHealth::Level::Ok:
        m_connectionLabel->setStyleSheet({});
        m_connectionLabel->setText(tr("<span style='color:#1e8c3a'>●</span> %1 — connected, %2 ms")
                                       .arg(name.toHtmlEscaped())
                                       .arg(double(report.latencyMicros) / 1000.0, 0, 'f', 1));
        m_connectionLabel->setToolTip(report.serverVersion);
        break;
    case SystemHealth::Level::Warning:
        m_connectionLabel->setStyleSheet({});
        m_connectionLabel->setText(tr("<span style='color:#d97706'>●</span> %1 — connected, %2 ms — %3")
                                       .arg(name.toHtmlEscaped())
                                       .arg(double(report.latencyMicros) / 1000.0, 0, 'f', 1)
                                       .arg(health.reason().toHtmlEscaped()));
        m_connectionLabel->setToolTip(health.warnings.join(QLatin1Char('\n')));
        break;
    case SystemHealth::Level::Critical:
        m_connectionLabel->setStyleSheet(
            QStringLiteral("QLabel { color: white; background: #b3261e; padding: 0 6px; }"));
        m_connectionLabel->setText(report.healthy
                ? tr("● %1 — unhealthy: %2").arg(name.toHtmlEscaped(), health.reason().toHtmlEscaped())
                : tr("● %1 — not connected: %2").arg(name.toHtmlEscaped(), report.error.toHtmlEscaped()));
        m_connectionLabel->setToolTip((health.problems + health.warnings).join(QLatin1Char('\n')));
        break;
    }
    if (health.level() != m_healthLevel) {
        if (health.level() == SystemHealth::Level::Ok)
            qCInfo(lcUi).noquote() << "health: back to normal on" << name;
        else
            qCWarning(lcUi).noquote() << "health:" << name << health.reason();
        m_healthLevel = health.level();
    }
    Q_EMIT healthChecked(health);
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
    int pending = 0;
    for (TablePage *p : std::as_const(m_pages))
        pending += p->model()->pendingChangeCount();
    if (pending == 0)
        return true;
    return QMessageBox::question(this, action,
               tr("%n unsaved change(s) will be lost. Continue?", nullptr, pending),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_progress->isBusy()) {
        const auto answer = QMessageBox::question(this, tr("A job is running"),
            tr("\"%1\" is still running. Cancel it and quit? Work already committed is kept.")
                .arg(m_progress->title()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_progress->cancel();
    }
    int pending = 0;
    for (TablePage *p : std::as_const(m_pages))
        pending += p->model()->pendingChangeCount();
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
        m_recentMenu->addAction(url, this, [this, url] { connectToUrl(url); });
    m_recentMenu->setEnabled(!urls.isEmpty());
}

void MainWindow::connectTo()
{
    ConnectionDialog dialog(m_connections->config(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!confirmDiscard(tr("Connect")))
        return;
    connectToConfig(dialog.config());
}

void MainWindow::connectToConfig(const ConnectionConfig &config)
{
    switchTo(std::make_unique<ConnectionManager>(config));
}

void MainWindow::connectToUrl(const QString &url)
{
    const Result<ConnectionConfig> config = ConnectionConfig::fromUrl(url);
    if (!config) {
        QMessageBox::warning(this, tr("Connect"), config.error().toString());
        return;
    }
    // A saved URL has no password: the dialog asks for what is missing and tests it first.
    ConnectionDialog dialog(config.value(), this);
    if (dialog.exec() != QDialog::Accepted || !confirmDiscard(tr("Connect")))
        return;
    switchTo(std::make_unique<ConnectionManager>(dialog.config()));
}

void MainWindow::switchTo(std::unique_ptr<ConnectionManager> connections)
{
    // A background job (import, export, demo data, optimise) uses the current connections until it
    // ends: they must not be replaced under it.
    if (m_progress->isBusy()) {
        QMessageBox::information(this, tr("Connect"),
            tr("\"%1\" is still running on the current database. Wait for it to finish or "
               "cancel it, then connect again.")
                .arg(m_progress->title()));
        return;
    }
    // Prepare the schema before anything is shown; the window stays responsive meanwhile.
    ConnectionManager *candidate = connections.get();
    const auto connectingTitle
        = std::make_shared<QString>(tr("Connecting to %1").arg(candidate->config().displayName()));
    auto *watcher = new QFutureWatcher<Result<int>>(this);
    auto holder = std::make_shared<std::unique_ptr<ConnectionManager>>(std::move(connections));
    connect(watcher, &QFutureWatcher<Result<int>>::finished, this, [this, watcher, holder, connectingTitle] {
        watcher->deleteLater();
        const Result<int> migrated = watcher->result();
        if (!migrated) {
            QMessageBox::warning(this, tr("Connect"),
                tr("The database %1 could not be prepared:\n%2")
                    .arg((*holder)->config().displayName(), migrated.error().toString()));
            return;
        }
        // A job started while the schema was being prepared (not this connection's own preparation)?
        if (m_progress->isBusy() && m_progress->title() != *connectingTitle) {
            QMessageBox::information(this, tr("Connect"),
                tr("\"%1\" is still running on the current database. Wait for it to finish or "
                   "cancel it, then connect again.")
                    .arg(m_progress->title()));
            return;
        }
        saveSettings();
        m_health.waitForFinished();
        m_session->waitForProbe();
        delete m_dashboard; // it shows the previous database
        destroyPages();
        m_owned = std::move(*holder); // the previous owned manager goes only after its pages
        m_connections = m_owned.get();
        QSettings().setValue(QStringLiteral("database/url"), m_connections->config().toUrl());
        buildPages();
        showPage(m_navigation->currentRow());
        updateRecentMenu();
        checkHealth();
        statusBar()->showMessage(tr("Connected to %1").arg(m_connections->config().displayName()), 6000);
        Q_EMIT connected(m_connections->config().displayName());
    });
    QFuture<Result<int>> future = QtConcurrent::run([candidate]() -> Result<int> {
        const auto r = Migrator(*candidate).migrate();
        if (!r)
            return r.error();
        // Jobs a killed or crashed run of this machine left "running" are closed as failed.
        if (const auto closed = SyncRecordRepository(*candidate).closeAbandoned(); !closed)
            qWarning().noquote() << "could not close abandoned jobs:" << closed.error().toString();
        return 0;
    });
    watcher->setFuture(future);
    m_progress->track(*connectingTitle, future);
}

ConsistencyDialog *MainWindow::checkConsistency()
{
    auto *dialog = new ConsistencyDialog(*m_connections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsistencyDialog::repaired, this, [this] {
        for (TablePage *page : std::as_const(m_pages))
            page->model()->refresh();
    });
    dialog->open();
    return dialog;
}

void MainWindow::optimizeDatabase()
{
    // First the estimate (off the GUI thread too: a lost connection retries for seconds).
    ConnectionManager *connections = m_connections;
    auto *estimating = new QFutureWatcher<Result<DatabaseOptimizer::Report>>(this);
    connect(
        estimating, &QFutureWatcher<Result<DatabaseOptimizer::Report>>::finished, this, [this, estimating] {
            estimating->deleteLater();
            startOptimizing(estimating->result());
        });
    estimating->setFuture(
        QtConcurrent::run([connections] { return DatabaseOptimizer(*connections).estimate(); }));
}

void MainWindow::startOptimizing(const Result<DatabaseOptimizer::Report> &estimate)
{
    ConnectionManager *connections = m_connections;
    const QLocale locale;
    const QString figures = estimate
        ? tr("The database takes %1; about %2 dead rows or free pages could be reclaimed.")
              .arg(locale.formattedDataSize(estimate->bytesBefore), locale.toString(estimate->deadBefore))
        : estimate.error().toString();
    if (QMessageBox::question(this, tr("Optimise database"),
            tr("%1\n\nOptimising reclaims that space and refreshes the query planner's statistics. It runs "
               "in "
               "the background; other users may notice it on a large database. Start now?")
                .arg(figures))
        != QMessageBox::Yes)
        return;
    QFuture<Result<DatabaseOptimizer::Report>> future
        = QtConcurrent::run([connections] { return DatabaseOptimizer(*connections).optimize(); });
    auto *watcher = new QFutureWatcher<Result<DatabaseOptimizer::Report>>(this);
    connect(watcher, &QFutureWatcher<Result<DatabaseOptimizer::Report>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<DatabaseOptimizer::Report> r = watcher->result();
        if (!r) {
            QMessageBox::warning(this, tr("Optimise database"), r.error().toString());
            return;
        }
        const QLocale locale;
        if (m_dashboard)
            m_dashboard->refresh();
        statusBar()->showMessage(
            tr("Database optimised in %1 s: %2 → %3.")
                .arg(locale.toString(double(r->milliseconds) / 1000.0, 'f', 1),
                    locale.formattedDataSize(r->bytesBefore), locale.formattedDataSize(r->bytesAfter)),
            15000);
    });
    watcher->setFuture(future);
    m_progress->track(tr("Optimising the database"), future);
}

void MainWindow::importProducts()
{
    ImportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        importProductsFrom(dialog.path(), dialog.options());
}

void MainWindow::importProductsFrom(const QString &path, const ProductImporter::Options &options)
{
    ConnectionManager *connections = m_connections;
    QFuture<Result<ProductImporter::Report>> future = QtConcurrent::run(
        [connections, path, options](QPromise<Result<ProductImporter::Report>> &promise) {
            promise.addResult(ProductImporter(*connections)
                                  .importFile(path, options, [&promise](qint64, qint64 bytes, qint64 total) {
                                      promise.setProgressRange(0, 1000);
                                      promise.setProgressValue(total > 0 ? int(bytes * 1000 / total) : 0);
                                      return !promise.isCanceled();
                                  }));
        });
    auto *watcher = new QFutureWatcher<Result<ProductImporter::Report>>(this);
    connect(watcher, &QFutureWatcher<Result<ProductImporter::Report>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0)
            return;
        const Result<ProductImporter::Report> r = watcher->result();
        for (TablePage *page : std::as_const(m_pages))
            page->model()->refresh();
        if (!r) {
            QMessageBox::warning(
                this, tr("Import products"), tr("The import stopped: %1").arg(r.error().toString()));
            return;
        }
        const QLocale locale;
        QString text
            = tr("%1: %2 rows read, %3 inserted, %4 updated, %5 unchanged, %6 skipped, %7 rejected%8.")
                  .arg(QFileInfo(path).fileName(), locale.toString(r->rowsRead), locale.toString(r->inserted),
                      locale.toString(r->updated), locale.toString(r->unchanged), locale.toString(r->skipped),
                      locale.toString(r->rejected))
                  .arg(r->cancelled ? tr(" (cancelled: the batches before stay)") : QString());
        if (r->dryRun)
            text = tr("Dry run, nothing written. ") + text;
        statusBar()->showMessage(text, 20000);
        Q_EMIT importFinished(r->rejected);
        if (r->rejected > 0) {
            QStringList lines;
            for (const ProductImporter::RowError &e : r->errors.mid(0, 30))
                lines << tr("line %1 [%2] %3: %4").arg(e.line).arg(e.sourceId, e.field, e.message);
            QMessageBox box(QMessageBox::Warning, tr("Import products"), text, QMessageBox::Close, this);
            box.setDetailedText(lines.join(QLatin1Char('\n')));
            box.setInformativeText(tr("Rejected rows are listed under Details and in Sync history."));
            box.exec();
        }
    });
    watcher->setFuture(future);
    m_progress->track(options.dryRun ? tr("Checking %1").arg(QFileInfo(path).fileName())
                                     : tr("Importing %1").arg(QFileInfo(path).fileName()),
        future);
}

void MainWindow::fetchImages(const QList<qint64> &productIds, bool onlyMissing)
{
    if (m_progress->isBusy()) {
        statusBar()->showMessage(tr("Wait for \"%1\" to finish first.").arg(m_progress->title()), 8000);
        return;
    }
    ImageFetchJob::Options options;
    options.productIds = productIds;
    options.onlyMissing = onlyMissing;
    const auto future = startImageFetch(m_connections, resolveStorageRoot(), options);
    auto *watcher = new QFutureWatcher<Result<ImageFetchJob::Report>>(this);
    connect(watcher, &QFutureWatcher<Result<ImageFetchJob::Report>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0)
            return;
        const Result<ImageFetchJob::Report> r = watcher->result();
        m_products->gallery()->reload();
        for (TablePage *page : std::as_const(m_pages))
            page->model()->refresh();
        if (!r) {
            QMessageBox::warning(this, tr("Fetch images"), tr("The image fetch stopped: %1").arg(r.error().toString()));
            return;
        }
        const QString text = tr("Images: %1 stored, %2 unchanged, %3 failed%4.")
                                     .arg(r->stored)
                                     .arg(r->unchanged)
                                     .arg(r->failed)
                                     .arg(r->cancelled ? tr(" (cancelled)") : QString());
        statusBar()->showMessage(text, 20000);
        Q_EMIT imageFetchFinished(r->stored, r->failed);
        if (r->failed > 0) {
            QStringList lines;
            for (const ImageFetchJob::Failure &f : r->failures.mid(0, 30))
                lines << tr("%1 %2: %3").arg(f.sourceId, f.url, f.message);
            QMessageBox box(QMessageBox::Warning, tr("Fetch images"), text, QMessageBox::Close, this);
            box.setDetailedText(lines.join(QLatin1Char('\n')));
            box.setInformativeText(tr("Each failed image shows its reason in the product's gallery and in Sync history."));
            box.exec();
        }
    });
    watcher->setFuture(future);
    m_progress->track(onlyMissing ? tr("Fetching missing images") : tr("Fetching images"), future);
}

void MainWindow::exportProducts()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export products"),
        QDir::home().filePath(QStringLiteral("products.csv")), tr("CSV (*.csv);;JSON Lines (*.jsonl)"),
        &selected);
    if (!path.isEmpty())
        exportProductsTo(path);
}

void MainWindow::exportProductsTo(const QString &path)
{
    const std::optional<FileFormat> format = fileFormatFromName(path, FileFormatUse::Export);
    if (!format) {
        QMessageBox::warning(
            this, tr("Export products"), tr("Name the file *.csv or *.jsonl to choose the format."));
        return;
    }
    ProductExporter::Options options;
    options.format = *format;
    options.filter = m_products->products()->filter(); // what the Products page shows
    ConnectionManager *connections = m_connections;
    QFuture<Result<ProductExporter::Report>> future = QtConcurrent::run(
        [connections, path, options](QPromise<Result<ProductExporter::Report>> &promise) {
            promise.addResult(
                ProductExporter(*connections).exportTo(path, options, [&promise](qint64 done, qint64 total) {
                    promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
                    promise.setProgressValue(int(qMin<qint64>(done, INT_MAX)));
                    return !promise.isCanceled();
                }));
        });
    auto *watcher = new QFutureWatcher<Result<ProductExporter::Report>>(this);
    connect(watcher, &QFutureWatcher<Result<ProductExporter::Report>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0)
            return;
        const Result<ProductExporter::Report> report = watcher->result();
        if (!report) {
            if (report.error().kind == ErrorKind::Cancelled)
                statusBar()->showMessage(tr("Export cancelled; no file was written."), 8000);
            else
                QMessageBox::warning(this, tr("Export products"), report.error().toString());
            return;
        }
        statusBar()->showMessage(tr("Exported %Ln product(s) to %1.", nullptr, int(report->rows))
                                     .arg(QDir::toNativeSeparators(path)),
            10000);
        Q_EMIT exportFinished(path, report->rows);
    });
    watcher->setFuture(future);
    m_progress->track(tr("Exporting products"), future);
}

void MainWindow::offerDemoData()
{
    const Result<bool> empty = DemoData::isCatalogEmpty(*m_connections);
    if (!empty || !empty.value())
        return;
    const auto answer = QMessageBox::question(this, tr("Welcome to Catalog Admin"),
        tr("The catalog is empty. Load demo data — a few thousand products from a "
           "few hundred suppliers — to try things out?\n\nYou can also connect to "
           "your own database with File ▸ Connect to Database."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadDemoData();
}

void MainWindow::loadDemoData()
{
    ConnectionManager *connections = m_connections;
    QFuture<Result<DemoData::Report>> future
        = QtConcurrent::run([connections](QPromise<Result<DemoData::Report>> &promise) {
              promise.addResult(
                  DemoData::load(*connections, DemoData::Options {}, [&promise](int done, int total) {
                      promise.setProgressRange(0, total);
                      promise.setProgressValue(done);
                      return !promise.isCanceled();
                  }));
          });
    auto *watcher = new QFutureWatcher<Result<DemoData::Report>>(this);
    connect(watcher, &QFutureWatcher<Result<DemoData::Report>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0)
            return;
        const Result<DemoData::Report> report = watcher->result();
        if (!report)
            QMessageBox::warning(this, tr("Demo data"), report.error().toString());
        else
            statusBar()->showMessage(report->summary(), 10000);
        for (TablePage *page : std::as_const(m_pages))
            page->model()->refresh();
    });
    watcher->setFuture(future);
    m_progress->track(tr("Loading demo data"), future);
}

} // namespace catalog
