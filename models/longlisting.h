#pragma once

#include "core/queryspec.h"
#include "core/storageerror.h"
#include "pagecache.h"
#include "positionindex.h"

#include <QSet>

#include <atomic>
#include <memory>

#include <optional>

namespace catalog {

class PagedTableModel;

// What a PagedTableModel does for listings too long to read by OFFSET: where each page is read from
// (a neighbour's key, the start, the end, or the PositionIndex), the runs of pages that continue
// each other (anchors; see PagedTableModel's class comment on what is exact), and the position
// index's background jobs for the current sort and filter. Part of the model (a friend that reads
// its state); lives and runs on the GUI thread; its estimate runs on the model's page workers, its
// exact pass on the background JobPool. A failed index job is logged, never shown: pages are still
// read correctly without it, by offset.
class LongListing
{
public:
    // How a page is read: rows after `after` (none: from the first), skipping `offset`, in the
    // opposite order when reversed; and how its row numbers are known.
    struct Placement
    {
        std::optional<KeysetCursor> after;
        qint64 offset = 0;
        int limit = 0;
        bool reversed = false;
        bool exact = true;
        quint64 anchor = 0;
        // Not read now: only OFFSET could reach it, the exact index is on its way and will reach
        // it by key (an OFFSET of millions would hold a worker for seconds meanwhile); or a
        // neighbour is being read and the page will continue from its key.
        bool deferred = false;
    };
    static constexpr quint64 kEndAnchor = 1; // pages read from the end while the count is estimated

    explicit LongListing(PagedTableModel &model);

    void clear(); // a new sort or filter: nothing is known
    void invalidate() // rows may have moved: read the index again
    {
        m_generation = 0;
        m_wanted->store(0);
    }
    bool isReady() const;
    int runningJobs() const { return m_running; }
    // Starts the index jobs once the count is known, once per query.
    void start();
    Placement place(int page) const;
    // When `page` (just loaded, with `keys`) meets a page of another run and either is
    // approximate, drops a run: the approximate one, of two approximate ones the older.
    void joinRuns(int page, const PageCache::PageKeys &keys);
    // Drops loaded pages that match and tells the views (they are read again when shown).
    void dropPages(const std::function<bool(const PageCache::PageKeys &)> &match);
    // With an estimated total: the end of the listing, when `page` (read forward from an exact
    // position) came back shorter than asked for.
    std::optional<qint64> endFound(int page, const Placement &placement, qsizetype rows) const;

private:
    void arrived(quint64 generation, const Result<PositionSample> &result);

    PagedTableModel &m_model;
    PositionIndex m_positions;
    quint64 m_generation = 0; // the model's query the index was asked for (0: none)
    // m_generation, for the jobs: one that starts for another generation returns at once.
    std::shared_ptr<std::atomic<quint64>> m_wanted = std::make_shared<std::atomic<quint64>>(0);
    bool m_unavailable = false; // the sort column cannot be read by key
    int m_running = 0;
    mutable quint64 m_nextAnchor = 2; // 0: exact; 1: kEndAnchor
    mutable QSet<int> m_deferred; // pages waiting for the index or for a neighbour being read
};

} // namespace catalog
