#include "ctltransfercommands.h"

#include "ctlcontext.h"
#include "ctlimportdiff.h"
#include "ctlfilter.h"
#include "ctlimportoptions.h"
#include "ctloptions.h"
#include "ctlreadserver.h"
#include "db/readrouter.h"
#include "transfer/productexporter.h"
#include "transfer/productimporter.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace catalog {

int runExport(CtlContext &context)
{
    const QString path = context.file();
    const QString formatName = context.parser().value(context.options().format);
    const std::optional<FileFormat> format
        = fileFormatFromName(formatName.isEmpty() ? path : formatName, FileFormatUse::Export);
    if (!format) {
        CtlContext::err()
            << "catalogctl: say --format csv or --format jsonl (or name the file *.csv / *.jsonl)"
            << Qt::endl;
        return CtlUsageOrConnection;
    }
    const Result<ProductFilter> filter
        = parseProductFilter(context.connections(), context.parser().values(context.options().filter));
    if (!filter)
        return context.fail(filter.error(),
            filter.error().kind == ErrorKind::Validation ? CtlUsageOrConnection
                                                         : CtlContext::exitCodeFor(filter.error()));
    ProductExporter::Options options;
    options.format = *format;
    options.filter = filter.value();
    options.rawCells = context.parser().isSet(context.options().rawCells);
    options.batchSize = context.settings().batchSize();
    // A rerun on the primary after a replication conflict rewrites the file from the start: the
    // exporter's QSaveFile replaces the target only when an export completes.
    const Result<ProductExporter::Report> report = ReadRouter::read<ProductExporter::Report>(context.connections(),
        [&](ConnectionManager &reads) { return ProductExporter(reads).exportTo(path, options); });
    ctlNoteReadServer(context);
    if (!report)
        return context.fail(report.error(), CtlContext::exitCodeFor(report.error()));
    if (context.json())
        context.printJson({ { QStringLiteral("ok"), true }, { QStringLiteral("file"), path },
            { QStringLiteral("rows"), report->rows }, { QStringLiteral("bytes"), report->bytes } });
    else
        CtlContext::out() << "Exported " << report->rows << " products to " << path << " (" << report->bytes
                          << " bytes)." << Qt::endl;
    return CtlSuccess;
}

int runImport(CtlContext &context)
{
    // checkImportUsage() has refused bad options before the database was opened; parsing again is
    // cheap and keeps the command table's functions free of state.
    if (importDiffRequested(context))
        return runImportDiff(context);
    const Result<ProductImporter::Options> options = importOptions(context);
    if (!options)
        return context.fail(options.error(), CtlUsageOrConnection);
    const Result<ProductImporter::Report> report
        = ProductImporter(context.connections()).importFile(context.file(), *options);
    if (!report) {
        // The file could not be read as an import (missing, binary, broken quoting or header): usage.
        const ErrorKind kind = report.error().kind;
        return context.fail(report.error(),
            kind == ErrorKind::NotFound || kind == ErrorKind::Validation
                ? CtlUsageOrConnection
                : CtlContext::exitCodeFor(report.error()));
    }
    const int code = report->rejected == 0 ? CtlSuccess : CtlJobErrors;
    if (context.json()) {
        QJsonObject object = report->toJson();
        object.insert(QStringLiteral("ok"), code == CtlSuccess);
        object.insert(QStringLiteral("file"), context.file());
        context.printJson(object);
        return code;
    }
    for (const QString &warning : report->warnings)
        CtlContext::err() << "warning: " << warning << Qt::endl;
    for (const ProductImporter::RowError &e : report->errors)
        CtlContext::out() << "line " << e.line
                          << (e.sourceId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.sourceId))
                          << (e.field.isEmpty() ? QString() : QStringLiteral(" %1").arg(e.field)) << ": "
                          << e.message << Qt::endl;
    CtlContext::out() << (report->dryRun ? "Dry run, nothing written: " : "Imported ") << context.file()
                      << " (" << fileFormatName(report->format) << ", " << report->encoding
                      << "): " << report->rowsRead << " rows read, " << report->inserted << " inserted, "
                      << report->updated << " updated, " << report->unchanged << " unchanged, "
                      << report->skipped << " skipped, " << report->rejected << " rejected"
                      << (report->cancelled ? ", cancelled" : "") << "." << Qt::endl;
    return code;
}

} // namespace catalog
