#pragma once

#include "core/storageerror.h"
#include "repositories/syncrecordrepository.h"
#include "transfer/productimporter.h"

#include <QElapsedTimer>

namespace catalog {

class ConnectionManager;

// The journal stage of an import: its sync_records row (operation "import") — started before the
// file is checked, progress after a batch at most every kProgressEveryMs (each write is a commit,
// which costs as much as a tenth of a batch), finished completed / cancelled / failed with the first
// 1000 errors in file order. A dry run writes no row: every call is then a no-op. Uses the calling
// thread's connection. Progress is best effort (a failed progress write does not stop the import);
// start() and finish() return their errors.
class ImportJournal
{
public:
    ImportJournal(ConnectionManager &connections, bool dryRun);

    // Sets report.syncRecordId.
    StorageError start(ProductImporter::Report &report);
    void progress(qint64 totalRecords, const ProductImporter::Report &report);
    // The import ends here with the report as it stands (completed or cancelled).
    StorageError finish(const ProductImporter::Report &report);
    // Cancelled while the file was checked: nothing was read into the database.
    StorageError finishCancelledCheck();
    // The import fails with `error`; recorded with the rows' errors so far. Returns `error`.
    StorageError fail(const StorageError &error, const ProductImporter::Report &report);

private:
    static constexpr qint64 kProgressEveryMs = 500;

    SyncRecordRepository m_records;
    bool m_dryRun;
    qint64 m_id = 0;
    QElapsedTimer m_sinceProgress; // invalid until the first progress write
};

} // namespace catalog
