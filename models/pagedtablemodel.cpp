#include "pagedtablemodel.h"

#include "modelslog.h"
#include "statuscolors.h"

#include <QFont>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <limits>

namespace catalog {

namespace {

constexpr int kWorkers = 2; // one for the visible page, one for the count or the next page
constexpr int kMaxQueuedPages = 12; // beyond this the oldest wishes are forgotten (scrolled past)

} // namespace

// Replaces the pending state of some rows (database rows by id, new rows by their negative key)
// with snapshots taken before and after a change: an edit, a deletion or a restore.
class PagedTableModel::PendingCommand : public QUndoCommand
{
public:
    struct Entry
    {
        qint64 key;
        std::optional<Pending> before;
        std::optional<Pending> after;
    };
    PendingCommand(PagedTableModel *model, QList<Entry> entries, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_entries(std::move(entries))
    {
    }
    void redo() override
    {
        for (const Entry &e : std::as_const(m_entries))
            m_model->applyPending(e.key, e.after);
    }
    void undo() override
    {
        for (const Entry &e : std::as_const(m_entries))
            m_model->applyPending(e.key, e.before);
    }

private:
    PagedTableModel *m_model;
    QList<Entry> m_entries;
};

// Adds pending new rows at the end of the table, or (remove) takes them away again.
class PagedTableModel::NewRowsCommand : public QUndoCommand
{
public:
    NewRowsCommand(PagedTableModel *model, QList<NewRow> rows, bool remove, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_rows(std::move(rows))
        , m_remove(remove)
    {
    }
    void redo() override { m_remove ? removeRows() : addRows(); }
    void undo() override { m_remove ? addRows() : removeRows(); }

private:
    void addRows() { m_model->insertNewRows(m_rows); }
    void removeRows()
    {
        QList<int> keys;
        for (const NewRow &r : std::as_const(m_rows))
            keys << r.key;
        m_model->removeNewRows(keys);
    }
    PagedTableModel *m_model;
    QList<NewRow> m_rows;
    bool m_remove;
};

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(new QUndoStack(this))
{
    m_pool.setMaxThreadCount(kWorkers);
    // Workers keep their database connection while the model lives: no reconnect per page.
    m_pool.setExpiryTimeout(-1);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { notifyPending(); });
}

PagedTableModel::~PagedTableModel()
{
    // Jobs reference the subclass's connection manager, never the model's members; still, wait so
    // that no job outlives the model that started it.
    m_pool.clear();
    m_pool.waitForDone();
}

template <typename R>
void PagedTableModel::runJob(std::function<R()> job, std::function<void(const R &)> done)
{
    ++m_running;
    m_pool.start([this, job = std::move(job), done = std::move(done)] {
        R result = job();
        // Queued to the model's thread; dropped by Qt if the model is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), done] {
                --m_running;
                done(result);
                updateLoading();
            },
            Qt::QueuedConnection);
    });
    updateLoading();
}

const QList<PagedTableModel::ColumnSpec> &PagedTableModel::columnSpecs() const
{
    if (m_columns.isEmpty())
        m_columns = columns();
    return m_columns;
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows + int(m_newRows.size());
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columnSpecs().size());
}

void PagedTableModel::setPageSize(int rows)
{
    m_pageSize = qBound(10, rows, 5000);
    reload();
}

void PagedTableModel::setMaxCachedPages(int pages)
{
    m_maxPages = qMax(3, pages);
    evictPages();
}

bool PagedTableModel::isIdle() const
{
    return m_countKnown && !m_countRunning && m_running == 0 && m_queued.isEmpty() && !m_saving;
}

bool PagedTableModel::hasPendingChanges() const
{
    return !m_pending.isEmpty() || !m_newRows.isEmpty();
}

int PagedTableModel::pendingChangeCount() const
{
    return int(m_pending.size() + m_newRows.size());
}

