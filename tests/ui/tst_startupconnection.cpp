// The GUI's start on a database that cannot be opened: the connection dialog comes up with the
// problem (which database, without its password, and why) instead of the program exiting.

#include "connectiondialog.h"
#include "db/connectionmanager.h"
#include "interfacelanguage.h"
#include "schema/migrator.h"
#include "startupconnector.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace catalog;
using namespace catalog::test;

class StartupConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void shouldOfferTheDialogWhenTheServerCannotBeReached()
    {
        // Given a configured server on a closed port, with a password in its URL
        const auto config = ConnectionConfig::fromUrl(
            QStringLiteral("postgresql://nobody:start-secret@127.0.0.1:1/catalog?connect_timeout=2"));
        QVERIFY_OK(config);
        QTemporaryDir dir;
        const auto fallback = ConnectionConfig::fromUrl(
            QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("picked.sqlite")));
        QVERIFY_OK(fallback);

        // When the GUI starts, the dialog shows why; the operator picks another database
        StartupConnector startup;
        QString problem;
        int shown = 0;
        connect(&startup, &StartupConnector::dialogShown, this, [&](ConnectionDialog *dialog) {
            ++shown;
            QTimer::singleShot(0, dialog, [&, dialog] {
                problem = dialog->problem();
                saveScreenshot(dialog, QStringLiteral("startup-connection-dialog"));
                dialog->setConfig(fallback.value());
                dialog->accept();
            });
        });
        const std::unique_ptr<ConnectionManager> connections = startup.open(config.value());

        // Then it named the database (without the password) and the reason, and opened the chosen one
        QCOMPARE(shown, 1);
        QVERIFY2(problem.contains(QStringLiteral("127.0.0.1:1")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("cannot be reached")), qPrintable(problem));
        QVERIFY2(!problem.contains(QStringLiteral("start-secret")), qPrintable(problem));
        QVERIFY(connections);
        QCOMPARE(connections->config().sqlitePath, fallback->sqlitePath);
        QCOMPARE(Migrator(*connections).currentVersion().value(), Migrator::latestVersion());
        QVERIFY(startup.lastProblem().isEmpty());
    }

    void shouldQuitCleanlyWhenTheOperatorCancels()
    {
        // Given a SQLite file in a folder that cannot exist (its parent is a file; root may write anywhere)
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("not-a-folder/catalog.sqlite"));
        const auto config = ConnectionConfig::fromUrl(QStringLiteral("sqlite://") + path);
        QVERIFY_OK(config);

        // When the operator cancels the dialog
        StartupConnector startup;
        int shown = 0;
        connect(&startup, &StartupConnector::dialogShown, this, [&](ConnectionDialog *dialog) {
            ++shown;
            QTimer::singleShot(0, dialog, &QDialog::reject);
        });
        const std::unique_ptr<ConnectionManager> connections = startup.open(config.value());

        // Then no database is opened and the reason is there for the exit message
        QCOMPARE(shown, 1);
        QVERIFY(!connections);
        QVERIFY2(startup.lastProblem().contains(path), qPrintable(startup.lastProblem()));
        QVERIFY(!QFile::exists(path));
    }

    void shouldOpenAReachableDatabaseWithoutAsking()
    {
        QTemporaryDir dir;
        const auto config = ConnectionConfig::fromUrl(
            QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ok.sqlite")));
        QVERIFY_OK(config);
        StartupConnector startup;
        int shown = 0;
        connect(&startup, &StartupConnector::dialogShown, this, [&](ConnectionDialog *dialog) {
            ++shown;
            QTimer::singleShot(0, dialog, &QDialog::reject);
        });
        const std::unique_ptr<ConnectionManager> connections = startup.open(config.value());
        QVERIFY(connections);
        QCOMPARE(shown, 0);
        QCOMPARE(Migrator(*connections).currentVersion().value(), Migrator::latestVersion());
    }
};

CATALOG_TEST_MAIN(StartupConnectionTest)
#include "tst_startupconnection.moc"
