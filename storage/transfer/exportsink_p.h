#pragma once

#include "core/storageerror.h"
#include "transfer/productexporter.h"

#include <QByteArray>

class QSaveFile;

namespace catalog {

// Where ProductExporter's rows go: a buffer of about a megabyte that is written to the QSaveFile
// when full, the row count, and the progress callback every `progressEvery` rows (returning false
// there cancels). The engine-specific readers append a row to buffer() and call rowDone().
// Not thread-safe; errors (a failed write, a cancel) come back through error().
class ExportSink
{
public:
    ExportSink(QSaveFile &file, QString path, qint64 total, int progressEvery,
        const ProductExporter::Progress &progress);

    // Back to an empty file that holds `header`: a read the connection manager retries starts over.
    bool restart(const QByteArray &header);
    QByteArray &buffer() { return m_buffer; }
    bool rowDone()
    {
        ++m_rows;
        if (m_buffer.size() >= kChunk && !writeBuffer())
            return false;
        return m_rows % m_progressEvery != 0 || report();
    }
    // Writes what is buffered and reports the final count (unless rowDone() just did).
    bool finish();

    qint64 rows() const { return m_rows; }
    qint64 bytes() const { return m_bytes; }
    const StorageError &error() const { return m_error; }

private:
    static constexpr qsizetype kChunk = 1 << 20;

    bool writeBuffer();
    bool report();
    bool writeFailed(const QString &why);

    QSaveFile &m_file;
    QString m_path;
    qint64 m_total;
    int m_progressEvery;
    const ProductExporter::Progress &m_progress;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    StorageError m_error;
};

} // namespace catalog
