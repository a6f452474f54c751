#include "maintenance/healthchecker.h"
#include "db/sqldialect.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

class HealthCheckerTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeHealthyOnAFreshDatabase_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldBeHealthyOnAFreshDatabase()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        HealthChecker::Options options;
        options.storageRoot = storage.filePath(QStringLiteral("not/created/yet"));
        options.criticalFreeBytes = 1;
        options.warningFreeBytes = 1;
        const SystemHealth h = HealthChecker(db->connections(), options).check();
        QVERIFY2(h.level() == SystemHealth::Level::Ok, qPrintable(h.reason()));
        QVERIFY(h.connection.healthy);
        QVERIFY(!h.connection.serverVersion.isEmpty());
        QVERIFY(h.connection.latencyMicros > 0);
        // the storage root is measured on its nearest existing folder
        QCOMPARE(h.disks.first().label, QStringLiteral("storage"));
        QCOMPARE(h.disks.first().path, storage.path());
        QVERIFY(h.disks.first().freeBytes > 0);
        QVERIFY(h.disks.first().totalBytes >= h.disks.first().freeBytes);
        const bool sqlite = db->connections().dialect().engine() == Engine::SQLite;
        QCOMPARE(h.disks.size(), sqlite ? 2 : 1); // SQLite: the database file's folder too
        const QJsonObject json = h.toJson();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(QStringLiteral("in_recovery")).toBool(), false);
    }

    void shouldWarnAboutLongRunningJobs_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldWarnAboutLongRunningJobs()
    {
        OPEN_TEST_DATABASE(db);
        const SqlDialect &d = db->connections().dialect();
        const QString insert = d.engine() == Engine::PostgreSQL
            ? QStringLiteral(
                "INSERT INTO sync_records (task_id, operation_type, status, start_time) VALUES (?, ?, "
                "'running', CAST(? AS timestamptz))")
            : QStringLiteral(
                "INSERT INTO sync_records (task_id, operation_type, status, start_time) VALUES (?, ?, "
                "'running', ?)");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(db->exec(insert,
            { QStringLiteral("stuck"), QStringLiteral("import"),
                now.addSecs(-3 * 3600 - 120).toString(Qt::ISODateWithMs) }));
        QVERIFY(db->exec(insert,
            { QStringLiteral("recent"), QStringLiteral("check"),
                now.addSecs(-60).toString(Qt::ISODateWithMs) }));
        HealthChecker::Options options;
        options.criticalFreeBytes = 1;
        options.warningFreeBytes = 1;
        const SystemHealth h = HealthChecker(db->connections(), options).check();
        QCOMPARE(h.level(), SystemHealth::Level::Warning);
        QVERIFY(h.healthy()); // a warning is not an outage
        QCOMPARE(h.longJobs.size(), 1);
        QVERIFY2(h.longJobs.first().what.startsWith(QStringLiteral("import job #")),
            qPrintable(h.longJobs.first().what));
        QCOMPARE(h.longJobs.first().detail, QStringLiteral("stuck"));
        QVERIFY(h.longJobs.first().seconds >= 3 * 3600);
        QVERIFY2(h.reason().contains(QStringLiteral("running for 3 h 2 min")), qPrintable(h.reason()));
    }

    void shouldBeUnhealthyWhenTheDiskIsAlmostFull_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldBeUnhealthyWhenTheDiskIsAlmostFull()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        HealthChecker::Options options;
        options.storageRoot = storage.path();
        options.criticalFreeBytes = std::numeric_limits<qint64>::max(); // no disk has that much free
        const SystemHealth h = HealthChecker(db->connections(), options).check();
        QCOMPARE(h.level(), SystemHealth::Level::Critical);
        QVERIFY(!h.healthy());
        QVERIFY2(h.reason().startsWith(QStringLiteral("Disk almost full")), qPrintable(h.reason()));
        QVERIFY(h.reason().contains(storage.path()));
        QCOMPARE(h.problems.size(), 1); // one volume, one message, though SQLite's file is on it too
    }

    void shouldBeUnhealthyWhenTheServerIsUnreachable()
    {
        auto config
            = ConnectionConfig::fromUrl(QStringLiteral("postgresql://u@127.0.0.1:1/db?connect_timeout=2"));
        QVERIFY_OK(config);
        ConnectionManager::Options fast;
        fast.maxAttempts = 1;
        ConnectionManager connections(config.value(), fast);
        const SystemHealth h = HealthChecker(connections).check();
        QCOMPARE(h.level(), SystemHealth::Level::Critical);
        QVERIFY(!h.connection.healthy);
        QVERIFY2(h.reason().startsWith(QStringLiteral("Database unreachable")), qPrintable(h.reason()));
        QVERIFY(h.longJobs.isEmpty());
        QCOMPARE(h.toJson().value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
    }
};

CATALOG_TEST_GUILESS_MAIN(HealthCheckerTest)
#include "tst_healthchecker.moc"
