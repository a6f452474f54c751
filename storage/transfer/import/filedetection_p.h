#pragma once

#include "core/storageerror.h"
#include "transfer/fileformat.h"
#include "transfer/productimporter.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace catalog {

// How an import file is to be decoded and parsed, worked out before it is read: the encodings to
// try and the format. Used by the check before an import and by the preview. Reads the start of the
// file; errors are returned as StorageErrors naming the file.

// The encodings to try, in order: the one asked for, else a BOM's, else UTF-8 then GB18030.
struct EncodingPlan
{
    QStringList candidates;
    bool guessing = false; // nothing asked for and no BOM: the file is not valid UTF-8 means GB18030
};

EncodingPlan planEncodings(QIODevice &device, const ProductImporter::Options &options);

// The format asked for, else from the file's name or its first characters (ASCII in every encoding
// but UTF-16). Leaves the file's position anywhere.
FileFormat detectFileFormat(
    QFile &file, const QString &path, const ProductImporter::Options &options, const EncodingPlan &plan);

// The error for an encoding this build of Qt cannot decode.
StorageError unavailableEncoding(const QString &path, const ProductImporter::Options &options,
    const EncodingPlan &plan, const QString &encoding);

// The warning of a file that was read as GB18030 because it was not valid UTF-8.
QString gb18030Warning();

} // namespace catalog
