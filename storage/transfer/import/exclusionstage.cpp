#include "transfer/import/exclusionstage_p.h"

#include "core/validator.h"
#include "transfer/import/importtally_p.h"
#include "transfer/import/productcomparison_p.h"

namespace catalog {

ExclusionStage::ExclusionStage(ConnectionManager &connections, const ImportExclusions &exclusions)
    : m_exclusions(exclusions)
    , m_stored(connections)
{
}

Result<QList<ImportRow>> ExclusionStage::apply(QList<ImportRow> rows, ImportTally &tally)
{
    if (m_exclusions.isEmpty())
        return rows;
    QList<ImportRow> kept;
    QStringList keeping;
    for (ImportRow &row : rows) {
        if (m_exclusions.skips(row.product.sourceId)) {
            tally.exclude();
            continue;
        }
        if (m_exclusions.fields.contains(row.product.sourceId))
            keeping << row.product.sourceId;
        kept << std::move(row);
    }
    if (keeping.isEmpty())
        return kept;
    const Result<QHash<QString, StoredProducts::Row>> stored = m_stored.read(keeping);
    if (!stored)
        return stored.error();
    QList<ImportRow> valid;
    for (ImportRow &row : kept) {
        const auto it = stored->constFind(row.product.sourceId);
        if (it != stored->cend()) { // a new product has nothing stored to keep
            const QSet<QString> fields = m_exclusions.keptFields(row.product.sourceId);
            keepStoredFields(row.product, it->product, fields);
            if (fields.contains(QStringLiteral("supplier_source_id")))
                row.supplier.reset();
            tally.keepFields(fields.size());
            if (const QList<FieldError> errors = validation::validateProduct(row.product);
                !errors.isEmpty()) {
                tally.reject(row, errors);
                continue;
            }
        }
        valid << std::move(row);
    }
    return valid;
}

} // namespace catalog
