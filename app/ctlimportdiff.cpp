#include "ctlimportdiff.h"

#include "ctlcontext.h"
#include "ctlimportoptions.h"
#include "ctloptions.h"
#include "transfer/importdiff.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

const QCommandLineOption &diffOption()
{
    static const QCommandLineOption option(u"diff"_s,
        u"import --dry-run: list what would be new, changed (field by field, old → new), unchanged and "
        "rejected."_s);
    return option;
}

const QCommandLineOption &diffLimitOption()
{
    static const QCommandLineOption option(u"diff-limit"_s,
        u"import --diff: list the first N products (default 10000); the counts cover the whole file."_s,
        u"n"_s);
    return option;
}

// A value as the text diff shows it: NULL by name, and quoted when its edges or its characters
// would otherwise be invisible (a change of whitespace alone must show).
QString shownValue(const QString &value)
{
    if (value.isNull())
        return u"NULL"_s;
    const bool plain = !value.isEmpty() && !value.front().isSpace() && !value.back().isSpace()
        && std::none_of(
            value.cbegin(), value.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })
        && !value.contains(u'"');
    if (plain)
        return value;
    QString quoted = value;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
    quoted.replace(u"\r"_s, u"\\r"_s).replace(u"\t"_s, u"\\t"_s);
    return u"\""_s + quoted + u"\""_s;
}

void printDiffText(const QString &file, const ImportDiff &diff)
{
    QTextStream &out = CtlContext::out();
    const ImportDiff::Counts &c = diff.counts;
    out << "Diff of " << file << " (" << fileFormatName(diff.report.format) << ", " << diff.report.encoding
        << "), nothing written: " << diff.report.rowsRead << " rows read, " << c.newProducts << " new, "
        << c.changed << " changed, " << c.unchanged << " unchanged, " << c.rejected << " rejected, "
        << c.skipped << " skipped" << (diff.report.cancelled ? ", cancelled" : "") << "." << Qt::endl;
    if (diff.truncated)
        out << "Only the first " << diff.detailLimit << " products are listed (--diff-limit); the counts "
            << "cover the whole file." << Qt::endl;
    for (const ImportDiff::Entry &e : diff.entries) {
        out << Qt::endl
            << ImportDiff::kindName(e.kind) << ' ' << e.sourceId << " (line " << e.line << ")"
            << (e.deleted ? " [deleted, stays deleted]" : "") << ": " << e.title << Qt::endl;
        for (const ImportDiff::FieldChange &change : e.changes)
            out << "  " << change.field << ": " << shownValue(change.oldValue) << " → "
                << shownValue(change.newValue) << Qt::endl;
    }
    if (!diff.report.errors.isEmpty())
        out << Qt::endl;
    for (const ProductImporter::RowError &e : diff.report.errors)
        out << "rejected line " << e.line
            << (e.sourceId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.sourceId))
            << (e.field.isEmpty() ? QString() : QStringLiteral(" %1").arg(e.field)) << ": " << e.message
            << Qt::endl;
}

} // namespace

void addImportDiffOptions(QCommandLineParser &parser)
{
    parser.addOptions({ diffOption(), diffLimitOption() });
}

bool importDiffRequested(const CtlContext &context)
{
    return context.parser().isSet(diffOption());
}

int checkImportDiffUsage(const CtlContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const auto usage = [&context](const QString &message) {
        return context.fail(StorageError::make(ErrorKind::Validation, message), CtlUsageOrConnection);
    };
    if (parser.isSet(diffOption()) && !parser.isSet(context.options().dryRun))
        return usage(u"--diff shows what the import would do and writes nothing: add --dry-run "
                     "(then import with neither option to write)"_s);
    if (parser.isSet(diffLimitOption())) {
        bool ok = false;
        const int limit = parser.value(diffLimitOption()).toInt(&ok);
        if (!parser.isSet(diffOption()))
            return usage(u"--diff-limit goes with --dry-run --diff"_s);
        if (!ok || limit < 0)
            return usage(u"--diff-limit takes a number of products, 0 or more"_s);
    }
    return CtlSuccess;
}

int runImportDiff(CtlContext &context)
{
    const Result<ProductImporter::Options> options = importOptions(context);
    if (!options)
        return context.fail(options.error(), CtlUsageOrConnection);
    const QCommandLineParser &parser = context.parser();
    const int limit = parser.isSet(diffLimitOption()) ? parser.value(diffLimitOption()).toInt()
                                                      : ImportDiff::kDefaultDetailLimit;
    const Result<ImportDiff> diff
        = ProductImporter(context.connections()).diffFile(context.file(), *options, {}, limit);
    if (!diff) {
        const ErrorKind kind = diff.error().kind;
        return context.fail(diff.error(),
            kind == ErrorKind::NotFound || kind == ErrorKind::Validation
                ? CtlUsageOrConnection
                : CtlContext::exitCodeFor(diff.error()));
    }
    const int code = diff->counts.rejected == 0 ? CtlSuccess : CtlJobErrors;
    if (context.json()) {
        QJsonObject object = diff->toJson();
        object.insert(u"ok"_s, code == CtlSuccess);
        object.insert(u"file"_s, context.file());
        context.printJson(object);
        return code;
    }
    for (const QString &warning : diff->report.warnings)
        CtlContext::err() << "warning: " << warning << Qt::endl;
    printDiffText(context.file(), *diff);
    return code;
}

} // namespace catalog
