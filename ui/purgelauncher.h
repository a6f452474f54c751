#pragma once

#include "maintenance/purgejob.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace catalog {

class ConnectionManager;
class JobRunner;
class PurgeDialog;

// Maintenance ▸ Purge…: opens the PurgeDialog (limits and a preview of what they remove), and
// after the operator confirms runs the PurgeJob on the window's JobRunner, with progress and Cancel
// in the ProgressPanel. When it ends — also when cancelled, which keeps the finished batches — the
// pages reload (catalogChanged) and the status bar says what was removed.
//
// Owned by the main window (QObject parent). GUI thread only. The ConnectionManager must not be
// switched while the job runs (JobRunner::isBusy()). Errors are shown in a message box.
class PurgeLauncher : public QObject
{
    Q_OBJECT
public:
    PurgeLauncher(JobRunner &jobs, QWidget *window);

    // The dialog, shown non-modally; nullptr while a job of the runner is busy.
    PurgeDialog *open(ConnectionManager &connections);
    void run(ConnectionManager &connections, const PurgeJob::Options &options);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    void catalogChanged();
    void finished(const QString &summary);

private:
    void showReport(const Result<PurgeReport> &report);

    JobRunner &m_jobs;
    QPointer<QWidget> m_window;
    QString m_storageRoot;
    QString m_runningTitle;
};

} // namespace catalog
