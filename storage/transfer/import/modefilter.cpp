#include "transfer/import/modefilter_p.h"

#include "repositories/productrepository.h"
#include "transfer/import/importtally_p.h"

#include <QCoreApplication>

namespace catalog {

ModeFilter::ModeFilter(ProductRepository *products, const ProductImporter::Options &options)
    : m_products(products)
    , m_mode(options.mode)
    , m_dryRun(options.dryRun)
{
}

bool ModeFilter::needsExisting() const
{
    return m_dryRun || m_mode != ProductImporter::Mode::Upsert;
}

Result<ModeFilter::Outcome> ModeFilter::filter(QList<ImportRow> rows, ImportTally &tally)
{
    Outcome outcome;
    if (needsExisting()) {
        Q_ASSERT(m_products);
        QStringList ids;
        for (const ImportRow &row : rows)
            ids << row.product.sourceId;
        Result<QSet<QString>> found = m_products->existingSourceIds(ids);
        if (!found)
            return found.error();
        outcome.existing = std::move(found.value());
    }
    outcome.rows = keep(std::move(rows), outcome.existing, tally);
    return outcome;
}

QList<ImportRow> ModeFilter::keep(QList<ImportRow> rows, const QSet<QString> &existing, ImportTally &tally)
{
    QList<ImportRow> kept;
    for (ImportRow &row : rows) {
        const bool exists = existing.contains(row.product.sourceId);
        if (exists && m_mode == ProductImporter::Mode::InsertOnly) {
            tally.reject(row,
                { FieldError { QStringLiteral("source_id"),
                    QCoreApplication::translate(
                        "ModeFilter", "a product with source_id \"%1\" exists already (insert-only import)")
                        .arg(row.product.sourceId) } });
        } else if (m_mode == ProductImporter::Mode::InsertOnly
            && m_insertedIds.contains(row.product.sourceId)) {
            tally.reject(row,
                { FieldError { QStringLiteral("source_id"),
                    QCoreApplication::translate("ModeFilter",
                        "source_id \"%1\" appears more than once in the file (insert-only import)")
                        .arg(row.product.sourceId) } });
        } else if (exists && m_mode == ProductImporter::Mode::SkipExisting) {
            tally.skip();
        } else {
            if (m_mode == ProductImporter::Mode::InsertOnly)
                m_insertedIds.insert(row.product.sourceId);
            kept << std::move(row);
        }
    }
    return kept;
}

} // namespace catalog
