#pragma once

#include "core/storageerror.h"
#include "transfer/import/filecheck_p.h"
#include "transfer/import/productmapping_p.h"
#include "transfer/productimporter.h"

#include <QList>
#include <QMutex>
#include <QQueue>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <thread>

namespace catalog {

// The read/validate stage of an import: reads, parses, maps and validates the records of a checked
// file on a thread of its own (started by the constructor, stopped and joined by the destructor),
// up to two batches ahead of the writing: while one batch is written, the next ones are read.
// take() is called from one other thread. A file that cannot be read as it was when checked ends
// the batches with Batch::error.
class BatchReader
{
public:
    struct Batch
    {
        QList<ImportRow> rows; // each with its errors, if any
        qint64 bytesRead = 0; // of the file, behind these rows
        bool last = false; // nothing follows (the end of the file, or an error)
        StorageError error; // the file could not be read as it was when checked
        QStringList warnings; // the first batch: the header's
    };

    BatchReader(
        const QString &path, const FileShape &shape, const ProductImporter::Options &options, int batchSize);
    ~BatchReader();
    BatchReader(const BatchReader &) = delete;
    BatchReader &operator=(const BatchReader &) = delete;

    // The next batch, waiting for it.
    Batch take();

private:
    static constexpr qsizetype kAhead = 2;

    bool put(Batch batch); // false when the reader is to stop
    void run();

    const QString m_path;
    const FileShape m_shape;
    const ProductImporter::Options m_options;
    const int m_batchSize;
    QMutex m_mutex;
    QWaitCondition m_changed;
    QQueue<Batch> m_queue;
    bool m_stop = false;
    std::thread m_thread; // last: starts when everything above is ready
};

} // namespace catalog
