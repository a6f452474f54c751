#include "purgelauncher.h"

#include "config/appidentity.h"
#include "db/connectionmanager.h"
#include "jobrunner.h"
#include "purgedialog.h"

#include <QLocale>
#include <QMessageBox>

namespace catalog {

PurgeLauncher::PurgeLauncher(JobRunner &jobs, QWidget *window)
    : QObject(window)
    , m_jobs(jobs)
    , m_window(window)
{
    // The runner drops a cancelled job's result: say here what a cancel keeps.
    connect(&m_jobs, &JobRunner::jobEnded, this, [this](const QString &title, bool cancelled) {
        if (title != m_runningTitle)
            return;
        m_runningTitle.clear();
        if (cancelled) {
            const QString summary = tr("Purge cancelled: what the finished batches removed stays removed.");
            Q_EMIT statusMessage(summary, 20000);
            Q_EMIT catalogChanged();
            Q_EMIT finished(summary);
        }
    });
}

PurgeDialog *PurgeLauncher::open(ConnectionManager &connections)
{
    if (m_jobs.isBusy()) {
        QMessageBox::information(m_window, tr("Purge"),
            tr("“%1” is still running. Purge when it has finished.").arg(m_jobs.title()));
        return nullptr;
    }
    m_storageRoot = resolveStorageRoot();
    auto *dialog = new PurgeDialog(connections, m_storageRoot, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ConnectionManager *c = &connections;
    connect(dialog, &QDialog::accepted, this, [this, c, dialog] { run(*c, dialog->options()); });
    dialog->open();
    return dialog;
}

void PurgeLauncher::run(ConnectionManager &connections, const PurgeJob::Options &options)
{
    ConnectionManager *c = &connections;
    const QString root = m_storageRoot.isEmpty() ? resolveStorageRoot() : m_storageRoot;
    m_runningTitle = tr("Purging");
    m_jobs.start(
        c->workers(), m_runningTitle,
        [c, root, options](JobControl &job) {
            return PurgeJob(*c, root).run(options, [&job](qint64 done, qint64 total) {
                // The panel's range is an int; a purge of billions of rows shows it in thousands.
                const qint64 scale = total > INT_MAX ? 1000 : 1;
                job.setProgressRange(0, int(total / scale));
                job.setProgress(int(done / scale));
                return !job.isCanceled();
            });
        },
        this, [this](const Result<PurgeReport> &report) { showReport(report); });
}

void PurgeLauncher::showReport(const Result<PurgeReport> &report)
{
    Q_EMIT catalogChanged();
    if (!report) {
        QMessageBox::warning(m_window, tr("Purge"),
            tr("The purge stopped: %1\n\nThe batches finished before stay purged.").arg(report.error().toString()));
        Q_EMIT finished(report.error().toString());
        return;
    }
    const QLocale locale;
    const PurgeCounts &c = report->counts;
    QString summary = tr("Purged %1 products (%2 image files), %3 history versions and %4 job records.")
                          .arg(locale.toString(c.products), locale.toString(c.imageFiles),
                              locale.toString(c.productHistory + c.historyVersions), locale.toString(c.jobs));
    if (report->cancelled) // by the runner's shutdown, or between the last batch and the end
        summary = tr("Purge cancelled: %1 What the finished batches removed stays removed.").arg(summary);
    if (!report->fileErrors.isEmpty())
        QMessageBox::warning(m_window, tr("Purge"),
            tr("%1\n\n%n image file(s) could not be deleted:\n%2", nullptr, int(report->fileErrors.size()))
                .arg(summary, report->fileErrors.mid(0, 10).join(QLatin1Char('\n'))));
    Q_EMIT statusMessage(summary, 20000);
    Q_EMIT finished(summary);
}

} // namespace catalog
