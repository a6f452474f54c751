#include "config/appidentity.h"
#include "config/recentconnections.h"

#include "testmain.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QCoreApplication>
#include <QTest>

using namespace catalog;

class RecentConnectionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyApplicationIdentity();
        // Its own settings file: suites run in parallel and each clears its settings.
        QCoreApplication::setApplicationName(QStringLiteral("catalog-admin-tst_recentconnections"));
    }
    void init() { RecentConnections().clear(); }
    void cleanupTestCase() { RecentConnections().clear(); }

    void shouldKeepTheMostRecentFirstWithoutDuplicates()
    {
        RecentConnections recent;
        QVERIFY(recent.add(QStringLiteral("postgresql://alice@db1:5432/catalog")));
        QVERIFY(recent.add(QStringLiteral("sqlite:///tmp/a.db")));
        QVERIFY(recent.add(QStringLiteral("postgresql://alice@db1:5432/catalog")));
        QCOMPARE(recent.urls(), (QStringList { QStringLiteral("postgresql://alice@db1:5432/catalog"),
                                               QStringLiteral("sqlite:///tmp/a.db") }));
        recent.remove(QStringLiteral("sqlite:///tmp/a.db"));
        QCOMPARE(recent.urls().size(), 1);
    }

    void shouldKeepOnlyTheLastEight()
    {
        RecentConnections recent;
        for (int i = 0; i < 12; ++i)
            QVERIFY(recent.add(QStringLiteral("postgresql://u@host%1/db").arg(i)));
        const QStringList urls = recent.urls();
        QCOMPARE(urls.size(), RecentConnections::kMaximum);
        QCOMPARE(urls.first(), QStringLiteral("postgresql://u@host11/db"));
        QCOMPARE(urls.last(), QStringLiteral("postgresql://u@host4/db"));
    }

    void shouldNeverStoreAPassword()
    {
        // Given connections that carry passwords in every way a URL can
        RecentConnections recent;
        ConnectionConfig config;
        config.engine = Engine::PostgreSQL;
        config.host = QStringLiteral("db.example");
        config.user = QStringLiteral("bob");
        config.password = QStringLiteral("s3cret-config");
        config.options.insert(QStringLiteral("sslmode"), QStringLiteral("require"));
        QVERIFY(recent.add(config));
        QVERIFY(recent.add(QStringLiteral("postgresql://carol:s3cret-inline@db2/catalog")));
        QVERIFY(recent.add(QStringLiteral("postgresql://dave@db3/catalog?password=s3cret-query")));

        // Then neither the list nor the settings file holds one
        QCOMPARE(recent.urls(), (QStringList { QStringLiteral("postgresql://dave@db3/catalog"),
                                               QStringLiteral("postgresql://carol@db2/catalog"),
                                               QStringLiteral("postgresql://bob@db.example/?sslmode=require") }));
        QSettings settings;
        settings.sync();
        QVERIFY(settings.fileName().contains(QStringLiteral(".qttest"))); // test mode: the user's file is untouched
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("db.example"));
        QVERIFY2(!stored.contains("s3cret"), stored.constData());
    }

    void shouldRememberEveryHostOfAMultiHostConnection()
    {
        RecentConnections recent;
        QVERIFY(recent.add(QStringLiteral("postgresql://erin:s3cret-multi@db1:5432,db2:5433/catalog?target_session_attrs=read-write")));
        QVERIFY(recent.add(QStringLiteral("host=db3,db4 port=6000 dbname=catalog user=erin password=s3cret-kw")));
        QCOMPARE(recent.urls(), (QStringList { QStringLiteral("postgresql://erin@db3:6000,db4:6000/catalog"),
                                               QStringLiteral("postgresql://erin@db1:5432,db2:5433/catalog?target_session_attrs=read-write") }));
        const auto again = ConnectionConfig::fromUrl(recent.urls().constLast());
        QVERIFY(again.ok());
        QCOMPARE(again->servers(), (QList<ServerAddress> { { QStringLiteral("db1"), 5432 }, { QStringLiteral("db2"), 5433 } }));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
    }

    void shouldRefuseWhatIsNotADatabaseUrl()
    {
        RecentConnections recent;
        QVERIFY(!recent.add(QStringLiteral("http://example.com/")));
        QVERIFY(!recent.add(QStringLiteral("not a url")));
        ConnectionConfig noFile;
        QVERIFY(!recent.add(noFile));
        QVERIFY(recent.urls().isEmpty());
    }

    void shouldUseTheSettingsItIsGiven()
    {
        const QString path = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
                + QStringLiteral("/tst_recentconnections.ini");
        QFile::remove(path);
        QSettings ini(path, QSettings::IniFormat);
        RecentConnections recent(ini);
        QVERIFY(recent.add(QStringLiteral("sqlite:///tmp/b.db")));
        QCOMPARE(RecentConnections().urls(), QStringList());
        QCOMPARE(RecentConnections(ini).urls(), QStringList { QStringLiteral("sqlite:///tmp/b.db") });
        QFile::remove(path);
    }
};

CATALOG_TEST_GUILESS_MAIN(RecentConnectionsTest)
#include "tst_recentconnections.moc"
