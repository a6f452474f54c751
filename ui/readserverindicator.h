#pragma once

#include "db/readrouter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace catalog {

class ConnectionManager;

// The status bar's "both servers" label when a read server is configured: the primary and the
// standby (host:port, role as each reports it), the standby's replication lag, and where browsing
// reads from now, with the reason in the tooltip when that is the primary. refresh() probes
// (ReadRouter::probe()) on the connections' workers; MainWindow calls it after each health check,
// so it follows the existing probing rhythm. Hidden without a read server. Problems are shown,
// never raised.
//
// GUI thread only. The label belongs to whoever adds it to a layout; the connections must outlive
// a probe: waitForProbe() before they go away.
class ReadServerIndicator : public QObject
{
    Q_OBJECT
public:
    ReadServerIndicator(ConnectionManager &connections, QWidget *labelParent);
    ~ReadServerIndicator() override;

    QLabel *label() const { return m_label; }
    void setConnections(ConnectionManager &connections);
    void refresh();
    void waitForProbe();
    // The label's text for `status` (also for tests).
    static QString describe(const ReadRouter::Status &status);

Q_SIGNALS:
    void refreshed(const ReadRouter::Status &status);

private:
    void show(const ReadRouter::Status &status);

    ConnectionManager *m_connections;
    QPointer<QLabel> m_label;
    QFutureWatcher<ReadRouter::Status> m_probe;
};

} // namespace catalog
