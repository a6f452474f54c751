#include "config/appidentity.h"
#include "config/connectionconfig.h"
#include "db/connectionmanager.h"
#include "config/logfile.h"
#include "mainwindow.h"
#include "schema/migrator.h"
#include "repositories/syncrecordrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcApp, "catalog.app")

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    catalog::applyApplicationIdentity();
    catalog::logging::install({ catalog::logging::defaultDirectory(), QStringLiteral("catalog-admin") });

    // The language chosen in View ▸ Language, or the system's.
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("catalogadmin"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
    catalog::ConnectionManager connections(config.value());
    qCInfo(lcApp).noquote() << "connecting to" << config->displayName();
    const auto migrated = catalog::Migrator(connections).migrate();
    if (!migrated) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Catalog Admin"),
                              QApplication::translate("main", "The database %1 could not be prepared:\n%2")
                                      .arg(config->displayName(), migrated.error().toString()));
        return 2;
    }

    // Jobs a killed or crashed run of this machine left "running" are closed as failed.
    if (const auto closed = catalog::SyncRecordRepository(connections).closeAbandoned(); !closed)
        qWarning().noquote() << "could not close abandoned jobs:" << closed.error().toString();

    catalog::MainWindow window(connections);
    window.show();
    // First start on the embedded default: offer demo data once the window is up.
    if (config->engine == catalog::Engine::SQLite && config->sqlitePath == catalog::ConnectionConfig::defaultSqlite().sqlitePath)
        QTimer::singleShot(0, &window, &catalog::MainWindow::offerDemoData);
    return app.exec();
}
