#pragma once

#include "core/storageerror.h"
#include "transfer/import/productmapping_p.h"
#include "transfer/import/storedproducts_p.h"

#include <QList>
#include <QSet>
#include <QString>

namespace catalog {

class ConnectionManager;
class ImportDiff;
class ImportTally;

// The last stage of ProductImporter::diffFile, in place of the write: per batch, reads the stored
// rows of its source_ids in one query and classifies each row as the upsert would (new, changed
// with its fields, unchanged), into the diff and the dry run's counts. Within a batch a repeated
// source_id takes its last row, as the upsert does. A source_id the file repeats is compared with
// the catalog, not with the file's earlier row the import will have written by then: the diff says
// so in a warning per repeat (the first 100, then how many more). Used on the import's writing
// thread; database errors are returned.
class DiffStage
{
public:
    DiffStage(ConnectionManager &connections, ImportDiff &diff);

    StorageError add(const QList<ImportRow> &rows, ImportTally &tally);
    // After the last batch: how many repeats were not listed one by one.
    void close(ImportTally &tally) const;

private:
    void noteRepeat(const ImportRow &row, ImportTally &tally);

    StoredProducts m_stored;
    ImportDiff &m_diff;
    QSet<QString> m_seen; // the file's source_ids so far
    qint64 m_repeats = 0;
};

} // namespace catalog
