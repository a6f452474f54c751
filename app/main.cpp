#include "config/appidentity.h"
#include "config/connectionconfig.h"
#include "db/connectionmanager.h"
#include "db/readrouter.h"
#include "config/logfile.h"
#include "db/connectionmanager.h"
#include "languageswitcher.h"
#include "config/runtimesettings.h"
#include "mainwindow.h"
#include "startupconnector.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcApp, "catalog.app")

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    catalog::applyApplicationIdentity();
    catalog::logging::install({ catalog::logging::defaultDirectory(), QStringLiteral("catalog-admin") });

    // The language chosen in View ▸ Language, or the system's; the menu switches it while running.
    catalog::LanguageSwitcher::instance().apply(catalog::LanguageSwitcher::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Administration of the wholesale product catalog"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Database URL (postgresql://… or sqlite:///…)"),
                                            QStringLiteral("url"));
    parser.addOption(databaseOption);
    parser.process(app);

    const auto config = catalog::ConnectionConfig::resolve(parser.value(databaseOption),
                                                           QProcessEnvironment::systemEnvironment(),
                                                           catalog::savedDatabaseUrl());
    if (!config) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Catalog Admin"), config.error().toString());
        return 2;
    }
    // MAX_FILE_SIZE, BATCH_SIZE, CACHE_TTL and the pool from the environment or the settings file:
    // a bad value is said once here rather than silently replaced by its default later.
    if (const auto settings = catalog::RuntimeSettings::resolve(); !settings) {
        fprintf(stderr, "%s\n", qPrintable(settings.error().toString()));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Catalog Admin"), settings.error().toString());
        return 2;
    }
    // A database that cannot be opened brings up the connection dialog with the reason, not an exit.
    catalog::StartupConnector startup;
    const std::unique_ptr<catalog::ConnectionManager> connections = startup.open(config.value());
    if (!connections) {
        qCWarning(lcApp).noquote() << "no database chosen; quitting." << startup.lastProblem();
        fprintf(stderr, "%s\n%s\n", qPrintable(startup.lastProblem()),
            qPrintable(QApplication::translate("main", "No database was chosen; Catalog Admin quits.")));
        return 2;
    }

    // "Browse from standby": CATALOG_READ_DATABASE_URL or the read server saved with the connection.
    if (const catalog::StorageError error = catalog::ReadRouter::attachConfigured(*connections); !error.ok())
        qCWarning(lcApp).noquote() << "read server ignored:" << error.toString();
    catalog::MainWindow window(*connections);
    window.show();
    // First start on the embedded default: offer demo data once the window is up.
    const catalog::ConnectionConfig &opened = connections->config();
    if (opened.engine == catalog::Engine::SQLite && opened.sqlitePath == catalog::ConnectionConfig::defaultSqlite().sqlitePath)
        QTimer::singleShot(0, &window, &catalog::MainWindow::offerDemoData);
    return app.exec();
}
