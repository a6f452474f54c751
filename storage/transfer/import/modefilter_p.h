#pragma once

#include "core/storageerror.h"
#include "transfer/import/productmapping_p.h"
#include "transfer/productimporter.h"

#include <QList>
#include <QSet>
#include <QString>

namespace catalog {

class ImportTally;
class ProductRepository;

// The mode stage of an import: which valid rows of a batch go on to be written under
// Options::mode. Upsert keeps every row; InsertOnly rejects a source_id that exists already or that
// the file has given before; SkipExisting leaves an existing source_id untouched (counted as
// skipped). Remembers the source_ids it let through (InsertOnly), so one filter serves one import.
// Used on the import's writing thread; database errors are returned.
class ModeFilter
{
public:
    struct Outcome
    {
        QList<ImportRow> rows; // the rows to write, in file order
        QSet<QString> existing; // of the batch's source_ids, those stored already (when looked up)
    };

    // products: where to look up which source_ids exist; nullptr only for keep().
    ModeFilter(ProductRepository *products, const ProductImporter::Options &options);

    // Looks up which source_ids exist (unless a real upsert, where the database counts) and keeps
    // the rows the mode lets through; the others are rejected or skipped in the tally.
    Result<Outcome> filter(QList<ImportRow> rows, ImportTally &tally);
    // The decision alone, given which source_ids exist.
    QList<ImportRow> keep(QList<ImportRow> rows, const QSet<QString> &existing, ImportTally &tally);
    // Whether filter() needs to know which source_ids exist: a dry run counts by them, and every
    // mode but Upsert decides by them.
    bool needsExisting() const;

private:
    ProductRepository *m_products;
    ProductImporter::Mode m_mode;
    bool m_dryRun;
    QSet<QString> m_insertedIds; // InsertOnly: a source_id may be inserted once per file
};

} // namespace catalog
