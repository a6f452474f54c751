#pragma once

#include <QList>
#include <QSet>

#include <optional>

namespace catalog {

// The pages a PagedTableModel still has to read: the ones a view asked for, most recent wish
// last (at most kMaxQueued: older wishes were scrolled past), and the ones being read now. Plain
// data on the GUI thread.
class PageFetchQueue
{
public:
    static constexpr int kMaxQueued = 12;

    void want(int page);
    bool isEmpty() const { return m_queued.isEmpty(); }
    // Replaces the wishes (e.g. every loaded page, to read them again); nothing is in flight then.
    void restart(const QList<int> &pages);
    void clear();
    // The next page to read: the most recent wish once the row count is known (what is on screen
    // now); before that only page 0, which can be placed without it. Empty when nothing can start.
    std::optional<int> takeNext(bool countKnown);
    bool isInFlight(int page) const { return m_inFlight.contains(page); }
    void started(int page) { m_inFlight.insert(page); }
    void finished(int page) { m_inFlight.remove(page); }

private:
    QList<int> m_queued;
    QSet<int> m_inFlight;
};

} // namespace catalog
