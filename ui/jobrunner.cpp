#include "jobrunner.h"

#include "progresspanel.h"
#include "uilog.h"

#include <QDeadlineTimer>
#include <QThread>

namespace catalog {

JobRunner::JobRunner(ProgressPanel *panel, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
{
}

JobRunner::~JobRunner()
{
    shutdown();
}

bool JobRunner::isBusy() const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &job) { return job.shown; });
}

QString JobRunner::title() const
{
    for (auto it = m_jobs.crbegin(); it != m_jobs.crend(); ++it) {
        if (it->shown)
            return it->title;
    }
    return {};
}

void JobRunner::cancelAll()
{
    if (m_panel)
        m_panel->cancel(); // says "Cancelling…" until the job it shows has returned
    for (Job &job : m_jobs)
        job.future.cancel();
}

bool JobRunner::shutdown()
{
    cancelAll();
    const QDeadlineTimer deadline(m_shutdownTimeoutMs);
    for (const Job &job : std::as_const(m_jobs)) {
        // Polled rather than QFuture::waitForFinished(): that has no timeout, and a job stuck in a
        // database call must not keep the application from quitting for ever.
        while (!job.future.isFinished()) {
            if (deadline.hasExpired()) {
                qCWarning(lcUi).noquote() << "a background job did not stop within" << m_shutdownTimeoutMs
                                          << "ms after it was cancelled:" << job.title;
                return false;
            }
            QThread::msleep(10);
        }
    }
    return true;
}

int JobRunner::remember(const QString &title, bool shown, const QFuture<void> &future)
{
    Q_ASSERT(thread() == QThread::currentThread());
    const int id = m_nextId++;
    m_jobs.append(Job { id, title, shown, future });
    // The panel watches the job before the runner does, so it has let go of it when the callback runs.
    if (shown && m_panel)
        m_panel->track(title, future);
    return id;
}

void JobRunner::forget(int id)
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id != id)
            continue;
        const Job job = m_jobs.takeAt(i);
        if (job.shown)
            Q_EMIT jobEnded(job.title, job.future.isCanceled());
        return;
    }
}

} // namespace catalog
