#pragma once

#include "maintenance/healthchecker.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;

namespace catalog {

class ConnectionManager;

// The status bar's health light: checks the connection, the disks and the jobs (HealthChecker) off
// the GUI thread every interval (5 s to 1 h; 15 s unless set) and on request, and shows the outcome
// in its label — green with the latency, amber with the reason of a warning, red with the problem
// at once. Changes of level are logged. A problem is shown, never raised: the indicator has no
// errors of its own. While the database cannot be reached it looks again sooner than the interval,
// backing off from 1 s up to the interval, for as long as the outage lasts (it never gives up).
//
// GUI thread only. The label belongs to whoever adds it to a layout (the status bar); the
// connections are the window's and must outlive a check: waitForCheck() before they go away.
class HealthIndicator : public QObject
{
    Q_OBJECT
public:
    explicit HealthIndicator(ConnectionManager &connections, QWidget *labelParent);
    ~HealthIndicator() override;

    QLabel *label() const { return m_label; }
    void setConnections(ConnectionManager &connections);
    // Checks now and then every `seconds`.
    void start(int seconds);
    void setInterval(int seconds);
    // Starts a check unless one is running (its result is as fresh).
    void check();
    void waitForCheck();

Q_SIGNALS:
    void checked(const SystemHealth &health);

private:
    void show(const SystemHealth &health);
    void scheduleRetry(bool reachable);

    ConnectionManager *m_connections;
    QPointer<QLabel> m_label;
    QTimer m_timer;
    QTimer m_retry; // sooner checks while the database is unreachable
    int m_retryDelayMs = 0;
    QFutureWatcher<SystemHealth> m_check;
    SystemHealth::Level m_level = SystemHealth::Level::Ok;
};

} // namespace catalog
