#pragma once

#include "core/queryspec.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <chrono>

#include <functional>
#include <optional>

namespace catalog {

// The loaded pages of a PagedTableModel: the records of each page, the keys of its first and last
// row in display order (so a neighbour can be read by key instead of by offset), and when each
// page was last used (the least recently used go first when there are too many). Plain data on
// the GUI thread; the model decides what to fetch and which signals to send.
class PageCache
{
public:
    // Keys of a loaded page's first and last row in display order, for reading its neighbours.
    struct PageKeys
    {
        quint64 generation = 0; // of the query that read the page
        std::optional<KeysetCursor> first;
        std::optional<KeysetCursor> last;
        // Whether the page's rows are at their row numbers exactly (see PositionIndex), and the
        // run of pages it was read with: pages of one anchor continue each other seamlessly.
        bool exact = true;
        quint64 anchor = 0;
        std::chrono::steady_clock::time_point loadedAt {}; // set by insert()
    };
    using RecordId = std::function<qint64(const QVariant &)>;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageCount() const { return int(m_pages.size()); }
    int pageOf(int row) const { return row / m_pageSize; }

    // The loaded record of a row, or nullptr.
    const QVariant *record(int row) const;
    void insert(int page, const QVariantList &records, const PageKeys &keys);
    void touch(int page) const;
    // Whether a loaded page was read at least `age` ago (CACHE_TTL: it is to be read again).
    bool isOlderThan(int page, std::chrono::milliseconds age) const;
    // Drops the least recently used pages until at most maxPages are left.
    void evict(int maxPages);
    void clear();
    // Drops the pages that start at or after `row` (the table got shorter).
    void dropFrom(int row);
    QList<int> pagesByUse() const; // least recently used first
    // The key `page` can continue from: the last key of the page before it (previous) or the first
    // key of the page after it, if that neighbour was read by query `generation` (keys of an older
    // query may point at moved rows). Only a full previous page ends where `page` starts.
    std::optional<KeysetCursor> neighbourKey(int page, bool previous, quint64 generation) const;
    // The keys of a loaded page of query `generation`, or nullptr.
    const PageKeys *keysOf(int page, quint64 generation) const;
    // The row's page is loaded and placed exactly (unloaded rows count as exact).
    bool isExact(int row) const;
    // Drops the pages that match; returns them.
    QList<int> dropIf(const std::function<bool(const PageKeys &)> &match);
    // The row of the loaded record with this id, or -1.
    int rowOf(qint64 id, const RecordId &recordId) const;
    // Replaces every loaded copy of the record with this id.
    void replace(qint64 id, const QVariant &record, const RecordId &recordId);

private:
    int m_pageSize = 100;
    QHash<int, QVariantList> m_pages;
    QHash<int, PageKeys> m_keys;
    mutable QHash<int, quint64> m_use;
    mutable quint64 m_useClock = 0;
};

} // namespace catalog
