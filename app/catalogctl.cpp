// catalogctl: the catalog's jobs without a display, for cron and scripts.
// Exit codes: 0 success, 1 the job ran but reported errors, 2 usage or connection errors.

#include "config/appidentity.h"
#include "maintenance/backupmanager.h"
#include "config/connectionconfig.h"
#include "db/connectionmanager.h"
#include "maintenance/consistencychecker.h"
#include "ctlreports.h"
#include "maintenance/databaseoptimizer.h"
#include "fetchimagescommand.h"
#include "maintenance/healthchecker.h"
#include "config/logfile.h"
#include "schema/migrator.h"
#include "transfer/productexporter.h"
#include "transfer/productimporter.h"
#include "securitycommands.h"
#include "repositories/statisticsrepository.h"
#include "repositories/supplierrepository.h"
#include "repositories/syncrecordrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

using namespace catalog;

enum ExitCode { Success = 0, JobErrors = 1, UsageOrConnection = 2 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

int fail(bool json, const StorageError &error, int code)
{
    if (json)
        printJson({ { QStringLiteral("ok"), false }, { QStringLiteral("error"), error.toString() },
            { QStringLiteral("kind"), errorKindName(error.kind) } });
    else
        err() << "catalogctl: " << error.toString() << Qt::endl;
    return code;
}

int exitCodeFor(const StorageError &error)
{
    switch (error.kind) {
    case ErrorKind::ConnectionLost:
    case ErrorKind::Timeout:
    case ErrorKind::Permission:
        return UsageOrConnection;
    default:
        return JobErrors;
    }
}

int runMigrate(ConnectionManager &connections, bool json)
{
    const Result<MigrationReport> report = Migrator(connections).migrate();
    if (!report)
        return fail(json, report.error(), exitCodeFor(report.error()));
    if (json) {
        printJson({ { QStringLiteral("ok"), true }, { QStringLiteral("from_version"), report->fromVersion },
            { QStringLiteral("to_version"), report->toVersion },
            { QStringLiteral("applied"), QJsonArray::fromStringList(report->applied) } });
    } else if (report->applied.isEmpty()) {
        out() << "Schema is up to date (version " << report->toVersion << ")." << Qt::endl;
    } else {
        for (const QString &m : report->applied)
            out() << "applied " << m << Qt::endl;
        out() << "Schema version " << report->fromVersion << " -> " << report->toVersion << "." << Qt::endl;
    }
    return Success;
}

int runStats(ConnectionManager &connections, bool json, const QString &storage)
{
    StatisticsRepository::Options options;
    options.storageRoot = QDir(resolveStorageRoot(storage)).filePath(QStringLiteral("images"));
    const Result<CatalogStatistics> stats = StatisticsRepository(connections).collect(options);
    if (!stats)
        return fail(json, stats.error(), exitCodeFor(stats.error()));
    if (json) {
        QJsonObject object = stats->toJson();
        object.insert(QStringLiteral("ok"), true);
        object.insert(QStringLiteral("database"), connections.config().displayName());
        printJson(object);
        return Success;
    }
    const QLocale c = QLocale::c();
    out() << "Database:        " << connections.config().displayName() << Qt::endl;
    out() << "Schema version:  " << stats->schemaVersion << Qt::endl;
    out() << "Products:        " << stats->products << " (" << stats->deletedProducts << " deleted)"
          << Qt::endl;
    out() << "Suppliers:       " << stats->suppliers << Qt::endl;
    out() << "Images:          " << stats->images << Qt::endl;
    out() << "Database size:   " << c.formattedDataSize(stats->databaseBytes) << Qt::endl;
    out() << "By sync status:" << Qt::endl;
    for (auto it = stats->productsByStatus.cbegin(); it != stats->productsByStatus.cend(); ++it)
        out() << "  " << qSetFieldWidth(10) << Qt::left << it.key() << qSetFieldWidth(0) << it.value()
              << Qt::endl;
    out() << "By currency:" << Qt::endl;
    for (auto it = stats->productsByCurrency.cbegin(); it != stats->productsByCurrency.cend(); ++it)
        out() << "  " << qSetFieldWidth(10) << Qt::left << it.key() << qSetFieldWidth(0) << it.value()
              << Qt::endl;
    out() << "Top suppliers:" << Qt::endl;
    for (const auto &[name, count] : stats->topSuppliers)
        out() << "  " << count << "  " << name << Qt::endl;
    out() << "Last jobs:" << Qt::endl;
    if (stats->lastSyncs.isEmpty())
        out() << "  (none)" << Qt::endl;
    for (const SyncRecord &r : stats->lastSyncs)
        out() << "  " << r.startTime.toString(Qt::ISODate) << "  " << r.operationType << "  " << r.status
              << "  " << r.successCount << " ok, " << r.errorCount << " errors" << Qt::endl;
    printStatisticsDetails(out(), stats.value());
    return Success;
}

// --filter key=value, repeatable: text=, status=, supplier=<source_id>, updated-since=<ISO date>,
// deleted=active|only|all.
Result<ProductFilter> parseFilter(ConnectionManager &connections, const QStringList &items)
{
    ProductFilter filter;
    for (const QString &item : items) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1);
        if (key == QLatin1String("text")) {
            filter.text = value;
        } else if (key == QLatin1String("status")) {
            filter.syncStatuses << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("supplier")) {
            const Result<Supplier> s = SupplierRepository(connections).findBySourceId(value);
            if (!s)
                return s.error();
            filter.supplierId = s->id;
        } else if (key == QLatin1String("updated-since")) {
            filter.updatedSince = QDateTime::fromString(value, Qt::ISODate);
            if (!filter.updatedSince.isValid())
                return StorageError::make(ErrorKind::Validation,
                    QStringLiteral("--filter updated-since: \"%1\" is not an ISO date such as 2026-11-01")
                        .arg(value));
        } else if (key == QLatin1String("deleted")) {
            if (value == QLatin1String("active"))
                filter.deleted = DeletedFilter::ActiveOnly;
            else if (value == QLatin1String("only"))
                filter.deleted = DeletedFilter::DeletedOnly;
            else if (value == QLatin1String("all"))
                filter.deleted = DeletedFilter::All;
            else
                return StorageError::make(
                    ErrorKind::Validation, QStringLiteral("--filter deleted= takes active, only or all"));
        } else {
            return StorageError::make(ErrorKind::Validation,
                QStringLiteral("unknown filter \"%1\" (text=, status=, supplier=, updated-since=, deleted=)")
                    .arg(key));
        }
    }
    return filter;
}

