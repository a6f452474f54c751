#include "importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace catalog {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import products"));
    auto *form = new QFormLayout(this);
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("A CSV, JSON Lines or JSON file"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);

    m_format = new QComboBox(this);
    m_format->addItem(tr("Detect from the file"), -1);
    m_format->addItem(QStringLiteral("CSV"), int(ProductImporter::Format::Csv));
    m_format->addItem(QStringLiteral("JSON Lines"), int(ProductImporter::Format::JsonLines));
    m_format->addItem(QStringLiteral("JSON"), int(ProductImporter::Format::JsonArray));
    m_format->addItem(tr("1688sync crawler items (JSON Lines)"), int(ProductImporter::Format::Sync1688));
    form->addRow(tr("Format:"), m_format);

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect (UTF-8, UTF-16 by BOM, else GB18030)"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("UTF-16"));
    m_encoding->addItem(QStringLiteral("GB18030"), QStringLiteral("GB18030"));
    form->addRow(tr("Encoding:"), m_encoding);

    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Insert new products, update existing ones"), int(ProductImporter::Mode::Upsert));
    m_mode->addItem(
        tr("Insert new products only; reject existing ones"), int(ProductImporter::Mode::InsertOnly));
    m_mode->addItem(
        tr("Insert new products; leave existing ones untouched"), int(ProductImporter::Mode::SkipExisting));
    form->addRow(tr("Existing products:"), m_mode);

    m_dryRun = new QCheckBox(tr("Only check the file (dry run): nothing is written"), this);
    form->addRow(QString(), m_dryRun);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(QFileInfo(text.trimmed()).isFile());
        if (const auto format = ProductImporter::formatFromName(text.trimmed()))
            m_format->setCurrentIndex(m_format->findData(int(*format)));
    });
    connect(m_dryRun, &QCheckBox::toggled, this, [buttons](bool dry) {
        buttons->button(QDialogButtonBox::Ok)->setText(dry ? tr("Check") : tr("Import"));
    });
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Import products"), QDir::homePath(),
            tr("Catalog files (*.csv *.jsonl *.ndjson *.json);;All files (*)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    resize(560, sizeHint().height());
}

void ImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ImportDialog::path() const
{
    return m_path->text().trimmed();
}

ProductImporter::Options ImportDialog::options() const
{
    ProductImporter::Options o;
    if (const int format = m_format->currentData().toInt(); format >= 0)
        o.format = ProductImporter::Format(format);
    o.encoding = m_encoding->currentData().toString();
    o.mode = ProductImporter::Mode(m_mode->currentData().toInt());
    o.dryRun = m_dryRun->isChecked();
    return o;
}

} // namespace catalog
