#include "ctlcatalogcommands.h"

#include "config/appidentity.h"
#include "ctlcontext.h"
#include "ctldatabase.h"
#include "ctloptions.h"
#include "ctlinterrupt.h"
#include "ctlreadserver.h"
#include "ctlreports.h"
#include "db/connectionmanager.h"
#include "db/readrouter.h"
#include "maintenance/consistencychecker.h"
#include "maintenance/databaseoptimizer.h"
#include "maintenance/healthchecker.h"
#include "repositories/statisticsrepository.h"
#include "schema/migrator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace catalog {

int runMigrate(CtlContext &context)
{
    const Result<MigrationReport> report = Migrator(context.connections()).migrate();
    if (!report)
        return context.fail(report.error(), CtlContext::exitCodeFor(report.error()));
    if (context.json()) {
        context.printJson(
            { { QStringLiteral("ok"), true }, { QStringLiteral("from_version"), report->fromVersion },
                { QStringLiteral("to_version"), report->toVersion },
                { QStringLiteral("applied"), QJsonArray::fromStringList(report->applied) } });
    } else if (report->applied.isEmpty()) {
        CtlContext::out() << "Schema is up to date (version " << report->toVersion << ")." << Qt::endl;
    } else {
        for (const QString &m : report->applied)
            CtlContext::out() << "applied " << m << Qt::endl;
        CtlContext::out() << "Schema version " << report->fromVersion << " -> " << report->toVersion << "."
                          << Qt::endl;
    }
    return CtlSuccess;
}

int runStats(CtlContext &context)
{
    StatisticsRepository::Options options;
    options.storageRoot = QDir(resolveStorageRoot(context.parser().value(context.options().storage)))
                              .filePath(QStringLiteral("images"));
    const Result<CatalogStatistics> stats = ReadRouter::read<CatalogStatistics>(context.connections(),
        [&](ConnectionManager &reads) { return StatisticsRepository(reads).collect(options); });
    ctlNoteReadServer(context);
    if (!stats)
        return context.fail(stats.error(), CtlContext::exitCodeFor(stats.error()));
    if (context.json()) {
        QJsonObject object = stats->toJson();
        object.insert(QStringLiteral("ok"), true);
        object.insert(QStringLiteral("database"), context.connections().describe());
        context.printJson(object);
        return CtlSuccess;
    }
    const QLocale c = QLocale::c();
    CtlContext::out() << "Database:        " << context.connections().describe() << Qt::endl;
    CtlContext::out() << "Schema version:  " << stats->schemaVersion << Qt::endl;
    CtlContext::out() << "Products:        " << stats->products << " (" << stats->deletedProducts
                      << " deleted)" << Qt::endl;
    CtlContext::out() << "Suppliers:       " << stats->suppliers << Qt::endl;
    CtlContext::out() << "Images:          " << stats->images << Qt::endl;
    CtlContext::out() << "Database size:   " << c.formattedDataSize(stats->databaseBytes) << Qt::endl;
    CtlContext::out() << "By sync status:" << Qt::endl;
    for (auto it = stats->productsByStatus.cbegin(); it != stats->productsByStatus.cend(); ++it)
        CtlContext::out() << "  " << qSetFieldWidth(10) << Qt::left << it.key() << qSetFieldWidth(0)
                          << it.value() << Qt::endl;
    CtlContext::out() << "By currency:" << Qt::endl;
    for (auto it = stats->productsByCurrency.cbegin(); it != stats->productsByCurrency.cend(); ++it)
        CtlContext::out() << "  " << qSetFieldWidth(10) << Qt::left << it.key() << qSetFieldWidth(0)
                          << it.value() << Qt::endl;
    CtlContext::out() << "Top suppliers:" << Qt::endl;
    for (const auto &[name, count] : stats->topSuppliers)
        CtlContext::out() << "  " << count << "  " << name << Qt::endl;
    CtlContext::out() << "Last jobs:" << Qt::endl;
    if (stats->lastSyncs.isEmpty())
        CtlContext::out() << "  (none)" << Qt::endl;
    for (const SyncRecord &r : stats->lastSyncs)
        CtlContext::out() << "  " << r.startTime.toString(Qt::ISODate) << "  " << jobKindText(r.kind) << "  "
                          << jobStatusText(r.status) << "  " << r.successCount << " ok, " << r.errorCount << " errors"
                          << Qt::endl;
    printStatisticsDetails(CtlContext::out(), stats.value());
    return CtlSuccess;
}

namespace {

// health reads no schema to judge the connection, but a database catalogctl cannot work with is a
// warning for monitoring: missing or older than this program (migrate has not run yet).
void addSchemaWarning(ConnectionManager &connections, SystemHealth &health)
{
    if (!health.connection.healthy)
        return;
    const Result<int> version = Migrator(connections).currentVersion();
    if (!version)
        health.warnings.prepend(
            QStringLiteral("Cannot read the schema version: %1").arg(version.error().message));
    else if (health.connection.server.standby && version.value() != Migrator::latestVersion())
        health.warnings.prepend(ctlStandbySchemaMessage(health.connection.server, version.value()));
    else if (version.value() == 0)
        health.warnings.prepend(ctlNoSchemaMessage(connections.config()));
    else if (version.value() != Migrator::latestVersion())
        health.warnings.prepend(ctlOtherSchemaMessage(connections.config(), version.value()));
}

} // namespace

