#pragma once

#include "tablepage.h"

#include <QTimer>

class QTextBrowser;

namespace catalog {

class ConnectionManager;

// Sync history: every import, sync, backup and check from the sync_records journal, newest first,
// with a report viewer for the selected job (counts, timing, the rows that failed and why). While
// the page is visible it refreshes every few seconds so running jobs show their progress.
class JobsPage : public TablePage
{
    Q_OBJECT
public:
    JobsPage(ConnectionManager &connections, QWidget *parent = nullptr);

    QTextBrowser *report() const { return m_report; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showRecord(const QVariant &record);

    QTextBrowser *m_report;
    QTimer m_refresh;
};

} // namespace catalog
