#pragma once

#include "productimporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace catalog {

// Data ▸ Import: the file, its format and encoding (detected unless chosen), what to do with
// source_ids that exist (update, reject, skip) and whether to only validate (dry run). The import
// itself runs in the main window's background jobs; see MainWindow::importProducts().
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString path() const;
    ProductImporter::Options options() const;

private:
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_mode;
    QCheckBox *m_dryRun;
};

} // namespace catalog
