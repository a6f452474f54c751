#include "ctlcommand.h"

#include "ctlbackupcommands.h"
#include "ctlbulkcommand.h"
#include "ctlcatalogcommands.h"
#include "ctlcontext.h"
#include "ctlimportoptions.h"
#include "ctloptions.h"
#include "ctlpurgecommand.h"
#include "ctlqualitycommand.h"
#include "ctltransfercommands.h"
#include "fetchimagescommand.h"
#include "securitycommands.h"
#include "seeddemocommand.h"

#include <QCommandLineParser>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

int runFetchImagesCommand(CtlContext &context)
{
    return runFetchImages(context.connections(), context.json(), context.parser());
}

int runSetupRolesCommand(CtlContext &context)
{
    return runSetupRoles(
        context.connections(), context.json(), context.parser().values(context.options().member));
}

QList<CtlCommand> buildCommands()
{
    return {
        { .name = u"migrate"_s,
            .summary = { u"apply the schema migrations this version knows"_s },
            .needsCurrentSchema = false,
            .closesAbandonedJobs = false,
            .run = runMigrate },
        { .name = u"stats"_s,
            .summary = { u"catalog figures: counts by status, currency and supplier, prices, jobs per day,"_s,
                u"images, space per table and index, dead rows, pg_stat_statements"_s },
            .database = CtlDatabaseUse::Reads,
            .run = runStats },
        { .name = u"health"_s,
            .summary
            = { u"connection, server, standby state, free disk, long-running jobs, schema version;"_s,
                u"exit 0 healthy, 1 warnings, 2 unhealthy"_s },
            .database = CtlDatabaseUse::Reads,
            .needsCurrentSchema = false,
            .run = runHealth },
        { .name = u"optimize"_s,
            .summary = { u"VACUUM/ANALYZE with the size and dead rows before and after"_s },
            .run = runOptimize },
        { .name = u"export"_s,
            .arguments = u"FILE [--format csv|jsonl] [--filter key=value ...] [--raw-cells]"_s,
            .summary
            = { u"write the products (filter: text=, status=, supplier=SOURCE_ID, updated-since=DATE,"_s,
                u"deleted=active|only|all, currency=, price-min=, price-max=, spec=NAME[=VALUE], quality=KIND,"_s,
                u"stale-days=N) in a format import reads back"_s },
            .database = CtlDatabaseUse::Reads,
            .takesFile = true,
            .run = runExport },
        { .name = u"import"_s,
            .arguments
            = u"FILE [--format csv|jsonl|json|1688sync] [--mode upsert|insert-only|skip-existing] "
              "[--dry-run [--diff [--diff-limit N]]] [--delimiter CHAR] [--quote CHAR] [--column NAME=FIELD ...]"_s,
            .summary
            = { u"read products (upsert by source_id); bad rows are rejected with line, field and reason;"_s,
                u"CSV: --delimiter ; or tab, --quote ', --column NAME=FIELD fills FIELD from the column NAME"_s,
                u"(NAME= ignores it), as the import wizard does; --dry-run --diff lists new, changed (field:"_s,
                u"old → new), unchanged and rejected products before anything is written"_s },
            .takesFile = true,
            .checkOptions = checkImportUsage,
            .run = runImport },
        { .name = u"bulk-update"_s,
            .arguments = u"[--filter key=value ...] [--set field=value ...] [--price-adjust +N%|-N%|+AMOUNT|-AMOUNT] "
                         "[--spec-set NAME=VALUE] [--spec-rename OLD=NEW] [--spec-remove NAME] [--delete|--restore] "
                         "[--dry-run]"_s,
            .summary = { u"change the filtered products in the database, in batches (filter keys as for export);"_s,
                u"--set sync_status|supplier|currency|moq=VALUE; prints matched, changed and refused"_s },
            .checkOptions = checkBulkUpdateUsage,
            .run = runBulkUpdate },
        { .name = u"fetch-images"_s,
            .arguments = u"[--product SOURCE_ID ...] [--missing] [--storage DIR] [--convert jpeg|png|webp] "
                         "[--quality N]"_s,
            .summary = { u"download the products' images into <storage>/images (exit 1 when some failed)"_s },
            .run = runFetchImagesCommand },
        { .name = u"backup"_s,
            .arguments = u"[--incremental] [--output DIR] [--images] [--pg-dump PATH]"_s,
            .summary
            = { u"catalog_backup_YYYYMMDD_HHMMSS.* with a manifest (row counts, checksums, sha256 of every "
                "file)"_s,
                u"and the settings without secrets; --incremental: only what changed since the newest set"_s },
            .run = runBackup },
        { .name = u"verify-backup"_s,
            .arguments = u"SET [--pg-restore PATH]"_s,
            .summary = { u"check a backup set and its chain without restoring: every file's sha256, the"_s,
                u"archive readable (pg_restore --list, SQLite integrity_check); exit 0 good, 1 problems"_s },
            .database = CtlDatabaseUse::None,
            .needsCurrentSchema = false,
            .takesFile = true,
            .fileHint = u"SET (the manifest or a file of the backup set)"_s,
            .closesAbandonedJobs = false,
            .run = runVerifyBackup },
        { .name = u"restore"_s,
            .arguments = u"FILE [--yes] [--no-images] [--pg-restore PATH]"_s,
            .summary
            = { u"restore a backup set (FILE: its manifest or any of its files), verified against the "
                "manifest;"_s,
                u"--yes is needed when the database holds products or suppliers"_s },
            .takesFile = true,
            .fileHint = u"FILE (the manifest or a file of the backup set)"_s,
            .run = runRestore },
        { .name = u"cleanup-backups"_s,
            .arguments = u"[--output DIR] [--keep N] [--keep-days D] [--dry-run]"_s,
            .summary = { u"keep the last N sets (default 7) and all from the last D days (default 30)"_s },
            .database = CtlDatabaseUse::None,
            .needsCurrentSchema = false,
            .run = runCleanupBackups },
        { .name = u"setup-roles"_s,
            .arguments = u"[--member LOGIN=viewer|editor|admin ...]"_s,
            .summary = { u"PostgreSQL: create the catalog_viewer/editor/admin roles and their grants"_s },
            .closesAbandonedJobs = false,
            .run = runSetupRolesCommand },
        { .name = u"seed-demo"_s,
            .arguments = u"[--products N] [--no-images] [--storage DIR]"_s,
            .summary
            = { u"fill an empty catalog with demo suppliers and products (default 3000), each with a painted"_s,
                u"picture as its main image (--no-images: without); refuses a catalog that holds any rows"_s },
            .checkOptions = checkSeedDemoOptions,
            .run = runSeedDemo },
        { .name = u"check"_s,
            .arguments = u"[--fix]"_s,
            .summary = { u"consistency check; --fix repairs what it finds"_s },
            .database = CtlDatabaseUse::Reads,
            .writesWith = u"fix"_s,
            .run = runCheck },
        { .name = u"quality"_s,
            .summary
            = { u"data-quality problems per kind (no_main_image, image_not_stored, no_specifications,"_s,
                u"short_title, price_spread, no_supplier, stale_sync) with example source_ids"_s },
            .database = CtlDatabaseUse::Reads,
            .run = runQuality },
        { .name = u"purge"_s,
            .arguments = u"[--deleted-older-than DAYS] [--history-older-than DAYS] [--jobs-older-than DAYS] [--dry-run] "
                         "[--storage DIR]"_s,
            .summary = { u"hard-delete products soft-deleted long ago (with their images, files and history), old"_s,
                u"history versions (the newest 20 of each row stay) and old job records, in batches; without a"_s,
                u"limit every part runs with the settings' limits (90, 365, 180 days); --dry-run only counts"_s },
            .checkOptions = checkPurgeUsage,
            .run = runPurge },
    };
}

} // namespace

