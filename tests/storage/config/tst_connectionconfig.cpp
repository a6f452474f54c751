#include "config/connectionconfig.h"

#include "testmain.h"

#include <QTest>

using namespace catalog;

class ConnectionConfigTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldParsePostgresUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("options");
        QTest::newRow("full") << "postgresql://alice:s3cr%40t@db.example.com:6543/catalog?sslmode=verify-full&sslrootcert=/etc/ca.pem"
                              << "db.example.com" << 6543 << "catalog" << "alice" << "s3cr@t"
                              << "sslmode=verify-full sslrootcert=/etc/ca.pem";
        QTest::newRow("postgres scheme, defaults") << "postgres://db/catalog" << "db" << 0 << "catalog" << "" << "" << "";
        QTest::newRow("socket dir as host param") << "postgresql:///catalog?host=/var/run/postgresql&port=5433"
                                                  << "/var/run/postgresql" << 5433 << "catalog" << "" << "" << "";
        QTest::newRow("service only") << "postgresql://?service=catalog-prod" << "" << 0 << "" << "" << ""
                                      << "service=catalog-prod";
        QTest::newRow("statement timeout") << "postgresql://h/d?statement_timeout=5000" << "h" << 0 << "d" << "" << ""
                                           << "statement_timeout=5000";
    }
    void shouldParsePostgresUrls()
    {
        QFETCH(QString, url);
        const auto config = ConnectionConfig::fromUrl(url);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->engine, Engine::PostgreSQL);
        QTEST(config->host, "host");
        QTEST(config->port, "port");
        QTEST(config->database, "database");
        QTEST(config->user, "user");
        QTEST(config->password, "password");
        QStringList actual;
        for (auto it = config->options.cbegin(); it != config->options.cend(); ++it)
            actual << it.key() + QLatin1Char('=') + it.value();
        actual.sort();
        QFETCH(QString, options);
        QStringList expected = options.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        expected.sort();
        QCOMPARE(actual, expected);
    }

    void shouldRejectBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << "Not a database URL";
        QTest::newRow("no scheme") << "localhost:5432/catalog" << "Unsupported";
        QTest::newRow("mysql") << "mysql://h/d" << "Unsupported database URL scheme \"mysql\"";
        QTest::newRow("unknown option") << "postgresql://h/d?sslmod=require" << "Unknown connection option \"sslmod\"";
        QTest::newRow("bad port param") << "postgresql://h/d?port=99999" << "Port \"99999\"";
        QTest::newRow("sqlite with host") << "sqlite://data/catalog.db" << "SQLite URLs take a path";
        QTest::newRow("semicolon in option") << "postgresql://h/d?application_name=a;b" << "may not contain ';'";
        QTest::newRow("bad timeout") << "postgresql://h/d?statement_timeout=soon" << "statement_timeout";
    }
    void shouldRejectBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        const auto config = ConnectionConfig::fromUrl(url);
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(reason), qPrintable(config.error().message));
    }

    void shouldParseSqliteUrls()
    {
        const auto config = ConnectionConfig::fromUrl(QStringLiteral("sqlite:///var/lib/catalog/catalog.db"));
        QVERIFY(config.ok());
        QCOMPARE(config->engine, Engine::SQLite);
        QCOMPARE(config->sqlitePath, QStringLiteral("/var/lib/catalog/catalog.db"));
        QCOMPARE(config->toUrl(), QStringLiteral("sqlite:///var/lib/catalog/catalog.db"));
        QCOMPARE(ConnectionConfig::fromUrl(config->toUrl())->sqlitePath, config->sqlitePath);
    }

    void shouldNeverRevealThePassword()
    {
        const auto config = ConnectionConfig::fromUrl(
                QStringLiteral("postgresql://alice:TopSecret@db:5432/catalog?sslmode=require"));
        QVERIFY(config.ok());
        QVERIFY(!config->toUrl().contains(QStringLiteral("TopSecret")));
        QVERIFY(!config->displayName().contains(QStringLiteral("TopSecret")));
        QVERIFY(!config->libpqOptions().contains(QStringLiteral("TopSecret")));
        // What is saved reads back to the same target, minus the password
        const auto again = ConnectionConfig::fromUrl(config->toUrl());
        QVERIFY(again.ok());
        QCOMPARE(again->host, QStringLiteral("db"));
        QCOMPARE(again->user, QStringLiteral("alice"));
        QCOMPARE(again->options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
        QVERIFY(again->password.isEmpty());
    }

    void shouldQuoteLibpqOptions()
    {
        const auto config = ConnectionConfig::fromUrl(QStringLiteral("postgresql://h/d?options=-c%20search_path%3Dcat&application_name=it's"));
        QVERIFY(config.ok());
        const QString options = config->libpqOptions();
        QVERIFY2(options.contains(QStringLiteral("options='-c search_path=cat'")), qPrintable(options));
        QVERIFY2(options.contains(QStringLiteral("application_name='it\\'s'")), qPrintable(options));
        QVERIFY(options.contains(QStringLiteral("connect_timeout=10")));
    }

    void shouldResolveInPrecedenceOrder()
    {
        QProcessEnvironment env;
        // Nothing configured: the embedded SQLite default
        auto config = ConnectionConfig::resolve({}, env, {});
        QVERIFY(config.ok());
        QCOMPARE(config->engine, Engine::SQLite);
        QVERIFY(config->sqlitePath.endsWith(QStringLiteral("catalog.sqlite")));
        // Saved settings beat the default
        config = ConnectionConfig::resolve({}, env, QStringLiteral("postgresql://saved/db"));
        QCOMPARE(config->host, QStringLiteral("saved"));
        // DB_* variables beat the settings
        env.insert(QStringLiteral("DB_HOST"), QStringLiteral("envhost"));
        env.insert(QStringLiteral("DB_PORT"), QStringLiteral("5444"));
        env.insert(QStringLiteral("DB_NAME"), QStringLiteral("catalog"));
        env.insert(QStringLiteral("DB_USER"), QStringLiteral("bob"));
        env.insert(QStringLiteral("DB_PASSWORD"), QStringLiteral("pw"));
        config = ConnectionConfig::resolve({}, env, QStringLiteral("postgresql://saved/db"));
        QCOMPARE(config->host, QStringLiteral("envhost"));
        QCOMPARE(config->port, 5444);
        QCOMPARE(config->user, QStringLiteral("bob"));
        QCOMPARE(config->password, QStringLiteral("pw"));
        // CATALOG_DATABASE_URL beats DB_*
        env.insert(QStringLiteral("CATALOG_DATABASE_URL"), QStringLiteral("sqlite:///tmp/env.db"));
        config = ConnectionConfig::resolve({}, env, {});
        QCOMPARE(config->sqlitePath, QStringLiteral("/tmp/env.db"));
        // The flag beats everything
        config = ConnectionConfig::resolve(QStringLiteral("postgresql://flag/db"), env, {});
        QCOMPARE(config->host, QStringLiteral("flag"));
        // A bad DB_PORT is an error, not a silent default
        QProcessEnvironment bad;
        bad.insert(QStringLiteral("DB_PORT"), QStringLiteral("fivefour"));
        QVERIFY(!ConnectionConfig::resolve({}, bad, {}).ok());
    }
};

CATALOG_TEST_GUILESS_MAIN(ConnectionConfigTest)
#include "tst_connectionconfig.moc"
