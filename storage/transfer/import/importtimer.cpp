#include "transfer/import/importtimer_p.h"

#include "core/storagelog_p.h"

namespace catalog {

ImportTimer::ImportTimer()
{
    m_clock.start();
}

void ImportTimer::lap(Phase phase)
{
    const qint64 now = m_clock.nsecsElapsed();
    m_spent.at(phase) += now - m_lap;
    m_lap = now;
}

void ImportTimer::log(const QString &path, qint64 rows) const
{
    const auto seconds
        = [](qint64 nanoseconds) { return QString::number(double(nanoseconds) / 1e9, 'f', 2); };
    qCInfo(lcStorage).noquote() << QStringLiteral(
        "import of %1: %2 rows in %3 s (check %4 s, read %5 s, look up %6 s, "
        "write %7 s, journal and progress %8 s)")
                                       .arg(path)
                                       .arg(rows)
                                       .arg(seconds(m_clock.nsecsElapsed()), seconds(m_spent.at(Check)),
                                           seconds(m_spent.at(Read)), seconds(m_spent.at(LookUp)),
                                           seconds(m_spent.at(Write)), seconds(m_spent.at(Journal)));
}

} // namespace catalog
