#pragma once

#include "core/storageerror.h"
#include "transfer/import/supplierresolver_p.h"

#include <QList>
#include <QSet>
#include <QString>

namespace catalog {

class ImportTally;
class ProductRepository;
class SupplierRepository;

// The write stage of an import, per batch: its suppliers (unchanged ones are not written), then its
// products, as two transactions (the repositories each own theirs). Rows the database refuses on
// their own are rejected and the rest of the batch written again. A dry run only counts which
// rows would be inserted and which updated. Used on the import's writing thread; a database error
// that is not about single rows is returned, and the batch is then not written.
class BatchWriter
{
public:
    BatchWriter(
        ProductRepository &products, SupplierRepository &suppliers, SupplierResolver &resolver, bool dryRun);

    // existing: which of the rows' source_ids are stored (needed for a dry run only).
    StorageError write(SupplierResolver::Resolution batch, const QSet<QString> &existing, ImportTally &tally);

private:
    StorageError writeSuppliers(const QList<Supplier> &suppliers, ImportTally &tally);
    StorageError writeProducts(QList<ImportRow> rows, ImportTally &tally);

    ProductRepository &m_products;
    SupplierRepository &m_suppliers;
    SupplierResolver &m_resolver;
    bool m_dryRun;
};

} // namespace catalog
