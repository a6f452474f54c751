#pragma once

#include "core/storageerror.h"
#include "transfer/import/productmapping_p.h"
#include "transfer/import/storedproducts_p.h"
#include "transfer/importexclusions.h"

#include <QList>

namespace catalog {

class ConnectionManager;
class ImportTally;

// The operator's stage of an import (ProductImporter::Options::exclusions), run on each batch's
// valid rows before the mode: drops the products to leave alone (counted as excluded) and puts
// the stored value of each kept field into the rest, read in one query per batch, so the upsert
// writes it back unchanged. A kept supplier also leaves the file's supplier details unwritten. A
// product that keeping stored values makes invalid (a kept price_min above the file's price_max)
// is rejected with the reason. Used on the import's writing thread; database errors are returned.
class ExclusionStage
{
public:
    ExclusionStage(ConnectionManager &connections, const ImportExclusions &exclusions);

    Result<QList<ImportRow>> apply(QList<ImportRow> rows, ImportTally &tally);

private:
    ImportExclusions m_exclusions;
    StoredProducts m_stored;
};

} // namespace catalog
