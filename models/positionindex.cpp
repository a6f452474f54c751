#include "positionindex.h"

#include <algorithm>

namespace catalog {

namespace {

// An estimated key further than this before the wanted row is used with a shorter offset (the
// distance modulo this): the page then shows rows somewhat before its row number rather than
// spending a second skipping.
constexpr qint64 kMaxEstimateOffset = 2000;

} // namespace

void PositionIndex::clear()
{
    m_exact = {};
    m_estimate = {};
}

void PositionIndex::setSample(const PositionSample &sample)
{
    if (sample.isExact()) {
        m_exact = sample;
        return;
    }
    if (isExact())
        return;
    m_estimate = sample;
    if (m_estimate.fractions.size() != m_estimate.keys.size()) {
        // A histogram's bounds: evenly spread.
        const auto buckets = double(qMax<qsizetype>(1, m_estimate.keys.size() - 1));
        m_estimate.fractions.clear();
        for (qsizetype k = 0; k < m_estimate.keys.size(); ++k)
            m_estimate.fractions << double(k) / buckets;
    }
}

std::optional<PositionIndex::Seek> PositionIndex::seek(qint64 row, qint64 total) const
{
    if (isExact())
        return seekExact(row);
    if (hasEstimate() && total > 0)
        return seekEstimate(row, total);
    return std::nullopt;
}

std::optional<PositionIndex::Seek> PositionIndex::seekExact(qint64 row) const
{
    const qint64 stride = m_exact.stride;
    const qint64 k = qMin<qint64>(row / stride, m_exact.keys.size());
    if (k == 0)
        return Seek { std::nullopt, row, true };
    // Rows after keys[k - 1] start at row k * stride.
    return Seek { m_exact.keys.at(k - 1), row - k * stride, true };
}

std::optional<PositionIndex::Seek> PositionIndex::seekEstimate(qint64 row, qint64 total) const
{
    // The last key at or before the row's fraction of the listing.
    const double wanted = double(row) / double(total);
    const auto after = std::upper_bound(m_estimate.fractions.cbegin(), m_estimate.fractions.cend(), wanted);
    const qsizetype k = after - m_estimate.fractions.cbegin() - 1;
    const auto estimatedRow = k < 0 ? qint64(0) : qint64(m_estimate.fractions.at(k) * double(total));
    const qint64 offset = qMax<qint64>(0, row - estimatedRow);
    const qint64 skip = offset <= kMaxEstimateOffset ? offset : offset % kMaxEstimateOffset;
    if (k < 0)
        return Seek { std::nullopt, skip, false };
    return Seek { m_estimate.keys.at(k), skip, false };
}

} // namespace catalog
