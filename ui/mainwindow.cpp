#include "mainwindow.h"

#include "connectionmanager.h"
#include "statisticsrepository.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace catalog {

MainWindow::MainWindow(ConnectionManager &connections, QWidget *parent)
    : QMainWindow(parent), m_connections(connections)
{
    setWindowTitle(tr("Catalog Admin"));
    resize(1000, 640);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    setCentralWidget(central);

    m_connectionLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    const HealthReport health = m_connections.checkHealth();
    if (health.healthy)
        m_connectionLabel->setText(tr("%1 — connected, %2 ms")
                                           .arg(m_connections.config().displayName())
                                           .arg(double(health.latencyMicros) / 1000.0, 0, 'f', 1));
    else
        m_connectionLabel->setText(tr("%1 — not connected: %2").arg(m_connections.config().displayName(), health.error));

    const Result<CatalogStatistics> stats = StatisticsRepository(m_connections).collect();
    if (!stats) {
        m_summary->setText(tr("The catalog could not be read: %1").arg(stats.error().toString()));
        m_countsLabel->clear();
        return;
    }
    const QLocale locale;
    m_countsLabel->setText(tr("%1 products, %2 suppliers")
                                   .arg(locale.toString(stats->products), locale.toString(stats->suppliers)));
    m_summary->setText(tr("<h2>Catalog Admin</h2><p>%1 products from %2 suppliers, %3 images.</p>"
                          "<p>Schema version %4.</p>")
                               .arg(locale.toString(stats->products), locale.toString(stats->suppliers),
                                    locale.toString(stats->images))
                               .arg(stats->schemaVersion));
}

} // namespace catalog
