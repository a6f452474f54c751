#include "soakprobe.h"

#include "mainwindow.h"
#include "pagedtablemodel.h"
#include "tablepage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <algorithm>

namespace catalog::soak {

namespace {

// A "Name:   value kB" line of /proc/self/status, as a number.
qint64 procStatusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(name) && line.size() > name.size() && line.at(name.size()) == ':')
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The descriptors by what they point at: a file's path, or the kind of a socket, pipe or inode
// ("socket:[123]" -> "socket"). The directory listing holds one descriptor itself: in every sample alike.
QMap<QString, int> openFileDescriptors()
{
    QMap<QString, int> kinds;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
        QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (const qsizetype bracket = target.indexOf(QLatin1String(":[")); bracket > 0)
            target = target.left(bracket);
        ++kinds[target.isEmpty() ? QStringLiteral("?") : target];
    }
    return kinds;
}

// "QLabel +2, QTimer -1": what differs between two histograms.
QString difference(const QMap<QString, int> &before, const QMap<QString, int> &after)
{
    QStringList parts;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const int delta = after.value(key) - before.value(key);
        if (delta != 0)
            parts << QStringLiteral("%1 %2%3").arg(key, delta > 0 ? QStringLiteral("+") : QString()).arg(delta);
    }
    return parts.isEmpty() ? QStringLiteral("no difference by kind") : parts.join(QStringLiteral(", "));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Median RSS (MB) of up to three samples centred on `index`.
double rssAround(const QList<Sample> &samples, qsizetype index)
{
    QList<double> values;
    for (qsizetype i = qMax<qsizetype>(0, index - 1); i <= qMin(samples.size() - 1, index + 1); ++i)
        values << double(samples.at(i).rssKb) / 1024.0;
    return median(values);
}

template <typename Measure> int maxOver(const QList<Sample> &samples, qsizetype from, qsizetype to, Measure m)
{
    int best = 0;
    for (qsizetype i = from; i < to; ++i)
        best = qMax(best, m(samples.at(i)));
    return best;
}

// Every sample after the warm-up must show `reference`'s count; the first that does not is named.
// `detail` says what differs between two samples (by class), when it can.
using Detail = QString (*)(const Sample &reference, const Sample &other);

template <typename Measure>
void checkSteady(const QList<Sample> &samples, qsizetype warmEnd, const QString &what, Measure m, Verdict &v,
    Detail detail = nullptr)
{
    const int reference = m(samples.at(warmEnd - 1));
    for (qsizetype i = warmEnd; i < samples.size(); ++i) {
        const int value = m(samples.at(i));
        if (value == reference)
            continue;
        v.ok = false;
        v.failures << QStringLiteral("%1: %2 at cycle %3 (end of warm-up), %4 at cycle %5 (%6%7); %8 at the end")
                          .arg(what)
                          .arg(reference)
                          .arg(samples.at(warmEnd - 1).cycle)
                          .arg(value)
                          .arg(samples.at(i).cycle)
                          .arg(value > reference ? QStringLiteral("+") : QString())
                          .arg(value - reference)
                          .arg(m(samples.constLast()))
            + (detail ? QStringLiteral(" [%1]").arg(detail(samples.at(warmEnd - 1), samples.at(i))) : QString());
        return;
    }
}

} // namespace

QString Sample::line() const
{
    QStringList perModel;
    for (qsizetype i = 0; i < models.size(); ++i)
        perModel << QStringLiteral("%1=%2/%3").arg(models.at(i)).arg(modelObjects.value(i)).arg(modelTimers.value(i));
    return QStringLiteral("sample cycle=%1 t=%2s rss=%3MB fds=%4 threads=%5 window_objects=%6 "
                          "window_timers=%7 top_levels=%8 style_animations=%9 models(objects/timers): %10")
        .arg(cycle)
        .arg(seconds, 0, 'f', 1)
        .arg(double(rssKb) / 1024.0, 0, 'f', 1)
        .arg(fds)
        .arg(threads)
        .arg(windowObjects)
        .arg(windowTimers)
        .arg(topLevels)
        .arg(styleAnimations)
        .arg(perModel.join(QLatin1Char(' ')));
}

Sample takeSample(const MainWindow &window, int cycle, double seconds)
{
    Sample s;
    s.cycle = cycle;
    s.seconds = seconds;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QByteArray text = status.readAll();
        s.rssKb = procStatusField(text, "VmRSS");
        s.threads = int(procStatusField(text, "Threads"));
    }
    s.fdKinds = openFileDescriptors();
    for (int n : std::as_const(s.fdKinds))
        s.fds += n;
    // The style's animations (Fusion's busy progress bar, fading scroll bars) are parented to their
    // widget and deleted at the widget's next paint: one may outlive a job whose progress bar was
    // hidden while busy. Bounded by the widgets, owned by Qt: shown, not judged.
    for (const QObject *o : window.findChildren<QObject *>()) {
        if (o->inherits("QStyleAnimation")) {
            ++s.styleAnimations;
            continue;
        }
        ++s.windowObjects;
        ++s.windowClasses[QString::fromLatin1(o->metaObject()->className())];
    }
    s.windowTimers = int(window.findChildren<QTimer *>().size());
    s.topLevels = int(QApplication::topLevelWidgets().size());
    for (const TablePage *page : window.findChildren<TablePage *>()) {
        s.models << page->settingsKey();
        s.modelObjects << int(page->model()->findChildren<QObject *>().size());
        s.modelTimers << int(page->model()->findChildren<QTimer *>().size());
    }
    return s;
}