int runExport(ConnectionManager &connections, bool json, const QStringList &args, const QString &formatName,
    const QStringList &filters)
{
    if (args.size() != 2) {
        err() << "catalogctl: export needs exactly one FILE" << Qt::endl;
        return UsageOrConnection;
    }
    const QString &path = args.at(1);
    const std::optional<FileFormat> format
        = fileFormatFromName(formatName.isEmpty() ? path : formatName, FileFormatUse::Export);
    if (!format) {
        err() << "catalogctl: say --format csv or --format jsonl (or name the file *.csv / *.jsonl)"
              << Qt::endl;
        return UsageOrConnection;
    }
    const Result<ProductFilter> filter = parseFilter(connections, filters);
    if (!filter)
        return fail(json, filter.error(),
            filter.error().kind == ErrorKind::Validation ? UsageOrConnection : exitCodeFor(filter.error()));
    ProductExporter::Options options;
    options.format = *format;
    options.filter = filter.value();
    const Result<ProductExporter::Report> report = ProductExporter(connections).exportTo(path, options);
    if (!report)
        return fail(json, report.error(), exitCodeFor(report.error()));
    if (json)
        printJson({ { QStringLiteral("ok"), true }, { QStringLiteral("file"), path },
            { QStringLiteral("rows"), report->rows }, { QStringLiteral("bytes"), report->bytes } });
    else
        out() << "Exported " << report->rows << " products to " << path << " (" << report->bytes << " bytes)."
              << Qt::endl;
    return Success;
}

// Exit 0 healthy, 1 warnings (standby, long-running jobs, disk getting full), 2 unhealthy
// (unreachable, disk almost full): the plugin convention of most monitoring systems.
int runHealth(ConnectionManager &connections, bool json, const QString &storage)
{
    HealthChecker::Options options;
    options.storageRoot = resolveStorageRoot(storage);
    const SystemHealth health = HealthChecker(connections, options).check();
    if (json) {
        QJsonObject object = health.toJson();
        object.insert(QStringLiteral("database"), connections.config().displayName());
        printJson(object);
    } else {
        QTextStream &stream = health.level() == SystemHealth::Level::Ok ? out() : err();
        stream << "catalogctl: " << connections.config().displayName() << " ("
               << engineName(connections.config().engine) << "): ";
        printHealth(stream, health);
    }
    switch (health.level()) {
    case SystemHealth::Level::Ok:
        return Success;
    case SystemHealth::Level::Warning:
        return JobErrors;
    case SystemHealth::Level::Critical:
        break;
    }
    return UsageOrConnection;
}

