#include "dashboardhealthtab.h"

#include "archivehealthrows.h"
#include "dashboardparts.h"
#include "db/latencyrecorder.h"
#include "maintenance/healthchecker.h"
#include "statuscolors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace catalog {

namespace {

const QString kHealthIntervalKey = QStringLiteral("health/intervalSeconds");

} // namespace

DashboardHealthTab::DashboardHealthTab(Engine engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    auto *v = new QVBoxLayout(this);
    v->addLayout(buildHealthRow());

    auto *latencyTitle
        = new QLabel(tr("<b>This application's storage calls</b> (latency of the most recent %1 "
                        "statements per kind, measured here)")
                         .arg(LatencyRecorder::kWindow),
            this);
    v->addWidget(latencyTitle);
    m_latencies = dashboard::newFigureTable(
        { tr("Statement kind"), tr("Calls"), tr("p50 (ms)"), tr("p95 (ms)"), tr("Slowest (ms)") }, this);
    m_latencies->setObjectName(QStringLiteral("latencyTable"));
    m_latencies->horizontalHeader()->setStretchLastSection(false);
    m_latencies->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    v->addWidget(m_latencies, 1);

    v->addWidget(
        new QLabel(tr("<b>Slowest statements on the server</b> (pg_stat_statements, by mean time)"), this));
    m_statementsHint = new QLabel(this);
    m_statementsHint->setObjectName(QStringLiteral("statementsHint"));
    m_statementsHint->setWordWrap(true);
    m_statementsHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const StatusColors colors = StatusColors::current();
    m_statementsHint->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px; padding: 8px; "
                       "color: %3; }")
            .arg(colors.name(StatusColors::Role::WarningBackground), colors.name(StatusColors::Role::Warning),
                colors.textOn(StatusColors::Role::WarningBackground).name()));
    v->addWidget(m_statementsHint);
    m_statements = dashboard::newFigureTable(
        { tr("Mean (ms)"), tr("Calls"), tr("Total (ms)"), tr("Rows"), tr("Statement") }, this);
    m_statements->setObjectName(QStringLiteral("statementsTable"));
    v->addWidget(m_statements, 1);
}

QLayout *DashboardHealthTab::buildHealthRow()
{
    auto *healthRow = new QHBoxLayout;
    m_healthDetails = new QLabel(tr("Waiting for the first health check…"), this);
    m_healthDetails->setObjectName(QStringLiteral("healthDetails"));
    m_healthDetails->setWordWrap(true);
    m_healthDetails->setTextFormat(Qt::RichText);
    m_healthDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    healthRow->addWidget(m_healthDetails, 1);
    auto *intervalBox = new QVBoxLayout;
    auto *intervalLabel = new QLabel(tr("Check health every"), this);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("healthInterval"));
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(QSettings().value(kHealthIntervalKey, 15).toInt());
    intervalLabel->setBuddy(m_interval);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) {
        QSettings().setValue(kHealthIntervalKey, seconds);
        Q_EMIT healthIntervalChanged(seconds);
    });
    intervalBox->addWidget(intervalLabel);
    intervalBox->addWidget(m_interval);
    intervalBox->addStretch();
    healthRow->addLayout(intervalBox);
    return healthRow;
}

void DashboardHealthTab::showHealth(const SystemHealth &health)
{
    m_healthDetails->setText(healthDetailsHtml(health));
}