QString CtlCommand::synopsis() const
{
    return arguments.isEmpty() ? name : name + u' ' + arguments;
}

QString CtlCommand::usage() const
{
    return u"Usage: catalogctl [--database URL] [--json] %1"_s.arg(synopsis());
}

const QList<CtlCommand> &ctlCommands()
{
    static const QList<CtlCommand> commands = buildCommands();
    return commands;
}

const CtlCommand *findCtlCommand(const QString &name)
{
    for (const CtlCommand &command : ctlCommands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString ctlCommandNames(const QString &separator)
{
    QStringList names;
    for (const CtlCommand &command : ctlCommands())
        names << (command.takesFile ? command.name + u" FILE"_s : command.name);
    return names.join(separator);
}

QString ctlDescription()
{
    QString text = u"Catalog Admin command-line tool.\n\nCommands:\n"_s;
    const QString indent(12, u' ');
    for (const CtlCommand &command : ctlCommands()) {
        const QString synopsis = command.synopsis();
        if (synopsis.size() < 10)
            text += u"  "_s + synopsis.leftJustified(10) + command.summary.value(0) + u'\n';
        else
            text += u"  "_s + synopsis + u'\n' + indent + command.summary.value(0) + u'\n';
        for (qsizetype i = 1; i < command.summary.size(); ++i)
            text += indent + command.summary.at(i) + u'\n';
    }
    return text
        + u"\nstats, health, export and check without --fix never create a database file or a table: they "
          u"refuse a\n"
          "SQLite file that does not exist and a database without the current schema (run catalogctl "
          "migrate).\n\n"
          "Images and backups live under --storage DIR, else STORAGE_PATH, else the setting storage/root, "
          "else the\n"
          "application data folder.\n"
          "The database is --database URL, else CATALOG_DATABASE_URL, else DB_HOST/DB_PORT/DB_NAME/\n"
          "DB_USER/DB_PASSWORD, else the connection saved by the GUI, else the embedded SQLite file.\n"
          "PostgreSQL URLs take libpq options (?sslmode=require&service=...); ~/.pgpass is honoured.\n"
          "A password written into --database is visible to every user of this machine in the process list "
          "(ps):\n"
          "keep it in ~/.pgpass (the GUI's connection dialog can save it there) or in PGPASSWORD / "
          "DB_PASSWORD.\n"
          "catalogctl does not read the system keychain.\n\n"
          "Exit status: 0 success, 1 the job reported errors, 2 usage or connection errors."_s;
}

QString ctlUsage()
{
    return u"Usage: catalogctl [--database URL] [--json] %1   (catalogctl --help for more)"_s.arg(
        ctlCommandNames(u"|"_s));
}

} // namespace catalog
