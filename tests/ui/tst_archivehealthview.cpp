// The dashboard's health tab with WAL archiving and pgBackRest (issue 21): what the rows say, in a
// screenshot for a person to look at, and a real check of the test cluster on PostgreSQL.
#include "archivehealthrows.h"
#include "dashboardhealthtab.h"
#include "interfacelanguage.h"
#include "maintenance/healthchecker.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QLabel>
#include <QTest>

using namespace catalog;
using namespace catalog::test;
using namespace Qt::StringLiterals;

namespace {

// An archiver that failed after its last success and a stanza with two backups.
SystemHealth failingArchiveHealth()
{
    SystemHealth h;
    h.checkedAt = QDateTime::currentDateTime();
    h.connection.healthy = true;
    h.connection.serverVersion = u"PostgreSQL 15.18"_s;
    ArchiveStatus &a = h.archive;
    a.checked = true;
    a.archiving = true;
    a.archiveMode = u"on"_s;
    a.archiveTimeoutSeconds = 30;
    a.archivedCount = 41;
    a.lastArchivedWal = u"000000010000000000000029"_s;
    a.lastArchivedTime = QDateTime::currentDateTimeUtc().addSecs(-1800);
    a.failedCount = 12;
    a.lastFailedWal = u"00000001000000000000002A"_s;
    a.lastFailedTime = QDateTime::currentDateTimeUtc().addSecs(-20);
    a.currentWal = u"00000001000000000000002D"_s;
    a.waitingSegments = 3;
    a.stanza = u"catalog"_s;
    a.backRestOk = true;
    a.backRestStatus = u"ok"_s;
    a.backups = 2;
    a.lastBackupLabel = u"20261207-135828F_20261207-135832I"_s;
    a.lastBackupType = u"incr"_s;
    a.lastBackupTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
    h.warnings << u"WAL archiving is failing: 12 failed attempt(s)"_s;
    return h;
}

} // namespace

class ArchiveHealthViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Given an archiver that fails and falls behind, the health tab says so in rows of their own,
    // the failing ones in the error colour, with the stanza's newest backup.
    void shouldShowArchivingAndPgBackRestInTheHealthTab()
    {
        DashboardHealthTab tab(Engine::PostgreSQL);
        tab.resize(1000, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const SystemHealth health = failingArchiveHealth();
        tab.showHealth(health);
        const QString text = tab.findChild<QLabel *>(u"healthDetails"_s)->text();
        QVERIFY2(text.contains(u"WAL archiving"_s) && text.contains(u"archive_timeout 30 s"_s), qPrintable(text));
        QVERIFY2(text.contains(u"000000010000000000000029"_s) && text.contains(u"3 waiting"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Archiving failures"_s) && text.contains(u"00000001000000000000002A"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"pgBackRest (catalog)"_s) && text.contains(u"2 backup(s)"_s), qPrintable(text));
        const QList<ArchiveHealthRow> rows = archiveHealthRows(health.archive);
        QCOMPARE(rows.size(), 4);
        QVERIFY(!rows.at(0).bad);
        QVERIFY(rows.at(1).bad); // segments waiting
        QVERIFY(rows.at(2).bad); // failed after the last success
        QVERIFY(!rows.at(3).bad);
        auto *details = tab.findChild<QLabel *>(u"healthDetails"_s);
        QTRY_VERIFY_WITH_TIMEOUT(details->height() >= details->heightForWidth(details->width()), 5000);
        QVERIFY(saveScreenshot(&tab, u"dashboard-health-archiving"_s));
    }

    // SQLite has no WAL archive: no rows.
    void shouldShowNothingWhenNotChecked() { QVERIFY(archiveHealthRows(ArchiveStatus {}).isEmpty()); }

    // A real check of the test cluster (archiving off) shows "off" and no failure.
    void shouldShowTheTestClustersArchiverAsOff()
    {
        if (!TestDatabase::postgresAvailable()) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL("CATALOG_TEST_PG_URL is not set");
            QSKIP("no PostgreSQL test cluster");
        }
        auto db = TestDatabase::create(u"postgresql"_s);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        const SystemHealth health = HealthChecker(db->connections()).check();
        QVERIFY(health.archive.checked);
        const QList<ArchiveHealthRow> rows = archiveHealthRows(health.archive);
        QVERIFY(!rows.isEmpty());
        QVERIFY2(rows.at(0).value.startsWith(u"off"_s), qPrintable(rows.at(0).value));
        for (const ArchiveHealthRow &row : rows)
            QVERIFY2(!row.bad, qPrintable(row.name + u": "_s + row.value));
    }
};

CATALOG_TEST_MAIN(ArchiveHealthViewTest)
#include "tst_archivehealthview.moc"
