#include "transfer/productimporter.h"

#include "core/suppliercontact.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlite/sqlitebulksettings_p.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "transfer/import/batchreader_p.h"
#include "transfer/import/batchwriter_p.h"
#include "transfer/import/diffstage_p.h"
#include "transfer/import/exclusionstage_p.h"
#include "transfer/import/filecheck_p.h"
#include "transfer/import/importjournal_p.h"
#include "transfer/import/importprogress_p.h"
#include "transfer/import/importtally_p.h"
#include "transfer/import/importtimer_p.h"
#include "transfer/import/modefilter_p.h"
#include "transfer/import/previewreader_p.h"
#include "transfer/import/supplierresolver_p.h"
#include "transfer/importdiff.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QStringDecoder>

namespace catalog {

namespace {

// What an import keeps account of besides the rows: its journal row, its time, the caller's progress.
struct ImportBookkeeping
{
    ImportJournal &journal;
    ImportTimer &timer;
    const ImportProgress &progress;
};

// The stages a batch goes through after reading; the diff, when there is one, in place of the write.
struct BatchStages
{
    ExclusionStage &exclusions;
    ModeFilter &modes;
    SupplierResolver &suppliers;
    BatchWriter &writer;
    DiffStage *diff;
};

// One batch after reading: the operator's exclusions, the mode filter, supplier resolution and the
// write (or the comparison with what is stored).
StorageError importBatch(
    QList<ImportRow> rows, const BatchStages &stages, ImportTally &tally, ImportTimer &timer)
{
    Result<QList<ImportRow>> chosen = stages.exclusions.apply(std::move(rows), tally);
    if (!chosen)
        return chosen.error();
    Result<ModeFilter::Outcome> allowed = stages.modes.filter(std::move(chosen.value()), tally);
    if (!allowed)
        return allowed.error();
    Result<SupplierResolver::Resolution> resolved
        = stages.suppliers.resolve(std::move(allowed.value().rows), tally);
    if (!resolved)
        return resolved.error();
    timer.lap(ImportTimer::LookUp);
    if (stages.diff) // later batches may name these suppliers by source_id alone, as they would be stored
        stages.suppliers.remember(resolved->writes, {});
    StorageError written = stages.diff
        ? stages.diff->add(resolved->rows, tally)
        : stages.writer.write(std::move(resolved.value()), allowed->existing, tally);
    timer.lap(ImportTimer::Write);
    return written;
}

// The batches of a checked file, read and validated a thread ahead and written one at a time; the
// journal and the caller hear of each. A cancel stops after a whole batch; an error ends the import.
StorageError importBatches(ConnectionManager &connections, const QString &path, const FileShape &shape,
    const ProductImporter::Options &options, ImportTally &tally, const ImportBookkeeping &books,
    ImportDiff *diff)
{
    ProductRepository products(connections);
    SupplierRepository suppliers(connections);
    ExclusionStage exclusions(connections, options.exclusions);
    ModeFilter modes(&products, options);
    SupplierResolver resolver(suppliers);
    BatchWriter writer(products, suppliers, resolver, options.dryRun);
    std::optional<DiffStage> comparison;
    if (diff)
        comparison.emplace(connections, *diff);
    const BatchStages stages { exclusions, modes, resolver, writer, comparison ? &*comparison : nullptr };
    ProductImporter::Report &report = tally.report();
    BatchReader reader(path, shape, options, qBound(1, options.batchSize, 100000));
    for (bool first = true;; first = false) {
        BatchReader::Batch batch = reader.take();
        books.timer.lap(ImportTimer::Read);
        if (!batch.error.ok())
            return batch.error;
        if (first) {
            report.warnings << batch.warnings;
            books.journal.progress(shape.records, report);
        }
        const bool emptyEnd = batch.rows.isEmpty() && batch.last;
        QList<ImportRow> rows = tally.takeValid(std::move(batch.rows));
        if (emptyEnd)
            break;
        if (StorageError error = importBatch(std::move(rows), stages, tally, books.timer); !error.ok())
            return error;
        books.journal.progress(shape.records, report);
        if (!books.progress.batchDone(report.rowsRead, batch.bytesRead) && !batch.last) {
            report.cancelled = true;
            break;
        }
        books.timer.lap(ImportTimer::Journal);
        if (batch.last)
            break;
    }
    if (comparison)
        comparison->close(tally);
    return {};
}

} // namespace

QJsonObject ProductImporter::RowError::toJson() const
{
    return { { QStringLiteral("line"), line }, { QStringLiteral("source_id"), sourceId },
        { QStringLiteral("field"), field }, { QStringLiteral("message"), message } };
}

QJsonObject ProductImporter::Report::toJson() const
{
    QJsonArray list;
    for (const RowError &e : errors)
        list.append(e.toJson());
    return { { QStringLiteral("format"), fileFormatName(format) }, { QStringLiteral("encoding"), encoding },
        { QStringLiteral("dry_run"), dryRun }, { QStringLiteral("rows_read"), rowsRead },
        { QStringLiteral("inserted"), inserted }, { QStringLiteral("updated"), updated },
        { QStringLiteral("unchanged"), unchanged }, { QStringLiteral("skipped"), skipped },
        { QStringLiteral("excluded"), excluded }, { QStringLiteral("fields_kept"), fieldsKept },
        { QStringLiteral("rejected"), rejected }, { QStringLiteral("suppliers_inserted"), suppliersInserted },
        { QStringLiteral("suppliers_updated"), suppliersUpdated }, { QStringLiteral("cancelled"), cancelled },
        { QStringLiteral("sync_record_id"), syncRecordId }, { QStringLiteral("errors"), list },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
}

const QStringList &ProductImporter::fields()
{
    static const QStringList keys = QStringList { QStringLiteral("source_id"), QStringLiteral("title"),
        QStringLiteral("subtitle"), QStringLiteral("price_min"), QStringLiteral("price_max"),
        QStringLiteral("currency"), QStringLiteral("moq"), QStringLiteral("main_image_url"),
        QStringLiteral("detail_images"), QStringLiteral("specifications"), QStringLiteral("sales_count"),
        QStringLiteral("rating"), QStringLiteral("sync_status"), QStringLiteral("supplier_source_id"),
        QStringLiteral("supplier_name"), QStringLiteral("supplier_company_name"),
        QStringLiteral("supplier_location"), QStringLiteral("supplier_rating") }
        + [] {
              QStringList contact;
              for (const ContactField field : suppliercontact::fields())
                  contact << suppliercontact::csvColumn(field);
              return contact;
          }();
    return keys;
}

Result<ProductImporter::Preview> ProductImporter::preview(
    const QString &path, const Options &options, int maxRows)
{
    if (options.delimiter == options.quote || options.delimiter == QLatin1Char('\n')
        || options.quote == QLatin1Char('\n'))
        return StorageError::validation({ FieldError { QStringLiteral("delimiter"),
            QStringLiteral(
                "the delimiter and the quote must be two different characters, neither a line break") } });
    if (StorageError tooLarge = refuseOversizedImportFile(path, QFileInfo(path).size(), options.maxFileSize);
        !tooLarge.ok())
        return tooLarge;
    return PreviewReader(path, options, maxRows).read();
}

ProductImporter::ProductImporter(ConnectionManager &connections)
    : m_connections(connections)
{
}

std::optional<ProductImporter::Mode> ProductImporter::modeFromName(const QString &name)
{
    if (name == QLatin1String("upsert"))
        return Mode::Upsert;
    if (name == QLatin1String("insert-only"))
        return Mode::InsertOnly;
    if (name == QLatin1String("skip-existing"))
        return Mode::SkipExisting;
    return std::nullopt;
}

bool ProductImporter::isGb18030Available()
{
    return QStringDecoder("GB18030").isValid();
}

Result<ProductImporter::Report> ProductImporter::importFile(
    const QString &path, const Options &options, const Progress &progress)
{
    return run(path, options, progress, nullptr);
}

Result<ImportDiff> ProductImporter::diffFile(
    const QString &path, const Options &options, const Progress &progress, int detailLimit)
{
    Options dry = options;
    dry.dryRun = true;
    ImportDiff diff;
    diff.detailLimit = qMax(0, detailLimit);
    Result<Report> report = run(path, dry, progress, &diff);
    if (!report)
        return report.error();
    diff.report = std::move(report.value());
    diff.counts.rejected = diff.report.rejected;
    diff.counts.skipped = diff.report.skipped;
    diff.counts.excluded = diff.report.excluded;
    return diff;
}

Result<ProductImporter::Report> ProductImporter::run(
    const QString &path, const Options &options, const Progress &progress, ImportDiff *diff)
{
    Report report;
    report.dryRun = options.dryRun;
    ImportTally tally(report);
    ImportJournal journal(m_connections, options.dryRun);
    if (StorageError started = journal.start(report); !started.ok())
        return started;
    ImportTimer timer;
    const ImportProgress reporter(progress, QFileInfo(path).size());

    // 1. The whole file is checked (encoding, format, structure, record count), so a broken file ends
    // the import before anything is written. The check is the first tenth of the progress.
    const Result<std::optional<FileShape>> checked
        = checkImportFile(path, options, [&reporter](qint64 bytes) { return reporter.checked(bytes); });
    if (!checked)
        return journal.fail(checked.error(), report);
    if (!checked->has_value()) { // cancelled during the check: nothing written
        report.cancelled = true;
        if (StorageError finished = journal.finishCancelledCheck(); !finished.ok())
            return finished;
        return report;
    }
    const FileShape &shape = **checked;
    timer.lap(ImportTimer::Check);
    report.format = shape.format;
    report.encoding = shape.encoding;
    if (!shape.encodingWarning.isEmpty())
        report.warnings << shape.encodingWarning;

    // 2. Then it is read again a batch at a time: read and validate, mode, suppliers, write.
    std::optional<SqliteBulkSettings> bulk;
    if (m_connections.dialect().engine() == Engine::SQLite && !options.dryRun) {
        if (Result<QSqlDatabase> db = m_connections.connection())
            bulk.emplace(db.value());
    }
    if (StorageError failed
        = importBatches(m_connections, path, shape, options, tally, { journal, timer, reporter }, diff);
        !failed.ok()) {
        tally.sortErrorsByLine();
        tally.closeWarnings();
        return journal.fail(failed, report);
    }
    timer.log(path, report.rowsRead);

    // 3. The statistics and the journal's last word.
    tally.sortErrorsByLine();
    tally.closeWarnings();
    if (!options.dryRun && report.inserted + report.updated > 0) {
        if (StorageError e = ProductRepository(m_connections).refreshStatistics(); !e.ok())
            report.warnings << QCoreApplication::translate(
                "ProductImporter", "could not refresh the statistics: %1")
                                   .arg(e.message);
    }
    if (StorageError finished = journal.finish(report); !finished.ok())
        return finished;
    return report;
}

} // namespace catalog
