#include "transfer/import/batchwriter_p.h"

#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "transfer/import/importtally_p.h"

#include <QHash>

namespace catalog {

namespace {

// Rounds of rejecting the rows the database refuses and writing the rest again; a batch still
// refused after them fails the import (the database refuses something it does not pin on rows).
constexpr int kWriteRetries = 3;

} // namespace

BatchWriter::BatchWriter(
    ProductRepository &products, SupplierRepository &suppliers, SupplierResolver &resolver, bool dryRun)
    : m_products(products)
    , m_suppliers(suppliers)
    , m_resolver(resolver)
    , m_dryRun(dryRun)
{
}

StorageError BatchWriter::write(
    SupplierResolver::Resolution batch, const QSet<QString> &existing, ImportTally &tally)
{
    ProductImporter::Report &report = tally.report();
    if (m_dryRun) {
        for (const ImportRow &row : std::as_const(batch.rows))
            (existing.contains(row.product.sourceId) ? report.updated : report.inserted) += 1;
        // Later batches may name these suppliers by source_id alone: they would be stored by then.
        m_resolver.remember(batch.writes, {});
        return {};
    }
    if (batch.rows.isEmpty())
        return {};
    if (StorageError error = writeSuppliers(batch.writes, tally); !error.ok())
        return error;
    return writeProducts(std::move(batch.rows), tally);
}

// Transaction 1 of the batch: its suppliers.
StorageError BatchWriter::writeSuppliers(const QList<Supplier> &suppliers, ImportTally &tally)
{
    if (suppliers.isEmpty())
        return {};
    const Result<UpsertReport> written = m_suppliers.upsert(suppliers);
    if (!written)
        return written.error();
    tally.report().suppliersInserted += written->inserted;
    tally.report().suppliersUpdated += written->updated;
    m_resolver.remember(suppliers, written->ids);
    return {};
}

// Transaction 2: its products. Rows the database refuses on their own (named by the repository's
// FieldError::row) are rejected and the rest of the batch written again.
StorageError BatchWriter::writeProducts(QList<ImportRow> rows, ImportTally &tally)
{
    for (int attempt = 0;; ++attempt) {
        QList<Product> batch;
        batch.reserve(rows.size());
        for (const ImportRow &row : std::as_const(rows)) {
            batch << row.product;
            // Suppliers this import read or wrote need no look-up in the product upsert.
            if (Product &p = batch.last(); !p.supplierId && !p.supplierSourceId.isEmpty()) {
                if (const qint64 id = m_resolver.idOf(p.supplierSourceId); id > 0)
                    p.supplierId = id;
            }
        }
        // The product mapping validated every one of them on the reading thread.
        const Result<UpsertReport> written = m_products.upsert(batch, ProductRepository::Validation::Done);
        if (written) {
            tally.report().inserted += written->inserted;
            tally.report().updated += written->updated;
            tally.report().unchanged += written->unchanged;
            return {};
        }
        QHash<int, QList<FieldError>> byRow;
        for (const FieldError &e : written.error().fields) {
            if (e.row >= 0 && e.row < rows.size())
                byRow[e.row] << e;
        }
        if (written.error().kind != ErrorKind::Validation || byRow.isEmpty() || attempt > kWriteRetries)
            return written.error();
        QList<ImportRow> rest;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (byRow.contains(int(i)))
                tally.reject(rows.at(i), byRow.value(int(i)));
            else
                rest << std::move(rows[i]);
        }
        rows = std::move(rest);
        if (rows.isEmpty())
            return {};
    }
}

} // namespace catalog
