#pragma once

#include <QElapsedTimer>
#include <QString>

#include <array>

namespace catalog {

// Where an import's time goes, for the log: the check, reading (parse + validate, as far as the
// writer waits for it), looking up (mode and suppliers), writing, and the journal and progress.
// One per import, on its writing thread.
class ImportTimer
{
public:
    enum Phase { Check, Read, LookUp, Write, Journal, PhaseCount };

    ImportTimer();
    // The time since the last lap counts for `phase`.
    void lap(Phase phase);
    // "import of PATH: N rows in S s (check …, read …, look up …, write …, journal and progress …)"
    void log(const QString &path, qint64 rows) const;

private:
    QElapsedTimer m_clock;
    qint64 m_lap = 0;
    std::array<qint64, PhaseCount> m_spent {};
};

} // namespace catalog
