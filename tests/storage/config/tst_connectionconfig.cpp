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

    void shouldParseEveryMultiHostForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hosts"); // libpqHostList()
        QTest::addColumn<QString>("ports"); // libpqPortList()
        QTest::addColumn<QString>("attrs");
        QTest::newRow("url") << "postgresql://alice:pw@h1:5432,h2:5433/catalog?target_session_attrs=read-write"
                             << "h1,h2" << "5432,5433" << "read-write";
        QTest::newRow("url, default port") << "postgres://h1,h2:6000,h3/catalog?target_session_attrs=prefer-standby"
                                           << "h1,h2,h3" << ",6000," << "prefer-standby";
        QTest::newRow("url, ipv6") << "postgresql://[::1]:5432,[fe80::1]/catalog" << "::1,fe80::1" << "5432," << "";
        QTest::newRow("url, query lists") << "postgresql:///catalog?host=/run/a,/run/b&port=5432,5433&target_session_attrs=any"
                                          << "/run/a,/run/b" << "5432,5433" << "any";
        QTest::newRow("url, one port for all") << "postgresql:///catalog?host=h1,h2&port=5433" << "h1,h2"
                                               << "5433,5433" << "";
        QTest::newRow("keywords") << "host=h1,h2 port=5432,5433 dbname=catalog user=alice password=pw "
                                     "target_session_attrs=primary"
                                  << "h1,h2" << "5432,5433" << "primary";
        QTest::newRow("keywords, quoted") << "host = 'h1,h2'  dbname='my catalog' target_session_attrs=standby"
                                          << "h1,h2" << "," << "standby";
        QTest::newRow("keywords, read-only") << "host=h1,h2 target_session_attrs=read-only" << "h1,h2" << ","
                                             << "read-only";
    }
    void shouldParseEveryMultiHostForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, hosts);
        QFETCH(QString, ports);
        const auto config = ConnectionConfig::fromUrl(text);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->engine, Engine::PostgreSQL);
        QVERIFY(config->isMultiHost());
        QCOMPARE(config->libpqHostList(), hosts);
        QCOMPARE(config->libpqPortList(), ports);
        QTEST(config->targetSessionAttrs(), "attrs");
        // libpq gets the lists: the host list through setHostName(), the ports as an option
        QVERIFY2(config->libpqOptions().contains(QStringLiteral("port='%1'").arg(ports)),
            qPrintable(config->libpqOptions()));
        QVERIFY(config->displayName().contains(serverListText(config->servers())));
        // What is saved reads back to the same hosts, without the password
        const QString saved = config->toUrl();
        QVERIFY2(!saved.contains(QStringLiteral(":pw")) && !saved.contains(QStringLiteral("password")),
            qPrintable(saved));
        const auto again = ConnectionConfig::fromUrl(saved);
        QVERIFY2(again.ok(), qPrintable(saved + (again.ok() ? QString() : again.error().toString())));
        QCOMPARE(again->servers(), config->servers());
        QCOMPARE(again->database, config->database);
        QCOMPARE(again->user, config->user);
        QCOMPARE(again->targetSessionAttrs(), config->targetSessionAttrs());
    }

    void shouldReadKeywordStringsAsLibpqDoes()
    {
        const auto config = ConnectionConfig::fromUrl(
            QStringLiteral("host=db port=5433 dbname='it\\'s' user=bob password='a b' sslmode=require"));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QVERIFY(!config->isMultiHost());
        QCOMPARE(config->host, QStringLiteral("db"));
        QCOMPARE(config->port, 5433);
        QCOMPARE(config->database, QStringLiteral("it's"));
        QCOMPARE(config->password, QStringLiteral("a b"));
        QCOMPARE(config->options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
        const auto service = ConnectionConfig::fromUrl(QStringLiteral("service=catalog-ha"));
        QVERIFY(service.ok());
        QCOMPARE(service->options.value(QStringLiteral("service")), QStringLiteral("catalog-ha"));
        QVERIFY(service->host.isEmpty()); // libpq reads the hosts from the service file
    }

    void shouldRejectBadHostLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ports do not match") << "host=a,b,c port=1,2" << "2 port numbers do not match 3 hosts";
        QTest::newRow("bad port in list") << "postgresql://a:5432,b:x/db" << "Port \"x\"";
        QTest::newRow("bad attrs") << "postgresql://a,b/db?target_session_attrs=writable" << "target_session_attrs";
        QTest::newRow("unterminated quote") << "host='a,b dbname=x" << "Unterminated";
        QTest::newRow("unknown keyword") << "host=a hostaddr=1.2.3.4" << "hostaddr";
        QTest::newRow("not keyword=value") << "host=a dbname" << "keyword=value";
    }
    void shouldRejectBadHostLists()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto config = ConnectionConfig::fromUrl(text);
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(reason), qPrintable(config.error().message));
    }

    void shouldRedactPasswordsOfEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("multi-host url") << "postgresql://alice:TopSecret@h1:5432,h2:5433/catalog";
        QTest::newRow("keywords") << "host=h1,h2 port=5432,5433 password=TopSecret dbname=catalog";
        QTest::newRow("keywords, quoted") << "host=h1,h2 password = 'TopSecret' dbname=catalog";
        QTest::newRow("query") << "postgresql://h1,h2/catalog?password=TopSecret&target_session_attrs=any";
    }
    void shouldRedactPasswordsOfEveryForm()
    {
        QFETCH(QString, text);
        const QString redacted = redactSecrets(QStringLiteral("Cannot connect to %1: refused").arg(text));
        QVERIFY2(!redacted.contains(QStringLiteral("TopSecret")), qPrintable(redacted));
        const auto config = ConnectionConfig::fromUrl(text);
        QVERIFY(config.ok());
        QCOMPARE(config->password, QStringLiteral("TopSecret"));
        QVERIFY(!config->toUrl().contains(QStringLiteral("TopSecret")));
        QVERIFY(!config->displayName().contains(QStringLiteral("TopSecret")));
        QVERIFY(!config->libpqOptions().contains(QStringLiteral("TopSecret")));
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
