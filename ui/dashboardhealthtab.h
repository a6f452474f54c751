#pragma once

#include "config/connectionconfig.h"
#include "repositories/statisticsrepository.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace catalog {

struct SystemHealth;

// The dashboard's "Performance and health" tab: the last health check in detail with the interval
// of the checks (a setting, health/intervalSeconds), this application's own storage latencies (p50/p95
// per statement kind, from LatencyRecorder) and, on PostgreSQL, the server's slowest statements from
// pg_stat_statements or how to enable it. Shows what it is given; GUI thread only.
class DashboardHealthTab : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardHealthTab(Engine engine, QWidget *parent = nullptr);

    void showHealth(const SystemHealth &health);
    void showLatencies();
    void showStatements(const StatementStatistics &statements);

Q_SIGNALS:
    void healthIntervalChanged(int seconds);

private:
    QLayout *buildHealthRow();
    QString healthDetailsHtml(const SystemHealth &health) const;

    Engine m_engine;
    QLabel *m_healthDetails = nullptr;
    QSpinBox *m_interval = nullptr;
    QTableWidget *m_latencies = nullptr;
    QLabel *m_statementsHint = nullptr;
    QTableWidget *m_statements = nullptr;
};

} // namespace catalog