int runOptimize(ConnectionManager &connections, bool json)
{
    const Result<DatabaseOptimizer::Report> r = DatabaseOptimizer(connections).optimize();
    if (!r)
        return fail(json, r.error(), exitCodeFor(r.error()));
    if (json) {
        printJson({ { QStringLiteral("ok"), true }, { QStringLiteral("bytes_before"), r->bytesBefore },
            { QStringLiteral("bytes_after"), r->bytesAfter },
            { QStringLiteral("dead_before"), r->deadBefore }, { QStringLiteral("dead_after"), r->deadAfter },
            { QStringLiteral("milliseconds"), r->milliseconds } });
    } else {
        const QLocale c = QLocale::c();
        out() << "Optimised in " << r->milliseconds << " ms: " << c.formattedDataSize(r->bytesBefore)
              << " -> " << c.formattedDataSize(r->bytesAfter) << ", dead rows/free pages " << r->deadBefore
              << " -> " << r->deadAfter << Qt::endl;
    }
    return Success;
}

int runImport(ConnectionManager &connections, bool json, const QStringList &args, const QString &formatName,
    const QString &modeName, bool dryRun)
{
    if (args.size() != 2) {
        err() << "catalogctl: import needs exactly one FILE" << Qt::endl;
        return UsageOrConnection;
    }
    ProductImporter::Options options;
    options.dryRun = dryRun;
    if (!formatName.isEmpty()) {
        options.format = fileFormatFromName(formatName);
        if (!options.format) {
            err() << "catalogctl: --format takes csv, jsonl, json or 1688sync" << Qt::endl;
            return UsageOrConnection;
        }
    }
    if (!modeName.isEmpty()) {
        const std::optional<ProductImporter::Mode> mode = ProductImporter::modeFromName(modeName);
        if (!mode) {
            err() << "catalogctl: --mode takes upsert, insert-only or skip-existing" << Qt::endl;
            return UsageOrConnection;
        }
        options.mode = *mode;
    }
    const Result<ProductImporter::Report> report = ProductImporter(connections).importFile(args.at(1), options);
    if (!report) {
        // The file could not be read as an import (missing, binary, broken quoting or header): usage.
        const ErrorKind kind = report.error().kind;
        return fail(json, report.error(),
            kind == ErrorKind::NotFound || kind == ErrorKind::Validation ? UsageOrConnection
                                                                         : exitCodeFor(report.error()));
    }
    const int code = report->rejected == 0 ? Success : JobErrors;
    if (json) {
        QJsonObject object = report->toJson();
        object.insert(QStringLiteral("ok"), code == Success);
        object.insert(QStringLiteral("file"), args.at(1));
        printJson(object);
        return code;
    }
    for (const QString &warning : report->warnings)
        err() << "warning: " << warning << Qt::endl;
    for (const ProductImporter::RowError &e : report->errors)
        out() << "line " << e.line << (e.sourceId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.sourceId))
              << (e.field.isEmpty() ? QString() : QStringLiteral(" %1").arg(e.field)) << ": " << e.message
              << Qt::endl;
    out() << (report->dryRun ? "Dry run, nothing written: " : "Imported ") << args.at(1) << " ("
          << fileFormatName(report->format) << ", " << report->encoding << "): " << report->rowsRead
          << " rows read, " << report->inserted << " inserted, " << report->updated << " updated, "
          << report->unchanged << " unchanged, " << report->skipped << " skipped, " << report->rejected
          << " rejected" << (report->cancelled ? ", cancelled" : "") << "." << Qt::endl;
    return code;
}