const QVariant *PagedTableModel::loadedRecord(int row) const
{
    if (row < 0 || row >= m_shownRows)
        return nullptr;
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.cend())
        return nullptr;
    const int offset = row % m_pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant PagedTableModel::currentRecord(int row) const
{
    if (row >= m_shownRows && row < rowCount())
        return m_newRows.at(row - m_shownRows).record;
    const QVariant *loaded = loadedRecord(row);
    if (!loaded)
        return {};
    const auto pending = m_pending.constFind(recordId(*loaded));
    return pending == m_pending.cend() ? *loaded : pending->edited;
}

PagedTableModel::PendingKind PagedTableModel::pendingKind(int row) const
{
    if (row >= m_shownRows && row < rowCount())
        return PendingKind::Created;
    const QVariant *loaded = loadedRecord(row);
    if (!loaded)
        return PendingKind::None;
    const auto pending = m_pending.constFind(recordId(*loaded));
    return pending == m_pending.cend() ? PendingKind::None : pending->state;
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool isNew = row >= m_shownRows;
    const QVariant *loaded = isNew ? nullptr : loadedRecord(row);
    if (!isNew && !loaded) {
        requestPage(row / m_pageSize);
        switch (role) {
        case LoadedRole:
            return false;
        case PendingRole:
            return false;
        case ColumnKeyRole:
            return columnSpecs().at(column).key;
        case Qt::ForegroundRole:
            return StatusColors::current().color(StatusColors::Role::Muted);
        default:
            return {};
        }
    }
    touch(row / m_pageSize);
    QVariant record = currentRecord(row);
    const PendingKind kind = pendingKind(row);
    const Pending *pending = nullptr;
    if (loaded) {
        const auto it = m_pending.constFind(recordId(*loaded));
        if (it != m_pending.cend())
            pending = &*it;
    }
    switch (role) {
    case RecordIdRole:
        return isNew ? qint64(0) : recordId(record);
    case RecordRole:
        return record;
    case PendingRole:
        return kind != PendingKind::None;
    case LoadedRole:
        return true;
    case ColumnKeyRole:
        return columnSpecs().at(column).key;
    case Qt::BackgroundRole:
        switch (kind) {
        case PendingKind::Created:
            return StatusColors::current().color(StatusColors::Role::PendingInsert);
        case PendingKind::Deleted:
            return StatusColors::current().color(StatusColors::Role::PendingDelete);
        case PendingKind::Restored:
            return StatusColors::current().color(StatusColors::Role::PendingRestore);
        case PendingKind::Edited:
            return pending && pending->columns.contains(column)
                ? QVariant(StatusColors::current().color(StatusColors::Role::PendingUpdate))
                : QVariant();
        case PendingKind::None:
            break;
        }
        return {};
    case Qt::FontRole:
        if (kind == PendingKind::Deleted
            || (kind == PendingKind::Edited && pending && pending->columns.contains(column))) {
            QFont font;
            font.setStrikeOut(kind == PendingKind::Deleted);
            font.setItalic(kind == PendingKind::Edited);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (recordDeleted(record) && kind != PendingKind::Restored)
            return StatusColors::current().color(StatusColors::Role::Muted);
        return {};
    default:
        return recordValue(record, column, role);
    }
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const QVariant record = currentRecord(index.row());
    const PendingKind kind = pendingKind(index.row());
    if (record.isValid() && columnSpecs().at(index.column()).editable && !m_saving && m_readOnlyReason.isEmpty()
        && kind != PendingKind::Deleted && !recordDeleted(record))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < columnSpecs().size()) {
        if (role == Qt::DisplayRole)
            return columnSpecs().at(section).title;
        if (role == ColumnKeyRole)
            return columnSpecs().at(section).key;
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return section >= m_shownRows ? QStringLiteral("*") : QString::number(section + 1);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    const int column = index.column();
    const QVariant record = currentRecord(row);
    Result<QVariant> edited = withValue(record, column, value);
    if (!edited) {
        m_lastError = edited.error().toString();
        Q_EMIT editRejected(index, m_lastError);
        return false;
    }
    if (recordValue(edited.value(), column, Qt::EditRole) == recordValue(record, column, Qt::EditRole))
        return true; // nothing changed: no pending edit, no undo step

    PendingCommand::Entry entry;
    if (row >= m_shownRows) {
        entry.key = m_newRows.at(row - m_shownRows).key;
        entry.before = Pending { {}, record, {}, PendingKind::Created };
        entry.after = Pending { {}, edited.value(), {}, PendingKind::Created };
    } else {
        const QVariant original = *loadedRecord(row);
        entry.key = recordId(original);
        entry.before = pendingOf(entry.key);
        const Pending after = pendingFor(original, edited.value(), PendingKind::Edited);
        if (!after.columns.isEmpty())
            entry.after = after;
    }
    const QString title = columnSpecs().at(column).title;
    m_undo->push(new PendingCommand(this, { entry }, tr("Edit %1").arg(title)));
    return true;
}

PagedTableModel::Pending PagedTableModel::pendingFor(
    const QVariant &original, const QVariant &edited, PendingKind state) const
{
    Pending p { original, edited, {}, state };
    for (int c = 0; c < columnSpecs().size(); ++c) {
        if (recordValue(original, c, Qt::EditRole) != recordValue(edited, c, Qt::EditRole))
            p.columns.insert(c);
    }
    return p;
}

std::optional<PagedTableModel::Pending> PagedTableModel::pendingOf(qint64 key) const
{
    if (key < 0) {
        for (const NewRow &r : m_newRows) {
            if (r.key == key)
                return Pending { {}, r.record, {}, PendingKind::Created };
        }
        return std::nullopt;
    }
    const auto it = m_pending.constFind(key);
    return it == m_pending.cend() ? std::nullopt : std::optional<Pending>(*it);
}

void PagedTableModel::applyPending(qint64 key, const std::optional<Pending> &state)
{
    if (key < 0) {
        for (NewRow &r : m_newRows) {
            if (r.key == key && state)
                r.record = state->edited;
        }
    } else if (state) {
        m_pending.insert(key, *state);
    } else {
        m_pending.remove(key);
    }
    emitRowChanged(rowOfKey(key));
    notifyPending();
}

void PagedTableModel::insertNewRows(const QList<NewRow> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_newRows << rows;
    endInsertRows();
    notifyPending();
}

void PagedTableModel::removeNewRows(const QList<int> &keys)
{
    for (int key : keys) {
        for (qsizetype i = 0; i < m_newRows.size(); ++i) {
            if (m_newRows.at(i).key != key)
                continue;
            const int row = m_shownRows + int(i);
            beginRemoveRows({}, row, row);
            m_newRows.removeAt(i);
            endRemoveRows();
            break;
        }
    }
    notifyPending();
}

bool PagedTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    // New rows always go to the end: the database decides where they sort once saved.
    if (parent.isValid() || count < 1 || row != rowCount() || m_saving || !canAddRows())
        return false;
    QList<NewRow> rows;
    for (int i = 0; i < count; ++i)
        rows << NewRow { m_nextNewKey--, newRecord() };
    m_undo->push(new NewRowsCommand(
        this, rows, false, count == 1 ? tr("Add row") : tr("Add %n rows", nullptr, count)));
    return true;
}

