#include "positionindex.h"

#include <cmath>

namespace catalog {

namespace {

// An estimated key further than this before the wanted row is used anyway, without the offset:
// the page then shows rows a little before its row number rather than spending a second skipping.
constexpr qint64 kMaxEstimateOffset = 20000;

} // namespace

void PositionIndex::clear()
{
    m_exact = {};
    m_estimate = {};
}

void PositionIndex::setSample(const PositionSample &sample)
{
    if (sample.isExact())
        m_exact = sample;
    else if (!isExact())
        m_estimate = sample;
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
    const qint64 buckets = m_estimate.keys.size() - 1;
    // Bound i sits about i / buckets of the way through the listing.
    const auto i = qint64(std::floor(double(row) / double(total) * double(buckets)));
    const qint64 bound = qBound<qint64>(0, i, buckets);
    const auto estimatedRow = qint64(double(bound) / double(buckets) * double(total));
    const qint64 offset = qMax<qint64>(0, row - estimatedRow);
    return Seek { m_estimate.keys.at(bound), offset <= kMaxEstimateOffset ? offset : 0, false };
}

} // namespace catalog
