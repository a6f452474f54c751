#include "dashboardwindow.h"

#include "config/appidentity.h"
#include "dashboardhealthtab.h"
#include "dashboardoverviewtab.h"
#include "dashboardstoragetab.h"
#include "dashboardtiles.h"
#include "db/connectionmanager.h"
#include "db/readrouter.h"
#include "statuscolors.h"
#include "uilog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace catalog {

namespace {

constexpr int kDashboardRefreshMs = 30000;

} // namespace

DashboardWindow::DashboardWindow(ConnectionManager &connections, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_connections(connections)
{
    setObjectName(QStringLiteral("dashboard"));
    setWindowTitle(tr("Statistics — %1").arg(connections.config().displayName()));
    resize(1280, 860);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildTitleRow());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    const StatusColors colors = StatusColors::current();
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background: %2; padding: 6px; border-radius: 4px; }")
            .arg(colors.textOn(StatusColors::Role::ErrorFill).name(),
                colors.name(StatusColors::Role::ErrorFill)));
    m_error->hide();
    layout->addWidget(m_error);
    buildTabs();
    layout->addWidget(m_tabs, 1);

    connect(&m_watcher, &QFutureWatcher<Result<CatalogStatistics>>::finished, this,
        [this] { showStatistics(m_watcher.result()); });
    m_timer.setInterval(kDashboardRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &DashboardWindow::refresh);
}

DashboardWindow::~DashboardWindow()
{
    m_watcher.waitForFinished(); // the worker uses the connection manager
}

QLayout *DashboardWindow::buildTitleRow()
{
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(
        QStringLiteral("<b>%1</b>").arg(m_connections.config().displayName().toHtmlEscaped()), this);
    m_updated = new QLabel(tr("Computing the figures…"), this);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *refresh = m_refreshButton = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(refresh, &QPushButton::clicked, this, &DashboardWindow::refresh);
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_updated);
    top->addWidget(refresh);
    return top;
}

void DashboardWindow::buildTabs()
{
    const Engine engine = m_connections.config().engine;
    m_tabs = new QTabWidget(this);
    m_overview = new DashboardOverviewTab(m_tabs);
    m_storage = new DashboardStorageTab(engine, m_tabs);
    m_health = new DashboardHealthTab(engine, m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_storage, tr("Storage"));
    m_tabs->addTab(m_health, tr("Performance and health"));
    connect(m_storage, &DashboardStorageTab::optimizeRequested, this, &DashboardWindow::optimizeRequested);
    connect(
        m_health, &DashboardHealthTab::healthIntervalChanged, this, &DashboardWindow::healthIntervalChanged);
}

// The tabs' tiles, charts and tables set their titles when built: a new language builds them again
// (on the same tab), with the newest health shown at once and the figures read again by refresh().
void DashboardWindow::rebuildTabs()
{
    QTabWidget *old = m_tabs;
    const int current = old->currentIndex();
    buildTabs();
    delete layout()->replaceWidget(old, m_tabs); // the old tabs' layout item is ours to delete
    delete old;
    m_tabs->setCurrentIndex(current);
    if (m_lastHealth)
        showHealth(*m_lastHealth);
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Statistics — %1").arg(m_connections.config().displayName()));
        m_refreshButton->setText(tr("&Refresh"));
        rebuildTabs();
        if (isVisible())
            refresh();
    }
    QWidget::changeEvent(event);
}

void DashboardWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start();
    refresh();
}

void DashboardWindow::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

QString DashboardWindow::tileText(const QString &name) const
{
    for (const DashboardTiles *tiles :
        { m_overview->tiles(), m_overview->qualityTiles(), m_storage->tiles() })
        if (tiles->hasTile(name))
            return tiles->text(name);
    return {};
}

void DashboardWindow::refresh()
{
    m_health->showLatencies();
    if (m_watcher.isRunning())
        return;
    StatisticsRepository::Options options;
    options.storageRoot = m_imagesFolder;
    options.qualityStaleDays = staleSyncDays();
    ConnectionManager *connections = &m_connections;
    m_collecting.start();
    m_watcher.setFuture(QtConcurrent::run(&connections->workers(),
        [connections, options] {
            return ReadRouter::read<CatalogStatistics>(*connections,
                [&](ConnectionManager &reads) { return StatisticsRepository(reads).collect(options); });
        }));
}

void DashboardWindow::showStatistics(const Result<CatalogStatistics> &result)
{
    if (!result) {
        m_error->setText(tr("The figures could not be read: %1").arg(result.error().toString()));
        m_error->show();
        qCWarning(lcUi).noquote() << "dashboard:" << result.error().toString();
        Q_EMIT refreshed();
        return;
    }
    m_error->hide();
    // On a large SQLite catalog collecting takes seconds: refresh at most 1/10 of the time.
    m_timer.setInterval(
        int(qBound(qint64(kDashboardRefreshMs), 10 * m_collecting.elapsed(), qint64(600000))));
    m_stats = result.value();
    m_updated->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_overview->showStatistics(m_stats);
    m_storage->showStatistics(m_stats);
    m_health->showStatements(m_stats.statements);
    Q_EMIT refreshed();
}

void DashboardWindow::showHealth(const SystemHealth &health)
{
    m_lastHealth = health;
    m_overview->showHealth(health);
    m_health->showHealth(health);
}

} // namespace catalog
