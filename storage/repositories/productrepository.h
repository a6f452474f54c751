#pragma once

#include "core/historyentry.h"
#include "core/product.h"
#include "core/queryspec.h"
#include "core/storageerror.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace catalog {

class ConnectionManager;

struct UpsertReport
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0; // rows whose values were already stored: not written, no history
    QHash<QString, qint64> ids; // SupplierRepository::upsert: source_id -> id of each row it wrote
};

// Products: single-row CRUD with optimistic locking, soft delete and history, paged listings
// with server-side filter and sort, and batch upsert by source_id.
//
// Every method is one unit of work on the calling thread's connection (see ConnectionManager),
// runs in its own transaction when it writes, and reports failures as a StorageError: invalid
// fields (Validation, with the field), a stale version (Conflict), a missing row (NotFound), or
// what the database said. Callable from any thread; the repository holds no state of its own.
class ProductRepository
{
public:
    explicit ProductRepository(ConnectionManager &connections);

    Result<Product> create(const Product &product);
    Result<Product> findById(qint64 id);
    Result<Product> findBySourceId(const QString &sourceId);
    // Writes all fields of `product`; product.version must be the version that was read.
    Result<Product> update(const Product &product);
    Result<Product> softDelete(qint64 id, int expectedVersion);
    Result<Product> restore(qint64 id, int expectedVersion);
    // Permanently removes a product that is already soft-deleted; its image rows go with it.
    StorageError hardDelete(qint64 id);

    // Applies an editor's pending changes in one transaction: all of them or none. Returns the
    // stored rows in the order of `changes`. A failure names the change (StorageError::batchIndex;
    // FieldError::row for validation), e.g. a Conflict when someone else saved that row meanwhile.
    Result<QList<Product>> saveChanges(const QList<RecordChange<Product>> &changes);

    Result<QList<HistoryEntry>> history(qint64 id);
    // Writes the values the product had before history entry `historyId` back as a new version.
    Result<Product> restoreVersion(qint64 id, qint64 historyId, int expectedVersion);

    Result<Page<Product>> list(const ProductFilter &filter, const PageRequest &page);
    Result<qint64> count(const ProductFilter &filter, CountMode mode = CountMode::Exact);
    static const QStringList &sortColumns();
    // The grid's count: exact when that takes at most budgetMs, else the planner's estimate.
    Result<RowCount> quickCount(const ProductFilter &filter, int budgetMs);
    // Keys at regular positions of a listing (PositionSample), for jumping into its middle by key:
    // exact (every stride-th row; one pass over the matching rows) or estimated (statistics, a sample).
    Result<PositionSample> positionSample(const ProductFilter &filter, const PageRequest &order, qint64 stride);
    Result<PositionSample> estimatedPositions(const ProductFilter &filter, const PageRequest &order);

    // Inserts new source_ids and updates existing ones, in one transaction: the whole batch or
    // nothing. Rows are validated first (errors name the row and field); products may name their
    // supplier by supplierSourceId. Within a batch a repeated source_id takes its last row.
    // Soft-deleted products are updated but stay deleted. Validation::Done skips the validation for
    // a caller that has just run validation::validateProduct on each of these very products (the
    // import does, on its reading thread); the database's constraints still apply.
    enum class Validation { Check, Done };
    Result<UpsertReport> upsert(const QList<Product> &products, Validation validation = Validation::Check);
    // Which of the given source_ids are stored (soft-deleted products included).
    Result<QSet<QString>> existingSourceIds(const QStringList &sourceIds);
    // Refreshes the database's statistics about products. Call it after a bulk import: until the
    // server re-analyzes the table on its own (PostgreSQL autovacuum, up to a minute or more later)
    // it plans with the row counts from before the import, and a listing page filtered by status
    // can then read and sort every matching row instead of stopping after one page.
    StorageError refreshStatistics();
    // Sets sync_status on the given products (one transaction); returns how many changed.
    Result<int> setSyncStatus(const QList<qint64> &ids, const QString &status);

    static Product fromJson(const QJsonObject &row); // a history snapshot back into a Product

private:
    Result<Product> writeState(qint64 id, int expectedVersion, bool toDeleted);
    ConnectionManager &m_connections;
};

} // namespace catalog