Verdict judge(const QList<Sample> &samples, double rssLimitMb, int poolAllowance)
{
    Verdict v;
    if (samples.size() < 6) {
        v.ok = false;
        v.failures << QStringLiteral("only %1 samples: run more cycles (at least 6 samples are needed to judge)")
                          .arg(samples.size());
        return v;
    }
    const qsizetype warmEnd = qMax<qsizetype>(2, samples.size() / 3);
    const qsizetype middle = samples.size() / 2;
    const double rssMiddle = rssAround(samples, middle);
    const double rssEnd = rssAround(samples, samples.size() - 2);
    const double growth = rssEnd - rssMiddle;
    v.summary << QStringLiteral("RSS: %1 MB at the end of warm-up (cycle %2), %3 MB at the middle, %4 MB at "
                                "the end: %5 MB over the last half (%6)")
                     .arg(double(samples.at(warmEnd - 1).rssKb) / 1024.0, 0, 'f', 1)
                     .arg(samples.at(warmEnd - 1).cycle)
                     .arg(rssMiddle, 0, 'f', 1)
                     .arg(rssEnd, 0, 'f', 1)
                     .arg(growth, 0, 'f', 1)
                     .arg(rssLimitMb > 0 ? QStringLiteral("limit %1 MB").arg(rssLimitMb, 0, 'f', 0)
                                         : QStringLiteral("not judged"));
    if (rssLimitMb > 0 && growth >= rssLimitMb) {
        v.ok = false;
        v.failures << QStringLiteral("resident memory grew by %1 MB over the last half (%2 -> %3 MB; limit %4 MB)")
                          .arg(growth, 0, 'f', 1)
                          .arg(rssMiddle, 0, 'f', 1)
                          .arg(rssEnd, 0, 'f', 1)
                          .arg(rssLimitMb, 0, 'f', 0);
    }
    const auto bounded = [&](const QString &what, int allowance, auto measure, Detail detail) {
        const int warm = maxOver(samples, 0, warmEnd, measure);
        const int late = maxOver(samples, middle, samples.size(), measure);
        const auto peak = std::max_element(samples.cbegin() + middle, samples.cend(),
            [&](const Sample &a, const Sample &b) { return measure(a) < measure(b); });
        v.summary << QStringLiteral("%1: max %2 up to the end of warm-up, max %3 over the last half, %4 at the end")
                         .arg(what)
                         .arg(warm)
                         .arg(late)
                         .arg(measure(samples.constLast()));
        if (late > warm + allowance) {
            v.ok = false;
            v.failures << QStringLiteral("%1 grew: max %2 over the last half against %3 up to the end of warm-up "
                                         "(+%4; pool allowance %5)")
                              .arg(what)
                              .arg(late)
                              .arg(warm)
                              .arg(late - warm)
                              .arg(allowance)
                + (detail ? QStringLiteral(" [cycle %1 against cycle %2: %3]")
                                .arg(peak->cycle)
                                .arg(samples.at(warmEnd - 1).cycle)
                                .arg(detail(samples.at(warmEnd - 1), *peak))
                          : QString());
        }
    };
    bounded(QStringLiteral("open file descriptors"), 3 * poolAllowance, [](const Sample &s) { return s.fds; },
        [](const Sample &a, const Sample &b) { return difference(a.fdKinds, b.fdKinds); });
    bounded(QStringLiteral("threads"), poolAllowance, [](const Sample &s) { return s.threads; }, nullptr);

    checkSteady(samples, warmEnd, QStringLiteral("QObjects under the main window"),
        [](const Sample &s) { return s.windowObjects; }, v,
        [](const Sample &a, const Sample &b) { return difference(a.windowClasses, b.windowClasses); });
    checkSteady(samples, warmEnd, QStringLiteral("QTimers under the main window"),
        [](const Sample &s) { return s.windowTimers; }, v);
    checkSteady(samples, warmEnd, QStringLiteral("top-level widgets"), [](const Sample &s) { return s.topLevels; }, v);
    const Sample &last = samples.constLast();
    for (qsizetype m = 0; m < last.models.size(); ++m) {
        checkSteady(samples, warmEnd, QStringLiteral("QObjects under the %1 model").arg(last.models.at(m)),
            [m](const Sample &s) { return s.modelObjects.value(m); }, v);
        checkSteady(samples, warmEnd, QStringLiteral("QTimers under the %1 model").arg(last.models.at(m)),
            [m](const Sample &s) { return s.modelTimers.value(m); }, v);
    }
    v.summary << QStringLiteral("QObjects under the main window: %1 after warm-up, %2 at the end; top-level widgets %3")
                     .arg(samples.at(warmEnd - 1).windowObjects)
                     .arg(last.windowObjects)
                     .arg(last.topLevels);
    return v;
}

} // namespace catalog::soak
