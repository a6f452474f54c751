#include "progresspanel.h"

#include "interfacelanguage.h"

#include "testmain.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QtConcurrent>

#include <atomic>

using namespace catalog;

namespace {

QString labelText(const ProgressPanel &panel)
{
    return panel.findChild<QLabel *>(QStringLiteral("progressLabel"))->text();
}

} // namespace

class ProgressPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeHiddenWhileIdle()
    {
        QStatusBar bar;
        auto *panel = new ProgressPanel(&bar);
        bar.addPermanentWidget(panel);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY(!panel->isVisible());
        QVERIFY(!panel->isBusy());
    }

    void shouldShowProgressAndCancelTheJobFromItsButton()
    {
        // Given a job that reports progress through QPromise and stops when cancelled
        QStatusBar bar;
        auto *panel = new ProgressPanel(&bar);
        bar.addPermanentWidget(panel, 0);
        bar.resize(640, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));

        std::atomic<bool> sawCancel { false };
        std::atomic<int> stepsDone { 0 };
        QFuture<void> job = QtConcurrent::run([&](QPromise<void> &promise) {
            promise.setProgressRange(0, 1000);
            for (int i = 0; i < 1000; ++i) {
                if (promise.isCanceled()) {
                    sawCancel = true;
                    QThread::msleep(150); // a job needs a moment to wind down
                    return;
                }
                promise.setProgressValueAndText(i, QStringLiteral("row %1 of 1000").arg(i));
                stepsDone = i;
                QThread::msleep(10);
            }
        });
        QSignalSpy finished(panel, &ProgressPanel::finished);

        // When the panel tracks it
        panel->track(QStringLiteral("Importing products.csv"), job);

        // Then it shows the title, the reported text and the progress
        QVERIFY(panel->isVisible());
        auto *progress = panel->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QTRY_VERIFY(progress->value() > 3);
        QCOMPARE(progress->maximum(), 1000);
        QTRY_VERIFY(labelText(*panel).contains(QStringLiteral("row ")));
        QVERIFY(labelText(*panel).startsWith(QStringLiteral("Importing products.csv")));
        QVERIFY(catalog::test::saveScreenshot(&bar, QStringLiteral("progresspanel")));

        // When Cancel is clicked
        auto *cancel = panel->findChild<QToolButton *>(QStringLiteral("cancelButton"));
        QTest::mouseClick(cancel, Qt::LeftButton);

        // Then it says so until the job has ended, and hides afterwards
        QVERIFY(panel->isCancelling());
        QVERIFY(labelText(*panel).contains(QStringLiteral("Cancelling")));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(panel->isVisible());
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(sawCancel);
        QVERIFY(stepsDone < 999);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!panel->isBusy());
        job.waitForFinished();
    }

    void shouldHideWhenAJobFinishesByItself()
    {
        ProgressPanel panel;
        QSignalSpy finished(&panel, &ProgressPanel::finished);
        QFuture<int> job = QtConcurrent::run([] {
            QThread::msleep(50);
            return 42;
        });
        panel.track(QStringLiteral("Counting"), job);
        QVERIFY(panel.isVisibleTo(nullptr) || panel.isBusy());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(panel.isHidden());
        QCOMPARE(job.result(), 42);
    }

    void shouldFollowOnlyTheLatestJob()
    {
        ProgressPanel panel;
        QSignalSpy finished(&panel, &ProgressPanel::finished);
        QPromise<void> first;
        first.start();
        panel.track(QStringLiteral("First"), first.future());
        QPromise<void> second;
        second.start();
        panel.track(QStringLiteral("Second"), second.future());
        first.finish();
        QTest::qWait(50);
        QVERIFY(panel.isBusy());
        QCOMPARE(panel.title(), QStringLiteral("Second"));
        second.finish();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!panel.isBusy());
    }
};

CATALOG_TEST_MAIN(ProgressPanelTest)
#include "tst_progresspanel.moc"
