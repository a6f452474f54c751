#include "importdialog.h"

#include "config/runtimesettings.h"
#include "importdiffpage.h"
#include "statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace catalog {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import products"));
    auto *outer = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_settings = new QWidget(m_stack);
    auto *settings = new QVBoxLayout(m_settings);
    settings->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    settings->addLayout(form);
    createSourceFields(form);
    createCsvFields(form);
    createModeFields(form);
    settings->addLayout(createTables(), 1);
    m_stack->addWidget(m_settings);
    outer->addWidget(m_stack, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    outer->addWidget(m_buttons);
    connectFields();
    resize(1100, 640);
}

// The file, its format and its encoding.
void ImportDialog::createSourceFields(QFormLayout *form)
{
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("A CSV, JSON Lines or JSON file"));
    m_browse = new QToolButton(this);
    m_browse->setText(tr("Browse…"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    form->addRow(tr("File:"), fileRow);

    m_format = new QComboBox(this);
    m_format->addItem(tr("Detect from the file"), -1);
    m_format->addItem(QStringLiteral("CSV"), int(FileFormat::Csv));
    m_format->addItem(QStringLiteral("JSON Lines"), int(FileFormat::JsonLines));
    m_format->addItem(QStringLiteral("JSON"), int(FileFormat::JsonArray));
    m_format->addItem(tr("1688sync crawler items (JSON Lines)"), int(FileFormat::Sync1688));
    form->addRow(tr("Format:"), m_format);

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect (UTF-8, UTF-16 by BOM, else GB18030)"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("UTF-16"));
    m_encoding->addItem(QStringLiteral("GB18030"), QStringLiteral("GB18030"));
    form->addRow(tr("Encoding:"), m_encoding);
}

void ImportDialog::createCsvFields(QFormLayout *form)
{
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar |"), QStringLiteral("|"));
    m_quote = new QComboBox(this);
    m_quote->addItem(tr("Double quote \""), QStringLiteral("\""));
    m_quote->addItem(tr("Single quote '"), QStringLiteral("'"));
    auto *csvRow = new QHBoxLayout;
    csvRow->addWidget(m_delimiter);
    csvRow->addWidget(new QLabel(tr("Quote:"), this));
    csvRow->addWidget(m_quote);
    csvRow->addStretch();
    form->addRow(tr("CSV delimiter:"), csvRow);
}

// What happens to products that exist already, and the dry run.
void ImportDialog::createModeFields(QFormLayout *form)
{
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Insert new products, update existing ones"), int(ProductImporter::Mode::Upsert));
    m_mode->addItem(
        tr("Insert new products only; reject existing ones"), int(ProductImporter::Mode::InsertOnly));
    m_mode->addItem(
        tr("Insert new products; leave existing ones untouched"), int(ProductImporter::Mode::SkipExisting));
    form->addRow(tr("Existing products:"), m_mode);

    m_dryRun = new QCheckBox(tr("Only check the file (dry run): nothing is written"), this);
    form->addRow(QString(), m_dryRun);
}

// The column mapping beside the preview of the first rows.
QLayout *ImportDialog::createTables()
{
    auto *columnsBox = new QGroupBox(tr("Columns (CSV): which catalog field each column fills"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    m_mapping = new QTableWidget(0, 2, columnsBox);
    m_mapping->setObjectName(QStringLiteral("columnMapping"));
    m_mapping->setHorizontalHeaderLabels({ tr("Column in the file"), tr("Catalog field") });
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    columnsLayout->addWidget(m_mapping);
    auto *previewBox = new QGroupBox(tr("Preview: the first 20 rows as the import reads them"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QTableWidget(previewBox);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_summary = new QLabel(previewBox);
    m_summary->setWordWrap(true);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_summary);
    auto *tables = new QHBoxLayout;
    tables->addWidget(columnsBox, 1);
    tables->addWidget(previewBox, 3);
    return tables;
}

void ImportDialog::connectFields()
{
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportDialog::updatePreview);
    const auto schedule = [this] { m_previewTimer->start(); };
    connect(m_path, &QLineEdit::textChanged, this, schedule);
    for (QComboBox *box : { m_format, m_encoding, m_delimiter, m_quote })
        connect(box, &QComboBox::currentIndexChanged, this, schedule);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(QFileInfo(text.trimmed()).isFile());
        if (m_review)
            m_review->setEnabled(QFileInfo(text.trimmed()).isFile());
        if (const auto format = fileFormatFromName(text.trimmed()))
            m_format->setCurrentIndex(m_format->findData(int(*format)));
    });
    connect(m_dryRun, &QCheckBox::toggled, this, [this](bool dry) {
        m_buttons->button(QDialogButtonBox::Ok)->setText(dry ? tr("Check") : tr("Import"));
    });
    connect(m_browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Import products"), QDir::homePath(),
            tr("Catalog files (*.csv *.jsonl *.ndjson *.json);;All files (*)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
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
        o.format = FileFormat(format);
    o.encoding = m_encoding->currentData().toString();
    o.mode = ProductImporter::Mode(m_mode->currentData().toInt());
    o.dryRun = m_dryRun->isChecked();
    const RuntimeSettings settings = RuntimeSettings::current();
    o.batchSize = settings.batchSize();
    o.delimiter = m_delimiter->currentData().toString().at(0);
    o.quote = m_quote->currentData().toString().at(0);
    o.columns = m_columns;
    if (isReviewing())
        o.exclusions = m_diffPage->exclusions();
    return o;
}

void ImportDialog::setDiffSource(JobRunner &jobs, ConnectionManager &connections)
{
    m_jobs = &jobs;
    m_connections = &connections;
    if (m_diffPage)
        return;
    m_diffPage = new ImportDiffPage(m_stack);
    m_stack->addWidget(m_diffPage);
    m_review = m_buttons->addButton(tr("Review changes…"), QDialogButtonBox::ActionRole);
    m_review->setEnabled(QFileInfo(path()).isFile());
    m_review->setDefault(true);
    m_back = m_buttons->addButton(tr("Back"), QDialogButtonBox::ActionRole);
    m_back->hide();
    connect(m_review, &QPushButton::clicked, this, &ImportDialog::reviewChanges);
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::showSettings);
    connect(m_diffPage, &ImportDiffPage::compared, this,
        [this](bool ok) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok); });
}

