#pragma once

#include "config/retentionsettings.h"
#include "maintenance/purgejob.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QSpinBox;
class QTimer;

namespace catalog {

class ConnectionManager;

// Maintenance ▸ Purge…: which parts to purge and their limits (from RetentionSettings), and a
// preview of what that removes — counted by the database off the GUI thread, again after every
// change — before the operator confirms with Purge. The purge itself is not run here: the caller
// reads options() after accept() (PurgeLauncher runs it on the JobRunner). Accepting saves the
// limits as the new retention settings.
//
// GUI thread only; the ConnectionManager must outlive the dialog (a preview still running is
// waited for when the dialog goes). Preview errors are shown in the dialog.
class PurgeDialog : public QDialog
{
    Q_OBJECT
public:
    PurgeDialog(ConnectionManager &connections, const QString &storageRoot, QWidget *parent = nullptr);
    ~PurgeDialog() override;

    PurgeJob::Options options() const;
    // The preview of the current options has arrived (or failed).
    bool hasPreview() const { return m_preview.has_value(); }
    const std::optional<PurgeCounts> &preview() const { return m_preview; }

public Q_SLOTS:
    void refreshPreview();
    void accept() override;

Q_SIGNALS:
    void previewShown();

private:
    QSpinBox *addLimit(QGridLayout *grid, int row, QCheckBox *check, int days);
    void showPreview(const Result<PurgeCounts> &counts);
    void updateButtons();

    ConnectionManager &m_connections;
    QString m_storageRoot;
    QCheckBox *m_products;
    QCheckBox *m_history;
    QCheckBox *m_jobs;
    QSpinBox *m_productDays = nullptr;
    QSpinBox *m_historyDays = nullptr;
    QSpinBox *m_keepLast = nullptr;
    QSpinBox *m_jobDays = nullptr;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
    std::optional<PurgeCounts> m_preview;
    bool m_previewStale = false;
    QFutureWatcher<Result<PurgeCounts>> m_counting;
};

} // namespace catalog