int PagedTableModel::duplicateRow(int row)
{
    const QVariant record = currentRecord(row);
    if (!record.isValid() || m_saving || !canAddRows())
        return -1;
    m_undo->push(new NewRowsCommand(
        this, { NewRow { m_nextNewKey--, duplicateRecord(record) } }, false, tr("Duplicate row")));
    return rowCount() - 1;
}

void PagedTableModel::setReadOnly(const QString &reason)
{
    if (reason == m_readOnlyReason)
        return;
    m_readOnlyReason = reason;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {});
}

bool PagedTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_readOnlyReason.isEmpty()) {
        m_lastError = m_readOnlyReason;
        return false;
    }
    if (parent.isValid() || count < 1 || row < 0 || row + count > rowCount() || m_saving)
        return false;
    QList<PendingCommand::Entry> entries;
    QList<NewRow> dropped;
    for (int r = row; r < row + count; ++r) {
        if (r >= m_shownRows) {
            dropped << m_newRows.at(r - m_shownRows);
            continue;
        }
        const QVariant *loaded = loadedRecord(r);
        if (!loaded) {
            m_lastError = tr("Row %1 is not loaded yet; wait a moment and try again").arg(r + 1);
            return false;
        }
        if (recordDeleted(*loaded))
            continue; // already deleted in the database
        const qint64 id = recordId(*loaded);
        entries << PendingCommand::Entry { id, pendingOf(id),
            Pending { *loaded, *loaded, {}, PendingKind::Deleted } };
    }
    if (entries.isEmpty() && dropped.isEmpty())
        return false;
    const int total = int(entries.size() + dropped.size());
    const QString text = total == 1 ? tr("Delete row") : tr("Delete %n rows", nullptr, total);
    m_undo->beginMacro(text);
    if (!entries.isEmpty())
        m_undo->push(new PendingCommand(this, entries, text));
    if (!dropped.isEmpty())
        m_undo->push(new NewRowsCommand(this, dropped, true, text));
    m_undo->endMacro();
    return true;
}

