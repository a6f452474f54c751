#include "ctlbackupcommands.h"

#include "config/appidentity.h"
#include "ctlcleanupjournal.h"
#include "ctlcontext.h"
#include "ctloptions.h"
#include "db/connectionmanager.h"
#include "maintenance/backup/backupverifier.h"
#include "maintenance/backupmanager.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace catalog {

namespace {

int backupFailure(const CtlContext &context, const StorageError &error)
{
    // A damaged set, a missing tool or file: the operator must act, like a usage error.
    const bool operatorMustAct = error.kind == ErrorKind::Validation || error.kind == ErrorKind::NotFound;
    return context.fail(error, operatorMustAct ? CtlUsageOrConnection : CtlContext::exitCodeFor(error));
}

} // namespace

int runBackup(CtlContext &context)
{
    const QString outputDir = context.parser().value(context.options().output);
    const QString storage = context.parser().value(context.options().storage);
    BackupManager::BackupOptions options;
    options.outputDir = outputDir.isEmpty()
        ? QDir(resolveStorageRoot(storage)).filePath(QStringLiteral("backups"))
        : outputDir;
    options.includeImages = context.parser().isSet(context.options().images);
    options.imagesDir = QDir(resolveStorageRoot(storage)).filePath(QStringLiteral("images"));
    options.pgDumpPath = context.parser().value(context.options().pgDump);
    options.incremental = context.parser().isSet(context.options().incremental);
    const Result<BackupManager::Manifest> manifest = BackupManager(context.connections()).backup(options);
    if (!manifest)
        return backupFailure(context, manifest.error());
    if (context.json()) {
        QJsonObject object = manifest->toJson();
        object.insert(QStringLiteral("ok"), true);
        object.insert(QStringLiteral("manifest"), manifest->path);
        context.printJson(object);
        return CtlSuccess;
    }
    CtlContext::out() << (manifest->isIncremental() ? "Incremental backup written: " : "Backup written: ")
                      << manifest->path << Qt::endl;
    if (manifest->isIncremental())
        CtlContext::out() << "  parent " << manifest->parent << Qt::endl;
    for (const BackupManager::FileEntry &f : manifest->files)
        CtlContext::out() << "  " << f.name << "  " << f.size << " bytes  sha256 " << f.sha256 << Qt::endl;
    CtlContext::out() << "  " << manifest->tables.size() << " tables, " << manifest->totalRows()
                      << " rows, schema version " << manifest->schemaVersion << ", "
                      << engineName(manifest->engine) << " " << manifest->serverVersion << Qt::endl;
    return CtlSuccess;
}

int runRestore(CtlContext &context)
{
    BackupManager manager(context.connections());
    const Result<qint64> existing = manager.catalogRows();
    if (!existing)
        return context.fail(existing.error(), CtlContext::exitCodeFor(existing.error()));
    if (existing.value() > 0 && !context.parser().isSet(context.options().yes))
        return context.fail(StorageError::make(ErrorKind::Validation,
                                QStringLiteral("%1 holds %2 products and suppliers; restoring replaces them "
                                               "all. Run again with --yes to "
                                               "restore over them.")
                                    .arg(context.connections().config().displayName())
                                    .arg(existing.value())),
            CtlUsageOrConnection);
    BackupManager::RestoreOptions options;
    options.restoreImages = !context.parser().isSet(context.options().noImages);
    options.imagesDir = QDir(resolveStorageRoot(context.parser().value(context.options().storage)))
                            .filePath(QStringLiteral("images"));
    options.pgRestorePath = context.parser().value(context.options().pgRestore);
    const Result<BackupManager::RestoreReport> report = manager.restore(context.file(), options);
    if (!report)
        return backupFailure(context, report.error());
    if (context.json()) {
        context.printJson(
            { { QStringLiteral("ok"), true }, { QStringLiteral("manifest"), report->manifest.path },
                { QStringLiteral("rows"), report->manifest.totalRows() },
                { QStringLiteral("tables_verified"), report->manifest.tables.size() },
                { QStringLiteral("schema_version_before"), report->manifest.schemaVersion },
                { QStringLiteral("schema_version_after"), report->schemaVersionAfter },
                { QStringLiteral("images_restored"), report->imagesRestored },
                { QStringLiteral("chain"), QJsonArray::fromStringList(report->chain) },
                { QStringLiteral("milliseconds"), report->milliseconds } });
        return CtlSuccess;
    }
    if (report->chain.size() > 1)
        CtlContext::out() << "Chain: " << report->chain.join(QStringLiteral(" <- ")) << Qt::endl;
    CtlContext::out() << "Restored " << report->manifest.path << " into "
                      << context.connections().config().displayName() << ": "
                      << report->manifest.tables.size() << " tables, " << report->manifest.totalRows()
                      << " rows, every table verified against the manifest";
    if (report->schemaVersionAfter != report->manifest.schemaVersion)
        CtlContext::out() << ", migrated from schema version " << report->manifest.schemaVersion << " to "
                          << report->schemaVersionAfter;
    CtlContext::out() << (report->imagesRestored ? ", images restored" : "") << " (" << report->milliseconds
                      << " ms)." << Qt::endl;
    return CtlSuccess;
}

