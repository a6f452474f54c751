#pragma once

#include "maintenance/healthchecker.h" // SystemHealth, in healthChecked()

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace catalog {

// The main window's one notice that the database cannot be reached: "Database unreachable since
// HH:MM — your N unsaved changes are kept; retrying…", with the reason beneath and a Retry now
// button. It appears when a health check finds the connection down or a page reports a save or a
// fetch that met an unreachable server (reportUnreachable(); repeated reports only update it, so
// the operator gets one notice, not one per failed page), and goes when a health check reaches the
// database again; it then emits recovered() once, for the window to reload what failed. There is
// no time limit: an outage of hours ends the same way as one of seconds.
//
// GUI thread only; owned by its parent widget. It shows state and has no errors of its own.
class OutageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OutageBanner(QWidget *parent = nullptr);

    bool isUnreachable() const { return m_since.isValid(); }
    QDateTime unreachableSince() const { return m_since; }
    QString text() const;

public Q_SLOTS:
    void healthChecked(const SystemHealth &health);
    void reportUnreachable(const QString &reason);
    void setPendingChanges(int count);

Q_SIGNALS:
    void retryRequested();
    // The database answers again after an outage that began at `since`.
    void recovered(const QDateTime &since);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    QLabel *m_headline;
    QLabel *m_reason;
    QPushButton *m_retry;
    QDateTime m_since;
    QString m_lastReason;
    int m_pending = 0;
};

} // namespace catalog