int runCheck(ConnectionManager &connections, bool json, bool fix)
{
    ConsistencyChecker checker(connections);
    QList<ConsistencyChecker::RepairReport> repairs;
    const Result<QList<ConsistencyChecker::Finding>> findings
        = fix ? checker.checkAndRepair(&repairs) : checker.check();
    if (!findings)
        return fail(json, findings.error(), exitCodeFor(findings.error()));
    qint64 found = 0;
    qint64 left = 0;
    for (const auto &f : findings.value())
        found += f.count;
    if (fix) {
        for (const auto &r : repairs)
            left += r.after;
    } else {
        left = found;
    }
    if (json) {
        QJsonArray list;
        for (const auto &f : findings.value())
            list.append(f.toJson());
        QJsonArray repaired;
        for (const auto &r : repairs)
            repaired.append(QJsonObject { { QStringLiteral("kind"), r.kind },
                { QStringLiteral("before"), r.before }, { QStringLiteral("after"), r.after } });
        printJson({ { QStringLiteral("ok"), left == 0 }, { QStringLiteral("findings"), list },
            { QStringLiteral("repairs"), repaired }, { QStringLiteral("problems_left"), left } });
    } else {
        for (const auto &f : findings.value()) {
            out() << (f.count == 0 ? "ok     " : "FOUND  ") << qSetFieldWidth(22) << Qt::left << f.kind
                  << qSetFieldWidth(0) << f.count << "  " << f.title << Qt::endl;
            if (!f.examples.isEmpty())
                out() << "         e.g. " << f.examples.join(QStringLiteral(", ")) << Qt::endl;
            if (f.count > 0 && !fix)
                out() << "         repair (--fix): " << f.repair << Qt::endl;
        }
        for (const auto &r : repairs)
            out() << "repaired " << r.kind << ": " << r.before << " -> " << r.after << Qt::endl;
        out() << (left == 0 ? (found == 0 ? QStringLiteral("No problems found.")
                                          : QStringLiteral("All problems repaired."))
                            : QStringLiteral("%1 problem(s) left%2.")
                                  .arg(left)
                                  .arg(fix ? QString() : QStringLiteral("; run with --fix to repair")))
              << Qt::endl;
    }
    return left == 0 ? Success : JobErrors;
}

int backupFailure(bool json, const StorageError &error)
{
    // A damaged set, a missing tool or file: the operator must act, like a usage error.
    const bool operatorMustAct = error.kind == ErrorKind::Validation || error.kind == ErrorKind::NotFound;
    return fail(json, error, operatorMustAct ? UsageOrConnection : exitCodeFor(error));
}

int runBackup(ConnectionManager &connections, bool json, const QString &outputDir, const QString &storage,
    bool images, const QString &pgDump)
{
    BackupManager::BackupOptions options;
    options.outputDir = outputDir.isEmpty() ? QDir(resolveStorageRoot(storage)).filePath(QStringLiteral("backups")) : outputDir;
    options.includeImages = images;
    options.imagesDir = QDir(resolveStorageRoot(storage)).filePath(QStringLiteral("images"));
    options.pgDumpPath = pgDump;
    const Result<BackupManager::Manifest> manifest = BackupManager(connections).backup(options);
    if (!manifest)
        return backupFailure(json, manifest.error());
    if (json) {
        QJsonObject object = manifest->toJson();
        object.insert(QStringLiteral("ok"), true);
        object.insert(QStringLiteral("manifest"), manifest->path);
        printJson(object);
        return Success;
    }
    out() << "Backup written: " << manifest->path << Qt::endl;
    for (const BackupManager::FileEntry &f : manifest->files)
        out() << "  " << f.name << "  " << f.size << " bytes  sha256 " << f.sha256 << Qt::endl;
    out() << "  " << manifest->tables.size() << " tables, " << manifest->totalRows() << " rows, schema version "
          << manifest->schemaVersion << ", " << engineName(manifest->engine) << " " << manifest->serverVersion << Qt::endl;
    return Success;
}

