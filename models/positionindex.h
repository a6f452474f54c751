#pragma once

#include "core/queryspec.h"

#include <optional>

namespace catalog {

// Where a PagedTableModel can start reading an arbitrary row of a long listing without OFFSET
// skipping millions of rows: keys at known positions of the sort order (a PositionSample), from
// which a page is read by key plus a short offset.
//
// Two kinds of sample, both for the current query only (clear() on a new sort or filter):
// - exact: every stride-th key, read in one pass in the background; a row found through it is at
//   its row number exactly (as of that pass);
// - estimated: from PostgreSQL's statistics of the sort column or a sample of the rows, available
//   within milliseconds; the keys are real boundaries but their positions are estimates, so a page
//   read from one is a correct, contiguous part of the order whose row numbers may be off (by up to
//   a bucket of the histogram, a piece of a common value, or a sample's error). The model marks
//   such pages approximate and reads them again once the exact sample has arrived.
// Plain data on the GUI thread.
class PositionIndex
{
public:
    // How to read the rows from a given row on: rows after `after` (none: from the first row),
    // skipping `offset` of them.
    struct Seek
    {
        std::optional<KeysetCursor> after;
        qint64 offset = 0;
        bool exact = false;
    };

    // Rows OFFSET may skip for a page without making it slow (each skipped row is still read).
    static constexpr qint64 kCheapOffset = 2000;
    // Listings shorter than this are read by offset; no sample is taken.
    static constexpr qint64 kMinRows = 20000;
    // Every stride-th key: at most about 10,000 keys, at least kCheapOffset apart... but no more.
    static qint64 strideFor(qint64 rows) { return qMax<qint64>(1000, rows / 10000); }

    void clear();
    // An exact sample replaces an estimate; an estimate never replaces an exact sample.
    void setSample(const PositionSample &sample);
    bool isExact() const { return m_exact.isExact() && !m_exact.keys.isEmpty(); }
    bool hasEstimate() const { return !m_estimate.keys.isEmpty(); }
    // The cheapest way to `row` of `total`, or empty when the index knows nothing that helps.
    std::optional<Seek> seek(qint64 row, qint64 total) const;

private:
    std::optional<Seek> seekExact(qint64 row) const;
    std::optional<Seek> seekEstimate(qint64 row, qint64 total) const;

    PositionSample m_exact;
    PositionSample m_estimate;
};

} // namespace catalog
