#include "pagefetchqueue.h"

namespace catalog {

void PageFetchQueue::want(int page)
{
    m_queued.removeOne(page);
    m_queued << page;
    while (m_queued.size() > kMaxQueued)
        m_queued.removeFirst();
}

void PageFetchQueue::restart(const QList<int> &pages)
{
    m_inFlight.clear();
    m_queued = pages;
}

void PageFetchQueue::clear()
{
    m_queued.clear();
    m_inFlight.clear();
}

std::optional<int> PageFetchQueue::takeNext(bool countKnown)
{
    if (m_queued.isEmpty())
        return std::nullopt;
    if (countKnown)
        return m_queued.takeLast();
    if (!m_queued.removeOne(0))
        return std::nullopt;
    return 0;
}

} // namespace catalog
