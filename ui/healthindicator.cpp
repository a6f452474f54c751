#include "healthindicator.h"

#include "config/appidentity.h"
#include "statuscolors.h"
#include "uilog.h"

#include <QLabel>
#include <QSettings>
#include <QtConcurrent>

namespace catalog {

HealthIndicator::HealthIndicator(ConnectionManager &connections, QWidget *labelParent)
    : QObject(labelParent)
    , m_connections(&connections)
    , m_label(new QLabel(labelParent))
{
    m_label->setObjectName(QStringLiteral("connectionLabel"));
    // The longest text of the status bar (server reached, database, user, the warning): it gives way
    // to the permanent labels on its right (counts, rights, the read server) rather than push them
    // out of the window.
    m_label->setMinimumWidth(200);
    connect(&m_check, &QFutureWatcher<SystemHealth>::finished, this, [this] { show(m_check.result()); });
    connect(&m_timer, &QTimer::timeout, this, &HealthIndicator::check);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HealthIndicator::check);
}

HealthIndicator::~HealthIndicator()
{
    waitForCheck();
}

void HealthIndicator::setConnections(ConnectionManager &connections)
{
    waitForCheck();
    m_connections = &connections;
}

void HealthIndicator::start(int seconds)
{
    setInterval(seconds);
    m_timer.start();
    m_label->setText(tr("%1 — checking…").arg(m_connections->config().displayName()));
    check();
}

void HealthIndicator::setInterval(int seconds)
{
    m_timer.setInterval(qBound(5, seconds, 3600) * 1000);
}

void HealthIndicator::check()
{
    if (m_check.isRunning())
        return;
    ConnectionManager *connections = m_connections;
    HealthChecker::Options options;
    options.storageRoot = resolveStorageRoot();
    options.backupFolder = QSettings().value(QStringLiteral("backup/folder")).toString();
    options.archive = ArchiveHealth::Options::fromSettings(RuntimeSettings::current());
    options.replication = ReplicationHealth::Thresholds::fromSettings();
    m_check.setFuture(QtConcurrent::run(&connections->workers(),
        [connections, options] { return HealthChecker(*connections, options).check(); }));
}

void HealthIndicator::waitForCheck()
{
    m_check.waitForFinished();
}

void HealthIndicator::show(const SystemHealth &health)
{
    const HealthReport &report = health.connection;
    // The server libpq actually reached (of several hosts) and its role, not the first host listed;
    // first, so a narrow status bar still shows it.
    const QString name = report.server.known && !report.server.file
        ? tr("server %1 · %2").arg(report.server.text(), m_connections->config().displayName())
        : m_connections->config().displayName();
    switch (health.level()) {
    case SystemHealth::Level::Ok:
        m_label->setStyleSheet({});
        m_label->setText(QStringLiteral("<span style='color:%1'>●</span> ")
                             .arg(StatusColors::current().name(StatusColors::Role::Ok))
            + tr("%1 — connected, %2 ms")
                  .arg(name.toHtmlEscaped())
                  .arg(double(report.latencyMicros) / 1000.0, 0, 'f', 1));
        m_label->setToolTip(QStringList { report.serverVersion, ReplicationHealth::summary(health.replication) }
                                .join(QLatin1Char('\n'))
                                .trimmed());
        break;
    case SystemHealth::Level::Warning:
        m_label->setStyleSheet({});
        m_label->setText(QStringLiteral("<span style='color:%1'>●</span> ")
                             .arg(StatusColors::current().name(StatusColors::Role::Warning))
            + tr("%1 — connected, %2 ms — %3")
                  .arg(name.toHtmlEscaped())
                  .arg(double(report.latencyMicros) / 1000.0, 0, 'f', 1)
                  .arg(health.reason().toHtmlEscaped()));
        m_label->setToolTip(health.warnings.join(QLatin1Char('\n')));
        break;
    case SystemHealth::Level::Critical:
        m_label->setStyleSheet(
            QStringLiteral("QLabel { color: %1; background: %2; padding: 0 6px; }")
                .arg(StatusColors::current().textOn(StatusColors::Role::ErrorFill).name(),
                    StatusColors::current().name(StatusColors::Role::ErrorFill)));
        m_label->setText(report.healthy
                ? tr("● %1 — unhealthy: %2").arg(name.toHtmlEscaped(), health.reason().toHtmlEscaped())
                : tr("● %1 — not connected: %2").arg(name.toHtmlEscaped(), report.error.toHtmlEscaped()));
        m_label->setToolTip((health.problems + health.warnings).join(QLatin1Char('\n')));
        break;
    }
    if (health.level() != m_level) {
        if (health.level() == SystemHealth::Level::Ok)
            qCInfo(lcUi).noquote() << "health: back to normal on" << name;
        else
            qCWarning(lcUi).noquote() << "health:" << name << health.reason();
        m_level = health.level();
    }
    scheduleRetry(health.connection.healthy);
    Q_EMIT checked(health);
}

void HealthIndicator::scheduleRetry(bool reachable)
{
    if (reachable) {
        m_retryDelayMs = 0;
        m_retry.stop();
        return;
    }
    // Soon after the server is back the window resumes, without polling a starting server hard.
    constexpr int kFirstRetryMs = 1000;
    m_retryDelayMs = m_retryDelayMs == 0 ? kFirstRetryMs
                                         : qMin(m_retryDelayMs * 2, qMax(kFirstRetryMs, m_timer.interval()));
    m_retry.start(m_retryDelayMs);
}

} // namespace catalog
