#pragma once

#include "core/historyentry.h"
#include "core/queryspec.h"
#include "core/storageerror.h"
#include "jobpool.h"
#include "pagecache.h"
#include "pagefetchqueue.h"
#include "pendingedits.h"
#include "longlisting.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

#include <functional>
#include <optional>

class QUndoStack;

namespace catalog {

// A table over a repository that may hold millions of rows, for a QTableView.
//
// Rows are loaded lazily, a page at a time, around what the view asks for: data() on a row whose
// page is not loaded returns a placeholder and queues a fetch. Fetches run on the model's own
// thread pool (each worker has its own database connection through the ConnectionManager), never
// on the GUI thread; results come back as queued calls and are dropped when the query changed
// meanwhile. At most maxCachedPages pages are kept (least recently used go first). The total
// count is fetched too, so rowCount() and the scrollbar are true; pages past the middle of the
// table are read in reverse order so that the end of a large table is as quick to reach as its
// start. A page next to a loaded one continues from that page's first or last key (when the
// subclass's pages carry keys) instead of skipping rows with OFFSET, so scrolling stays as quick in
// the middle of a million rows as at either end. Sorting and filtering are done by the database.
//
// Ten million rows: the count is exact when the database can count within kCountBudgetMs, else the
// planner's estimate (isTotalEstimated(); refineCount() asks for the exact count in the background).
// A jump far into a long listing (dragging the scrollbar) reads by key from a PositionIndex: at
// once from an estimated key (PostgreSQL's column statistics), and exactly once the index's
// background pass over the sort order has arrived. What is exact and what is approximate:
// - the rows of every page are always a true, contiguous part of the sorted order, and scrolling
//   on from any page continues it without a gap or a repeat (each neighbour is read by key);
// - a page's row numbers are exact when it was read by offset from the start, through the exact
//   index, from the end with an exact count, or as a neighbour of such a page. Read from an
//   estimated key (or from the end while the count is estimated) they are approximate
//   (isRowPositionExact() false): the rows shown at "row 5,000,000" may really be a few thousand
//   rows earlier or later. When two runs of pages read from different places meet, the older run
//   is dropped and read again from the newer one, so no seam shows; when the exact index or the
//   exact count arrives, approximate pages are read again exactly.
//
// Editing: setData() never writes to the database. It validates the value (refused values make
// setData() return false and editRejected() say why), then pushes an undoable command onto
// undoStack(); the change stays pending (PendingRole) until save() applies all pending changes
// — edits, new rows, deletions and restores — in one transaction, or revert() drops them.
// A save that meets a row changed by someone else emits saveConflict() with both versions.
//
// The parts: JobPool runs the jobs, PageCache holds the loaded pages, PageFetchQueue the pages
// still to read, PendingEdits the unsaved changes (changed through PendingCommand and
// NewRowsCommand on the undo stack).
//
// Subclasses describe the record type (held in QVariants), its columns, and create the jobs that
// read and write it (RecordTableModel does most of that for a versioned repository). Jobs are
// closures built on the GUI thread that capture copies of what they need (filter, sort), so they
// can run on a worker while the model moves on.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Roles beyond Qt's own.
    enum Role {
        RecordIdRole = Qt::UserRole + 1, // qint64 id of the row's record; 0 for a pending new row
        RecordRole, // the record itself (a QVariant holding the subclass's record type), with pending edits
        PendingRole, // bool: the row has unsaved changes (edit, new, delete or restore)
        LoadedRole, // bool: the row's page is loaded (false while the placeholder is shown)
        ColumnKeyRole, // QString: the column's database name
    };
    Q_ENUM(Role)

    using PendingKind = PendingEdits::Kind;
    // One pending change as save() hands it to the subclass's save job.
    using Change = PendingEdits::Change;
    // What a save job reports: the stored records in the order of the changes, or the error and,
    // for a conflict, the row as it is stored now.
    struct SaveOutcome
    {
        StorageError error;
        QVariantList stored;
        QVariant theirs;
    };
    using SaveJob = std::function<SaveOutcome()>;
    // History of one record, and writing one of its versions back (see HistoryDialog); they run on
    // a worker thread.
    using HistoryJob = std::function<Result<QList<HistoryEntry>>()>;
    using RestoreJob = std::function<StorageError(qint64 historyId)>;

    ~PagedTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Marks rows for deletion (or, for pending new rows, drops them); undoable, pending until save().
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    // Appends pending new rows with default values.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;

    QUndoStack *undoStack() const { return m_undo; }
    int pageSize() const { return m_cache.pageSize(); }
    void setPageSize(int rows);
    int maxCachedPages() const { return m_maxPages; }
    void setMaxCachedPages(int pages);
    // A loaded page older than this is read again when a view next asks for one of its rows
    // (CACHE_TTL; 0: never). Defaults to the setting.
    void setPageTimeToLive(std::chrono::milliseconds ttl) { m_pageTtl = ttl; }
    int cachedPageCount() const { return m_cache.pageCount(); }

