#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace catalog {
class MainWindow;
}

namespace catalog::soak {

// What the process holds at one point of the soak: memory, kernel handles, threads and the
// QObjects of the main window and of each table model. Taken at the same point of a cycle, with
// the window quiescent (see SoakDriver::settle()), so that two samples are comparable.
struct Sample
{
    int cycle = 0;
    double seconds = 0;
    qint64 rssKb = 0; // VmRSS
    int fds = 0; // entries of /proc/self/fd
    int threads = 0; // Threads: in /proc/self/status
    int windowObjects = 0; // QObjects under the main window (recursively), style animations aside
    int styleAnimations = 0; // QStyleAnimations under the window (Qt's, deleted at the next paint)
    int windowTimers = 0; // QTimers among them
    int topLevels = 0; // top-level widgets of the application (dialogs left behind count here)
    QMap<QString, int> fdKinds; // what the descriptors point at (file path, socket:, pipe:, anon_inode:...)
    QMap<QString, int> windowClasses; // the QObjects under the window by class name
    QStringList models; // the pages' settings keys, in navigation order
    QList<int> modelObjects; // per page model: QObjects under it (children, undo stack, timers...)
    QList<int> modelTimers;

    QString line() const;
};

// The measures of this process now; `window` is counted with all its children.
Sample takeSample(const MainWindow &window, int cycle, double seconds);

// The soak's verdict on a series of samples taken every K cycles.
//
// Warm-up: the first third of the samples (pages cached up to their bound, every pool started,
// every kind of step done at least once). Then:
// - RSS: growth over the last half (median of the last three samples minus median of the three
//   around the middle) must stay below `rssLimitMb` (0: shown, not judged);
// - fds and threads: the maximum over the last half must not exceed the maximum seen up to the end
//   of the warm-up plus `poolAllowance` (threads) or 3 x poolAllowance (fds). Thread pools end idle
//   workers after a timeout, so the number of live workers at a sample depends on what ran in the
//   previous seconds: bounded, but not the same at every sample. Each model's JobPool keeps its
//   workers for its lifetime; the ConnectionManager's workers() (JobRunner jobs, health checks,
//   gallery look-ups) and QThreadPool::globalInstance() (image decoding) keep idle ones for 30 s,
//   and each manager worker may hold a database connection (one socket, or a SQLite file with its
//   -wal and -shm). A leak grows without bound and passes the allowance soon enough;
// - QObjects (under the window, under each model, timers, top-level widgets): taken at the same
//   point of a cycle once deferred deletes ran, so after warm-up every sample must show the same
//   number as the end of the warm-up.
struct Verdict
{
    bool ok = true;
    QStringList failures; // one sentence per measure that grew
    QStringList summary; // the figures, for the report
};
Verdict judge(const QList<Sample> &samples, double rssLimitMb, int poolAllowance);

} // namespace catalog::soak
