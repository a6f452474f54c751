#pragma once

#include "tablepage.h"

#include <QTimer>

class QPushButton;
class QTextBrowser;

namespace catalog {

class ConnectionManager;

// Sync history: every import, sync, backup and check from the sync_records journal, newest first,
// with a report viewer for the selected job (counts, timing, the rows that failed and why). While
// the page is visible it refreshes every few seconds so running jobs show their progress. Stop
// cancels a running job of this process; a job another process runs names that process instead.
class JobsPage : public TablePage
{
    Q_OBJECT
public:
    JobsPage(ConnectionManager &connections, QWidget *parent = nullptr);

    QTextBrowser *report() const { return m_report; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *saveReportButton() const { return m_save; }
    // Writes the selected job's problems (line, source_id, field, message) as CSV.
    bool saveReport(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    // Stop was pressed on a job this process runs: the window cancels it (whole batches stay).
    void stopRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void retranslate() override;

private:
    void showRecord(const QVariant &record);

    QTextBrowser *m_report;
    QPushButton *m_stop;
    QPushButton *m_save;
    QVariant m_record;
    QTimer m_refresh;
};

} // namespace catalog
