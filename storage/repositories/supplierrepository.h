#pragma once

#include "core/historyentry.h"
#include "core/queryspec.h"
#include "core/storageerror.h"
#include "core/supplier.h"

#include <QHash>
#include <QList>

namespace catalog {

class ConnectionManager;
struct UpsertReport;

// Suppliers: CRUD with optimistic locking, soft delete, history, paged listings and batch
// upsert by source_id. product_count is maintained by the database and never written here.
// Same threading and error contract as ProductRepository.
class SupplierRepository
{
public:
    explicit SupplierRepository(ConnectionManager &connections);

    Result<Supplier> create(const Supplier &supplier);
    Result<Supplier> findById(qint64 id);
    Result<Supplier> findBySourceId(const QString &sourceId);
    Result<Supplier> update(const Supplier &supplier);
    // Refused while the supplier still has products that are not deleted.
    Result<Supplier> softDelete(qint64 id, int expectedVersion);
    Result<Supplier> restore(qint64 id, int expectedVersion);
    // Permanently removes a soft-deleted supplier that no product refers to.
    StorageError hardDelete(qint64 id);

    // Applies an editor's pending changes in one transaction (see ProductRepository::saveChanges).
    Result<QList<Supplier>> saveChanges(const QList<RecordChange<Supplier>> &changes);
    // Names of the given suppliers (deleted ones included), for showing a product's supplier.
    Result<QHash<qint64, QString>> names(const QList<qint64> &ids);
    // The given suppliers (deleted ones included), by id; ids that do not exist are left out.
    Result<QHash<qint64, Supplier>> byIds(const QList<qint64> &ids);
    // Suppliers by source_id (deleted ones included), one query per 500: for bulk imports.
    Result<QHash<QString, Supplier>> bySourceIds(const QStringList &sourceIds);

    Result<QList<HistoryEntry>> history(qint64 id);
    Result<Supplier> restoreVersion(qint64 id, qint64 historyId, int expectedVersion);

    Result<Page<Supplier>> list(const SupplierFilter &filter, const PageRequest &page);
    Result<qint64> count(const SupplierFilter &filter);
    // As ProductRepository's: the grid's count and the keys for jumping into a listing's middle.
    Result<RowCount> quickCount(const SupplierFilter &filter, int budgetMs);
    Result<PositionSample> positionSample(const SupplierFilter &filter, const PageRequest &order, qint64 stride);
    Result<PositionSample> estimatedPositions(const SupplierFilter &filter, const PageRequest &order);
    static const QStringList &sortColumns();

    Result<UpsertReport> upsert(const QList<Supplier> &suppliers);

    static Supplier fromJson(const QJsonObject &row);

private:
    Result<Supplier> writeState(qint64 id, int expectedVersion, bool toDeleted);
    Result<Supplier> applyOne(RecordChange<Supplier>::Kind kind, const Supplier &supplier);
    ConnectionManager &m_connections;
};

} // namespace catalog