// Exit 0 healthy (a standby too), 1 warnings (replication lag over a threshold, replay paused, no
// WAL receiver, long-running jobs, disk getting full, no or an old schema), 2 unhealthy
// (unreachable, disk almost full): the plugin convention of most monitoring systems.
int runHealth(CtlContext &context)
{
    ConnectionManager &connections = context.connections();
    HealthChecker::Options options;
    options.storageRoot = resolveStorageRoot(context.parser().value(context.options().storage));
    options.archive = ArchiveHealth::Options::fromSettings(context.settings());
    options.replication = ReplicationHealth::Thresholds::fromSettings();
    SystemHealth health = HealthChecker(connections, options).check();
    addSchemaWarning(connections, health);
    if (context.json()) {
        QJsonObject object = health.toJson();
        object.insert(QStringLiteral("database"), connections.describe());
        context.printJson(object);
    } else {
        QTextStream &stream
            = health.level() == SystemHealth::Level::Ok ? CtlContext::out() : CtlContext::err();
        stream << "catalogctl: " << connections.describe() << " ("
               << engineName(connections.config().engine) << "): ";
        printHealth(stream, health);
    }
    switch (health.level()) {
    case SystemHealth::Level::Ok:
        return CtlSuccess;
    case SystemHealth::Level::Warning:
        return CtlJobErrors;
    case SystemHealth::Level::Critical:
        break;
    }
    return CtlUsageOrConnection;
}

int runOptimize(CtlContext &context)
{
    const Result<DatabaseOptimizer::Report> r = DatabaseOptimizer(context.connections()).optimize();
    if (!r)
        return context.fail(r.error(), CtlContext::exitCodeFor(r.error()));
    if (context.json()) {
        context.printJson({ { QStringLiteral("ok"), true },
            { QStringLiteral("bytes_before"), r->bytesBefore },
            { QStringLiteral("bytes_after"), r->bytesAfter },
            { QStringLiteral("dead_before"), r->deadBefore }, { QStringLiteral("dead_after"), r->deadAfter },
            { QStringLiteral("milliseconds"), r->milliseconds } });
    } else {
        const QLocale c = QLocale::c();
        CtlContext::out() << "Optimised in " << r->milliseconds
                          << " ms: " << c.formattedDataSize(r->bytesBefore) << " -> "
                          << c.formattedDataSize(r->bytesAfter) << ", dead rows/free pages " << r->deadBefore
                          << " -> " << r->deadAfter << Qt::endl;
    }
    return CtlSuccess;
}

int runCheck(CtlContext &context)
{
    const bool fix = context.parser().isSet(context.options().fix);
    ConsistencyChecker checker(context.connections());
    // Progress on stderr at most once a second; Ctrl+C stops the check between kinds and files.
    const CtlInterrupt interrupt;
    QElapsedTimer sinceLine;
    checker.setProgress([&](qint64 done, qint64 total, const QString &kind) {
        if (!context.json() && !kind.isEmpty() && (!sinceLine.isValid() || sinceLine.elapsed() >= 1000)) {
            CtlContext::err() << "check: " << done << " of " << total << " (" << kind << ")" << Qt::endl;
            sinceLine.start();
        }
        return !CtlInterrupt::requested();
    });
    QList<ConsistencyChecker::RepairReport> repairs;
    const Result<QList<ConsistencyChecker::Finding>> findings
        = fix ? checker.checkAndRepair(&repairs) : checker.check();
    if (!findings)
        return context.fail(findings.error(), CtlContext::exitCodeFor(findings.error()));
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
    if (context.json()) {
        QJsonArray list;
        for (const auto &f : findings.value())
            list.append(f.toJson());
        QJsonArray repaired;
        for (const auto &r : repairs)
            repaired.append(QJsonObject { { QStringLiteral("kind"), r.kind },
                { QStringLiteral("before"), r.before }, { QStringLiteral("after"), r.after } });
        context.printJson({ { QStringLiteral("ok"), left == 0 }, { QStringLiteral("findings"), list },
            { QStringLiteral("repairs"), repaired }, { QStringLiteral("problems_left"), left },
            { QStringLiteral("files_hashed"), checker.hashStats().hashed },
            { QStringLiteral("files_unchanged"), checker.hashStats().reused } });
    } else {
        for (const auto &f : findings.value()) {
            CtlContext::out() << (f.count == 0 ? "ok     " : "FOUND  ") << qSetFieldWidth(22) << Qt::left
                              << f.kind << qSetFieldWidth(0) << f.count << "  " << f.title << Qt::endl;
            if (!f.examples.isEmpty())
                CtlContext::out() << "         e.g. " << f.examples.join(QStringLiteral(", ")) << Qt::endl;
            if (f.count > 0 && !fix)
                CtlContext::out() << "         repair (--fix): " << f.repair << Qt::endl;
        }
        for (const auto &r : repairs)
            CtlContext::out() << "repaired " << r.kind << ": " << r.before << " -> " << r.after << Qt::endl;
        CtlContext::out() << (left == 0
                ? (found == 0 ? QStringLiteral("No problems found.")
                              : QStringLiteral("All problems repaired."))
                : QStringLiteral("%1 problem(s) left%2.")
                      .arg(left)
                      .arg(fix ? QString() : QStringLiteral("; run with --fix to repair")))
                          << Qt::endl;
    }
    return left == 0 ? CtlSuccess : CtlJobErrors;
}

} // namespace catalog
