#include "pagecache.h"

#include <algorithm>
#include <limits>

namespace catalog {

const QVariant *PageCache::record(int row) const
{
    if (row < 0)
        return nullptr;
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.cend())
        return nullptr;
    const int offset = row % m_pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void PageCache::insert(int page, const QVariantList &records, const PageKeys &keys)
{
    m_pages.insert(page, records);
    PageKeys stamped = keys;
    stamped.loadedAt = std::chrono::steady_clock::now();
    m_keys.insert(page, stamped);
}

bool PageCache::isOlderThan(int page, std::chrono::milliseconds age) const
{
    const auto it = m_keys.constFind(page);
    return it != m_keys.cend() && std::chrono::steady_clock::now() - it->loadedAt >= age;
}

void PageCache::touch(int page) const
{
    m_use.insert(page, ++m_useClock);
}

void PageCache::evict(int maxPages)
{
    while (m_pages.size() > maxPages) {
        int oldest = -1;
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            const quint64 use = m_use.value(it.key());
            if (use < oldestUse) {
                oldestUse = use;
                oldest = it.key();
            }
        }
        m_pages.remove(oldest);
        m_use.remove(oldest);
        m_keys.remove(oldest);
    }
}

void PageCache::clear()
{
    m_pages.clear();
    m_keys.clear();
    m_use.clear();
}

void PageCache::dropFrom(int row)
{
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (qint64(it.key()) * m_pageSize >= row) {
            m_use.remove(it.key());
            m_keys.remove(it.key());
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
}

QList<int> PageCache::pagesByUse() const
{
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end(), [this](int a, int b) { return m_use.value(a) < m_use.value(b); });
    return pages;
}

std::optional<KeysetCursor> PageCache::neighbourKey(int page, bool previous, quint64 generation) const
{
    const int neighbour = previous ? page - 1 : page + 1;
    const auto keys = m_keys.constFind(neighbour);
    const auto rows = m_pages.constFind(neighbour);
    if (neighbour < 0 || keys == m_keys.cend() || rows == m_pages.cend() || keys->generation != generation
        || rows->isEmpty() || (previous && rows->size() != m_pageSize))
        return std::nullopt;
    return previous ? keys->last : keys->first;
}

const PageCache::PageKeys *PageCache::keysOf(int page, quint64 generation) const
{
    const auto keys = m_keys.constFind(page);
    return keys == m_keys.cend() || keys->generation != generation ? nullptr : &*keys;
}

bool PageCache::isExact(int row) const
{
    const auto keys = m_keys.constFind(row / m_pageSize);
    return keys == m_keys.cend() || keys->exact;
}

QList<int> PageCache::dropIf(const std::function<bool(const PageKeys &)> &match)
{
    QList<int> dropped;
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (match(*it)) {
            dropped << it.key();
            m_pages.remove(it.key());
            m_use.remove(it.key());
            it = m_keys.erase(it);
        } else {
            ++it;
        }
    }
    return dropped;
}

int PageCache::rowOf(qint64 id, const RecordId &recordId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (recordId(it->at(i)) == id)
                return it.key() * m_pageSize + int(i);
        }
    }
    return -1;
}

void PageCache::replace(qint64 id, const QVariant &record, const RecordId &recordId)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (QVariant &r : *it) {
            if (recordId(r) == id)
                r = record;
        }
    }
}

} // namespace catalog
