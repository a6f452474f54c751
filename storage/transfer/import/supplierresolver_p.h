#pragma once

#include "core/storageerror.h"
#include "core/supplier.h"
#include "transfer/import/productmapping_p.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace catalog {

class ImportTally;
class SupplierRepository;

// The supplier stage of an import: merges the file's name/company/location into what is stored, so
// an import never clears a supplier's contact details or rating; a row naming a supplier only by
// source_id needs one that exists (else it is rejected). Remembers the suppliers it has read or
// written during this import and looks one up again only when a row would change it. Used on the
// import's writing thread; database errors are returned.
class SupplierResolver
{
public:
    struct Resolution
    {
        QList<ImportRow> rows; // the rows whose supplier exists or is about to be written
        QList<Supplier> writes; // the suppliers to upsert first (unchanged ones left out)
    };

    explicit SupplierResolver(SupplierRepository &suppliers);

    Result<Resolution> resolve(QList<ImportRow> rows, ImportTally &tally);
    // The suppliers as they were written (with the ids the upsert returned), for the next batches.
    void remember(const QList<Supplier> &written, const QHash<QString, qint64> &ids);
    // The stored id of a supplier this import has read or written, 0 when it does not know it.
    qint64 idOf(const QString &sourceId) const;

private:
    StorageError lookUp(const QList<ImportRow> &rows);
    QHash<QString, Supplier> merged(const QList<ImportRow> &rows) const;
    QList<ImportRow> keepResolvable(
        QList<ImportRow> rows, const QHash<QString, Supplier> &writes, ImportTally &tally) const;

    SupplierRepository &m_suppliers;
    QHash<QString, Supplier> m_known; // stored, as last read or written by this import
};

} // namespace catalog