bool PagedTableModel::restoreRows(const QList<int> &rows)
{
    if (!m_readOnlyReason.isEmpty()) {
        m_lastError = m_readOnlyReason;
        return false;
    }
    if (m_saving)
        return false;
    QList<PendingCommand::Entry> entries;
    for (int r : rows) {
        const QVariant *loaded = loadedRecord(r);
        if (!loaded || !recordDeleted(*loaded))
            continue;
        const qint64 id = recordId(*loaded);
        entries << PendingCommand::Entry { id, pendingOf(id),
            Pending { *loaded, *loaded, {}, PendingKind::Restored } };
    }
    if (entries.isEmpty())
        return false;
    m_undo->push(new PendingCommand(this, entries,
        entries.size() == 1 ? tr("Restore row") : tr("Restore %n rows", nullptr, int(entries.size()))));
    return true;
}

void PagedTableModel::revert()
{
    if (m_saving)
        return;
    QList<qint64> ids = m_pending.keys();
    m_pending.clear();
    for (qint64 id : std::as_const(ids))
        emitRowChanged(rowOfKey(id));
    if (!m_newRows.isEmpty()) {
        beginRemoveRows({}, m_shownRows, rowCount() - 1);
        m_newRows.clear();
        endRemoveRows();
    }
    m_undo->clear();
    notifyPending();
}

void PagedTableModel::save()
{
    if (m_saving || !hasPendingChanges())
        return;
    QList<Change> changes;
    QList<qint64> keys;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        changes << Change { it->state, it->state == PendingKind::Edited ? it->edited : it->original };
        keys << it.key();
    }
    for (const NewRow &r : std::as_const(m_newRows)) {
        changes << Change { PendingKind::Created, r.record };
        keys << r.key;
    }
    m_saving = true;
    Q_EMIT saveStarted();
    // Editing is closed while the save runs.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::EditRole });
    runJob<SaveOutcome>(makeSaveJob(changes),
        [this, changes, keys](const SaveOutcome &outcome) { saveFinished(outcome, changes, keys); });
}

void PagedTableModel::saveFinished(
    const SaveOutcome &outcome, const QList<Change> &changes, const QList<qint64> &keys)
{
    m_saving = false;
    if (!outcome.error.ok()) {
        const int index = outcome.error.batchIndex;
        const int row = index >= 0 && index < keys.size() ? rowOfKey(keys.at(index)) : -1;
        m_lastError = outcome.error.toString();
        qCInfo(lcModels) << "save refused:" << m_lastError;
        if (outcome.error.kind == ErrorKind::Conflict && index >= 0 && outcome.theirs.isValid())
            Q_EMIT saveConflict(changes.at(index).record, outcome.theirs, m_lastError);
        else
            Q_EMIT saveFailed(m_lastError, row);
        if (rowCount() > 0)
            Q_EMIT dataChanged(
                this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1), { Qt::EditRole });
        return;
    }
    // Stored: the rows now come from the database, in its order.
    m_pending.clear();
    if (!m_newRows.isEmpty()) {
        beginRemoveRows({}, m_shownRows, rowCount() - 1);
        m_newRows.clear();
        endRemoveRows();
    }
    m_undo->clear();
    notifyPending();
    Q_EMIT saved(int(changes.size()));
    refresh();
}

