#include "pendingedits.h"

namespace catalog {

const PendingEdits::Pending *PendingEdits::find(qint64 id) const
{
    const auto it = m_pending.constFind(id);
    return it == m_pending.cend() ? nullptr : &*it;
}

PendingEdits::Pending *PendingEdits::find(qint64 id)
{
    const auto it = m_pending.find(id);
    return it == m_pending.end() ? nullptr : &*it;
}

std::optional<PendingEdits::Pending> PendingEdits::stateOf(qint64 key) const
{
    if (key < 0) {
        const int index = newRowIndex(key);
        if (index < 0)
            return std::nullopt;
        return Pending { {}, m_newRows.at(index).record, {}, Kind::Created };
    }
    const Pending *pending = find(key);
    return pending ? std::optional<Pending>(*pending) : std::nullopt;
}

void PendingEdits::setState(qint64 key, const std::optional<Pending> &state)
{
    if (key < 0) {
        const int index = newRowIndex(key);
        if (index >= 0 && state)
            m_newRows[index].record = state->edited;
    } else if (state) {
        m_pending.insert(key, *state);
    } else {
        m_pending.remove(key);
    }
}

QList<qint64> PendingEdits::clearEdits()
{
    QList<qint64> ids = m_pending.keys();
    m_pending.clear();
    return ids;
}

int PendingEdits::newRowIndex(qint64 key) const
{
    for (qsizetype i = 0; i < m_newRows.size(); ++i) {
        if (m_newRows.at(i).key == key)
            return int(i);
    }
    return -1;
}

PendingEdits::ChangeList PendingEdits::changes() const
{
    ChangeList list;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        list.changes << Change { it->state, it->state == Kind::Edited ? it->edited : it->original };
        list.keys << it.key();
    }
    for (const NewRow &r : m_newRows) {
        list.changes << Change { Kind::Created, r.record };
        list.keys << r.key;
    }
    return list;
}

} // namespace catalog