    // The total count is known and no fetch is running or queued.
    bool isIdle() const;
    bool hasPendingChanges() const;
    int pendingChangeCount() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    QString lastError() const { return m_lastError; }
    // What kind of failure the last failed save, page or count was (ConnectionLost: the server is
    // unreachable; DiskFull; ...).
    ErrorKind lastErrorKind() const { return m_lastErrorKind; }
    qint64 totalCount() const { return m_total; }
    // The total is the planner's estimate ("about 10,000,000"), not an exact count.
    bool isTotalEstimated() const { return m_totalEstimated; }
    // The row's page was placed exactly (see the class comment); rows not loaded count as exact.
    bool isRowPositionExact(int row) const { return row >= m_shownRows || m_cache.isExact(row); }
    // Jumps into the listing are exact now: the exact position index has arrived, or none is
    // needed (a short listing, or a sort column that cannot be read by key).
    bool isPositionIndexReady() const { return m_listing.isReady(); }
    // How long the first count may take before the estimate is shown instead.
    static constexpr int kCountBudgetMs = 100;

    // Appends a pending copy of `row` (source_id and other unique fields adjusted by the subclass).
    int duplicateRow(int row);
    // Marks soft-deleted rows for restoring; pending until save().
    bool restoreRows(const QList<int> &rows);
    PendingKind pendingKind(int row) const;
    // The unsaved changes themselves, read-only (PendingReview lists them before a save).
    const PendingEdits &pendingEdits() const { return m_edits; }
    // The column's text for any record of this model (e.g. to show two versions side by side).
    QString displayText(const QVariant &record, int column) const;
    QString columnKey(int column) const;
    bool canAddRows() const { return m_readOnlyReason.isEmpty() && newRecord().isValid(); }
    // The database would refuse writes (the role may only read, the server is a standby, the file
    // is read-only): nothing is editable, rows cannot be added, removed or restored, and attempts
    // are refused with `reason` (lastError()). An empty reason makes the model editable again.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Whether records keep a history; the defaults have none (an empty list, a refused restore).
    virtual bool hasHistory() const { return false; }
    virtual HistoryJob makeHistoryJob(qint64 id) const;
    virtual RestoreJob makeRestoreJob(qint64 id) const;
    // The model's worker threads, to run its history jobs on: they close their connections when
    // the model goes, before its ConnectionManager does.
    QThreadPool &workers() { return m_jobs.threads(); }

public Q_SLOTS:
    // Applies all pending changes in one transaction, off the GUI thread; saved() or saveFailed()/
    // saveConflict() reports the outcome.
    void save();
    // Drops all pending changes.
    void revert() override;
    // Reloads the count and the loaded pages, keeping pending changes.
    void refresh();
    // The interface language changed: the column titles are built again and the views told that
    // every header and text is to be read anew (pending edits and loaded pages stay).
    void retranslate()
    {
        m_columns.clear();
        const int columns = columnCount();
        if (columns == 0)
            return;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (const int rows = rowCount(); rows > 0)
            Q_EMIT dataChanged(
                index(0, 0), index(rows - 1, columns - 1), { Qt::DisplayRole, Qt::ToolTipRole });
    }
    // Counts exactly in the background when the total is an estimate.
    void refineCount();
    // After a saveConflict(): keep my values and overwrite the other change on the next save,
    // or drop my change and take the stored row.
    void resolveConflictKeepMine(const QVariant &theirs);
    void resolveConflictTakeTheirs(const QVariant &theirs);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void errorOccurred(const QString &message);
    void editRejected(const QModelIndex &index, const QString &reason);
    void pendingChanged(int pendingCount);
    void saveStarted();
    void saved(int changes);
    void saveFailed(const QString &message, int row);
    void saveConflict(const QVariant &mine, const QVariant &theirs, const QString &message);

protected:
    explicit PagedTableModel(QObject *parent = nullptr);

    struct ColumnSpec
    {
        QString key; // database column name: used for sorting and for field errors
        QString title; // already translated
        bool editable = false;
        bool sortable = true;
    };

    // A page of records as a job returns it; `extra` is handed to absorbExtra() on the GUI thread
    // (e.g. names of the suppliers the rows refer to).
    // first/last: keys of the first and last record in the order of the query (optional; without
    // them neighbouring pages are read by offset).
    struct FetchedPage
    {
        QVariantList records;
        QVariant extra;
        std::optional<KeysetCursor> first;
        std::optional<KeysetCursor> last;
    };
    // Either offset or after (rows following that key in `order`) places the page.
    struct PageQuery
    {
        QString sortKey;
        Qt::SortOrder order = Qt::AscendingOrder;
        qint64 offset = 0;
        int limit = 100;
        std::optional<KeysetCursor> after;
    };

    // The repositories' PageRequest for a query (for jobs over ProductRepository/SupplierRepository::list).
    static PageRequest pageRequest(const PageQuery &query)
    {
        return PageRequest { query.sortKey, query.order, query.limit, query.offset, query.after };
    }

    using CountJob = std::function<Result<qint64>()>;
    using QuickCountJob = std::function<Result<RowCount>()>;
    using PageJob = std::function<Result<FetchedPage>()>;
    using PositionJob = std::function<Result<PositionSample>()>;

