#pragma once

#include "core/storageerror.h"
#include "transfer/fileformat.h"
#include "transfer/productimporter.h"

#include <QString>

#include <functional>
#include <optional>

namespace catalog {

// How a file is to be read: found by the check of the whole file before anything is written.
struct FileShape
{
    FileFormat format = FileFormat::Csv;
    QString encoding;
    QString encodingWarning;
    qint64 records = 0;
};

// The first stage of an import: works out the format and the encoding (filedetection_p.h) and reads
// every record once without parsing it, so that file-level problems (unreadable, binary, broken
// quoting or header, undecodable text) end an import before anything is written. progress(bytes) is
// called every few MiB; when it returns false the check stops and nullopt is returned. Blocking, on
// the calling thread; touches no database.
// A file over Options::maxFileSize (MAX_FILE_SIZE) is refused before a byte of it is read.
Result<std::optional<FileShape>> checkImportFile(const QString &path, const ProductImporter::Options &options,
    const std::function<bool(qint64)> &progress);
// The size check alone, for the preview too: an error naming the file, its size and MAX_FILE_SIZE.
StorageError refuseOversizedImportFile(const QString &path, qint64 size, qint64 maxFileSize);

} // namespace catalog
