#include "readserverindicator.h"

#include "db/connectionmanager.h"

#include <QLabel>
#include <QLocale>
#include <QtConcurrent>

namespace catalog {

ReadServerIndicator::ReadServerIndicator(ConnectionManager &connections, QWidget *labelParent)
    : QObject(labelParent)
    , m_connections(&connections)
    , m_label(new QLabel(labelParent))
{
    m_label->setObjectName(QStringLiteral("readServerLabel"));
    m_label->setVisible(ReadRouter::of(connections) != nullptr);
    connect(&m_probe, &QFutureWatcher<ReadRouter::Status>::finished, this, [this] { show(m_probe.result()); });
}

ReadServerIndicator::~ReadServerIndicator()
{
    waitForProbe();
}

void ReadServerIndicator::setConnections(ConnectionManager &connections)
{
    waitForProbe();
    m_connections = &connections;
    if (m_label) {
        m_label->clear();
        m_label->setVisible(ReadRouter::of(connections) != nullptr);
    }
}

void ReadServerIndicator::refresh()
{
    ReadRouter *router = ReadRouter::of(*m_connections);
    if (!router || m_probe.isRunning())
        return;
    m_probe.setFuture(QtConcurrent::run(&m_connections->workers(), [router] { return router->probe(); }));
}

void ReadServerIndicator::waitForProbe()
{
    m_probe.waitForFinished();
}

QString ReadServerIndicator::describe(const ReadRouter::Status &status)
{
    QString standby;
    if (!status.standbyReachable)
        standby = tr("standby %1 unreachable").arg(status.standbyName);
    else if (!status.standbyIsStandby)
        standby = tr("read server %1 is no standby").arg(status.standbyName);
    else if (status.lagSeconds)
        standby = tr("standby %1, lag %2 s").arg(status.standbyName, QLocale().toString(*status.lagSeconds, 'f', 1));
    else
        standby = tr("standby %1").arg(status.standbyName);
    const QString reads = status.readsFrom == ReadRouter::Server::Standby ? tr("reads: standby")
        : status.waitingForReplay                                        ? tr("reads: primary until replayed")
                                                                         : tr("reads: primary");
    return tr("Primary %1 · %2 · %3").arg(status.primaryName, standby, reads);
}

void ReadServerIndicator::show(const ReadRouter::Status &status)
{
    if (!m_label)
        return;
    m_label->setText(describe(status));
    // Never clipped: the connection label to its left is the one that yields.
    m_label->setMinimumWidth(m_label->sizeHint().width());
    QString tip = status.note.isEmpty()
        ? tr("Browsing, counts, statistics and exports read from the standby; every change goes to the primary.")
        : status.note;
    if (status.lagBytes)
        tip += QLatin1Char('\n') + tr("Replication lag: %1 of WAL").arg(QLocale().formattedDataSize(*status.lagBytes));
    m_label->setToolTip(tip);
    Q_EMIT refreshed(status);
}

} // namespace catalog