void ImportDialog::reviewChanges()
{
    if (!m_diffPage || !QFileInfo(path()).isFile())
        return;
    const ProductImporter::Options settings = options();
    m_stack->setCurrentWidget(m_diffPage);
    m_review->hide();
    m_back->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_diffPage->compare(*m_jobs, *m_connections, path(), settings);
}

bool ImportDialog::isReviewing() const
{
    return m_diffPage && m_stack->currentWidget() == m_diffPage;
}

// Back from the review: the settings may change, so the diff is computed again next time.
void ImportDialog::showSettings()
{
    m_diffPage->cancel();
    m_stack->setCurrentWidget(m_settings);
    m_back->hide();
    m_review->show();
    m_review->setDefault(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(QFileInfo(path()).isFile());
}

void ImportDialog::mapColumn(const QString &column, const QString &field)
{
    m_columns.insert(column.trimmed().toLower(), field);
    updatePreview();
}

QString ImportDialog::previewSummary() const
{
    return m_summary->text();
}

void ImportDialog::updatePreview()
{
    m_previewTimer->stop();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!QFileInfo(path()).isFile()) {
        m_mapping->setRowCount(0);
        m_summary->setText(tr("Choose a file to see its first rows."));
        return;
    }
    const Result<ProductImporter::Preview> preview = ProductImporter::preview(path(), options());
    if (!preview) {
        m_mapping->setRowCount(0);
        m_summary->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(StatusColors::current().name(StatusColors::Role::Error),
                                   preview.error().toString().toHtmlEscaped()));
        return;
    }
    const bool csv = preview->format == FileFormat::Csv;
    m_delimiter->setEnabled(csv);
    m_quote->setEnabled(csv);
    showColumnMapping(preview.value(), csv);
    showPreviewRows(preview.value());
}

