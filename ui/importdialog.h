#pragma once

#include "transfer/productimporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QToolButton;

namespace catalog {

class ConnectionManager;
class ImportDiffPage;
class JobRunner;

// Data ▸ Import: the file, its format and encoding (detected unless chosen), for CSV the delimiter,
// the quote and which catalog field each column fills, what to do with source_ids that exist
// (update, reject, skip) and whether to only validate (dry run). A preview shows the first 20 rows as
// the import would read them, rows that would be rejected in red with the reasons. The import itself
// runs in the main window's background jobs; see MainWindow::importProducts(). Given the window's
// jobs and database (setDiffSource), the wizard has a last page before Import, *Review changes*
// (ImportDiffPage): what the import will do product by product, where the operator unticks
// products and fields to leave alone; options() then carries those exclusions.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString path() const;
    ProductImporter::Options options() const;
    // Maps a file column (as the header names it) to a catalog field, "" to ignore it.
    void mapColumn(const QString &column, const QString &field);
    QTableWidget *preview() const { return m_preview; }
    QTableWidget *mapping() const { return m_mapping; }
    QString previewSummary() const;
    // Enables the Review changes page, computed with these jobs on this database.
    void setDiffSource(JobRunner &jobs, ConnectionManager &connections);
    // Shows the Review changes page and starts comparing (needs setDiffSource); Back returns.
    void reviewChanges();
    bool isReviewing() const;
    ImportDiffPage *diffPage() const { return m_diffPage; }

public Q_SLOTS:
    void updatePreview();

private:
    void createSourceFields(QFormLayout *form);
    void createCsvFields(QFormLayout *form);
    void createModeFields(QFormLayout *form);
    QLayout *createTables();
    void connectFields();
    void showColumnMapping(const ProductImporter::Preview &preview, bool csv);
    void showPreviewRows(const ProductImporter::Preview &preview);
    void showSettings();

    QStackedWidget *m_stack = nullptr;
    QWidget *m_settings = nullptr;
    ImportDiffPage *m_diffPage = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_back = nullptr;
    JobRunner *m_jobs = nullptr;
    ConnectionManager *m_connections = nullptr;

    QToolButton *m_browse = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QComboBox *m_delimiter;
    QComboBox *m_quote;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QTimer *m_previewTimer;
    QMap<QString, QString> m_columns;
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_mode;
    QCheckBox *m_dryRun;
};

} // namespace catalog
