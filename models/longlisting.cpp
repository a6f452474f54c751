#include "longlisting.h"

#include "modelslog.h"
#include "pagedtablemodel.h"

namespace catalog {

namespace {

// Rows an OFFSET may skip while the exact index is being read, instead of waiting for it.
constexpr qint64 kMaxOffsetWhileIndexing = 50000;

} // namespace

LongListing::LongListing(PagedTableModel &model)
    : m_model(model)
{
}

void LongListing::clear()
{
    m_positions.clear();
    m_generation = 0;
    m_wanted->store(0);
    m_unavailable = false;
    m_deferred.clear();
}

bool LongListing::isReady() const
{
    return m_model.m_countKnown
        && (m_model.m_total < PositionIndex::kMinRows || m_unavailable || m_positions.isExact());
}

void LongListing::start()
{
    PagedTableModel &m = m_model;
    if (!m.m_countKnown || m.m_total < PositionIndex::kMinRows || m_unavailable || m_generation == m.m_generation)
        return;
    m_generation = m.m_generation;
    m_wanted->store(m_generation);
    PagedTableModel::PageQuery order;
    order.sortKey = m.columnSpecs().at(m.m_sortColumn).key;
    order.order = m.m_sortOrder;
    const quint64 generation = m_generation;
    // The estimate first, as quick as a page (statistics or a sample: milliseconds), on the page
    // workers, so that it never waits behind an exact pass of an earlier sort; then the exact
    // pass on the background pool.
    for (const qint64 stride : { qint64(0), PositionIndex::strideFor(m.m_total) }) {
        if (stride == 0 && m_positions.isExact())
            continue;
        PagedTableModel::PositionJob job = m.makePositionJob(order, stride);
        if (!job) {
            m_unavailable = true;
            return;
        }
        // A pass still queued when the sort or filter changes again is skipped, not run for nothing.
        PagedTableModel::PositionJob current = [job = std::move(job), wanted = m_wanted, generation] {
            if (wanted->load() != generation)
                return Result<PositionSample>(StorageError::make(ErrorKind::Cancelled, QStringLiteral("superseded")));
            return job();
        };
        ++m_running;
        const auto done = [this, generation](const Result<PositionSample> &r) {
            --m_running;
            arrived(generation, r);
            m_model.updateLoading();
            m_model.pumpFetches();
        };
        (stride == 0 ? m.m_jobs : m.m_background).run<Result<PositionSample>>(&m, std::move(current), done);
    }
}

void LongListing::arrived(quint64 generation, const Result<PositionSample> &result)
{
    if (generation != m_generation)
        return; // another sort or filter meanwhile
    // Deferred pages are placed again: by key if this sample reaches them, else (nothing more to
    // wait for) by offset.
    for (const int page : std::as_const(m_deferred))
        m_model.m_fetchQueue.want(page);
    m_deferred.clear();
    if (!result) {
        // The sort column cannot be read by key (Validation): pages go by offset. Anything else is
        // logged only: the index makes jumps quicker, it is never needed for a correct page.
        if (result.error().kind == ErrorKind::Validation)
            m_unavailable = true;
        else
            qCInfo(lcModels) << "position index not read:" << result.error().toString();
        return;
    }
    m_positions.setSample(result.value());
    // Pages read from estimated keys are read again, exactly, when they are next shown.
    if (result->isExact())
        dropPages([](const PageCache::PageKeys &k) { return !k.exact && k.anchor != kEndAnchor; });
}

LongListing::Placement LongListing::place(int page) const
{
    const PagedTableModel &m = m_model;
    const qint64 start = qint64(page) * m.pageSize();
    Placement p;
    p.offset = start;
    p.limit = m.pageSize();
    if (!m.m_countKnown)
        return p;
    const qint64 total = m.m_total;
    const qint64 end = qMin(start + m.pageSize(), total);
    // Next to a loaded page: continue from its key, which costs one page whatever the position
    // (OFFSET reads and drops every row it skips); the page joins its neighbour's run.
    for (const bool previous : { true, false }) {
        if (std::optional<KeysetCursor> key = m.m_cache.neighbourKey(page, previous, m.m_generation)) {
            const PageCache::PageKeys *from = m.m_cache.keysOf(previous ? page - 1 : page + 1, m.m_generation);
            p.reversed = !previous;
            p.after = key;
            p.offset = 0;
            p.limit = int(end - start);
            p.exact = from->exact;
            p.anchor = from->anchor;
            return p;
        }
    }
    const auto fromEnd = [&] {
        p.reversed = true;
        p.offset = total - end;
        p.limit = int(end - start);
        p.exact = !m.m_totalEstimated;
        p.anchor = m.m_totalEstimated ? kEndAnchor : 0;
        return p;
    };
    if (start <= PositionIndex::kCheapOffset)
        return p;
    if (total - end <= PositionIndex::kCheapOffset)
        return fromEnd();
    // A neighbour being read now is a key to continue from in a moment: wait for it (joinRuns()
    // asks for this page again) rather than start a second run that would then have to be joined
    // to it, one of the two read again.
    if (m.m_fetchQueue.isInFlight(page - 1) || m.m_fetchQueue.isInFlight(page + 1)) {
        p.deferred = true;
        m_deferred.insert(page);
        return p;
    }
    if (const std::optional<PositionIndex::Seek> seek = m_positions.seek(start, total)) {
        p.after = seek->after;
        p.offset = seek->offset;
        p.exact = seek->exact;
        p.anchor = seek->exact ? 0 : m_nextAnchor++;
        return p;
    }
    // OFFSET skips the fewest rows from the nearer end; far from both, wait for the exact index.
    const qint64 skipped = start > total / 2 ? total - end : start;
    if (skipped > kMaxOffsetWhileIndexing && m_running > 0 && !m_unavailable) {
        p.deferred = true;
        m_deferred.insert(page);
        return p;
    }
    return start > total / 2 ? fromEnd() : p;
}

void LongListing::dropPages(const std::function<bool(const PageCache::PageKeys &)> &match)
{
    PagedTableModel &m = m_model;
    const QList<int> dropped = m.m_cache.dropIf(match);
    for (const int page : dropped) {
        const int first = page * m.pageSize();
        const int last = qMin(first + m.pageSize(), m.m_shownRows) - 1;
        if (last >= first)
            Q_EMIT m.dataChanged(m.index(first, 0), m.index(last, m.columnCount() - 1));
    }
}

std::optional<qint64> LongListing::endFound(int page, const Placement &placement, qsizetype rows) const
{
    if (!m_model.m_totalEstimated || !placement.exact || placement.reversed || rows >= placement.limit)
        return std::nullopt;
    return qint64(page) * m_model.pageSize() + rows;
}

void LongListing::joinRuns(int page, const PageCache::PageKeys &keys)
{
    for (const int neighbour : { page - 1, page + 1 }) {
        if (m_deferred.remove(neighbour))
            m_model.m_fetchQueue.want(neighbour);
    }
    for (const int neighbour : { page - 1, page + 1 }) {
        const PageCache::PageKeys *other = m_model.m_cache.keysOf(neighbour, m_model.m_generation);
        if (!other || other->anchor == keys.anchor || (other->exact && keys.exact))
            continue;
        const quint64 run = other->exact ? keys.anchor : other->anchor;
        dropPages([run](const PageCache::PageKeys &k) { return k.anchor == run; });
        return;
    }
}

} // namespace catalog
