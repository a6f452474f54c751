#pragma once

#include "bulk/bulkedit.h"
#include "bulk/bulkupdatejob.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace catalog {

class ConnectionManager;
class JobRunner;
class SupplierCompleter;

// Bulk Edit…: what to change (status, supplier, currency, MOQ, prices by percent or amount, one
// specification key, delete or restore) over the selected rows or the whole filtered set. It shows
// how many products the scope holds ("183,402 products match") and five before/after rows, both
// computed by the database (BulkUpdateJob::count and preview, the job's own SQL) as quiet jobs on
// the JobRunner, never on the GUI thread; a newer request supersedes an older one. It says how the
// edit will run: small selections as pending changes (undoable, saved with Save), everything else
// as a background job in batches, where Cancel keeps the batches already written.
//
// It does not run the edit: after accept() the caller reads scope() and edit() (see
// BulkEditLauncher). The ConnectionManager and the JobRunner must outlive it. GUI thread only.
class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    BulkEditDialog(ConnectionManager &connections, JobRunner &jobs, const ProductFilter &filter,
        const QList<qint64> &selectedIds, int pendingLimit, QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    bool usesSelection() const;
    BulkScope scope() const;
    // The edit as the form describes it (not validated; validate() says what is wrong).
    BulkEdit edit() const;
    // The last count the database gave for the scope, or -1 while it is counted.
    qint64 matched() const { return m_matched; }
    // The preview rows shown, for tests.
    int previewRows() const;
    QString previewText(int row, int column) const;
    QString status() const;

    void accept() override;

private:
    QWidget *buildScope();
    QWidget *buildChanges();
    QWidget *buildPriceEditor(QWidget *parent);
    QWidget *buildSpecEditor(QWidget *parent);
    QWidget *buildPreview();
    void scheduleRefresh();
    void refreshCount();
    void refreshPreview();
    void showPreview(const Result<QList<BulkPreviewRow>> &rows);
    void updateMode();

    ConnectionManager &m_connections;
    JobRunner &m_jobs;
    ProductFilter m_filter;
    QList<qint64> m_selected;
    int m_pendingLimit;
    QTimer m_refresh;
    quint64 m_countGeneration = 0;
    quint64 m_previewGeneration = 0;
    qint64 m_matched = -1;

    QRadioButton *m_scopeSelection = nullptr;
    QRadioButton *m_scopeFilter = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_statusOn = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_supplierOn = nullptr;
    QLineEdit *m_supplier = nullptr;
    SupplierCompleter *m_supplierCompleter = nullptr;
    QCheckBox *m_currencyOn = nullptr;
    QComboBox *m_currency = nullptr;
    QCheckBox *m_moqOn = nullptr;
    QSpinBox *m_moq = nullptr;
    QComboBox *m_priceMode = nullptr;
    QLineEdit *m_priceValue = nullptr;
    QComboBox *m_specMode = nullptr;
    QLineEdit *m_specKey = nullptr;
    QLineEdit *m_specValue = nullptr;
    QComboBox *m_state = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace catalog
