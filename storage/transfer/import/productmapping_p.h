#pragma once

#include "core/product.h"
#include "core/storageerror.h"
#include "core/supplier.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace catalog {

struct ImportRecord;

// One record of an import file as the catalog's product and supplier, with every reason it is to
// be rejected (none: it is valid and may be written).
struct ImportRow
{
    qint64 line = 0;
    Product product;
    std::optional<Supplier> supplier; // named with a name: to be created or updated
    QList<FieldError> errors;
    QStringList warnings; // what was changed to keep the row (e.g. line breaks folded in a title)
};

// Maps a record onto a Product (the SPEC's field names; the supplier as a nested object or as the
// flat supplier_* columns) and validates it as ProductRepository would: a row without errors needs
// no further validation before it is written. Line breaks and tabs in single-line text (titles,
// supplier names: crawled titles often carry them) are folded into one space, with a warning,
// rather than losing the row; other control characters still reject it. Pure; runs on the
// import's reading thread.
ImportRow mapImportRecord(const ImportRecord &record);

} // namespace catalog
