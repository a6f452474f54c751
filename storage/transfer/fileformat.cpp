#include "transfer/fileformat.h"

#include <QFileInfo>

namespace catalog {

QString fileFormatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
        return QStringLiteral("csv");
    case FileFormat::JsonLines:
        return QStringLiteral("jsonl");
    case FileFormat::JsonArray:
        return QStringLiteral("json");
    case FileFormat::Sync1688:
        return QStringLiteral("1688sync");
    }
    return {};
}

bool isExportFileFormat(FileFormat format)
{
    return format == FileFormat::Csv || format == FileFormat::JsonLines;
}

std::optional<FileFormat> fileFormatFromName(const QString &name, FileFormatUse use)
{
    const QString lower = name.toLower();
    // A bare name is its own suffix; "1688sync" is only ever a name, never a suffix.
    const QString suffix = lower.contains(QLatin1Char('.')) ? QFileInfo(lower).suffix() : lower;
    std::optional<FileFormat> format;
    if (suffix == QLatin1String("csv"))
        format = FileFormat::Csv;
    else if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        format = FileFormat::JsonLines;
    else if (suffix == QLatin1String("json"))
        format = FileFormat::JsonArray;
    else if (lower == QLatin1String("1688sync"))
        format = FileFormat::Sync1688;
    if (format && use == FileFormatUse::Export && !isExportFileFormat(*format))
        return std::nullopt;
    return format;
}

} // namespace catalog
