#pragma once

#include "core/storageerror.h"
#include "transfer/import/productmapping_p.h"
#include "transfer/import/storedproducts_p.h"

#include <QList>

namespace catalog {

class ConnectionManager;
class ImportDiff;
class ImportTally;

// The last stage of ProductImporter::diffFile, in place of the write: per batch, reads the stored
// rows of its source_ids in one query and classifies each row as the upsert would (new, changed
// with its fields, unchanged), into the diff and the dry run's counts. Within a batch a repeated
// source_id takes its last row, as the upsert does. Used on the import's writing thread; database
// errors are returned.
class DiffStage
{
public:
    DiffStage(ConnectionManager &connections, ImportDiff &diff);

    StorageError add(const QList<ImportRow> &rows, ImportTally &tally);

private:
    StoredProducts m_stored;
    ImportDiff &m_diff;
};

} // namespace catalog
