#include "transfer/import/filecheck_p.h"

#include "transfer/import/filedetection_p.h"
#include "transfer/import/recordsource_p.h"

#include <QCoreApplication>
#include <QFile>

namespace catalog {

namespace filecheck {
namespace {

// What reading every record in one encoding found.
struct CheckPass
{
    StorageError error;
    qint64 records = 0;
    bool badText = false; // not text in this encoding (another one may fit)
    bool cancelled = false;
    bool unavailable = false; // this build of Qt cannot decode the encoding
};

CheckPass countRecords(QFile &file, const QString &path, FileFormat format, const QString &encoding,
    const ProductImporter::Options &options, const std::function<bool(qint64)> &progress)
{
    CheckPass pass;
    file.seek(0);
    RecordSource source(file, path, format, encoding, options);
    if (!source.isValid()) {
        pass.unavailable = true;
        return pass;
    }
    pass.error = source.start();
    qint64 reported = 0;
    ImportRecord record;
    while (pass.error.ok() && source.next(record, false)) {
        ++pass.records;
        if (progress && source.bytesRead() - reported >= 8 * TextReader::kPieceBytes) {
            reported = source.bytesRead();
            if (!progress(reported)) {
                pass.cancelled = true;
                return pass;
            }
        }
    }
    if (pass.error.ok())
        pass.error = source.error();
    pass.badText = source.badText();
    return pass;
}

} // namespace
} // namespace filecheck

StorageError refuseOversizedImportFile(const QString &path, qint64 size, qint64 maxFileSize)
{
    if (size <= maxFileSize)
        return {};
    return importFileError(path,
        QCoreApplication::translate("ProductImporter",
            "the file has %1 bytes, more than MAX_FILE_SIZE allows (%2 bytes); nothing was read. Split the "
            "file, or raise MAX_FILE_SIZE (--max-file-size, the environment or the settings file)")
            .arg(size)
            .arg(maxFileSize));
}

Result<std::optional<FileShape>> checkImportFile(
    const QString &path, const ProductImporter::Options &options, const std::function<bool(qint64)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(path, file);
    if (StorageError tooLarge = refuseOversizedImportFile(path, file.size(), options.maxFileSize); !tooLarge.ok())
        return tooLarge;
    FileShape shape;
    const EncodingPlan plan = planEncodings(file, options);
    shape.format = detectFileFormat(file, path, options, plan);
    for (qsizetype c = 0; c < plan.candidates.size(); ++c) {
        const QString &encoding = plan.candidates.at(c);
        const filecheck::CheckPass pass
            = filecheck::countRecords(file, path, shape.format, encoding, options, progress);
        if (pass.unavailable)
            return unavailableEncoding(path, options, plan, encoding);
        if (pass.cancelled)
            return std::optional<FileShape> {};
        if (pass.badText && plan.guessing) {
            if (c + 1 < plan.candidates.size())
                continue; // not UTF-8: try GB18030
            return importFileError(path,
                QCoreApplication::translate(
                    "ProductImporter", "the file is neither valid UTF-8 nor valid GB18030 text"));
        }
        if (!pass.error.ok())
            return pass.error;
        shape.records = pass.records;
        shape.encoding = encoding;
        if (c > 0)
            shape.encodingWarning = gb18030Warning();
        return std::optional<FileShape> { shape };
    }
    return StorageError::make(
        ErrorKind::Internal, QCoreApplication::translate("ProductImporter", "no encoding was tried"));
}

} // namespace catalog
