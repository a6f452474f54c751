#pragma once

#include "db/sessioninfo.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
#include <QLabel>

namespace catalog {

class ConnectionManager;
class PagedTableModel;

// Asks the database, off the GUI thread, what the connected role may do and whether the link is
// encrypted (SessionInfo), then shows it: a status-bar label ("TLSv1.3 · role alice · read-only"),
// actions the role may not use disabled with the reason as tool tip and status tip, and the table
// models it is given made read-only with the reason. Before the answer arrives nothing is
// disabled: the server refuses what is not allowed anyway, and that error is shown as a
// permission error. GUI thread only; waitForProbe() before the ConnectionManager goes away.
class SessionGuard : public QObject
{
    Q_OBJECT
public:
    enum class Needs { Write, RecordJobs, Administer };

    explicit SessionGuard(QObject *parent = nullptr);
    ~SessionGuard() override;

    QLabel *label() const { return m_label; }
    // Disables `action` while the role lacks `needs`; returns it for chaining in menu code.
    QAction *require(QAction *action, Needs needs);
    // Explains, without touching enabled state (someone else drives it), why `action` is greyed.
    void explain(QAction *action);
    void setModels(const QList<PagedTableModel *> &models);

    void probe(ConnectionManager &connections);
    void waitForProbe();
    const SessionInfo &info() const { return m_info; }
    bool hasInfo() const { return m_known; }

Q_SIGNALS:
    void changed();

protected:
    // The language changed: the label and the reasons on the actions are written again.
    bool event(QEvent *event) override;

private:
    void apply();
    bool allows(Needs needs) const;
    QString reasonFor(Needs needs) const;

    struct Required
    {
        QPointer<QAction> action;
        Needs needs;
        QString originalTip;
    };
    QPointer<QLabel> m_label; // owned by the status bar once added there
    QList<Required> m_required;
    QList<Required> m_explained;
    QList<QPointer<PagedTableModel>> m_models;
    QFutureWatcher<Result<SessionInfo>> m_watcher;
    SessionInfo m_info;
    bool m_known = false;
};

} // namespace catalog