void PagedTableModel::resolveConflictKeepMine(const QVariant &theirs)
{
    const qint64 id = recordId(theirs);
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    if (it->state == PendingKind::Edited) {
        // My edited fields on top of their row: their other changes survive.
        QVariant rebased = theirs;
        for (int c : std::as_const(it->columns)) {
            Result<QVariant> r = withValue(rebased, c, recordValue(it->edited, c, Qt::EditRole));
            if (r)
                rebased = r.value();
        }
        *it = pendingFor(theirs, withVersion(rebased, recordVersion(theirs)), PendingKind::Edited);
    } else {
        it->original = theirs;
        it->edited = theirs;
    }
    m_undo->clear(); // older steps refer to the superseded version
    emitRowChanged(rowOfKey(id));
    notifyPending();
}

void PagedTableModel::resolveConflictTakeTheirs(const QVariant &theirs)
{
    const qint64 id = recordId(theirs);
    m_pending.remove(id);
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (QVariant &r : *it) {
            if (recordId(r) == id)
                r = theirs;
        }
    }
    m_undo->clear();
    emitRowChanged(rowOfKey(id));
    notifyPending();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnSpecs().size() || !columnSpecs().at(column).sortable)
        return;
    if (column == m_sortColumn && order == m_sortOrder && (m_countKnown || m_running > 0))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    ++m_generation;
    m_reportedError = false;
    forgetPages();
    // Rows now hold other records: selections on database rows would point at the wrong ones.
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    for (const QModelIndex &i : persistent)
        moved << (i.row() >= m_shownRows ? i : QModelIndex());
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (m_shownRows > 0)
        requestPage(0);
    updateLoading();
}

void PagedTableModel::forgetPages()
{
    m_pages.clear();
    m_pageKeys.clear();
    m_pageUse.clear();
    m_queued.clear();
    m_inFlight.clear();
}

void PagedTableModel::reload()
{
    ++m_generation;
    m_reportedError = false;
    forgetPages();
    if (m_shownRows > 0) {
        beginRemoveRows({}, 0, m_shownRows - 1);
        m_shownRows = 0;
        endRemoveRows();
    }
    m_countKnown = false;
    m_total = 0;
    requestPage(0);
    startCount();
}

void PagedTableModel::refresh()
{
    // Keep showing what is loaded until the fresh pages arrive: no flicker, no lost scroll position.
    ++m_generation;
    m_reportedError = false;
    m_inFlight.clear();
    QList<int> pages = m_pages.keys();
    std::sort(
        pages.begin(), pages.end(), [this](int a, int b) { return m_pageUse.value(a) < m_pageUse.value(b); });
    m_queued = pages;
    if (m_queued.isEmpty())
        m_queued << 0;
    startCount();
    pumpFetches();
}

void PagedTableModel::startCount()
{
    m_countRunning = true;
    const quint64 generation = ++m_countGeneration;
    runJob<Result<qint64>>(
        makeCountJob(), [this, generation](const Result<qint64> &r) { countArrived(generation, r); });
}

void PagedTableModel::countArrived(quint64 generation, const Result<qint64> &result)
{
    if (generation != m_countGeneration) {
        pumpFetches();
        return;
    }
    m_countRunning = false;
    if (!result) {
        m_lastError = result.error().toString();
        if (!std::exchange(m_reportedError, true))
            Q_EMIT errorOccurred(m_lastError);
    } else {
        m_countKnown = true;
        setTotal(result.value());
    }
    pumpFetches();
}

