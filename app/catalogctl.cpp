// catalogctl: the catalog's jobs without a display, for cron and scripts.
// Exit codes: 0 success, 1 the job ran but reported errors, 2 usage or connection errors.

#include "appidentity.h"
#include "connectionconfig.h"
#include "connectionmanager.h"
#include "migrator.h"
#include "statisticsrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
        printJson({ { QStringLiteral("ok"), false },
                    { QStringLiteral("error"), error.toString() },
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
    case ErrorKind::Permission: return UsageOrConnection;
    default: return JobErrors;
    }
}

int runMigrate(ConnectionManager &connections, bool json)
{
    const Result<MigrationReport> report = Migrator(connections).migrate();
    if (!report)
        return fail(json, report.error(), exitCodeFor(report.error()));
    if (json) {
        printJson({ { QStringLiteral("ok"), true },
                    { QStringLiteral("from_version"), report->fromVersion },
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

int runStats(ConnectionManager &connections, bool json)
{
    const Result<CatalogStatistics> stats = StatisticsRepository(connections).collect();
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
    out() << "Products:        " << stats->products << " (" << stats->deletedProducts << " deleted)" << Qt::endl;
    out() << "Suppliers:       " << stats->suppliers << Qt::endl;
    out() << "Images:          " << stats->images << Qt::endl;
    out() << "Database size:   " << c.formattedDataSize(stats->databaseBytes) << Qt::endl;
    out() << "By sync status:" << Qt::endl;
    for (auto it = stats->productsByStatus.cbegin(); it != stats->productsByStatus.cend(); ++it)
        out() << "  " << qSetFieldWidth(10) << Qt::left << it.key() << qSetFieldWidth(0) << it.value() << Qt::endl;
    out() << "By currency:" << Qt::endl;
    for (auto it = stats->productsByCurrency.cbegin(); it != stats->productsByCurrency.cend(); ++it)
        out() << "  " << qSetFieldWidth(10) << Qt::left << it.key() << qSetFieldWidth(0) << it.value() << Qt::endl;
    out() << "Top suppliers:" << Qt::endl;
    for (const auto &[name, count] : stats->topSuppliers)
        out() << "  " << count << "  " << name << Qt::endl;
    out() << "Last jobs:" << Qt::endl;
    if (stats->lastSyncs.isEmpty())
        out() << "  (none)" << Qt::endl;
    for (const SyncRecord &r : stats->lastSyncs)
        out() << "  " << r.startTime.toString(Qt::ISODate) << "  " << r.operationType << "  " << r.status << "  "
              << r.successCount << " ok, " << r.errorCount << " errors" << Qt::endl;
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
            "  stats     catalog figures: counts by status, currency and supplier, size, last jobs\n\n"
            "The database is --database URL, else CATALOG_DATABASE_URL, else DB_HOST/DB_PORT/DB_NAME/\n"
            "DB_USER/DB_PASSWORD, else the connection saved by the GUI, else the embedded SQLite file.\n"
            "PostgreSQL URLs take libpq options (?sslmode=require&service=...); ~/.pgpass is honoured.\n\n"
            "Exit status: 0 success, 1 the job reported errors, 2 usage or connection errors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Database URL."), QStringLiteral("url"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print a machine-readable JSON result."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Log what the storage layer does."));
    parser.addOption(databaseOption);
    parser.addOption(jsonOption);
    parser.addOption(verboseOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("migrate | stats"));
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
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false"));
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (args.size() != 1 || (command != QLatin1String("migrate") && command != QLatin1String("stats"))) {
        err() << "catalogctl: " << (command.isEmpty() ? QStringLiteral("no command given") : QStringLiteral("unknown command \"%1\"").arg(command))
              << "\nUsage: catalogctl [--database URL] [--json] migrate|stats   (catalogctl --help for more)" << Qt::endl;
        return UsageOrConnection;
    }

    const Result<ConnectionConfig> config =
            ConnectionConfig::resolve(parser.value(databaseOption), QProcessEnvironment::systemEnvironment(), savedDatabaseUrl());
    if (!config)
        return fail(json, config.error(), UsageOrConnection);
    ConnectionManager connections(config.value());
    if (command == QLatin1String("migrate"))
        return runMigrate(connections, json);

    // Every other command needs the current schema; apply it as the GUI does on start.
    if (const Result<MigrationReport> migrated = Migrator(connections).migrate(); !migrated)
        return fail(json, migrated.error(), exitCodeFor(migrated.error()));
    return runStats(connections, json);
}