int runRestore(ConnectionManager &connections, bool json, const QStringList &args, const QString &storage,
    bool images, bool confirmed, const QString &pgRestore)
{
    if (args.size() != 2) {
        err() << "catalogctl: restore needs exactly one FILE (the manifest or a file of the backup set)" << Qt::endl;
        return UsageOrConnection;
    }
    BackupManager manager(connections);
    const Result<qint64> existing = manager.catalogRows();
    if (!existing)
        return fail(json, existing.error(), exitCodeFor(existing.error()));
    if (existing.value() > 0 && !confirmed)
        return fail(json,
            StorageError::make(ErrorKind::Validation,
                QStringLiteral("%1 holds %2 products and suppliers; restoring replaces them all. Run again with --yes to "
                               "restore over them.")
                    .arg(connections.config().displayName())
                    .arg(existing.value())),
            UsageOrConnection);
    BackupManager::RestoreOptions options;
    options.restoreImages = images;
    options.imagesDir = QDir(resolveStorageRoot(storage)).filePath(QStringLiteral("images"));
    options.pgRestorePath = pgRestore;
    const Result<BackupManager::RestoreReport> report = manager.restore(args.at(1), options);
    if (!report)
        return backupFailure(json, report.error());
    if (json) {
        printJson({ { QStringLiteral("ok"), true }, { QStringLiteral("manifest"), report->manifest.path },
            { QStringLiteral("rows"), report->manifest.totalRows() },
            { QStringLiteral("tables_verified"), report->manifest.tables.size() },
            { QStringLiteral("schema_version_before"), report->manifest.schemaVersion },
            { QStringLiteral("schema_version_after"), report->schemaVersionAfter },
            { QStringLiteral("images_restored"), report->imagesRestored },
            { QStringLiteral("milliseconds"), report->milliseconds } });
        return Success;
    }
    out() << "Restored " << report->manifest.path << " into " << connections.config().displayName() << ": "
          << report->manifest.tables.size() << " tables, " << report->manifest.totalRows()
          << " rows, every table verified against the manifest";
    if (report->schemaVersionAfter != report->manifest.schemaVersion)
        out() << ", migrated from schema version " << report->manifest.schemaVersion << " to "
              << report->schemaVersionAfter;
    out() << (report->imagesRestored ? ", images restored" : "") << " (" << report->milliseconds << " ms)." << Qt::endl;
    return Success;
}