    // Subclass interface. Jobs run on worker threads: they must capture copies and use only
    // thread-safe things (repositories over the ConnectionManager).
    virtual QList<ColumnSpec> columns() const = 0;
    virtual CountJob makeCountJob() const = 0;
    virtual PageJob makePageJob(const PageQuery &query) const = 0;
    // The count shown first: exact within kCountBudgetMs, else estimated. The default counts exactly.
    virtual QuickCountJob makeQuickCountJob() const
    {
        CountJob exact = makeCountJob();
        return [exact]() -> Result<RowCount> {
            const Result<qint64> rows = exact();
            return rows ? Result<RowCount>(RowCount { rows.value(), false }) : Result<RowCount>(rows.error());
        };
    }
    // Keys of the order of `order` (sortKey, order) at every stride-th row, or (stride 0) estimated
    // from statistics (see PositionIndex). None by default: long listings are read by offset.
    virtual PositionJob makePositionJob(const PageQuery & /*order*/, qint64 /*stride*/) const { return {}; }
    virtual void absorbExtra(const QVariant &extra) { Q_UNUSED(extra); }
    virtual qint64 recordId(const QVariant &record) const = 0;
    virtual QVariant recordValue(const QVariant &record, int column, int role) const = 0;
    // Editing; the defaults make a read-only model.
    virtual SaveJob makeSaveJob(const QList<Change> &changes) const;
    virtual int recordVersion(const QVariant & /*record*/) const { return 0; }
    virtual bool recordDeleted(const QVariant & /*record*/) const { return false; }
    // Returns the record with `value` in `column`, or an error message for the operator.
    virtual Result<QVariant> withValue(const QVariant &record, int column, const QVariant &value) const;
    virtual QVariant newRecord() const { return {}; } // invalid: rows cannot be added
    virtual QVariant duplicateRecord(const QVariant & /*record*/) const { return {}; }
    // Same record with another version number (after a conflict: overwrite the newer row).
    virtual QVariant withVersion(const QVariant &record, int /*version*/) const { return record; }
    // A saved record as its row shows it until the refreshed page arrives; `loaded` is the row's
    // record from before the save (what the save job could not read back may be kept from it).
    virtual QVariant savedRecord(const QVariant &stored, const QVariant & /*loaded*/) const { return stored; }

    // For subclasses when their filter changes: forget every row and load again.
    void reload();
    const QList<ColumnSpec> &columnSpecs() const;

private:
    friend class PendingCommand;
    friend class NewRowsCommand;
    friend class LongListing;
    using Pending = PendingEdits::Pending;
    using NewRow = PendingEdits::NewRow;

    const QVariant *loadedRecord(int row) const;
    QVariant currentRecord(int row) const; // with pending edits, or invalid when not loaded
    using Placement = LongListing::Placement;
    void requestPage(int page) const;
    void pumpFetches();
    void startCount();
    void pageArrived(quint64 generation, int page, const Result<FetchedPage> &result, const Placement &placement);
    void countArrived(quint64 generation, const Result<RowCount> &result);

    void setTotal(qint64 total);
    void forgetPages();
    void emitRowChanged(int row);
    int rowOfKey(qint64 key) const; // key: record id (>0) or new row key (<0)
    void updateLoading();
    void notifyPending();
    // Command back ends: apply a value or state to the row with this key.
    void applyPending(qint64 key, const std::optional<Pending> &state);
    Pending pendingFor(const QVariant &original, const QVariant &edited, PendingKind state) const;
    void insertNewRows(const QList<NewRow> &rows);
    void removeNewRows(const QList<int> &keys);
    void saveFinished(const SaveOutcome &outcome, const PendingEdits::ChangeList &stored);
    void reportSaveFailure(const SaveOutcome &outcome, const PendingEdits::ChangeList &stored);
    void emitAllChanged(const QList<int> &roles);
    template <typename R> void runJob(std::function<R()> job, std::function<void(const R &)> done);

    JobPool m_jobs;
    // The position index's pass over a long listing, which may take seconds: never in the way of
    // the pages, and not what "loading" means. Its thread starts only for a long listing.
    JobPool m_background;
    QUndoStack *m_undo = nullptr;
    std::chrono::milliseconds m_pageTtl;
    mutable QList<ColumnSpec> m_columns;
    int m_maxPages = 60;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0; // of the page query: a new filter or sort drops older pages
    quint64 m_countGeneration = 0; // of the count query: only a new filter (or refresh) drops it
    qint64 m_total = 0; // rows in the database for the current query
    int m_shownRows = 0; // database rows the model currently exposes
    bool m_countKnown = false;
    bool m_countRunning = false;
    bool m_loading = false;
    bool m_saving = false;
    QString m_readOnlyReason;
    QString m_lastError;
    ErrorKind m_lastErrorKind = ErrorKind::None;

    PageCache m_cache;
    mutable PageFetchQueue m_fetchQueue;
    mutable bool m_pumpScheduled = false;
    bool m_reportedError = false; // one errorOccurred() per query, not one per page

    bool m_totalEstimated = false;
    LongListing m_listing { *this };

    PendingEdits m_edits;
};

} // namespace catalog
