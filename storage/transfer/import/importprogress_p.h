#pragma once

#include "transfer/productimporter.h"

namespace catalog {

// The caller's progress callback over an import's two passes, in bytes of the file: the check
// counts for the first tenth, the batches for the rest. Without a callback nothing cancels.
class ImportProgress
{
public:
    ImportProgress(const ProductImporter::Progress &progress, qint64 totalBytes);

    // During the check; false cancels (nothing has been written).
    bool checked(qint64 bytes) const;
    // After a batch; false cancels (the batches written so far stay).
    bool batchDone(qint64 rowsRead, qint64 bytesRead) const;

private:
    const ProductImporter::Progress &m_progress;
    qint64 m_totalBytes;
};

} // namespace catalog
