#include "config/appidentity.h"
#include "connectiondialog.h"
#include "config/recentconnections.h"

#include "testmain.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QCoreApplication>
#include <QTest>
#include <QThreadPool>

using namespace catalog;

namespace {

template <typename T> T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    Q_ASSERT_X(widget, "child", name);
    return widget;
}

QLineEdit *edit(const QWidget &dialog, const char *name)
{
    return child<QLineEdit>(dialog, name);
}

QPushButton *okButton(const QWidget &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

void typeUrl(const ConnectionDialog &dialog, const QString &url)
{
    QLineEdit *urlEdit = edit(dialog, "urlEdit");
    urlEdit->selectAll();
    QTest::keyClick(urlEdit, Qt::Key_Delete);
    QTest::keyClicks(urlEdit, url);
}

void saveShot(QWidget &widget, const QString &name)
{
    widget.adjustSize();
    QTest::qWait(20);
    QVERIFY(widget.grab().save(QDir::current().absoluteFilePath(name)));
}

QByteArray settingsFileContents()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class ConnectionDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyApplicationIdentity();
        // Its own settings file: suites run in parallel and each clears its settings.
        QCoreApplication::setApplicationName(QStringLiteral("catalog-admin-tst_connectiondialog"));
        RecentConnections().clear();
        QVERIFY(QSettings().fileName().contains(QStringLiteral(".qttest")));
    }
    void cleanupTestCase() { RecentConnections().clear(); }

    void shouldCarryTlsFilesAndSavePasswordsOnlyWhereAsked()
    {
        // Given a URL with TLS files and a password
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString url = QStringLiteral("postgresql://alice@db.example.com:5432/catalog?sslcert=/c/client.crt"
                                           "&sslkey=/c/client.key&sslmode=verify-ca&sslrootcert=/c/ca.crt");
        edit(dialog, "urlEdit")->setText(url);
        QTest::keyClicks(edit(dialog, "urlEdit"), QStringLiteral(" "));
        QTest::keyClick(edit(dialog, "urlEdit"), Qt::Key_Backspace);
        // Then each file has its field, and the fields write the URL back unchanged
        QCOMPARE(edit(dialog, "sslRootCertEdit")->text(), QStringLiteral("/c/ca.crt"));
        QCOMPARE(edit(dialog, "sslCertEdit")->text(), QStringLiteral("/c/client.crt"));
        QCOMPARE(edit(dialog, "sslKeyEdit")->text(), QStringLiteral("/c/client.key"));
        edit(dialog, "sslRootCertEdit")->setText(QStringLiteral("/c/other-ca.crt"));
        QCOMPARE(dialog.config().options.value(QStringLiteral("sslrootcert")), QStringLiteral("/c/other-ca.crt"));
        QVERIFY(edit(dialog, "urlEdit")->text().contains(QStringLiteral("sslrootcert=/c/other-ca.crt")));
        // The password is remembered nowhere unless the operator chooses a place
        auto *remember = child<QComboBox>(dialog, "rememberCombo");
        QCOMPARE(remember->currentIndex(), 0);
        QTest::keyClicks(edit(dialog, "passwordEdit"), QStringLiteral("tls-secret-pw"));
        saveShot(dialog, QStringLiteral("connectiondialog-tls.png"));
        QVERIFY(!settingsFileContents().contains("tls-secret-pw"));
    }

    void shouldWriteTheUrlFromTheFields()
    {
        // Given the dialog switched to PostgreSQL
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QComboBox>(dialog, "engineCombo")->setCurrentIndex(1);
        QVERIFY(edit(dialog, "hostEdit")->isVisible());
        QVERIFY(!edit(dialog, "sqlitePathEdit")->isVisible());

        // When the fields are filled in
        QTest::keyClicks(edit(dialog, "hostEdit"), QStringLiteral("db.example.com"));
        child<QSpinBox>(dialog, "portSpin")->setValue(6543);
        QTest::keyClicks(edit(dialog, "databaseEdit"), QStringLiteral("catalog"));
        QTest::keyClicks(edit(dialog, "userEdit"), QStringLiteral("alice"));
        QTest::keyClicks(edit(dialog, "passwordEdit"), QStringLiteral("pa55word"));
        auto *ssl = child<QComboBox>(dialog, "sslModeCombo");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));

        // Then the URL says the same, without the password, which config() still carries
        QCOMPARE(edit(dialog, "urlEdit")->text(),
            QStringLiteral("postgresql://alice@db.example.com:6543/catalog?sslmode=verify-full"));
        QCOMPARE(edit(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
        const ConnectionConfig config = dialog.config();
        QCOMPARE(config.engine, Engine::PostgreSQL);
        QCOMPARE(config.password, QStringLiteral("pa55word"));
        QCOMPARE(config.options.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QVERIFY(okButton(dialog)->isEnabled());
        saveShot(dialog, QStringLiteral("connectiondialog-postgresql.png"));
    }

    void shouldFillTheFieldsFromATypedUrl()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // When a PostgreSQL URL with a password and an extra option is typed
        typeUrl(dialog,
            QStringLiteral("postgresql://bob:secret@10.0.0.5:5433/shop?sslmode=require&connect_timeout=3"));

        // Then every field follows, and options without a field are kept
        QCOMPARE(child<QComboBox>(dialog, "engineCombo")->currentIndex(), 1);
        QCOMPARE(edit(dialog, "hostEdit")->text(), QStringLiteral("10.0.0.5"));
        QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 5433);
        QCOMPARE(edit(dialog, "databaseEdit")->text(), QStringLiteral("shop"));
        QCOMPARE(edit(dialog, "userEdit")->text(), QStringLiteral("bob"));
        QCOMPARE(edit(dialog, "passwordEdit")->text(), QStringLiteral("secret"));
        QCOMPARE(
            child<QComboBox>(dialog, "sslModeCombo")->currentData().toString(), QStringLiteral("require"));
        QVERIFY(!child<QLabel>(dialog, "urlErrorLabel")->isVisible());
        QCOMPARE(dialog.config().options.value(QStringLiteral("connect_timeout")), QStringLiteral("3"));

        // And when editing ends the URL no longer shows the password
        emit edit(dialog, "urlEdit")->editingFinished();
        QCOMPARE(edit(dialog, "urlEdit")->text(),
            QStringLiteral("postgresql://bob@10.0.0.5:5433/shop?connect_timeout=3&sslmode=require"));
        QCOMPARE(dialog.config().password, QStringLiteral("secret"));

        // And editing a field afterwards keeps the extra option
        QTest::keyClicks(edit(dialog, "databaseEdit"), QStringLiteral("2"));
        QCOMPARE(edit(dialog, "urlEdit")->text(),
            QStringLiteral("postgresql://bob@10.0.0.5:5433/shop2?connect_timeout=3&sslmode=require"));

        // When an SQLite URL is typed, the engine and file follow
        typeUrl(dialog, QStringLiteral("sqlite:///tmp/catalog-test.db"));
        QCOMPARE(child<QComboBox>(dialog, "engineCombo")->currentIndex(), 0);
        QCOMPARE(edit(dialog, "sqlitePathEdit")->text(),
            QDir::toNativeSeparators(QStringLiteral("/tmp/catalog-test.db")));
        QVERIFY(edit(dialog, "sqlitePathEdit")->isVisible());
        QVERIFY(!edit(dialog, "hostEdit")->isVisible());
        saveShot(dialog, QStringLiteral("connectiondialog-sqlite.png"));
    }

    void shouldEditAListOfHostsAndWhichServerToUse()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // A multi-host URL fills the first host's fields, the list of the others and "Use"
        typeUrl(dialog, QStringLiteral("postgresql://bob:secret@db1:5432,db2:5433,[::1]/shop?target_session_attrs=read-write"));
        QCOMPARE(edit(dialog, "hostEdit")->text(), QStringLiteral("db1"));
        QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 5432);
        auto *table = child<QTableWidget>(dialog, "moreHostsTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("db2"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("5433"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("::1"));
        auto *target = child<QComboBox>(dialog, "targetSessionCombo");
        QCOMPARE(target->currentData().toString(), QStringLiteral("read-write"));
        QCOMPARE(dialog.config().libpqHostList(), QStringLiteral("db1,db2,::1"));

        // Reordering: db2 becomes the first host, db1 the second
        table->setCurrentCell(0, 0);
        child<QPushButton>(dialog, "moveHostUpButton")->click();
        QCOMPARE(edit(dialog, "hostEdit")->text(), QStringLiteral("db2"));
        QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 5433);
        QCOMPARE(dialog.config().libpqHostList(), QStringLiteral("db2,db1,::1"));
        QCOMPARE(dialog.config().libpqPortList(), QStringLiteral("5433,5432,"));
        // Down and remove
        table->setCurrentCell(0, 0);
        child<QPushButton>(dialog, "moveHostDownButton")->click();
        QCOMPARE(dialog.config().libpqHostList(), QStringLiteral("db2,::1,db1"));
        table->setCurrentCell(0, 0);
        child<QPushButton>(dialog, "removeHostButton")->click();
        QCOMPARE(dialog.config().libpqHostList(), QStringLiteral("db2,db1"));
        // Adding a host: a new row, edited in place
        child<QPushButton>(dialog, "addHostButton")->click();
        QCOMPARE(table->rowCount(), 2);
        table->item(1, 0)->setText(QStringLiteral("db3"));
        table->item(1, 1)->setText(QStringLiteral("6000"));
        target->setCurrentIndex(target->findData(QStringLiteral("prefer-standby")));
        const ConnectionConfig config = dialog.config();
        QCOMPARE(config.libpqHostList(), QStringLiteral("db2,db1,db3"));
        QCOMPARE(config.targetSessionAttrs(), QStringLiteral("prefer-standby"));
        QCOMPARE(config.password, QStringLiteral("secret"));
        // The URL field follows, in libpq's multi-host form and without the password
        const QString url = edit(dialog, "urlEdit")->text();
        QCOMPARE(url, QStringLiteral("postgresql://bob@db2:5433,db1:5432,db3:6000/shop?target_session_attrs=prefer-standby"));
        QVERIFY(okButton(dialog)->isEnabled());
        saveShot(dialog, QStringLiteral("connectiondialog-hosts.png"));
    }

    void shouldExplainABadUrlAndRefuseIt_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scheme") << QStringLiteral("mysql://db/x")
                                << QStringLiteral("Unsupported database URL scheme");
        QTest::newRow("port") << QStringLiteral("postgresql://db/x?port=abc")
                              << QStringLiteral("Port \"abc\"");
        QTest::newRow("option") << QStringLiteral("postgresql://db/x?colour=red")
                                << QStringLiteral("Unknown connection option");
        QTest::newRow("text") << QStringLiteral("just words") << QStringLiteral("Not a database URL");
    }
    void shouldExplainABadUrlAndRefuseIt()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        typeUrl(dialog, url);

        auto *error = child<QLabel>(dialog, "urlErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "testButton")->isEnabled());
        QVERIFY(!dialog.isAcceptable());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        if (qstrcmp(QTest::currentDataTag(), "scheme") == 0)
            saveShot(dialog, QStringLiteral("connectiondialog-error.png"));

        // When it is corrected the error goes away
        typeUrl(dialog, QStringLiteral("postgresql://db/x"));
        QVERIFY(!error->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void shouldTestAnSqliteFile()
    {
        QTemporaryDir dir;
        ConnectionConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("catalog.sqlite"));
        ConnectionDialog dialog(config);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);

        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);

        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QString shown = child<QLabel>(dialog, "testResultLabel")->text();
        QVERIFY2(shown.contains(QStringLiteral("Connected to SQLite 3.")), qPrintable(shown));
        QVERIFY(!child<QWidget>(dialog, "busyIndicator")->isVisible());
    }

    void shouldTestAPostgresServer()
    {
        const QString url = qEnvironmentVariable("CATALOG_TEST_PG_URL");
        if (url.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("CATALOG_TEST_PG_URL is not set");
            QSKIP("CATALOG_TEST_PG_URL is not set; run tests/run-all.sh for the PostgreSQL suites");
        }
        const Result<ConnectionConfig> config = ConnectionConfig::fromUrl(url);
        QVERIFY(config);
        ConnectionDialog dialog(config.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.config().password, config->password);
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);

        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QString shown = child<QLabel>(dialog, "testResultLabel")->text();
        QVERIFY2(shown.contains(QStringLiteral("Connected to PostgreSQL 15")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral(" ms")));
        saveShot(dialog, QStringLiteral("connectiondialog-postgresql-tested.png"));
    }

    void shouldReportAClosedPort()
    {
        // Given a port nobody listens on
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeUrl(
            dialog, QStringLiteral("postgresql://nobody@127.0.0.1:%1/catalog?connect_timeout=3").arg(port));
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);

        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);

        // Then the failure and libpq's reason are shown
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY(!finished.first().at(0).toBool());
        const QString shown = child<QLabel>(dialog, "testResultLabel")->text();
        QVERIFY2(shown.startsWith(QStringLiteral("Connection failed:")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Connection refused")), qPrintable(shown));
        QVERIFY2(shown.contains(QString::number(port)), qPrintable(shown));
        saveShot(dialog, QStringLiteral("connectiondialog-failed.png"));
    }

    void shouldStayResponsiveAndSurviveBeingClosedDuringATest()
    {
        // Given a server that accepts the connection but never answers
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto *dialog = new ConnectionDialog;
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        typeUrl(*dialog,
            QStringLiteral("postgresql://nobody@127.0.0.1:%1/catalog?connect_timeout=2")
                .arg(silent.serverPort()));

        // When a test is started, the GUI thread gets control back at once
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(child<QPushButton>(*dialog, "testButton"), Qt::LeftButton);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(dialog->isTestRunning());
        QVERIFY(child<QWidget>(*dialog, "busyIndicator")->isVisible());
        QVERIFY(
            child<QLabel>(*dialog, "testResultLabel")->text().startsWith(QStringLiteral("Connecting to")));
        saveShot(*dialog, QStringLiteral("connectiondialog-testing.png"));
        QTest::qWait(200);
        QVERIFY(dialog->isTestRunning());

        // When the dialog is closed and destroyed meanwhile, nothing breaks and the task ends
        dialog->reject();
        delete dialog;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(15000));
        QTest::qWait(50); // any stray queued signal would arrive now
    }

    void shouldDropAStaleResultWhenTheConnectionIsEdited()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeUrl(dialog,
            QStringLiteral("postgresql://nobody@127.0.0.1:%1/catalog?connect_timeout=1")
                .arg(silent.serverPort()));
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QVERIFY(dialog.isTestRunning());

        QTest::keyClicks(edit(dialog, "databaseEdit"), QStringLiteral("x"));

        QVERIFY(!dialog.isTestRunning());
        QVERIFY(!child<QWidget>(dialog, "busyIndicator")->isVisible());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(15000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
    }

    void shouldRememberRecentConnectionsWithoutPasswords()
    {
        RecentConnections().clear();
        // Given a connection accepted with a password
        ConnectionConfig config;
        config.engine = Engine::PostgreSQL;
        config.host = QStringLiteral("db.internal");
        config.port = 5433;
        config.database = QStringLiteral("catalog");
        config.user = QStringLiteral("erin");
        config.password = QStringLiteral("topsecret-42");
        {
            ConnectionDialog dialog(config);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.config().password, QStringLiteral("topsecret-42"));
        }
        ConnectionConfig sqlite;
        sqlite.sqlitePath = QStringLiteral("/tmp/recent-test.sqlite");
        {
            ConnectionDialog dialog(sqlite);
            dialog.accept();
        }

        // Then it is listed most recent first, and the password is nowhere in the settings
        QCOMPARE(RecentConnections().urls(),
            (QStringList { QStringLiteral("sqlite:///tmp/recent-test.sqlite"),
                QStringLiteral("postgresql://erin@db.internal:5433/catalog") }));
        const QByteArray stored = settingsFileContents();
        QVERIFY(stored.contains("db.internal"));
        QVERIFY2(!stored.contains("topsecret"), stored.constData());

        // And a new dialog offers them; choosing one fills the fields without any password
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *recent = child<QComboBox>(dialog, "recentCombo");
        QVERIFY(recent->isEnabled());
        QCOMPARE(recent->count(), 3);
        QCOMPARE(recent->itemText(2), QStringLiteral("PostgreSQL catalog on db.internal:5433 as erin"));
        recent->setCurrentIndex(2);
        emit recent->activated(2);
        QCOMPARE(edit(dialog, "hostEdit")->text(), QStringLiteral("db.internal"));
        QCOMPARE(
            edit(dialog, "urlEdit")->text(), QStringLiteral("postgresql://erin@db.internal:5433/catalog"));
        QVERIFY(edit(dialog, "passwordEdit")->text().isEmpty());
    }
};

CATALOG_TEST_MAIN(ConnectionDialogTest)
#include "tst_connectiondialog.moc"
