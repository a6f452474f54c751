#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace catalog {

// A compact status-bar widget for one background job: its title (plus the progress text the job
// reports), a progress bar and a Cancel button. It shows itself when track() is called and hides
// again when the job has finished, so it takes no room while the application is idle.
//
// The job reports through QPromise (setProgressRange, setProgressValue, setProgressValueAndText);
// until it sets a range the bar is indeterminate. Cancel calls QFuture::cancel() and shows
// "Cancelling…" until the job returns: the job must poll QPromise::isCanceled() and stop.
//
// GUI thread only. The panel watches but does not own the job: destroying the panel or tracking
// another job leaves the earlier job running. It has no errors of its own; the job's result is
// read by whoever started it, and finished() says whether it was cancelled.
class ProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget *parent = nullptr);
    ~ProgressPanel() override;

    void track(const QString &title, const QFuture<void> &future);
    template <typename T> void track(const QString &title, const QFuture<T> &future)
    {
        track(title, QFuture<void>(future));
    }

    bool isBusy() const { return m_busy; }
    bool isCancelling() const { return m_cancelling; }
    QString title() const { return m_title; }

public slots:
    void cancel();

signals:
    // Emitted once per tracked job when it ends; `cancelled` is true when it was cancelled.
    void finished(bool cancelled);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished();
    void updateLabel();

    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QFutureWatcher<void> m_watcher;
    QString m_title;
    QString m_progressText;
    bool m_busy = false;
    bool m_cancelling = false;
};

} // namespace catalog
