#include "transfer/import/importprogress_p.h"

namespace catalog {

ImportProgress::ImportProgress(const ProductImporter::Progress &progress, qint64 totalBytes)
    : m_progress(progress)
    , m_totalBytes(totalBytes)
{
}

bool ImportProgress::checked(qint64 bytes) const
{
    return !m_progress || m_progress(0, bytes / 10, m_totalBytes);
}

bool ImportProgress::batchDone(qint64 rowsRead, qint64 bytesRead) const
{
    const qint64 done = m_totalBytes / 10 + qMin(bytesRead, m_totalBytes) * 9 / 10;
    return !m_progress || m_progress(rowsRead, done, m_totalBytes);
}

} // namespace catalog
