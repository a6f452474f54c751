#pragma once

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace catalog {

// The worker threads of one model: runs a job off the GUI thread and hands its result to a
// callback on the thread of `context` (queued; dropped by Qt if the context is gone by then).
// Workers keep their database connection while the pool lives: no reconnect per page. Owned by
// the model, used from its thread only; waitForDone() before the model's jobs' targets go away.
class JobPool
{
public:
    explicit JobPool(int workers);
    ~JobPool();
    JobPool(const JobPool &) = delete;
    JobPool &operator=(const JobPool &) = delete;

    int maxWorkers() const { return m_pool.maxThreadCount(); }
    // For work whose result comes back through a QFuture (QtConcurrent::run(&pool.threads(), ...)).
    QThreadPool &threads() { return m_pool; }
    // Jobs started and not yet reported back, of any generation.
    int running() const { return m_running; }
    // Drops the jobs that have not started and waits for the others.
    void waitForDone();

    template <typename R>
    void run(QObject *context, std::function<R()> job, std::function<void(const R &)> done)
    {
        ++m_running;
        m_pool.start([this, context, job = std::move(job), done = std::move(done)] {
            R result = job();
            QMetaObject::invokeMethod(
                context,
                [this, result = std::move(result), done] {
                    --m_running;
                    done(result);
                },
                Qt::QueuedConnection);
        });
    }

private:
    QThreadPool m_pool;
    int m_running = 0;
};

} // namespace catalog
