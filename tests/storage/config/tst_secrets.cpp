// Passwords stay secret: redaction of connection strings, ~/.pgpass handling that libpq accepts,
// the system keychain (or a clear message when there is none, as on a headless machine), and
// proof that no log line, no settings file and no catalogctl output carries the password.
#include "config/connectionconfig.h"
#include "db/connectionmanager.h"
#include "schema/migrator.h"
#include "repositories/productrepository.h"
#include "config/recentconnections.h"
#include "config/secretstore.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log << qFormatLogMessage(type, context, message);
    }
    if (s_previous)
        s_previous(type, context, message);
}

QStringList capturedLines()
{
    QMutexLocker lock(&s_logMutex);
    return s_log;
}

} // namespace

class SecretsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("catalog-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secrets"));
        QSettings().clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
        s_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previous);
        QSettings().clear();
    }

    void shouldRedactPasswordsWherever_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url") << "connecting to postgresql://alice:s3cr%40t@db:5432/catalog now"
                             << "connecting to postgresql://alice:***@db:5432/catalog now";
        QTest::newRow("url with raw @ in the password") << "postgres://bob:p@ss@db/x"
                                                        << "postgres://bob:***@db/x";
        QTest::newRow("url query") << "postgresql://db/x?sslmode=require&password=hunter2&user=a"
                                   << "postgresql://db/x?sslmode=require&password=***&user=a";
        QTest::newRow("conninfo") << "host=db password=hunter2 user=a"
                                  << "host=db password=*** user=a";
        QTest::newRow("conninfo quoted") << "host=db password='hun ter\\'2' user=a"
                                         << "host=db password=*** user=a";
        QTest::newRow("sslpassword") << "sslkey=k sslpassword=topsecret"
                                     << "sslkey=k sslpassword=***";
        QTest::newRow("environment") << "PGPASSWORD=hunter2 DB_PASSWORD=x2 psql"
                                     << "PGPASSWORD=*** DB_PASSWORD=*** psql";
        QTest::newRow("nothing to hide") << "postgresql://alice@db/catalog?sslmode=verify-full"
                                         << "postgresql://alice@db/catalog?sslmode=verify-full";
    }
    void shouldRedactPasswordsWherever()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(redactSecrets(text), expected);
    }

    void shouldKeepPasswordsInAPgPassFileLibpqAccepts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pgpass"));
        QFile seed(path);
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write("# operator's own entries stay\n*:*:*:someone:wild\n");
        seed.close();
        PgPassFile file(path);
        ConnectionConfig config;
        config.engine = Engine::PostgreSQL;
        config.host = QStringLiteral("db.example");
        config.port = 6543;
        config.database = QStringLiteral("cata:log");
        config.user = QStringLiteral("alice");
        // Given a password with the characters .pgpass escapes
        QVERIFY_OK(file.store(config, QStringLiteral("pa:ss\\word")));
        QCOMPARE(file.lookup(config).value(), QStringLiteral("pa:ss\\word"));
        // Replacing it keeps one line for the connection and every other line
        QVERIFY_OK(file.store(config, QStringLiteral("second")));
        QFile read(path);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(read.readAll());
        QCOMPARE(text.count(QStringLiteral("alice")), 1);
        QVERIFY(text.contains(QStringLiteral("db.example:6543:cata\\:log:alice:second")));
        QVERIFY(text.contains(QStringLiteral("*:*:*:someone:wild")));
        QVERIFY(text.contains(QStringLiteral("# operator's own entries stay")));
        QCOMPARE(QFile::permissions(path)
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        // Wildcards match as in libpq
        ConnectionConfig other = config;
        other.user = QStringLiteral("someone");
        QCOMPARE(file.lookup(other).value(), QStringLiteral("wild"));
        // Removing leaves nothing for the connection
        QVERIFY_OK(file.erase(config));
        QCOMPARE(file.lookup(config).error().kind, ErrorKind::NotFound);
        QCOMPARE(file.store(config, QStringLiteral("two\nlines")).kind, ErrorKind::Validation);
    }

    void shouldWriteAPgPassLineForEveryHost()
    {
        // libpq looks the password up for the host it is trying: after a failover that is the second
        QTemporaryDir dir;
        PgPassFile file(dir.filePath(QStringLiteral("pgpass")));
        const auto config = ConnectionConfig::fromUrl(
            QStringLiteral("postgresql://alice@db1:5432,db2:5433/catalog?target_session_attrs=read-write"));
        QVERIFY_OK(config);
        QVERIFY_OK(file.store(config.value(), QStringLiteral("both")));
        QFile read(dir.filePath(QStringLiteral("pgpass")));
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(read.readAll());
        QVERIFY2(text.contains(QStringLiteral("db1:5432:catalog:alice:both")) && text.contains(QStringLiteral("db2:5433:catalog:alice:both")),
            qPrintable(text));
        QCOMPARE(SecretStore::keyFor(config.value()), QStringLiteral("postgresql://alice@db1:5432,db2:5433/catalog"));
        QCOMPARE(file.lookup(config.value()).value(), QStringLiteral("both"));
        QVERIFY_OK(file.erase(config.value()));
        read.close();
        QVERIFY(read.open(QIODevice::ReadOnly));
        QVERIFY(!read.readAll().contains("alice"));
    }

    void shouldConnectWithThePasswordFromPgPassOnly()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("CATALOG_TEST_PG_URL is not set");
        QTemporaryDir dir;
        const auto withPassword = ConnectionConfig::fromUrl(qEnvironmentVariable("CATALOG_TEST_PG_URL"));
        QVERIFY(withPassword);
        PgPassFile file(dir.filePath(QStringLiteral("pgpass")));
        QVERIFY_OK(file.store(withPassword.value(), withPassword->password));
        // The connection itself carries no password: libpq finds it in the file
        ConnectionConfig config = withPassword.value();
        config.password.clear();
        config.options.insert(QStringLiteral("passfile"), file.path());
        ConnectionManager::Options options;
        options.maxAttempts = 1;
        ConnectionManager connections(config, options);
        const HealthReport health = connections.checkHealth();
        QVERIFY2(health.healthy, qPrintable(health.error));
        // and without the file it is refused
        ConnectionConfig none = config;
        none.options.insert(QStringLiteral("passfile"), dir.filePath(QStringLiteral("missing")));
        ConnectionManager refused(none, options);
        QVERIFY(!refused.checkHealth().healthy);
    }

    void shouldUseTheKeychainOrSayWhyNot()
    {
        ConnectionConfig config;
        config.engine = Engine::PostgreSQL;
        config.host = QStringLiteral("keychain.example");
        config.user = QStringLiteral("tester");
        config.database = QStringLiteral("catalog");
        const QString password = QStringLiteral("keychain-pw-%1").arg(QCoreApplication::applicationPid());
        KeychainStore store(QStringLiteral("catalog-admin-test"));
        std::optional<StorageError> written;
        store.write(config, password, [&](const StorageError &e) { written = e; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
        if (written->ok()) {
            std::optional<Result<QString>> readBack;
            store.read(config, [&](const Result<QString> &r) { readBack = r; });
            QTRY_VERIFY_WITH_TIMEOUT(readBack.has_value(), 30000);
            QCOMPARE(readBack->value(), password);
            std::optional<StorageError> removed;
            store.remove(config, [&](const StorageError &e) { removed = e; });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
            QVERIFY_OK(*removed);
        } else {
            // Headless: no Secret Service. The operator is told so and pointed at .pgpass.
            qInfo() << "keychain unavailable here:" << written->message;
            QVERIFY2(written->message.contains(QStringLiteral("keychain")), qPrintable(written->message));
            QVERIFY2(written->message.contains(QStringLiteral(".pgpass")), qPrintable(written->message));
        }
        // Either way nothing went into the settings: no insecure fallback
        QSettings().sync();
        QVERIFY(!settingsText().contains(password));
    }

    void shouldNeverLogOrStoreThePassword()
    {
        const QString password = QStringLiteral("Log-Canary-9d1f");
        // A SQLite catalog, a PostgreSQL catalog when available, and a server that is not there
        QList<ConnectionConfig> configs;
        if (TestDatabase::postgresAvailable()) {
            auto pg = ConnectionConfig::fromUrl(qEnvironmentVariable("CATALOG_TEST_PG_URL"));
            QVERIFY(pg);
            ConnectionConfig wrong = pg.value();
            wrong.password = password; // refused by the server: the error must not echo it
            configs << wrong;
        }
        auto unreachable = ConnectionConfig::fromUrl(
            QStringLiteral("postgresql://alice:%1@127.0.0.1:1/catalog?connect_timeout=2").arg(password));
        QVERIFY(unreachable);
        configs << unreachable.value();
        for (const ConnectionConfig &config : std::as_const(configs)) {
            ConnectionManager::Options options;
            options.maxAttempts = 2;
            options.initialBackoff = std::chrono::milliseconds(10);
            ConnectionManager connections(config, options);
            const Result<MigrationReport> migrated = Migrator(connections).migrate();
            QVERIFY(!migrated);
            qWarning() << "expected failure:" << migrated.error().toString() << migrated.error().detail;
            QVERIFY(!migrated.error().toString().contains(password));
            QVERIFY(!migrated.error().detail.contains(password));
            const HealthReport health = connections.checkHealth();
            QVERIFY(!health.error.contains(password));
            RecentConnections().add(config);
            QVERIFY(!config.toUrl().contains(password));
            QVERIFY(!config.displayName().contains(password));
        }
        // A password typed for SQLite is meaningless but must not leak either
        QTemporaryDir dir;
        ConnectionConfig sqlite;
        sqlite.sqlitePath = dir.filePath(QStringLiteral("c.sqlite"));
        sqlite.password = password;
        {
            ConnectionManager connections(sqlite);
            QVERIFY_OK(Migrator(connections).migrate());
            RecentConnections().add(sqlite);
        }
        // catalogctl with the password in its --database URL
        QProcess ctl;
        ctl.start(QStringLiteral(CATALOGCTL_PATH),
            { QStringLiteral("--verbose"), QStringLiteral("--database"),
                unreachable->toUrl().replace(
                    QStringLiteral("alice@"), QStringLiteral("alice:%1@").arg(password)),
                QStringLiteral("health") });
        QVERIFY(ctl.waitForFinished(60000));
        const QString ctlOutput = QString::fromUtf8(ctl.readAllStandardOutput() + ctl.readAllStandardError());
        QVERIFY2(!ctlOutput.isEmpty(), "catalogctl said nothing");
        QVERIFY2(!ctlOutput.contains(password), qPrintable(ctlOutput));

        QSettings().sync();
        QVERIFY2(!settingsText().isEmpty(), "the test wrote no settings: it would prove nothing");
        QVERIFY2(!settingsText().contains(password), qPrintable(settingsText()));
        const QStringList lines = capturedLines();
        QVERIFY2(lines.size() > 3, "no log lines were captured: the test would prove nothing");
        for (const QString &line : lines)
            QVERIFY2(!line.contains(password), qPrintable(line));
    }

private:
    static QString settingsText()
    {
        QFile file(QSettings().fileName());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
};

CATALOG_TEST_GUILESS_MAIN(SecretsTest)
#include "tst_secrets.moc"
