#include "transfer/import/supplierresolver_p.h"

#include "core/suppliercontact.h"
#include "repositories/supplierrepository.h"
#include "transfer/import/importtally_p.h"

#include <QCoreApplication>

namespace catalog {

namespace {

// Whether writing the file's details `b` over the stored supplier `a` would change nothing: contact
// fields and a rating the file leaves out keep their stored values.
bool sameSupplierDetails(const Supplier &a, const Supplier &b)
{
    return a.name == b.name && a.companyName == b.companyName && a.location == b.location
        && suppliercontact::merged(a.contactInfo, b.contactInfo) == a.contactInfo
        && (!b.rating || b.rating == a.rating);
}

} // namespace

SupplierResolver::SupplierResolver(SupplierRepository &suppliers)
    : m_suppliers(suppliers)
{
}

Result<SupplierResolver::Resolution> SupplierResolver::resolve(QList<ImportRow> rows, ImportTally &tally)
{
    if (StorageError error = lookUp(rows); !error.ok())
        return error;
    Resolution resolution;
    const QHash<QString, Supplier> writes = merged(rows);
    resolution.rows = keepResolvable(std::move(rows), writes, tally);
    for (auto it = writes.cbegin(); it != writes.cend(); ++it) {
        const auto stored = m_known.constFind(it.key());
        if (stored != m_known.cend() && sameSupplierDetails(*stored, *it))
            continue; // nothing to write
        resolution.writes << it.value();
    }
    return resolution;
}

void SupplierResolver::remember(const QList<Supplier> &written, const QHash<QString, qint64> &ids)
{
    for (Supplier supplier : written) {
        supplier.id = ids.value(supplier.sourceId, supplier.id);
        m_known.insert(supplier.sourceId, supplier);
    }
}

qint64 SupplierResolver::idOf(const QString &sourceId) const
{
    const auto it = m_known.constFind(sourceId);
    return it == m_known.cend() ? 0 : it->id;
}

// Reads the suppliers the rows name that this import has not seen, or would change.
StorageError SupplierResolver::lookUp(const QList<ImportRow> &rows)
{
    QSet<QString> wanted;
    for (const ImportRow &row : rows) {
        const QString &sid = row.product.supplierSourceId;
        if (sid.isEmpty())
            continue;
        const auto cached = m_known.constFind(sid);
        if (cached == m_known.cend() || (row.supplier && !sameSupplierDetails(*cached, *row.supplier)))
            wanted.insert(sid);
    }
    if (wanted.isEmpty())
        return {};
    const Result<QHash<QString, Supplier>> found
        = m_suppliers.bySourceIds(QStringList(wanted.cbegin(), wanted.cend()));
    if (!found)
        return found.error();
    for (const QString &sid : std::as_const(wanted)) {
        if (const auto stored = found->constFind(sid); stored != found->cend())
            m_known.insert(sid, *stored);
        else
            m_known.remove(sid);
    }
    return {};
}

// The suppliers the rows describe, merged into what is stored; the last row of the batch that
// describes a supplier wins.
QHash<QString, Supplier> SupplierResolver::merged(const QList<ImportRow> &rows) const
{
    QHash<QString, Supplier> writes;
    for (const ImportRow &row : rows) {
        const QString &sid = row.product.supplierSourceId;
        if (!sid.isEmpty() && row.supplier) {
            Supplier supplier = m_known.value(sid, Supplier {});
            supplier.sourceId = sid;
            supplier.name = row.supplier->name;
            supplier.companyName = row.supplier->companyName;
            supplier.location = row.supplier->location;
            supplier.contactInfo = suppliercontact::merged(supplier.contactInfo, row.supplier->contactInfo);
            if (row.supplier->rating)
                supplier.rating = row.supplier->rating;
            writes.insert(sid, supplier);
        }
    }
    return writes;
}

QList<ImportRow> SupplierResolver::keepResolvable(
    QList<ImportRow> rows, const QHash<QString, Supplier> &writes, ImportTally &tally) const
{
    QList<ImportRow> kept;
    for (ImportRow &row : rows) {
        const QString &sid = row.product.supplierSourceId;
        if (!sid.isEmpty() && !m_known.contains(sid) && !writes.contains(sid)) {
            tally.reject(row,
                { FieldError { QStringLiteral("supplier_source_id"),
                    QCoreApplication::translate("ProductImporter",
                        "no supplier has source_id \"%1\" and the row gives no supplier_name "
                        "to create it")
                        .arg(sid) } });
            continue;
        }
        kept << std::move(row);
    }
    return kept;
}

} // namespace catalog
