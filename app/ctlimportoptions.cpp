#include "ctlimportoptions.h"

#include "ctlcontext.h"
#include "ctlimportdiff.h"
#include "ctloptions.h"

#include <QCommandLineParser>

#include <span>

namespace catalog {

namespace ctlimportoptions {

using namespace Qt::StringLiterals;

// Names for the characters a shell or a crontab makes awkward to type.
struct CsvCharName
{
    QLatin1StringView name;
    char character;
};
constexpr CsvCharName kDelimiterNames[] = { { "tab"_L1, '\t' }, { "\\t"_L1, '\t' }, { "comma"_L1, ',' },
    { "semicolon"_L1, ';' }, { "pipe"_L1, '|' }, { "space"_L1, ' ' } };
constexpr CsvCharName kQuoteNames[] = { { "double"_L1, '"' }, { "single"_L1, '\'' } };

StorageError usageError(const QString &message)
{
    return StorageError::make(ErrorKind::Validation, message);
}

// How a message shows a delimiter or a quote: the invisible and the confusable ones by name.
QString shownChar(QChar c)
{
    if (c == u'\t')
        return u"tab"_s;
    if (c == u' ')
        return u"space"_s;
    if (c == u'"')
        return u"\" (double quote)"_s;
    if (c == u'\'')
        return u"' (single quote)"_s;
    return QString(c);
}

QString charNames(std::span<const CsvCharName> names)
{
    QStringList list;
    for (const CsvCharName &n : names)
        list << n.name;
    return list.join(u", "_s);
}

// --delimiter / --quote: one character or one of its names; the default when the option is absent.
Result<QChar> csvChar(const QCommandLineParser &parser, const QCommandLineOption &option,
    std::span<const CsvCharName> names, QChar fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString name = u"--"_s + option.names().constFirst();
    const QString value = parser.value(option);
    for (const CsvCharName &n : names) {
        if (value.compare(n.name, Qt::CaseInsensitive) == 0)
            return QChar::fromLatin1(n.character);
    }
    if (value.size() != 1)
        return usageError(u"%1 \"%2\" is not one character: give one character, or one of %3"_s.arg(
            name, value, charNames(names)));
    if (value.front() == u'\n' || value.front() == u'\r')
        return usageError(u"%1 cannot be a line break: a line break ends the record"_s.arg(name));
    return value.front();
}

// --column FILE_COLUMN=FIELD, repeatable: the map of ProductImporter::Options::columns, its keys
// the header names as the wizard keys them (trimmed, lower case). The last "=" splits, since no
// field name has one and a header name might.
Result<QMap<QString, QString>> csvColumns(const QStringList &items)
{
    QMap<QString, QString> columns;
    QMap<QString, QString> given; // file column -> the --column that mapped it
    QMap<QString, QString> columnOfField;
    for (const QString &item : items) {
        const qsizetype split = item.lastIndexOf(u'=');
        if (split < 0)
            return usageError(u"--column \"%1\" has no \"=\": say FILE_COLUMN=FIELD, or FILE_COLUMN= to "
                              "ignore the column"_s.arg(item));
        const QString column = item.left(split).trimmed().toLower();
        const QString field = item.mid(split + 1).trimmed().toLower();
        if (column.isEmpty())
            return usageError(u"--column \"%1\" names no file column before \"=\""_s.arg(item));
        if (!field.isEmpty() && !ProductImporter::fields().contains(field))
            return usageError(u"--column \"%1\": \"%2\" is not a catalog field; the fields are: %3 (or "
                              "nothing after \"=\" to ignore the column)"_s.arg(
                                  item, field, ProductImporter::fields().join(u", "_s)));
        if (given.contains(column))
            return usageError(u"--column: the file column \"%1\" is mapped twice (\"%2\" and \"%3\")"_s.arg(
                column, given.value(column), item));
        if (!field.isEmpty() && columnOfField.contains(field))
            return usageError(u"--column: the file columns \"%1\" and \"%2\" would both fill %3"_s.arg(
                columnOfField.value(field), column, field));
        given.insert(column, item);
        if (!field.isEmpty())
            columnOfField.insert(field, column);
        columns.insert(column, field);
    }
    return columns;
}

Result<ProductImporter::Options> csvOptions(const CtlContext &context, ProductImporter::Options options)
{
    const QCommandLineParser &parser = context.parser();
    const Result<QChar> delimiter
        = csvChar(parser, context.options().delimiter, kDelimiterNames, options.delimiter);
    if (!delimiter)
        return delimiter.error();
    const Result<QChar> quote = csvChar(parser, context.options().quote, kQuoteNames, options.quote);
    if (!quote)
        return quote.error();
    if (*delimiter == *quote)
        return usageError(
            u"the delimiter and the quote are both %1: they must differ (--delimiter, --quote)"_s.arg(
                shownChar(*delimiter)));
    const Result<QMap<QString, QString>> columns = csvColumns(parser.values(context.options().column));
    if (!columns)
        return columns.error();
    options.delimiter = *delimiter;
    options.quote = *quote;
    options.columns = *columns;
    return options;
}

// The CSV options the command line names, for the message that refuses them for a JSON file.
QStringList givenCsvOptions(const CtlContext &context)
{
    QStringList given;
    for (const QCommandLineOption *option :
        { &context.options().delimiter, &context.options().quote, &context.options().column }) {
        if (context.parser().isSet(*option))
            given << u"--"_s + option->names().constFirst();
    }
    return given;
}

// Each --column names a column of the header, and no field is filled by two columns (one mapped
// there and one of the field's own name, say): the import would take one of them silently.
StorageError checkHeader(const CtlContext &context, const ProductImporter::Preview &preview,
    const ProductImporter::Options &options)
{
    QStringList header;
    for (const QString &column : preview.columns)
        header << column.toLower();
    const QString shownHeader = preview.columns.join(u", "_s).left(1000);
    for (auto it = options.columns.cbegin(); it != options.columns.cend(); ++it) {
        if (!header.contains(it.key()))
            return usageError(u"--column: %1 has no column \"%2\" (in any case); its header is: %3%4"_s.arg(
                context.file(), it.key(), shownHeader,
                preview.columns.size() == 1 ? u" (one column: is --delimiter right?)"_s : QString()));
    }
    QMap<QString, QStringList> columnsOfField;
    for (qsizetype c = 0; c < preview.columns.size(); ++c) {
        if (!preview.mappedTo.value(c).isEmpty())
            columnsOfField[preview.mappedTo.value(c)] << preview.columns.at(c);
    }
    for (auto it = columnsOfField.cbegin(); it != columnsOfField.cend(); ++it) {
        if (it.value().size() > 1)
            return usageError(
                u"--column: the columns %1 of %2 would all fill %3; map the others elsewhere "
                "or ignore them (--column NAME=)"_s.arg(it.value().join(u", "_s), context.file(), it.key()));
    }
    return {};
}

} // namespace ctlimportoptions

Result<ProductImporter::Options> importOptions(const CtlContext &context)
{
    using namespace Qt::StringLiterals;
    const QCommandLineParser &parser = context.parser();
    ProductImporter::Options options;
    options.dryRun = parser.isSet(context.options().dryRun);
    options.batchSize = context.settings().batchSize();
    if (const QString name = parser.value(context.options().format); !name.isEmpty()) {
        options.format = fileFormatFromName(name);
        if (!options.format)
            return ctlimportoptions::usageError(u"--format takes csv, jsonl, json or 1688sync"_s);
    }
    if (const QString name = parser.value(context.options().mode); !name.isEmpty()) {
        const std::optional<ProductImporter::Mode> mode = ProductImporter::modeFromName(name);
        if (!mode)
            return ctlimportoptions::usageError(u"--mode takes upsert, insert-only or skip-existing"_s);
        options.mode = *mode;
    }
    return ctlimportoptions::csvOptions(context, options);
}

StorageError checkImportOptionsAgainstFile(const CtlContext &context, const ProductImporter::Options &options)
{
    using namespace Qt::StringLiterals;
    const QStringList given = ctlimportoptions::givenCsvOptions(context);
    if (given.isEmpty())
        return {};
    const auto refuse = [&](FileFormat format, const QString &why) {
        return ctlimportoptions::usageError(
            u"%1 %2 to CSV files only, and %3 is read as %4 (%5)"_s.arg(given.join(u", "_s),
                given.size() == 1 ? u"applies"_s : u"apply"_s, context.file(), fileFormatName(format), why));
    };
    if (options.format && *options.format != FileFormat::Csv)
        return refuse(*options.format, u"--format"_s);
    const Result<ProductImporter::Preview> preview = ProductImporter::preview(context.file(), options, 0);
    if (!preview)
        return {}; // not readable as an import: importFile says why, as it does without these options
    if (preview->format != FileFormat::Csv)
        return refuse(preview->format, u"by its name or content; --format csv reads it as CSV"_s);
    if (options.columns.isEmpty() || preview->columns.isEmpty())
        return {};
    return ctlimportoptions::checkHeader(context, *preview, options);
}

int checkImportUsage(const CtlContext &context)
{
    if (const int diffUsage = checkImportDiffUsage(context); diffUsage != CtlSuccess)
        return diffUsage;
    const Result<ProductImporter::Options> options = importOptions(context);
    if (!options)
        return context.fail(options.error(), CtlUsageOrConnection);
    if (const StorageError error = checkImportOptionsAgainstFile(context, *options); !error.ok())
        return context.fail(error, CtlUsageOrConnection);
    return CtlSuccess;
}

} // namespace catalog
