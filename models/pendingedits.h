#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>

#include <optional>

namespace catalog {

// The unsaved changes of a PagedTableModel: edits, deletions and restores of stored rows (by
// record id) and new rows (by a negative key that stays stable while the row is pending). Plain
// data on the GUI thread: the model turns every change into the signals a view needs, and undo
// commands swap whole snapshots in and out (see PendingCommand, NewRowsCommand).
class PendingEdits
{
public:
    enum class Kind { None, Edited, Created, Deleted, Restored };

    // A stored row's pending state. Keys below zero are new rows (Created).
    struct Pending
    {
        QVariant original; // as loaded; its version is the one the save expects
        QVariant edited;
        QSet<int> columns; // edited columns, for highlighting
        Kind state = Kind::Edited; // Edited, Deleted or Restored
    };
    struct NewRow
    {
        int key; // negative, stable while the row is pending
        QVariant record;
    };
    // One pending change as a save hands it to the model's save job.
    struct Change
    {
        Kind kind = Kind::None;
        QVariant record;
    };
    // Every pending change with the key of its row, in the order a save applies them.
    struct ChangeList
    {
        QList<Change> changes;
        QList<qint64> keys;
    };

    bool isEmpty() const { return m_pending.isEmpty() && m_newRows.isEmpty(); }
    int count() const { return int(m_pending.size() + m_newRows.size()); }

    const Pending *find(qint64 id) const;
    Pending *find(qint64 id);
    // The state of the row with this key as an undo snapshot (nullopt: nothing pending).
    std::optional<Pending> stateOf(qint64 key) const;
    // Puts a snapshot back: for a new row its record, for a stored row the whole state.
    void setState(qint64 key, const std::optional<Pending> &state);
    void remove(qint64 id) { m_pending.remove(id); }
    // Forgets every pending change of stored rows; returns their ids.
    QList<qint64> clearEdits();

    const QList<NewRow> &newRows() const { return m_newRows; }
    int takeNewKey() { return m_nextNewKey--; }
    void appendNewRows(const QList<NewRow> &rows) { m_newRows << rows; }
    int newRowIndex(qint64 key) const; // -1 if no new row has this key
    void removeNewRowAt(int index) { m_newRows.removeAt(index); }
    void clearNewRows() { m_newRows.clear(); }

    ChangeList changes() const;

private:
    QHash<qint64, Pending> m_pending; // by record id
    QList<NewRow> m_newRows;
    int m_nextNewKey = -1;
};

} // namespace catalog