int runCleanupBackups(CtlContext &context)
{
    const CtlOptions &o = context.options();
    const QCommandLineParser &parser = context.parser();
    const QString keepText = parser.value(o.keep);
    const QString keepDaysText = parser.value(o.keepDays);
    const bool dryRun = parser.isSet(o.dryRun);
    bool keepOk = true;
    bool daysOk = true;
    const int keep = keepText.isEmpty() ? BackupManager::kDefaultKeepLast : keepText.toInt(&keepOk);
    const int days = keepDaysText.isEmpty() ? BackupManager::kDefaultKeepDays : keepDaysText.toInt(&daysOk);
    if (!keepOk || !daysOk || keep < 0 || days < 0) {
        CtlContext::err() << "catalogctl: --keep and --keep-days take a whole number, 0 or more" << Qt::endl;
        return CtlUsageOrConnection;
    }
    // Files only: no database needed.
    const QString dir = parser.isSet(o.output)
        ? parser.value(o.output)
        : QDir(resolveStorageRoot(parser.value(o.storage))).filePath(QStringLiteral("backups"));
    const Result<BackupManager::CleanupReport> report = BackupManager::cleanup(dir, keep, days, dryRun);
    if (!report)
        return context.fail(report.error(), CtlJobErrors);
    if (!dryRun)
        journalBackupCleanup(context, dir, report->removed.size(), report->kept.size());
    const auto setsJson = [](const QList<BackupManager::BackupSet> &sets) {
        QJsonArray list;
        for (const auto &s : sets)
            list.append(QJsonObject { { QStringLiteral("name"), s.name },
                { QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("bytes"), s.bytes }, { QStringLiteral("complete"), s.complete } });
        return list;
    };
    if (context.json()) {
        context.printJson({ { QStringLiteral("ok"), true }, { QStringLiteral("dry_run"), dryRun },
            { QStringLiteral("folder"), dir }, { QStringLiteral("kept"), setsJson(report->kept) },
            { QStringLiteral("removed"), setsJson(report->removed) } });
        return CtlSuccess;
    }
    for (const auto &s : report->removed)
        CtlContext::out() << (dryRun ? "would remove " : "removed ") << s.name
                          << (s.complete ? "" : " (incomplete)") << Qt::endl;
    CtlContext::out() << dir << ": " << report->kept.size() << " backup set(s) kept, "
                      << report->removed.size() << (dryRun ? " would be removed" : " removed")
                      << " (keep the last " << keep << " and all from the last " << days << " days)."
                      << Qt::endl;
    return CtlSuccess;
}

int runVerifyBackup(CtlContext &context)
{
    const Result<BackupVerifier::Report> report
        = BackupVerifier::verify(context.file(), context.parser().value(context.options().pgRestore));
    if (!report)
        return context.fail(report.error(), CtlJobErrors);
    if (context.json()) {
        context.printJson({ { QStringLiteral("ok"), report->ok() }, { QStringLiteral("set"), context.file() },
            { QStringLiteral("chain"), QJsonArray::fromStringList(report->chain) },
            { QStringLiteral("checked"), QJsonArray::fromStringList(report->checked) },
            { QStringLiteral("problems"), QJsonArray::fromStringList(report->problems) } });
        return report->ok() ? CtlSuccess : CtlJobErrors;
    }
    for (const QString &line : report->checked)
        CtlContext::out() << "ok       " << line << Qt::endl;
    for (const QString &line : report->problems)
        CtlContext::out() << "PROBLEM  " << line << Qt::endl;
    CtlContext::out() << (report->ok() ? "The backup set is good: " : "The backup set is NOT restorable: ")
                      << report->chain.join(QStringLiteral(" <- ")) << " (" << report->problems.size()
                      << " problem(s))." << Qt::endl;
    return report->ok() ? CtlSuccess : CtlJobErrors;
}

} // namespace catalog
