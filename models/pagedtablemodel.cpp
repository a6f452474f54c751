#include "pagedtablemodel.h"

#include "config/runtimesettings.h"
#include "modelslog.h"
#include "newrowscommand.h"
#include "pendingcommand.h"
#include "statuscolors.h"

#include <QFont>
#include <QUndoStack>

#include <algorithm>
#include <limits>

namespace catalog {

namespace {

constexpr int kWorkers = 2; // one for the visible page, one for the count or the next page

} // namespace

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_jobs(kWorkers)
    , m_background(1)
    , m_undo(new QUndoStack(this))
    , m_pageTtl(std::chrono::seconds(RuntimeSettings::current().cacheTtlSeconds()))
{
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { notifyPending(); });
}

PagedTableModel::~PagedTableModel()
{
    // Jobs reference the subclass's connection manager, never the model's members; still, wait so
    // that no job outlives the model that started it.
    m_background.waitForDone();
    m_jobs.waitForDone();
}

template <typename R>
void PagedTableModel::runJob(std::function<R()> job, std::function<void(const R &)> done)
{
    m_jobs.run<R>(this, std::move(job), [this, done = std::move(done)](const R &result) {
        done(result);
        updateLoading();
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
    return parent.isValid() ? 0 : m_shownRows + int(m_edits.newRows().size());
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columnSpecs().size());
}

void PagedTableModel::setPageSize(int rows)
{
    m_cache.setPageSize(qBound(10, rows, 5000));
    reload();
}

void PagedTableModel::setMaxCachedPages(int pages)
{
    m_maxPages = qMax(3, pages);
    m_cache.evict(m_maxPages);
}

bool PagedTableModel::isIdle() const
{
    return m_countKnown && !m_countRunning && m_jobs.running() == 0 && m_fetchQueue.isEmpty()
        && !m_saving;
}

bool PagedTableModel::hasPendingChanges() const
{
    return !m_edits.isEmpty();
}

int PagedTableModel::pendingChangeCount() const
{
    return m_edits.count();
}

const QVariant *PagedTableModel::loadedRecord(int row) const
{
    return row < m_shownRows ? m_cache.record(row) : nullptr;
}

QVariant PagedTableModel::currentRecord(int row) const
{
    if (row >= m_shownRows && row < rowCount())
        return m_edits.newRows().at(row - m_shownRows).record;
    const QVariant *loaded = loadedRecord(row);
    if (!loaded)
        return {};
    const Pending *pending = m_edits.find(recordId(*loaded));
    return pending ? pending->edited : *loaded;
}

PagedTableModel::PendingKind PagedTableModel::pendingKind(int row) const
{
    if (row >= m_shownRows && row < rowCount())
        return PendingKind::Created;
    const QVariant *loaded = loadedRecord(row);
    if (!loaded)
        return PendingKind::None;
    const Pending *pending = m_edits.find(recordId(*loaded));
    return pending ? pending->state : PendingKind::None;
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
        requestPage(m_cache.pageOf(row));
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
    m_cache.touch(m_cache.pageOf(row));
    if (m_pageTtl.count() > 0 && m_cache.isOlderThan(m_cache.pageOf(row), m_pageTtl))
        requestPage(m_cache.pageOf(row)); // CACHE_TTL: shown as it is until the fresh copy arrives
    QVariant record = currentRecord(row);
    const PendingKind kind = pendingKind(row);
    const Pending *pending = loaded ? m_edits.find(recordId(*loaded)) : nullptr;
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
        entry.key = m_edits.newRows().at(row - m_shownRows).key;
        entry.before = Pending { {}, record, {}, PendingKind::Created };
        entry.after = Pending { {}, edited.value(), {}, PendingKind::Created };
    } else {
        const QVariant original = *loadedRecord(row);
        entry.key = recordId(original);
        entry.before = m_edits.stateOf(entry.key);
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

void PagedTableModel::applyPending(qint64 key, const std::optional<Pending> &state)
{
    m_edits.setState(key, state);
    emitRowChanged(rowOfKey(key));
    notifyPending();
}

void PagedTableModel::insertNewRows(const QList<NewRow> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_edits.appendNewRows(rows);
    endInsertRows();
    notifyPending();
}

void PagedTableModel::removeNewRows(const QList<int> &keys)
{
    for (int key : keys) {
        const int index = m_edits.newRowIndex(key);
        if (index < 0)
            continue;
        const int row = m_shownRows + index;
        beginRemoveRows({}, row, row);
        m_edits.removeNewRowAt(index);
        endRemoveRows();
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
        rows << NewRow { m_edits.takeNewKey(), newRecord() };
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
        this, { NewRow { m_edits.takeNewKey(), duplicateRecord(record) } }, false, tr("Duplicate row")));
    return rowCount() - 1;
}

void PagedTableModel::setReadOnly(const QString &reason)
{
    if (reason == m_readOnlyReason)
        return;
    m_readOnlyReason = reason;
    emitAllChanged({});
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
            dropped << m_edits.newRows().at(r - m_shownRows);
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
        entries << PendingCommand::Entry { id, m_edits.stateOf(id),
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
        entries << PendingCommand::Entry { id, m_edits.stateOf(id),
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
    const QList<qint64> ids = m_edits.clearEdits();
    for (qint64 id : ids)
        emitRowChanged(rowOfKey(id));
    if (!m_edits.newRows().isEmpty()) {
        beginRemoveRows({}, m_shownRows, rowCount() - 1);
        m_edits.clearNewRows();
        endRemoveRows();
    }
    m_undo->clear();
    notifyPending();
}

void PagedTableModel::save()
{
    if (m_saving || !hasPendingChanges())
        return;
    const PendingEdits::ChangeList pending = m_edits.changes();
    m_saving = true;
    Q_EMIT saveStarted();
    // Editing is closed while the save runs.
    emitAllChanged({ Qt::EditRole });
    runJob<SaveOutcome>(makeSaveJob(pending.changes),
        [this, pending](const SaveOutcome &outcome) { saveFinished(outcome, pending); });
}

void PagedTableModel::saveFinished(const SaveOutcome &outcome, const PendingEdits::ChangeList &stored)
{
    m_saving = false;
    if (!outcome.error.ok()) {
        reportSaveFailure(outcome, stored);
        return;
    }
    // Stored: the rows now come from the database, in its order; until the refreshed pages arrive
    // the saved rows show what was stored rather than what they held before.
    for (const QVariant &record : outcome.stored) {
        const qint64 id = recordId(record);
        const int row = rowOfKey(id);
        if (const QVariant *loaded = row >= 0 ? loadedRecord(row) : nullptr) {
            m_cache.replace(id, savedRecord(record, *loaded), [this](const QVariant &r) { return recordId(r); });
            emitRowChanged(row);
        }
    }
    m_edits.clearEdits();
    if (!m_edits.newRows().isEmpty()) {
        beginRemoveRows({}, m_shownRows, rowCount() - 1);
        m_edits.clearNewRows();
        endRemoveRows();
    }
    m_undo->clear();
    notifyPending();
    Q_EMIT saved(int(stored.changes.size()));
    refresh();
}

void PagedTableModel::reportSaveFailure(const SaveOutcome &outcome, const PendingEdits::ChangeList &stored)
{
    const int index = outcome.error.batchIndex;
    const int row = index >= 0 && index < stored.keys.size() ? rowOfKey(stored.keys.at(index)) : -1;
    m_lastError = outcome.error.toString();
    m_lastErrorKind = outcome.error.kind;
    qCInfo(lcModels) << "save refused:" << m_lastError;
    if (outcome.error.kind == ErrorKind::Conflict && index >= 0 && outcome.theirs.isValid())
        Q_EMIT saveConflict(stored.changes.at(index).record, outcome.theirs, m_lastError);
    else
        Q_EMIT saveFailed(m_lastError, row);
    emitAllChanged({ Qt::EditRole });
}

void PagedTableModel::emitAllChanged(const QList<int> &roles)
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
}

void PagedTableModel::resolveConflictKeepMine(const QVariant &theirs)
{
    const qint64 id = recordId(theirs);
    Pending *pending = m_edits.find(id);
    if (!pending)
        return;
    if (pending->state == PendingKind::Edited) {
        // My edited fields on top of their row: their other changes survive.
        QVariant rebased = theirs;
        for (int c : std::as_const(pending->columns)) {
            Result<QVariant> r = withValue(rebased, c, recordValue(pending->edited, c, Qt::EditRole));
            if (r)
                rebased = r.value();
        }
        *pending = pendingFor(theirs, withVersion(rebased, recordVersion(theirs)), PendingKind::Edited);
    } else {
        pending->original = theirs;
        pending->edited = theirs;
    }
    m_undo->clear(); // older steps refer to the superseded version
    emitRowChanged(rowOfKey(id));
    notifyPending();
}

void PagedTableModel::resolveConflictTakeTheirs(const QVariant &theirs)
{
    const qint64 id = recordId(theirs);
    m_edits.remove(id);
    m_cache.replace(id, theirs, [this](const QVariant &r) { return recordId(r); });
    m_undo->clear();
    emitRowChanged(rowOfKey(id));
    notifyPending();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnSpecs().size() || !columnSpecs().at(column).sortable)
        return;
    if (column == m_sortColumn && order == m_sortOrder && (m_countKnown || m_jobs.running() > 0))
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
    m_listing.start();
    updateLoading();
}

void PagedTableModel::forgetPages()
{
    m_cache.clear();
    m_fetchQueue.clear();
    m_listing.clear();
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
    m_totalEstimated = false;
    m_total = 0;
    requestPage(0);
    startCount();
}

void PagedTableModel::refresh()
{
    // Keep showing what is loaded until the fresh pages arrive: no flicker, no lost scroll position.
    ++m_generation;
    m_reportedError = false;
    m_fetchQueue.restart(m_cache.pagesByUse());
    if (m_fetchQueue.isEmpty())
        m_fetchQueue.want(0);
    // Rows may have moved: the index is read again after the count (the old one serves meanwhile).
    m_listing.invalidate();
    startCount();
    pumpFetches();
}

void PagedTableModel::startCount()
{
    m_countRunning = true;
    const quint64 generation = ++m_countGeneration;
    runJob<Result<RowCount>>(
        makeQuickCountJob(), [this, generation](const Result<RowCount> &r) { countArrived(generation, r); });
}

void PagedTableModel::refineCount()
{
    if (!m_totalEstimated || m_countRunning)
        return;
    m_countRunning = true;
    const quint64 generation = ++m_countGeneration;
    runJob<Result<RowCount>>(PagedTableModel::makeQuickCountJob(),
        [this, generation](const Result<RowCount> &r) { countArrived(generation, r); });
}

void PagedTableModel::countArrived(quint64 generation, const Result<RowCount> &result)
{
    if (generation != m_countGeneration) {
        pumpFetches();
        return;
    }
    m_countRunning = false;
    if (!result) {
        m_lastError = result.error().toString();
        m_lastErrorKind = result.error().kind;
        if (!std::exchange(m_reportedError, true))
            Q_EMIT errorOccurred(m_lastError);
    } else {
        const bool refined = m_totalEstimated && !result->estimated;
        m_countKnown = true;
        m_totalEstimated = result->estimated;
        if (refined) // pages counted back from the estimated end move
            m_listing.dropPages([](const PageCache::PageKeys &k) { return !k.exact; });
        setTotal(result->rows);
        m_listing.start();
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
        m_cache.dropFrom(shown);
        endRemoveRows();
    }
    Q_EMIT totalCountChanged(total); // NOLINT(readability-misleading-indentation): a false positive after else-if
}

void PagedTableModel::requestPage(int page) const
{
    m_fetchQueue.want(page);
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
    while (m_jobs.running() < m_jobs.maxWorkers()) {
        const std::optional<int> next = m_fetchQueue.takeNext(m_countKnown);
        if (!next)
            break; // nothing wished, or (without the count) only pages that wait for the first one
        const int page = *next;
        if (m_fetchQueue.isInFlight(page) || (m_countKnown && qint64(page) * pageSize() >= m_total))
            continue;
        // Wished for while it was being read, and arrived before this pump: loaded and fresh.
        if (m_cache.keysOf(page, m_generation) && !(m_pageTtl.count() > 0 && m_cache.isOlderThan(page, m_pageTtl)))
            continue;
        const Placement placement = m_listing.place(page);
        if (placement.deferred)
            continue;
        PageQuery query;
        query.sortKey = columnSpecs().at(m_sortColumn).key;
        query.order = placement.reversed == (m_sortOrder == Qt::AscendingOrder) ? Qt::DescendingOrder
                                                                               : Qt::AscendingOrder;
        query.offset = placement.offset;
        query.limit = placement.limit;
        query.after = placement.after;
        m_fetchQueue.started(page);
        const quint64 generation = m_generation;
        runJob<Result<FetchedPage>>(
            makePageJob(query), [this, generation, page, placement](const Result<FetchedPage> &r) {
                pageArrived(generation, page, r, placement);
            });
    }
}

void PagedTableModel::pageArrived(
    quint64 generation, int page, const Result<FetchedPage> &result, const Placement &placement)
{
    const bool reversed = placement.reversed;
    if (generation != m_generation) {
        pumpFetches();
        return;
    }
    m_fetchQueue.finished(page);
    if (!result) {
        m_lastError = result.error().toString();
        m_lastErrorKind = result.error().kind;
        if (!std::exchange(m_reportedError, true))
            Q_EMIT errorOccurred(m_lastError);
        pumpFetches();
        return;
    }
    QVariantList records = result->records;
    if (reversed)
        std::reverse(records.begin(), records.end());
    absorbExtra(result->extra);
    const PageCache::PageKeys keys { generation, reversed ? result->last : result->first,
        reversed ? result->first : result->last, placement.exact, placement.anchor };
    m_cache.insert(page, records, keys);
    m_cache.touch(page);
    m_listing.joinRuns(page, keys);
    const int first = page * pageSize();
    if (!m_countKnown && page == 0) {
        // The first screen, before the count: show these rows now, the rest when the count comes.
        if (records.size() < pageSize()) {
            m_countKnown = true;
            setTotal(records.size());
        } else if (m_shownRows < records.size()) {
            beginInsertRows({}, m_shownRows, int(records.size()) - 1);
            m_shownRows = int(records.size());
            endInsertRows();
        }
    }
    if (const std::optional<qint64> end = m_listing.endFound(page, placement, records.size())) {
        m_totalEstimated = false;
        setTotal(*end);
    }
    const int last = qMin(first + int(records.size()), m_shownRows) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    m_cache.evict(m_maxPages);
    pumpFetches();
}

void PagedTableModel::emitRowChanged(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int PagedTableModel::rowOfKey(qint64 key) const
{
    if (key < 0) {
        const int index = m_edits.newRowIndex(key);
        return index < 0 ? -1 : m_shownRows + index;
    }
    const int row = m_cache.rowOf(key, [this](const QVariant &r) { return recordId(r); });
    return row < m_shownRows ? row : -1;
}

void PagedTableModel::updateLoading()
{
    const bool loading = m_jobs.running() > 0 || m_countRunning;
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

Result<QVariant> PagedTableModel::withValue(const QVariant &record, int column, const QVariant &value) const
{
    Q_UNUSED(record);
    Q_UNUSED(column);
    Q_UNUSED(value);
    return StorageError::make(ErrorKind::Permission, tr("This table is read-only"));
}

PagedTableModel::HistoryJob PagedTableModel::makeHistoryJob(qint64 id) const
{
    Q_UNUSED(id);
    return [] { return Result<QList<HistoryEntry>>(QList<HistoryEntry> {}); };
}

PagedTableModel::RestoreJob PagedTableModel::makeRestoreJob(qint64 id) const
{
    Q_UNUSED(id);
    return [](qint64) { return StorageError::make(ErrorKind::Permission, tr("This table has no history")); };
}

QString PagedTableModel::displayText(const QVariant &record, int column) const
{
    return record.isValid() ? recordValue(record, column, Qt::DisplayRole).toString() : QString();
}

QString PagedTableModel::columnKey(int column) const
{
    return column >= 0 && column < columnSpecs().size() ? columnSpecs().at(column).key : QString();
}


} // namespace catalog
