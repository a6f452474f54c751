#pragma once

#include "maintenance/databaseoptimizer.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace catalog {

class ConnectionManager;
class ConsistencyDialog;
class JobRunner;

// Maintenance ▸ Optimise and Check Consistency, and the demo data (File ▸ Load Demo Data, the
// first-start offer) for the main window. Optimising first estimates what could be reclaimed (off
// the GUI thread: a lost connection retries for seconds), asks, then runs VACUUM/ANALYZE on the
// JobRunner with progress in the status bar; demo data loads there too, with Cancel.
//
// GUI thread only. The window gives the current connections for each job and must not switch them
// while a job runs (JobRunner::isBusy()); the consistency dialog is the window's child and closes
// with it. Failures are shown to the operator in a warning box; outcomes go to statusMessage().
class MaintenanceController : public QObject
{
    Q_OBJECT
public:
    MaintenanceController(JobRunner &jobs, QWidget *window);

    void optimize(ConnectionManager &connections);
    // The question after the estimate, then the optimisation itself.
    void confirmAndOptimize(
        ConnectionManager &connections, const Result<DatabaseOptimizer::Report> &estimate);
    // A non-modal report with repairs; catalogChanged() after a repair.
    ConsistencyDialog *checkConsistency(ConnectionManager &connections);
    // Asks whether to load demo data when the catalog is empty.
    void offerDemoData(ConnectionManager &connections);
    void loadDemoData(ConnectionManager &connections);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void catalogChanged();
    void optimized();

private:
    void showOptimizeReport(const Result<DatabaseOptimizer::Report> &report);

    JobRunner &m_jobs;
    QPointer<QWidget> m_window;
};

} // namespace catalog