// The mapping: one combo per file column (CSV); JSON names its fields itself. Rebuilt only when
// the columns change, never under the combo the operator is using.
void ImportDialog::showColumnMapping(const ProductImporter::Preview &preview, bool csv)
{
    const bool sameColumns = m_mapping->rowCount() == preview.columns.size()
        && std::all_of(preview.columns.cbegin(), preview.columns.cend(), [this, &preview](const QString &c) {
               const int row = int(preview.columns.indexOf(c));
               return m_mapping->item(row, 0) && m_mapping->item(row, 0)->text() == c;
           });
    if (!sameColumns)
        m_mapping->setRowCount(int(preview.columns.size()));
    for (int c = 0; c < preview.columns.size() && !sameColumns; ++c) {
        const QString column = preview.columns.at(c);
        m_mapping->setItem(c, 0, new QTableWidgetItem(column));
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("(ignore)"), QString());
        for (const QString &field : ProductImporter::fields())
            combo->addItem(field, field);
        combo->setCurrentIndex(qMax(0, combo->findData(preview.mappedTo.value(c))));
        combo->setEnabled(csv);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            m_columns.insert(column.trimmed().toLower(), combo->currentData().toString());
            m_previewTimer->start();
        });
        m_mapping->setCellWidget(c, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

// The rows as the import reads them, the ones it would reject in red with the reason.
void ImportDialog::showPreviewRows(const ProductImporter::Preview &preview)
{
    QStringList headers;
    headers << tr("Line");
    for (int c = 0; c < preview.columns.size(); ++c)
        headers << (preview.mappedTo.at(c).isEmpty() ? tr("%1 (ignored)").arg(preview.columns.at(c))
                                                       : preview.columns.at(c) == preview.mappedTo.at(c)
                                                           ? preview.columns.at(c)
                                                           : QStringLiteral("%1 → %2").arg(preview.columns.at(c), preview.mappedTo.at(c)));
    headers << tr("Would be rejected because");
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(preview.rows.size()));
    int rejected = 0;
    const QColor bad = StatusColors::current().color(StatusColors::Role::ErrorBackground);
    for (int r = 0; r < preview.rows.size(); ++r) {
        const ProductImporter::Preview::Row &row = preview.rows.at(r);
        QList<QTableWidgetItem *> items;
        items << new QTableWidgetItem(QString::number(row.line));
        for (int c = 0; c < preview.columns.size(); ++c)
            items << new QTableWidgetItem(row.cells.value(c));
        items << new QTableWidgetItem(row.problems.join(tr("; ", "between problems of a row")));
        if (!row.problems.isEmpty())
            ++rejected;
        for (int c = 0; c < items.size(); ++c) {
            if (!row.problems.isEmpty()) {
                items.at(c)->setBackground(bad);
                items.at(c)->setToolTip(row.problems.join(QLatin1Char('\n')));
            }
            m_preview->setItem(r, c, items.at(c));
        }
    }
    m_preview->resizeColumnsToContents();
    QString summary = tr("%1, %2: %n row(s) shown, %3 would be rejected.", nullptr, int(preview.rows.size()))
                          .arg(fileFormatName(preview.format), preview.encoding)
                          .arg(rejected);
    if (!preview.wholeFile)
        summary += QLatin1Char(' ') + tr("(Only the beginning of the file was read for the preview.)");
    for (const QString &warning : preview.warnings)
        summary += QStringLiteral("<br>⚠ ") + warning.toHtmlEscaped();
    m_summary->setText(summary);
}

} // namespace catalog