void PagedTableModel::setTotal(qint64 total)
{
    m_total = total;
    const int shown = int(qMin<qint64>(total, std::numeric_limits<int>::max() - 1000000));
    if (shown > m_shownRows) {
        beginInsertRows({}, m_shownRows, shown - 1);
        m_shownRows = shown;
        endInsertRows();
    } else if (shown < m_shownRows) {
        beginRemoveRows({}, shown, m_shownRows - 1);
        m_shownRows = shown;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (qint64(it.key()) * m_pageSize >= shown) {
                m_pageUse.remove(it.key());
                m_pageKeys.remove(it.key());
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
        endRemoveRows();
    }
    Q_EMIT totalCountChanged(total); // NOLINT(readability-misleading-indentation): a false positive after else-if
}

void PagedTableModel::requestPage(int page) const
{
    m_queued.removeOne(page);
    m_queued << page;
    while (m_queued.size() > kMaxQueuedPages)
        m_queued.removeFirst();
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        auto *self = const_cast<PagedTableModel *>(this);
        QMetaObject::invokeMethod(
            self,
            [self] {
                self->m_pumpScheduled = false;
                self->pumpFetches();
            },
            Qt::QueuedConnection);
    }
}

void PagedTableModel::pumpFetches()
{
    while (m_running < kWorkers && !m_queued.isEmpty()) {
        int page = 0;
        if (m_countKnown) {
            page = m_queued.takeLast(); // the most recent wish first: what is on screen now
        } else if (!m_queued.removeOne(0)) {
            break; // without the count only the first page can be placed; the rest wait for it
        }
        if (m_inFlight.contains(page))
            continue;
        const qint64 start = qint64(page) * m_pageSize;
        PageQuery query;
        query.sortKey = columnSpecs().at(m_sortColumn).key;
        query.order = m_sortOrder;
        query.offset = start;
        query.limit = m_pageSize;
        bool reversed = false;
        if (m_countKnown) {
            if (start >= m_total)
                continue;
            const qint64 end = qMin(start + m_pageSize, m_total);
            const Qt::SortOrder opposite
                = m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            // Next to a loaded page: continue from its key, which costs one page whatever the
            // position (OFFSET reads and drops every row it skips).
            if (std::optional<KeysetCursor> key = neighbourKey(page, true)) {
                query.after = key;
                query.offset = 0;
                query.limit = int(end - start);
            } else if ((key = neighbourKey(page, false))) {
                reversed = true;
                query.order = opposite;
                query.after = key;
                query.offset = 0;
                query.limit = int(end - start);
            } else if (start > m_total / 2) {
                // Past the middle, count from the end: OFFSET then skips the fewest rows.
                reversed = true;
                query.order = opposite;
                query.offset = m_total - end;
                query.limit = int(end - start);
            }
        }
        m_inFlight.insert(page);
        const quint64 generation = m_generation;
        runJob<Result<FetchedPage>>(
            makePageJob(query), [this, generation, page, reversed](const Result<FetchedPage> &r) {
                pageArrived(generation, page, r, reversed);
            });
    }
}

void PagedTableModel::pageArrived(
    quint64 generation, int page, const Result<FetchedPage> &result, bool reversed)
{
    if (generation != m_generation) {
        pumpFetches();
        return;
    }
    m_inFlight.remove(page);
    if (!result) {
        m_lastError = result.error().toString();
        if (!std::exchange(m_reportedError, true))
            Q_EMIT errorOccurred(m_lastError);
        pumpFetches();
        return;
    }
    QVariantList records = result->records;
    if (reversed)
        std::reverse(records.begin(), records.end());
    absorbExtra(result->extra);
    m_pages.insert(page, records);
    m_pageKeys.insert(page,
        PageKeys {
            generation, reversed ? result->last : result->first, reversed ? result->first : result->last });
    touch(page);
    const int first = page * m_pageSize;
    if (!m_countKnown && page == 0) {
        // The first screen, before the count: show these rows now, the rest when the count comes.
        if (records.size() < m_pageSize) {
            m_countKnown = true;
            setTotal(records.size());
        } else if (m_shownRows < records.size()) {
            beginInsertRows({}, m_shownRows, int(records.size()) - 1);
            m_shownRows = int(records.size());
            endInsertRows();
        }
    }
    const int last = qMin(first + int(records.size()), m_shownRows) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    evictPages();
    pumpFetches();
}

