#include "db/latencyrecorder.h"

#include <QMutexLocker>

#include <cmath>

#include <algorithm>

namespace catalog {

namespace {

double percentile(std::vector<qint64> values, double fraction)
{
    if (values.empty())
        return 0;
    // Nearest rank: the smallest value with at least `fraction` of the samples at or below it.
    const auto rank = std::max<qsizetype>(1, qsizetype(std::ceil(fraction * double(values.size()))));
    auto nth = values.begin() + (rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return double(*nth) / 1e6;
}

QStringView wordAt(QStringView text, qsizetype from)
{
    while (from < text.size() && (text.at(from).isSpace() || text.at(from) == QLatin1Char('(')))
        ++from;
    qsizetype end = from;
    while (end < text.size()
        && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_')
            || text.at(end) == QLatin1Char('.')))
        ++end;
    return text.mid(from, end - from);
}

} // namespace

LatencyRecorder &LatencyRecorder::instance()
{
    static LatencyRecorder recorder;
    return recorder;
}

void LatencyRecorder::record(const QString &kind, qint64 nanoseconds)
{
    QMutexLocker lock(&m_mutex);
    Samples &s = m_kinds[kind];
    if (s.ring.size() < size_t(kWindow)) {
        s.ring.push_back(nanoseconds);
    } else {
        s.ring[size_t(s.next)] = nanoseconds;
        s.next = (s.next + 1) % kWindow;
    }
    ++s.count;
}

QList<LatencyRecorder::Figures> LatencyRecorder::figures() const
{
    QList<Figures> result;
    {
        QMutexLocker lock(&m_mutex);
        result.reserve(m_kinds.size());
        for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
            Figures f;
            f.kind = it.key();
            f.count = it->count;
            f.p50Ms = percentile(it->ring, 0.50);
            f.p95Ms = percentile(it->ring, 0.95);
            f.maxMs
                = it->ring.empty() ? 0 : double(*std::max_element(it->ring.begin(), it->ring.end())) / 1e6;
            result.append(f);
        }
    }
    std::sort(result.begin(), result.end(), [](const Figures &a, const Figures &b) {
        return a.p95Ms != b.p95Ms ? a.p95Ms > b.p95Ms : a.kind < b.kind;
    });
    return result;
}

void LatencyRecorder::clear()
{
    QMutexLocker lock(&m_mutex);
    m_kinds.clear();
}

QString LatencyRecorder::kindOf(const QString &statement)
{
    const QStringView text(statement);
    const QString verb = wordAt(text, 0).toString().toUpper();
    if (verb.isEmpty())
        return QStringLiteral("?");
    // The table a statement is about: after UPDATE, INTO (INSERT) or FROM (SELECT, DELETE).
    qsizetype at = -1;
    qsizetype length = 0;
    if (verb == QLatin1String("UPDATE")) {
        at = verb.size();
    } else {
        for (QLatin1StringView keyword : { QLatin1StringView(" INTO "), QLatin1StringView(" FROM ") }) {
            at = text.indexOf(keyword, 0, Qt::CaseInsensitive);
            if (at >= 0) {
                length = keyword.size();
                break;
            }
        }
        if (at < 0)
            return verb == QLatin1String("PRAGMA")
                ? verb + QLatin1Char(' ') + wordAt(text, verb.size()).toString()
                : verb;
    }
    const QStringView table = wordAt(text, at + length);
    return table.isEmpty() ? verb : verb + QLatin1Char(' ') + table.toString().toLower();
}

} // namespace catalog
