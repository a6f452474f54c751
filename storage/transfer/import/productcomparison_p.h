#pragma once

#include "core/product.h"
#include "transfer/import/storedproducts_p.h"
#include "transfer/importdiff.h"

#include <QList>
#include <QSet>
#include <QString>

namespace catalog {

// The upsert's "changed" rule (ProductRepository: ON CONFLICT … DO UPDATE … WHERE any writable
// column IS DISTINCT FROM the stored one) in the client, field by field: NULL differs from an empty
// text, decimals compare by value (1.0 = 1.00), JSON as each engine compares it (PostgreSQL jsonb
// by value, so key order does not matter; SQLite by its compact text), the supplier by which
// supplier it is. `incoming` is the product as the import writes it, its supplier named by
// supplierSourceId. Pure functions.
QList<ImportDiff::FieldChange> compareWithStored(const StoredProducts::Row &stored, const Product &incoming);

// Puts the stored value of each of `fields` (ImportExclusions::fieldNames()) into `incoming`, so
// the upsert writes them back unchanged.
void keepStoredFields(Product &incoming, const Product &stored, const QSet<QString> &fields);

} // namespace catalog
