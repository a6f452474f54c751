// The JobRunner that every launcher of the main window uses: the job runs on a worker thread, shows
// in the ProgressPanel with Cancel, and its result comes back on the GUI thread; what still runs
// when its owner goes is cancelled and waited for, within a bound.

#include "jobrunner.h"
#include "progresspanel.h"

#include "testmain.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <atomic>
#include <memory>

using namespace catalog;

// Named, not anonymous: the test class's lambdas hold these, and it has external linkage.
namespace jobrunnertest {

QString labelText(const ProgressPanel &panel)
{
    return panel.findChild<QLabel *>(QStringLiteral("progressLabel"))->text();
}

// What a test job shares with the test: atomics, kept alive by the job itself when the test ends first.
struct JobState
{
    std::atomic<bool> release { false };
    std::atomic<bool> sawCancel { false };
    std::atomic<bool> returned { false };
    std::atomic<int> step { 0 };
};

// Counts to 100 (reporting each step), then waits for the test to release it; stops when cancelled.
auto countingJob(std::shared_ptr<JobState> state)
{
    return [state](JobControl &job) {
        job.setProgressRange(0, 100);
        for (int i = 0; i <= 100; ++i) {
            if (job.isCanceled())
                break;
            job.setProgress(i, QStringLiteral("step %1 of 100").arg(i));
            state->step = i;
            QThread::msleep(2);
        }
        while (!state->release && !job.isCanceled())
            QThread::msleep(5);
        state->sawCancel = job.isCanceled();
        QThread::msleep(100); // a job needs a moment to wind down
        state->returned = true;
        return state->step.load() * 2;
    };
}

} // namespace jobrunnertest

using namespace jobrunnertest;

class JobRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowProgressAndDeliverTheResultOnTheGuiThread()
    {
        // Given a runner over a panel in a status bar
        QStatusBar bar;
        auto *panel = new ProgressPanel(&bar);
        bar.addPermanentWidget(panel);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        JobRunner runner(panel);
        QSignalSpy ended(&runner, &JobRunner::jobEnded);

        // When a job starts
        auto state = std::make_shared<JobState>();
        QList<int> results;
        QThread *deliveredOn = nullptr;
        QThread *workedOn = nullptr;
        runner.start(
            *QThreadPool::globalInstance(), QStringLiteral("Counting"),
            [state, &workedOn](JobControl &job) {
                workedOn = QThread::currentThread();
                return countingJob(state)(job);
            },
            this,
            [&](int result) {
                results << result;
                deliveredOn = QThread::currentThread();
                // The runner has let go of the job: a callback may start the next one at once.
                QVERIFY(!runner.isBusy());
            });

        // Then the panel shows it with its progress while the runner counts it as busy
        QVERIFY(runner.isBusy());
        QCOMPARE(runner.title(), QStringLiteral("Counting"));
        QVERIFY(panel->isVisible());
        auto *progress = panel->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QTRY_COMPARE(progress->value(), 100);
        QCOMPARE(progress->maximum(), 100);
        QTRY_VERIFY2(
            labelText(*panel).contains(QStringLiteral("step 100 of 100")), qPrintable(labelText(*panel)));
        QVERIFY(results.isEmpty());

        // And when it returns, its result arrives once, on the GUI thread, and the panel hides
        state->release = true;
        QTRY_COMPARE(results.size(), 1);
        QCOMPARE(results.first(), 200);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(workedOn && workedOn != QThread::currentThread());
        QVERIFY(!runner.isBusy());
        QVERIFY(runner.title().isEmpty());
        QTRY_VERIFY(!panel->isVisible());
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(0).toString(), QStringLiteral("Counting"));
        QCOMPARE(ended.first().at(1).toBool(), false);
    }

    void shouldStopWhenCancelledFromThePanelAndDeliverNothing()
    {
        QStatusBar bar;
        auto *panel = new ProgressPanel(&bar);
        bar.addPermanentWidget(panel);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        JobRunner runner(panel);
        QSignalSpy ended(&runner, &JobRunner::jobEnded);
        auto state = std::make_shared<JobState>();
        bool delivered = false;
        runner.start(*QThreadPool::globalInstance(), QStringLiteral("Waiting"), countingJob(state), this,
            [&](int) { delivered = true; });
        QTRY_COMPARE(state->step.load(), 100);

        // When the operator clicks Cancel
        QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);

        // Then the job sees it and stops; the runner is idle again and the callback is not called
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).toBool(), true);
        QVERIFY(state->sawCancel);
        QVERIFY(state->returned);
        QVERIFY(!runner.isBusy());
        QTest::qWait(50);
        QVERIFY(!delivered);
    }

    void shouldRunQuietLookUpsOutsideThePanel()
    {
        ProgressPanel panel;
        JobRunner runner(&panel);
        std::atomic<bool> release { false };
        QString answer;
        runner.startQuietly(
            *QThreadPool::globalInstance(),
            [&release] {
                while (!release)
                    QThread::msleep(5);
                return QStringLiteral("42 rows");
            },
            this, [&](const QString &result) { answer = result; });
        // A look-up before a job is not a job: the panel stays hidden and other jobs may start
        QVERIFY(!runner.isBusy());
        QVERIFY(!panel.isBusy());
        release = true;
        QTRY_COMPARE(answer, QStringLiteral("42 rows"));
    }

    void shouldNotCallBackWhenTheContextIsGone()
    {
        ProgressPanel panel;
        JobRunner runner(&panel);
        auto state = std::make_shared<JobState>();
        bool delivered = false;
        auto *context = new QObject;
        runner.start(*QThreadPool::globalInstance(), QStringLiteral("Orphan"), countingJob(state), context,
            [&](int) { delivered = true; });
        delete context;
        state->release = true;
        QTRY_VERIFY(!runner.isBusy());
        QTest::qWait(50);
        QVERIFY(!delivered);
    }

    void shouldCancelAndWaitForARunningJobWhenTheWindowCloses()
    {
        // Given a window that owns a runner, with a job running
        auto *window = new QWidget;
        window->setAttribute(Qt::WA_DeleteOnClose);
        auto *panel = new ProgressPanel(window);
        auto *runner = new JobRunner(panel, window);
        QPointer<QWidget> alive(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto state = std::make_shared<JobState>();
        bool delivered = false;
        runner->start(*QThreadPool::globalInstance(), QStringLiteral("Long"), countingJob(state), window,
            [&](int) { delivered = true; });
        QTRY_COMPARE(state->step.load(), 100);

        // When the window closes (and is deleted with its runner)
        QVERIFY(window->close());
        QTRY_VERIFY(alive.isNull());

        // Then the job was cancelled and had returned before the runner went
        QVERIFY(state->sawCancel);
        QVERIFY(state->returned);
        QTest::qWait(50);
        QVERIFY(!delivered);
    }

    void shouldGiveUpWaitingForAJobThatIgnoresCancel()
    {
        ProgressPanel panel;
        auto runner = std::make_unique<JobRunner>(&panel);
        runner->setShutdownTimeout(200);
        auto stuck = std::make_shared<std::atomic<bool>>(true);
        auto started = std::make_shared<std::atomic<bool>>(false);
        auto finished = std::make_shared<std::atomic<bool>>(false);
        runner->start(
            *QThreadPool::globalInstance(), QStringLiteral("Stuck"),
            [stuck, started, finished] {
                *started = true;
                while (*stuck)
                    QThread::msleep(5);
                *finished = true;
                return 0;
            },
            this, [](int) {});
        QTRY_VERIFY(*started); // a job cancelled before it starts never runs: nothing to wait for
        QElapsedTimer timer;
        timer.start();
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("did not stop within 200 ms.*Stuck")));
        QVERIFY(!runner->shutdown());
        QVERIFY2(
            timer.elapsed() >= 200 && timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!*finished);
        QVERIFY(panel.isCancelling()); // the panel says so while the job winds down
        // Let it end before the runner goes, so the destructor's own wait succeeds quietly
        *stuck = false;
        QTRY_VERIFY(*finished);
        runner.reset();
    }
};

CATALOG_TEST_MAIN(JobRunnerTest)
#include "tst_jobrunner.moc"
