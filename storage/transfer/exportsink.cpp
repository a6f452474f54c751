#include "transfer/exportsink_p.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace catalog {

ExportSink::ExportSink(
    QSaveFile &file, QString path, qint64 total, int progressEvery, const ProductExporter::Progress &progress)
    : m_file(file)
    , m_path(std::move(path))
    , m_total(total)
    , m_progressEvery(qMax(1, progressEvery))
    , m_progress(progress)
{
    m_buffer.reserve(kChunk + 64 * 1024);
}

bool ExportSink::restart(const QByteArray &header)
{
    m_buffer.resize(0); // keeps the capacity
    m_rows = 0;
    m_bytes = 0;
    if (m_file.pos() > 0 && (!m_file.seek(0) || !m_file.resize(0)))
        return writeFailed(m_file.errorString());
    m_buffer += header;
    return true;
}

bool ExportSink::finish()
{
    if ((m_rows % m_progressEvery != 0 || m_rows == 0) && !report())
        return false;
    return writeBuffer();
}

bool ExportSink::writeBuffer()
{
    if (m_buffer.isEmpty())
        return true;
    if (m_file.write(m_buffer) != m_buffer.size())
        return writeFailed(m_file.errorString());
    m_bytes += m_buffer.size();
    m_buffer.resize(0);
    return true;
}

bool ExportSink::report()
{
    if (!m_progress || m_progress(m_rows, qMax(m_total, m_rows)))
        return true;
    m_error = StorageError::make(ErrorKind::Cancelled,
        QCoreApplication::translate("ProductExporter", "The export was cancelled; no file was written"));
    return false;
}

bool ExportSink::writeFailed(const QString &why)
{
    m_error = StorageError::make(ErrorKind::Internal,
        QCoreApplication::translate("ProductExporter", "Cannot write %1: %2").arg(m_path, why));
    return false;
}

} // namespace catalog