int runCleanupBackups(bool json, const QString &outputDir, const QString &keepText, const QString &keepDaysText,
    bool dryRun)
{
    bool keepOk = true;
    bool daysOk = true;
    const int keep = keepText.isEmpty() ? BackupManager::kDefaultKeepLast : keepText.toInt(&keepOk);
    const int days = keepDaysText.isEmpty() ? BackupManager::kDefaultKeepDays : keepDaysText.toInt(&daysOk);
    if (!keepOk || !daysOk || keep < 0 || days < 0) {
        err() << "catalogctl: --keep and --keep-days take a whole number, 0 or more" << Qt::endl;
        return UsageOrConnection;
    }
    const QString &dir = outputDir;
    const Result<BackupManager::CleanupReport> report = BackupManager::cleanup(dir, keep, days, dryRun);
    if (!report)
        return fail(json, report.error(), JobErrors);
    const auto setsJson = [](const QList<BackupManager::BackupSet> &sets) {
        QJsonArray list;
        for (const auto &s : sets)
            list.append(QJsonObject { { QStringLiteral("name"), s.name },
                { QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("bytes"), s.bytes }, { QStringLiteral("complete"), s.complete } });
        return list;
    };
    if (json) {
        printJson({ { QStringLiteral("ok"), true }, { QStringLiteral("dry_run"), dryRun },
            { QStringLiteral("folder"), dir }, { QStringLiteral("kept"), setsJson(report->kept) },
            { QStringLiteral("removed"), setsJson(report->removed) } });
        return Success;
    }
    for (const auto &s : report->removed)
        out() << (dryRun ? "would remove " : "removed ") << s.name << (s.complete ? "" : " (incomplete)") << Qt::endl;
    out() << dir << ": " << report->kept.size() << " backup set(s) kept, " << report->removed.size()
          << (dryRun ? " would be removed" : " removed") << " (keep the last " << keep << " and all from the last "
          << days << " days)." << Qt::endl;
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    applyApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("catalog-admin"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Catalog Admin command-line tool.\n\n"
        "Commands:\n"
        "  migrate   apply the schema migrations this version knows\n"
        "  stats     catalog figures: counts by status, currency and supplier, prices, jobs per day,\n"
        "            images, space per table and index, dead rows, pg_stat_statements\n"
        "  health    connection, server, standby state, free disk, long-running jobs;\n"
        "            exit 0 healthy, 1 warnings, 2 unhealthy\n"
        "  optimize  VACUUM/ANALYZE with the size and dead rows before and after\n"
        "  export FILE [--format csv|jsonl] [--filter key=value ...]\n"
        "            write the products (filter: text=, status=, supplier=SOURCE_ID, updated-since=DATE,\n"
        "            deleted=active|only|all) in a format import reads back\n"
        "  import FILE [--format csv|jsonl|json|1688sync] [--mode upsert|insert-only|skip-existing] [--dry-run]\n"
        "            read products (upsert by source_id); bad rows are rejected with line, field and reason\n"
        "  fetch-images [--product SOURCE_ID ...] [--missing] [--storage DIR] [--convert jpeg|png|webp] [--quality N]\n"
        "            download the products' images into <storage>/images (exit 1 when some failed)\n"
        "  backup [--output DIR] [--images] [--pg-dump PATH]\n"
        "            catalog_backup_YYYYMMDD_HHMMSS.* with a manifest (row counts, checksums, sha256 of every file)\n"
        "  restore FILE [--yes] [--no-images] [--pg-restore PATH]\n"
        "            restore a backup set (FILE: its manifest or any of its files), verified against the manifest;\n"
        "            --yes is needed when the database holds products or suppliers\n"
        "  cleanup-backups [--output DIR] [--keep N] [--keep-days D] [--dry-run]\n"
        "            keep the last N sets (default 7) and all from the last D days (default 30)\n"
        "  setup-roles [--member LOGIN=viewer|editor|admin ...]\n"
        "            PostgreSQL: create the catalog_viewer/editor/admin roles and their grants\n"
        "  check [--fix]  consistency check\n\n"
        "Images and backups live under --storage DIR, else STORAGE_PATH, else the setting storage/root, else the\n"
        "application data folder.\n"
        "The database is --database URL, else CATALOG_DATABASE_URL, else DB_HOST/DB_PORT/DB_NAME/\n"
        "DB_USER/DB_PASSWORD, else the connection saved by the GUI, else the embedded SQLite file.\n"
        "PostgreSQL URLs take libpq options (?sslmode=require&service=...); ~/.pgpass is honoured.\n\n"
        "Exit status: 0 success, 1 the job reported errors, 2 usage or connection errors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("Database URL."), QStringLiteral("url"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Print a machine-readable JSON result."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QStringLiteral("Log what the storage layer does."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("File format (export: csv, jsonl; import: csv, jsonl, json, 1688sync)."), QStringLiteral("format"));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
        QStringLiteral("Export filter key=value (repeatable)."), QStringLiteral("filter"));
    const QCommandLineOption fixOption(QStringLiteral("fix"), QStringLiteral("check: repair what is found."));
    parser.addOption(fixOption);
    const QCommandLineOption modeOption(QStringLiteral("mode"),
        QStringLiteral("import: upsert (default), insert-only or skip-existing."), QStringLiteral("mode"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), QStringLiteral("import, cleanup-backups: say what would happen, change nothing."));
    const QCommandLineOption outputOption(QStringLiteral("output"),
        QStringLiteral("backup, cleanup-backups: the backup folder."), QStringLiteral("dir"));
    const QCommandLineOption storageOption(QStringLiteral("storage"),
        QStringLiteral("Storage root for images and backups (default: STORAGE_PATH or the data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption imagesOption(QStringLiteral("images"), QStringLiteral("backup: also archive the image store."));
    const QCommandLineOption noImagesOption(QStringLiteral("no-images"),
        QStringLiteral("restore: leave the image store as it is."));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
        QStringLiteral("restore: replace a database that holds data."));
    const QCommandLineOption pgDumpOption(QStringLiteral("pg-dump"), QStringLiteral("backup: the pg_dump to use."),
        QStringLiteral("path"));
    const QCommandLineOption pgRestoreOption(QStringLiteral("pg-restore"),
        QStringLiteral("restore: the pg_restore to use."), QStringLiteral("path"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
        QStringLiteral("cleanup-backups: how many of the newest sets to keep (default 7)."), QStringLiteral("n"));
    const QCommandLineOption keepDaysOption(QStringLiteral("keep-days"),
        QStringLiteral("cleanup-backups: keep every set younger than this many days (default 30)."),
        QStringLiteral("days"));
    parser.addOptions({ outputOption, storageOption, imagesOption, noImagesOption, yesOption, pgDumpOption,
        pgRestoreOption, keepOption, keepDaysOption });
    const QCommandLineOption memberOption(QStringLiteral("member"),
        QStringLiteral("setup-roles: make LOGIN a member of viewer, editor or admin (repeatable)."),
        QStringLiteral("login=role"));
    parser.addOption(memberOption);
    parser.addOption(modeOption);
    parser.addOption(dryRunOption);
    parser.addOption(databaseOption);
    parser.addOption(formatOption);
    parser.addOption(filterOption);
    parser.addOption(jsonOption);
    parser.addOption(verboseOption);
    addFetchImagesOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("migrate | stats | health | optimize | check | export FILE | import FILE | backup | "
                       "restore FILE | cleanup-backups"));
    if (!parser.parse(QCoreApplication::arguments())) {
        err() << "catalogctl: " << parser.errorText() << Qt::endl;
        return UsageOrConnection;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "catalogctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const bool json = parser.isSet(jsonOption);
    logging::install({ logging::defaultDirectory(), QStringLiteral("catalogctl") });
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false"));
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const bool known = command == QLatin1String("migrate") || command == QLatin1String("stats")
        || command == QLatin1String("export") || command == QLatin1String("check")
        || command == QLatin1String("import") || command == QLatin1String("health")
        || command == QLatin1String("optimize") || command == QLatin1String("backup")
        || command == QLatin1String("restore") || command == QLatin1String("cleanup-backups")
        || command == QLatin1String("fetch-images") || command == QLatin1String("setup-roles");
    const bool takesFile = command == QLatin1String("export") || command == QLatin1String("import")
        || command == QLatin1String("restore");
    if (!known || (!takesFile && args.size() != 1)) {
        err() << "catalogctl: "
              << (command.isEmpty() ? QStringLiteral("no command given")
                                    : QStringLiteral("unknown command \"%1\"").arg(command))
              << "\nUsage: catalogctl [--database URL] [--json] migrate|stats|health|optimize|check|fetch-images|export FILE|"
                 "import FILE|backup|restore FILE|cleanup-backups|setup-roles   "
                 "(catalogctl --help for more)"
              << Qt::endl;
        return UsageOrConnection;
    }

    if (command == QLatin1String("cleanup-backups")) // files only: no database needed
        return runCleanupBackups(json,
            parser.isSet(outputOption) ? parser.value(outputOption)
                                       : QDir(resolveStorageRoot(parser.value(storageOption))).filePath(QStringLiteral("backups")),
            parser.value(keepOption),
            parser.value(keepDaysOption), parser.isSet(dryRunOption));

    const Result<ConnectionConfig> config = ConnectionConfig::resolve(
        parser.value(databaseOption), QProcessEnvironment::systemEnvironment(), savedDatabaseUrl());
    if (!config)
        return fail(json, config.error(), UsageOrConnection);
    ConnectionManager connections(config.value());
    if (command == QLatin1String("migrate"))
        return runMigrate(connections, json);
    if (command == QLatin1String("health")) // reads nothing of the schema: usable for monitoring any time
        return runHealth(connections, json, parser.value(storageOption));

    // Every other command needs the current schema; apply it as the GUI does on start.
    if (const Result<MigrationReport> migrated = Migrator(connections).migrate(); !migrated)
        return fail(json, migrated.error(), exitCodeFor(migrated.error()));
    if (command == QLatin1String("setup-roles"))
        return runSetupRoles(connections, json, parser.values(memberOption));
    if (const Result<int> closed = SyncRecordRepository(connections).closeAbandoned(); !closed)
        err() << "warning: could not close jobs abandoned by killed runs: " << closed.error().toString() << Qt::endl;
    else if (closed.value() > 0)
        err() << "note: " << closed.value() << " job(s) left running by a killed run were marked failed" << Qt::endl;
    if (command == QLatin1String("optimize"))
        return runOptimize(connections, json);
    if (command == QLatin1String("backup"))
        return runBackup(connections, json, parser.value(outputOption), parser.value(storageOption),
            parser.isSet(imagesOption), parser.value(pgDumpOption));
    if (command == QLatin1String("restore"))
        return runRestore(connections, json, args, parser.value(storageOption), !parser.isSet(noImagesOption),
            parser.isSet(yesOption), parser.value(pgRestoreOption));
    if (command == QLatin1String("check"))
        return runCheck(connections, json, parser.isSet(fixOption));
    if (command == QLatin1String("fetch-images"))
        return runFetchImages(connections, json, parser);
    if (command == QLatin1String("export"))
        return runExport(connections, json, args, parser.value(formatOption), parser.values(filterOption));
    if (command == QLatin1String("import"))
        return runImport(connections, json, args, parser.value(formatOption), parser.value(modeOption),
            parser.isSet(dryRunOption));
    return runStats(connections, json, parser.value(storageOption));
}
