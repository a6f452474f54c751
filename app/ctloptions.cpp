#include "ctloptions.h"

#include "ctlbulkcommand.h"
#include "ctlpurgecommand.h"
#include "ctlcommand.h"
#include "ctlimportdiff.h"
#include "ctlsettings.h"
#include "ctlreadserver.h"
#include "fetchimagescommand.h"
#include "seeddemocommand.h"

#include <QCommandLineParser>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

} // namespace

CtlOptions::CtlOptions()
    : database(valueOption(u"database"_s,
        u"Database URL. A password in it is visible to other users in the process list: use "
        "~/.pgpass or PGPASSWORD instead."_s,
        u"url"_s))
    , json(u"json"_s, u"Print a machine-readable JSON result."_s)
    , verbose(u"verbose"_s, u"Log what the storage layer does."_s)
    , format(valueOption(u"format"_s,
          u"File format (export: csv, jsonl; import: csv, jsonl, json, 1688sync)."_s, u"format"_s))
    , filter(valueOption(u"filter"_s, u"Export filter key=value (repeatable)."_s, u"filter"_s))
    , rawCells(u"raw-cells"_s,
          u"export (CSV): write cells that start like a spreadsheet formula (= + - @) as they are; by "
          "default they are written behind a single quote, which import removes again."_s)
    , fix(u"fix"_s, u"check: repair what is found."_s)
    , mode(valueOption(u"mode"_s, u"import: upsert (default), insert-only or skip-existing."_s, u"mode"_s))
    , dryRun(u"dry-run"_s, u"import, cleanup-backups, purge: say what would happen, change nothing."_s)
    , delimiter(valueOption(u"delimiter"_s,
          u"import (CSV): the field separator, one character or tab (also \\t), comma, semicolon, pipe, "
          "space (default ,)."_s,
          u"char"_s))
    , quote(valueOption(u"quote"_s,
          u"import (CSV): the quote character, one character or double, single (default \")."_s, u"char"_s))
    , column(valueOption(u"column"_s,
          u"import (CSV): fill FIELD from the file's column NAME (its header name, any case; repeatable); "
          "NAME= ignores the column."_s,
          u"name=field"_s))
    , output(valueOption(u"output"_s, u"backup, cleanup-backups: the backup folder."_s, u"dir"_s))
    , storage(valueOption(u"storage"_s,
          u"Storage root for images and backups (default: STORAGE_PATH or the data folder)."_s, u"dir"_s))
    , images(u"images"_s, u"backup: also archive the image store."_s)
    , incremental(u"incremental"_s,
          u"backup: only what changed since the newest complete set in the folder (its parent)."_s)
    , noImages(u"no-images"_s, u"restore: leave the image store as it is; seed-demo: no pictures."_s)
    , yes(u"yes"_s, u"restore: replace a database that holds data."_s)
    , pgDump(valueOption(u"pg-dump"_s, u"backup: the pg_dump to use."_s, u"path"_s))
    , pgRestore(valueOption(u"pg-restore"_s, u"restore: the pg_restore to use."_s, u"path"_s))
    , keep(valueOption(
          u"keep"_s, u"cleanup-backups: how many of the newest sets to keep (default 7)."_s, u"n"_s))
    , keepDays(valueOption(u"keep-days"_s,
          u"cleanup-backups: keep every set younger than this many days (default 30)."_s, u"days"_s))
    , member(valueOption(u"member"_s,
          u"setup-roles: make LOGIN a member of viewer, editor or admin (repeatable)."_s, u"login=role"_s))
{
}

void CtlOptions::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(ctlDescription() + u"\n\n"_s + RuntimeSettings::helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    // In the order --help has always listed them.
    parser.addOption(fix);
    parser.addOptions(
        { output, storage, images, incremental, noImages, yes, pgDump, pgRestore, keep, keepDays });
    parser.addOptions({ member, mode, dryRun, delimiter, quote, column });
    parser.addOptions({ database, format, filter, rawCells, json, verbose });
    addFetchImagesOptions(parser);
    addImportDiffOptions(parser);
    addSeedDemoOptions(parser);
    addBulkUpdateOptions(parser);
    addPurgeOptions(parser);
    addRuntimeSettingsOptions(parser);
    addReadServerOptions(parser);
    parser.addPositionalArgument(u"command"_s, ctlCommandNames(u" | "_s));
}

} // namespace catalog
