#include "transfer/import/batchreader_p.h"

#include "transfer/import/recordsource_p.h"

#include <QFile>

namespace catalog {

BatchReader::BatchReader(
    const QString &path, const FileShape &shape, const ProductImporter::Options &options, int batchSize)
    : m_path(path)
    , m_shape(shape)
    , m_options(options)
    , m_batchSize(batchSize)
    , m_thread([this] { run(); })
{
}

BatchReader::~BatchReader()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
    }
    m_changed.wakeAll();
    m_thread.join();
}

BatchReader::Batch BatchReader::take()
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.isEmpty())
        m_changed.wait(&m_mutex);
    Batch batch = m_queue.dequeue();
    m_changed.wakeAll();
    return batch;
}

bool BatchReader::put(Batch batch)
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.size() >= kAhead && !m_stop)
        m_changed.wait(&m_mutex);
    if (m_stop)
        return false;
    m_queue.append(std::move(batch));
    m_changed.wakeAll();
    return true;
}

void BatchReader::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        Batch failed;
        failed.last = true;
        failed.error = cannotOpen(m_path, file);
        put(std::move(failed));
        return;
    }
    RecordSource source(file, m_path, m_shape.format, m_shape.encoding, m_options);
    Batch batch;
    batch.error = source.start();
    batch.warnings = source.warnings();
    if (!batch.error.ok()) {
        batch.last = true;
        put(std::move(batch));
        return;
    }
    ImportRecord record;
    for (;;) {
        const bool more = source.next(record);
        if (more)
            batch.rows << mapImportRecord(record);
        if (!more || batch.rows.size() >= m_batchSize) {
            batch.bytesRead = source.bytesRead();
            batch.error = source.error(); // the file changed since it was checked
            batch.last = !more || !batch.error.ok();
            const bool last = batch.last;
            if (!put(std::move(batch)) || last)
                return;
            batch = Batch {};
        }
    }
}

} // namespace catalog
