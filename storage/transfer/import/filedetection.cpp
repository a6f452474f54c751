#include "transfer/import/filedetection_p.h"

#include "transfer/textreader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace catalog {

namespace filedetection {
namespace {

// The encoding asked for, by its canonical name; "" to find out (a BOM, else UTF-8, else GB18030).
QString canonicalEncoding(const QString &wanted)
{
    QString encoding = wanted.trimmed().toUpper();
    if (encoding == QLatin1String("UTF8"))
        return QStringLiteral("UTF-8");
    if (encoding == QLatin1String("UTF16"))
        return QStringLiteral("UTF-16");
    return encoding;
}

// The encoding a byte order mark at the start of the file names, or "".
QString encodingByBom(QIODevice &device)
{
    const QByteArray start = device.peek(3);
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16");
    if (start.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    return {};
}

// JSON Lines of the 1688sync crawler name the product "product_id"; ours "source_id".
FileFormat jsonLinesKind(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView first = QStringView(text).left(end < 0 ? text.size() : end);
    return first.contains(u"\"product_id\"") && !first.contains(u"\"source_id\"") ? FileFormat::Sync1688
                                                                                  : FileFormat::JsonLines;
}

FileFormat formatOfText(const QString &path, const QString &text)
{
    if (const auto byName = fileFormatFromName(QFileInfo(path).fileName()))
        return *byName == FileFormat::JsonLines ? jsonLinesKind(text) : *byName;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('['))
            return FileFormat::JsonArray;
        if (c == QLatin1Char('{'))
            return jsonLinesKind(text);
        break;
    }
    return FileFormat::Csv;
}

} // namespace
} // namespace filedetection

EncodingPlan planEncodings(QIODevice &device, const ProductImporter::Options &options)
{
    const QString wanted = filedetection::canonicalEncoding(options.encoding);
    if (!wanted.isEmpty())
        return { { wanted }, false };
    if (const QString bom = filedetection::encodingByBom(device); !bom.isEmpty())
        return { { bom }, false };
    return { { QStringLiteral("UTF-8"), QStringLiteral("GB18030") }, true };
}

FileFormat detectFileFormat(
    QFile &file, const QString &path, const ProductImporter::Options &options, const EncodingPlan &plan)
{
    if (options.format)
        return *options.format;
    file.seek(0);
    TextReader head(file, path,
        plan.candidates.front() == QLatin1String("UTF-16") ? QStringLiteral("UTF-16")
                                                           : QStringLiteral("ISO-8859-1"),
        64 * 1024);
    head.more();
    return filedetection::formatOfText(path, head.text());
}

StorageError unavailableEncoding(const QString &path, const ProductImporter::Options &options,
    const EncodingPlan &plan, const QString &encoding)
{
    if (plan.guessing)
        return importFileError(path,
            QCoreApplication::translate("ProductImporter",
                "the file is not valid UTF-8, and this build of Qt has no GB18030 "
                "decoder (it needs ICU) to try instead"));
    return importFileError(path,
        QCoreApplication::translate(
            "ProductImporter", "the encoding \"%1\" is not available in this build of Qt%2")
            .arg(options.encoding,
                encoding == QLatin1String("GB18030")
                    ? QCoreApplication::translate("ProductImporter", " (GB18030 needs ICU)")
                    : QString()));
}

// Made at each call: the interface's language may change while the program runs.
QString gb18030Warning()
{
    return QCoreApplication::translate(
        "ProductImporter", "the file is not valid UTF-8; it was read as GB18030");
}

} // namespace catalog
