#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QJsonObject>
#include <QProcess>
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
        const auto started = jobs.start(JobKind::Import, 100);
        QVERIFY_OK(started);
        QCOMPARE(started->status, JobStatus::Running);
        QVERIFY(started->taskId.startsWith(SyncRecordRepository::ownTaskPrefix())); // host:pid:uuid
        QCOMPARE(started->taskId.size(), SyncRecordRepository::ownTaskPrefix().size() + 36);
        QVERIFY(started->startTime.isValid());
        QVERIFY_OK(jobs.progress(started->id, 100, 40, 2));
        QCOMPARE(jobs.findById(started->id)->successCount, 40);

        const QJsonArray details { QJsonObject { { QStringLiteral("line"), 7 }, { QStringLiteral("field"), QStringLiteral("price_min") },
                                                 { QStringLiteral("message"), QStringLiteral("must not be negative") } } };
        const auto finished = jobs.finish(started->id, JobStatus::Completed, 98, 2, details);
        QVERIFY_OK(finished);
        QCOMPARE(finished->status, JobStatus::Completed);
        QVERIFY(finished->endTime >= finished->startTime);
        QCOMPARE(finished->errorDetails, details);
        // A job ends once
        QCOMPARE(jobs.finish(started->id, JobStatus::Failed, 0, 0, {}).error().kind, ErrorKind::Conflict);
        QCOMPARE(jobs.finish(started->id, JobStatus::Running, 0, 0, {}).error().kind, ErrorKind::Validation);

        QVERIFY_OK(jobs.start(JobKind::Backup));
        const auto recent = jobs.recent(10);
        QVERIFY_OK(recent);
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->first().kind, JobKind::Backup);
    }

    void shouldCloseJobsWhoseProcessIsGone_data() { engines(); }
    void shouldCloseJobsWhoseProcessIsGone()
    {
        OPEN_TEST_DATABASE(db);
        SyncRecordRepository journal(db->connections());
        auto mine = journal.start(JobKind::Import); // this process: alive
        QVERIFY_OK(mine);
        QVERIFY(mine->taskId.startsWith(SyncRecordRepository::ownTaskPrefix()));
        // A finished child process: its pid is certainly gone.
        QProcess child;
        child.start(QStringLiteral("true"), {});
        QVERIFY(child.waitForFinished());
        const qint64 deadPid = child.processId() > 0 ? child.processId() : 999999;
        QVERIFY(!SyncRecordRepository::isProcessAlive(4194304 + 17)); // above pid_max
        const QString host = SyncRecordRepository::ownTaskPrefix().section(QLatin1Char(':'), 0, 0);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status) VALUES (?, 'import', 'running')"),
                         { QStringLiteral("%1:%2:dead-job").arg(host).arg(4194304 + 17) }));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status) VALUES (?, 'backup', 'running')"),
                         { QStringLiteral("elsewhere.example:%1:other-host").arg(4194304 + 17) }));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status) VALUES ('legacy-uuid-without-host', 'check', 'running')")));
        Q_UNUSED(deadPid);

        auto closed = journal.closeAbandoned();
        QVERIFY_OK(closed);
        QCOMPARE(closed.value(), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT status FROM sync_records WHERE task_id LIKE '%:dead-job'")).toString(),
                 QStringLiteral("failed"));
        QVERIFY(db->scalar(QStringLiteral("SELECT error_details FROM sync_records WHERE task_id LIKE '%:dead-job'"))
                        .toString()
                        .contains(QStringLiteral("ended before the job finished")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE status = 'running'")).toInt(), 3);
        QCOMPARE(journal.findById(mine->id)->status, JobStatus::Running);
        // Idempotent.
        QCOMPARE(journal.closeAbandoned().value(), 0);
    }

};

CATALOG_TEST_GUILESS_MAIN(SyncRecordRepositoryTest)
#include "tst_syncrecordrepository.moc"