QString DashboardHealthTab::healthDetailsHtml(const SystemHealth &health) const
{
    const QLocale locale;
    const StatusColors colors = StatusColors::current();
    const dashboard::HealthState state = dashboard::healthState(health);
    QString html = QStringLiteral("<p style='font-size:14pt'><span style='color:%1'>●</span> <b>%2</b></p>")
                       .arg(colors.name(state.role), state.title.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=4>");
    const QString badStyle = QStringLiteral(" style='color:%1'").arg(colors.name(StatusColors::Role::Error));
    auto row = [&html, &badStyle](const QString &name, const QString &value, bool bad = false) {
        html += QStringLiteral("<tr><td>%1</td><td%3>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped(), bad ? badStyle : QString());
    };
    if (health.connection.healthy) {
        row(tr("Connection"),
            tr("%1 ms for a trivial query")
                .arg(locale.toString(double(health.connection.latencyMicros) / 1000.0, 'f', 2)));
        row(tr("Server"), health.connection.serverVersion);
        if (m_engine == Engine::PostgreSQL) {
            row(tr("Server reached"), health.connection.server.text());
            row(tr("Replication"),
                health.replication.available ? ReplicationHealth::summary(health.replication)
                    : health.connection.inRecovery ? tr("standby in recovery (read-only)")
                                                   : tr("primary"));
        }
    } else {
        row(tr("Connection"), health.connection.error, true);
    }
    for (const SystemHealth::Disk &d : health.disks)
        row(d.label == QLatin1String("storage") ? tr("Free disk (storage)") : tr("Free disk (database)"),
            d.freeBytes < 0 ? tr("unknown (%1)").arg(d.path)
                            : tr("%1 of %2 · %3")
                                  .arg(locale.formattedDataSize(d.freeBytes),
                                      locale.formattedDataSize(d.totalBytes), d.path));
    if (health.connection.healthy)
        row(tr("Long-running jobs"),
            health.longJobs.isEmpty() ? tr("none") : QString::number(health.longJobs.size()),
            !health.longJobs.isEmpty());
    for (const SystemHealth::LongJob &j : health.longJobs)
        row(QString(), tr("%1 for %2 min — %3").arg(j.what).arg(j.seconds / 60).arg(j.detail));
    for (const ArchiveHealthRow &r : archiveHealthRows(health.archive))
        row(r.name, r.value, r.bad);
    for (const QString &p : health.problems)
        row(tr("Problem"), p.simplified(), true);
    for (const QString &w : health.warnings)
        row(tr("Warning"), w);
    row(tr("Checked"), locale.toString(health.checkedAt.time(), QStringLiteral("HH:mm:ss")));
    html += QStringLiteral("</table>");
    return html;
}

void DashboardHealthTab::showLatencies()
{
    const QLocale locale;
    const QList<LatencyRecorder::Figures> figures = LatencyRecorder::instance().figures();
    m_latencies->setRowCount(int(qMin<qsizetype>(figures.size(), 25)));
    for (int row = 0; row < m_latencies->rowCount(); ++row) {
        const LatencyRecorder::Figures &f = figures.at(row);
        m_latencies->setItem(row, 0, new QTableWidgetItem(f.kind));
        m_latencies->setItem(row, 1, dashboard::numberItem(locale.toString(f.count)));
        m_latencies->setItem(row, 2, dashboard::numberItem(locale.toString(f.p50Ms, 'f', 2)));
        m_latencies->setItem(row, 3, dashboard::numberItem(locale.toString(f.p95Ms, 'f', 2)));
        m_latencies->setItem(row, 4, dashboard::numberItem(locale.toString(f.maxMs, 'f', 2)));
    }
    for (int c = 1; c < m_latencies->columnCount(); ++c)
        m_latencies->resizeColumnToContents(c);
}

void DashboardHealthTab::showStatements(const StatementStatistics &statements)
{
    const QLocale locale;
    QString hint;
    switch (statements.state) {
    case StatementStatistics::State::Unsupported:
        hint = tr(
            "SQLite keeps no statement statistics; the table above shows this application's own latencies.");
        break;
    case StatementStatistics::State::NotInstalled:
        hint = tr(
            "pg_stat_statements is not enabled in this database. To enable it, a superuser adds "
            "pg_stat_statements to shared_preload_libraries in postgresql.conf, restarts PostgreSQL and runs "
            "CREATE EXTENSION pg_stat_statements; in this database.");
        break;
    case StatementStatistics::State::NotLoaded:
        hint
            = tr("The pg_stat_statements extension is installed, but the server has not loaded it: add "
                 "pg_stat_statements to shared_preload_libraries in postgresql.conf and restart PostgreSQL.");
        break;
    case StatementStatistics::State::Available:
        break;
    }
    m_statementsHint->setText(hint);
    m_statementsHint->setVisible(!hint.isEmpty());
    m_statements->setVisible(statements.state == StatementStatistics::State::Available);
    m_statements->setRowCount(int(statements.slowest.size()));
    for (int row = 0; row < statements.slowest.size(); ++row) {
        const StatementStatistics::Row &r = statements.slowest.at(row);
        m_statements->setItem(row, 0, dashboard::numberItem(locale.toString(r.meanMs, 'f', 2)));
        m_statements->setItem(row, 1, dashboard::numberItem(locale.toString(r.calls)));
        m_statements->setItem(row, 2, dashboard::numberItem(locale.toString(r.totalMs, 'f', 1)));
        m_statements->setItem(row, 3, dashboard::numberItem(locale.toString(r.rows)));
        auto *query = new QTableWidgetItem(dashboard::elidedText(r.query, 200));
        query->setToolTip(r.query);
        m_statements->setItem(row, 4, query);
    }
    m_statements->resizeColumnsToContents();
}

} // namespace catalog
