#include "syncrecordrepository.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

class SyncRecordRepositoryTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldJournalAJobFromStartToFinish_data() { engines(); }
    void shouldJournalAJobFromStartToFinish()
    {
        OPEN_TEST_DATABASE(db);
        SyncRecordRepository jobs(db->connections());
        const auto started = jobs.start(QStringLiteral("import"), 100);
        QVERIFY_OK(started);
        QCOMPARE(started->status, QStringLiteral("running"));
        QCOMPARE(started->taskId.size(), 36);
        QVERIFY(started->startTime.isValid());
        QVERIFY_OK(jobs.progress(started->id, 100, 40, 2));
        QCOMPARE(jobs.findById(started->id)->successCount, 40);

        const QJsonArray details { QJsonObject { { QStringLiteral("line"), 7 }, { QStringLiteral("field"), QStringLiteral("price_min") },
                                                 { QStringLiteral("message"), QStringLiteral("must not be negative") } } };
        const auto finished = jobs.finish(started->id, QStringLiteral("completed"), 98, 2, details);
        QVERIFY_OK(finished);
        QCOMPARE(finished->status, QStringLiteral("completed"));
        QVERIFY(finished->endTime >= finished->startTime);
        QCOMPARE(finished->errorDetails, details);
        // A job ends once
        QCOMPARE(jobs.finish(started->id, QStringLiteral("failed"), 0, 0, {}).error().kind, ErrorKind::Conflict);
        QCOMPARE(jobs.finish(started->id, QStringLiteral("running"), 0, 0, {}).error().kind, ErrorKind::Validation);
        QCOMPARE(jobs.start(QStringLiteral("party")).error().kind, ErrorKind::Validation);

        QVERIFY_OK(jobs.start(QStringLiteral("backup")));
        const auto recent = jobs.recent(10);
        QVERIFY_OK(recent);
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->first().operationType, QStringLiteral("backup"));
    }

private:
    void engines()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
};

QTEST_GUILESS_MAIN(SyncRecordRepositoryTest)
#include "tst_syncrecordrepository.moc"
