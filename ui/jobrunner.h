#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QString>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

namespace catalog {

class ProgressPanel;

// What a job's work function sees of its job on the worker thread: progress to report and whether
// the operator cancelled. Work polls isCanceled() between steps and stops early; whatever it
// returns after a cancel is dropped (the job's callback is not called).
class JobControl
{
public:
    virtual ~JobControl() = default;
    // minimum == maximum == 0: indeterminate ("busy") progress.
    virtual void setProgressRange(int minimum, int maximum) = 0;
    virtual void setProgress(int value) = 0;
    virtual void setProgress(int value, const QString &text) = 0;
    virtual bool isCanceled() const = 0;
};

// Runs the main window's one-shot jobs (import, export, optimise, demo data, image fetch, backup,
// restore, connecting) on the given thread pool and hands each result back on the GUI thread.
//
// start() shows the job in the ProgressPanel, with its progress and Cancel; startQuietly() is for
// short look-ups before a job (an estimate, a row count) that the panel does not show. The work
// function runs on a worker thread and takes a JobControl& (or nothing); its return value is given
// to the callback on the GUI thread once it ends, unless the job was cancelled (then nothing is
// called) or the callback's context object has gone. Errors are the job's own result type
// (Result<...>): the runner reports none of its own.
//
// GUI thread only. The runner does not own the panel. shutdown() — also done by the destructor —
// cancels every job still running and waits for them, bounded by shutdownTimeout(): the owner
// calls it before anything the jobs use (the ConnectionManager) goes away.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(ProgressPanel *panel, QObject *parent = nullptr);
    ~JobRunner() override;

    // `workers` is the pool of the ConnectionManager the work uses (ConnectionManager::workers()),
    // so that the manager's shutdown joins the job's thread and closes its connection.
    template <typename Work, typename Done>
    auto start(QThreadPool &workers, const QString &title, Work work, QObject *context, Done done)
    {
        return launch(workers, title, true, std::move(work), context, std::move(done));
    }
    template <typename Work, typename Done>
    auto startQuietly(QThreadPool &workers, Work work, QObject *context, Done done)
    {
        return launch(workers, QString(), false, std::move(work), context, std::move(done));
    }

    // A job shown in the panel is running (quiet look-ups do not count).
    bool isBusy() const;
    // The title of the newest shown job still running; empty when idle.
    QString title() const;
    // Cancels every running job; each stops at its next isCanceled() check.
    void cancelAll();
    // cancelAll(), then waits until every job has returned or the timeout passed; false on timeout.
    bool shutdown();
    int shutdownTimeout() const { return m_shutdownTimeoutMs; }
    void setShutdownTimeout(int milliseconds) { m_shutdownTimeoutMs = milliseconds; }

Q_SIGNALS:
    // A job shown in the panel ended (finished, failed or cancelled) and no longer counts as busy.
    void jobEnded(const QString &title, bool cancelled);

private:
    template <typename T> class PromiseControl final : public JobControl
    {
    public:
        explicit PromiseControl(QPromise<T> &promise)
            : m_promise(promise)
        {
        }
        void setProgressRange(int minimum, int maximum) override
        {
            m_promise.setProgressRange(minimum, maximum);
        }
        void setProgress(int value) override { m_promise.setProgressValue(value); }
        void setProgress(int value, const QString &text) override
        {
            m_promise.setProgressValueAndText(value, text);
        }
        bool isCanceled() const override { return m_promise.isCanceled(); }

    private:
        QPromise<T> &m_promise;
    };

    template <typename Work> static decltype(auto) invoke(Work &work, JobControl &control)
    {
        if constexpr (std::is_invocable_v<Work &, JobControl &>)
            return work(control);
        else
            return work();
    }

    template <typename Work, typename Done>
    auto launch(
        QThreadPool &workers, const QString &title, bool shown, Work work, QObject *context, Done done)
    {
        Q_ASSERT(context);
        using T = std::decay_t<decltype(invoke(work, std::declval<JobControl &>()))>;
        QFuture<T> future
            = QtConcurrent::run(&workers, [work = std::move(work)](QPromise<T> &promise) mutable {
                  PromiseControl<T> control(promise);
                  promise.addResult(invoke(work, control));
              });
        auto *watcher = new QFutureWatcher<T>(this);
        const int id = remember(title, shown, QFuture<void>(future));
        // The runner forgets the job first, so the callback already sees it idle (and may start another).
        connect(watcher, &QFutureWatcherBase::finished, this, [this, id] { forget(id); });
        connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
            if (watcher->future().resultCount() > 0)
                done(watcher->result());
        });
        connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
        watcher->setFuture(future);
        return future;
    }

    struct Job
    {
        int id = 0;
        QString title;
        bool shown = false;
        QFuture<void> future;
    };

    int remember(const QString &title, bool shown, const QFuture<void> &future);
    void forget(int id);

    QPointer<ProgressPanel> m_panel;
    QList<Job> m_jobs;
    int m_nextId = 1;
    int m_shutdownTimeoutMs = 30000;
};

} // namespace catalog