std::optional<KeysetCursor> PagedTableModel::neighbourKey(int page, bool previous) const
{
    const int neighbour = previous ? page - 1 : page + 1;
    const auto keys = m_pageKeys.constFind(neighbour);
    const auto rows = m_pages.constFind(neighbour);
    // Keys of an earlier query (refresh() keeps old pages on screen) may point at moved rows; and
    // only a full previous page ends where `page` starts.
    if (neighbour < 0 || keys == m_pageKeys.cend() || rows == m_pages.cend()
        || keys->generation != m_generation || rows->isEmpty() || (previous && rows->size() != m_pageSize))
        return std::nullopt;
    return previous ? keys->last : keys->first;
}

void PagedTableModel::touch(int page) const
{
    m_pageUse.insert(page, ++m_useClock);
}

void PagedTableModel::evictPages()
{
    while (m_pages.size() > m_maxPages) {
        int oldest = -1;
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            const quint64 use = m_pageUse.value(it.key());
            if (use < oldestUse) {
                oldestUse = use;
                oldest = it.key();
            }
        }
        m_pages.remove(oldest);
        m_pageUse.remove(oldest);
        m_pageKeys.remove(oldest);
    }
}

void PagedTableModel::emitRowChanged(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int PagedTableModel::rowOfKey(qint64 key) const
{
    if (key < 0) {
        for (qsizetype i = 0; i < m_newRows.size(); ++i) {
            if (m_newRows.at(i).key == key)
                return m_shownRows + int(i);
        }
        return -1;
    }
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (recordId(it->at(i)) == key) {
                const int row = it.key() * m_pageSize + int(i);
                return row < m_shownRows ? row : -1;
            }
        }
    }
    return -1;
}

void PagedTableModel::updateLoading()
{
    const bool loading = m_running > 0 || m_countRunning;
    if (loading != m_loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

void PagedTableModel::notifyPending()
{
    Q_EMIT pendingChanged(pendingChangeCount());
}

PagedTableModel::SaveJob PagedTableModel::makeSaveJob(const QList<Change> &changes) const
{
    Q_UNUSED(changes);
    return [] {
        SaveOutcome outcome;
        outcome.error = StorageError::make(ErrorKind::Permission, tr("This table is read-only"));
        return outcome;
    };
}

int PagedTableModel::recordVersion(const QVariant &record) const
{
    Q_UNUSED(record);
    return 0;
}

bool PagedTableModel::recordDeleted(const QVariant &record) const
{
    Q_UNUSED(record);
    return false;
}

Result<QVariant> PagedTableModel::withValue(const QVariant &record, int column, const QVariant &value) const
{
    Q_UNUSED(record);
    Q_UNUSED(column);
    Q_UNUSED(value);
    return StorageError::make(ErrorKind::Permission, tr("This table is read-only"));
}

QVariant PagedTableModel::newRecord() const
{
    return {};
}

QVariant PagedTableModel::duplicateRecord(const QVariant &record) const
{
    Q_UNUSED(record);
    return {};
}

QVariant PagedTableModel::withVersion(const QVariant &record, int version) const
{
    Q_UNUSED(version);
    return record;
}

QString PagedTableModel::displayText(const QVariant &record, int column) const
{
    return record.isValid() ? recordValue(record, column, Qt::DisplayRole).toString() : QString();
}

QString PagedTableModel::columnKey(int column) const
{
    return column >= 0 && column < columnSpecs().size() ? columnSpecs().at(column).key : QString();
}

PageRequest PagedTableModel::pageRequest(const PageQuery &query)
{
    PageRequest request;
    request.sortColumn = query.sortKey;
    request.order = query.order;
    request.offset = query.offset;
    request.limit = query.limit;
    request.after = query.after;
    return request;
}

} // namespace catalog
