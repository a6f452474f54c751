#pragma once

#include "images/imagefetchjob.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace catalog {

class ConnectionManager;
class JobRunner;

// Data ▸ Fetch images (and the gallery's "fetch again"): runs an ImageFetchJob on the JobRunner
// (its downloads on that worker thread's own event loop), with "n / m images" progress and Cancel,
// and reports the outcome — a status-bar message, and a warning box listing failed images.
//
// GUI thread only. The window gives the current connections for each fetch and must not switch
// them while it runs (JobRunner::isBusy()). Each failed image keeps its reason in the gallery and in
// Sync history; a job that could not run at all is shown in a warning box.
class ImageFetchLauncher : public QObject
{
    Q_OBJECT
public:
    ImageFetchLauncher(JobRunner &jobs, QWidget *window);

    // productIds empty = every product.
    void fetch(ConnectionManager &connections, const QString &storageRoot, const QList<qint64> &productIds,
        bool onlyMissing);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    // The job ended, whatever its outcome: galleries and tables re-read the images.
    void imagesChanged();
    void finished(qint64 stored, qint64 failed);

private:
    void showReport(const Result<ImageFetchJob::Report> &report);

    JobRunner &m_jobs;
    QPointer<QWidget> m_window;
};

} // namespace catalog
