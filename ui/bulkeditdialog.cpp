#include "bulkeditdialog.h"

#include "core/validator.h"
#include "db/connectionmanager.h"
#include "jobrunner.h"
#include "producttablemodel.h"
#include "suppliercompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace catalog {

namespace bulkeditdialog {
namespace {

QString priceRange(const Product &p)
{
    auto one = [](const std::optional<Decimal2> &d) { return d ? d->toString() : QStringLiteral("–"); };
    return QStringLiteral("%1–%2 %3").arg(one(p.priceMin), one(p.priceMax), p.currency);
}

// The fields the edit touches, as the preview shows them for one side.
QString describe(const Product &p, const BulkEdit &e)
{
    QStringList parts;
    if (e.syncStatus)
        parts << ProductTableModel::statusTitle(p.syncStatus);
    if (e.priceMode != BulkEdit::PriceMode::None || e.currency)
        parts << priceRange(p);
    if (e.moq)
        parts << BulkEditDialog::tr("MOQ %1").arg(p.moq ? QString::number(*p.moq) : QStringLiteral("–"));
    if (e.supplierId)
        parts << BulkEditDialog::tr("supplier #%1")
                     .arg(p.supplierId ? QString::number(*p.supplierId) : QStringLiteral("–"));
    if (e.specMode != BulkEdit::SpecMode::None) {
        QStringList specs;
        for (const QString &key : { e.specKey, e.specValue }) {
            if (p.specifications.contains(key))
                specs << QStringLiteral("%1: %2").arg(
                    key, p.specifications.value(key).toVariant().toString());
        }
        parts << (specs.isEmpty() ? BulkEditDialog::tr("(no such specification)")
                                  : specs.join(QStringLiteral(", ")));
    }
    if (e.state != BulkEdit::State::Keep)
        parts << (p.isDeleted() ? BulkEditDialog::tr("deleted") : BulkEditDialog::tr("active"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace
} // namespace bulkeditdialog

BulkEditDialog::BulkEditDialog(ConnectionManager &connections, JobRunner &jobs, const ProductFilter &filter,
    const QList<qint64> &selectedIds, int pendingLimit, QWidget *parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_jobs(jobs)
    , m_filter(filter)
    , m_selected(selectedIds)
    , m_pendingLimit(pendingLimit)
{
    setWindowTitle(tr("Bulk Edit"));
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, &BulkEditDialog::refreshPreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildScope());
    layout->addWidget(buildChanges());
    layout->addWidget(buildPreview());
    m_mode = new QLabel(this);
    m_mode->setWordWrap(true);
    layout->addWidget(m_mode);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);
    layout->addWidget(buttons);
    resize(760, 680);
    refreshCount();
    updateMode();
}

BulkEditDialog::~BulkEditDialog() = default;

QWidget *BulkEditDialog::buildScope()
{
    auto *box = new QGroupBox(tr("Products"), this);
    auto *layout = new QVBoxLayout(box);
    m_scopeSelection
        = new QRadioButton(m_selected.isEmpty() ? tr("The selected rows (none selected)")
                                                : tr("The selected rows (%1)").arg(m_selected.size()),
            box);
    m_scopeFilter = new QRadioButton(tr("All products that match the filter, loaded or not"), box);
    m_scopeSelection->setEnabled(!m_selected.isEmpty());
    (m_selected.size() > 1 ? m_scopeSelection : m_scopeFilter)->setChecked(true);
    m_count = new QLabel(tr("Counting…"), box);
    m_count->setObjectName(QStringLiteral("bulkCount"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    layout->addWidget(m_scopeSelection);
    layout->addWidget(m_scopeFilter);
    layout->addWidget(m_count);
    for (QRadioButton *b : { m_scopeSelection, m_scopeFilter })
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on) {
                refreshCount();
                updateMode();
            }
        });
    return box;
}

QWidget *BulkEditDialog::buildChanges()
{
    auto *box = new QGroupBox(tr("Change"), this);
    auto *form = new QFormLayout(box);
    auto row = [&](QCheckBox *&check, const QString &label, QWidget *editor) {
        check = new QCheckBox(label, box);
        editor->setEnabled(false);
        connect(check, &QCheckBox::toggled, editor, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &BulkEditDialog::scheduleRefresh);
        form->addRow(check, editor);
    };
    m_status = new QComboBox(box);
    for (const QString &s : validation::syncStatuses)
        m_status->addItem(ProductTableModel::statusTitle(s), s);
    row(m_statusOn, tr("Status"), m_status);
    m_supplier = new QLineEdit(box);
    m_supplier->setPlaceholderText(tr("Supplier name or source ID"));
    m_supplierCompleter = new SupplierCompleter(m_connections, m_supplier);
    row(m_supplierOn, tr("Supplier"), m_supplier);
    m_currency = new QComboBox(box);
    m_currency->addItems(validation::currencyList());
    m_currency->setCurrentText(QStringLiteral("CNY"));
    row(m_currencyOn, tr("Currency"), m_currency);
    m_moq = new QSpinBox(box);
    m_moq->setRange(1, 1000000);
    row(m_moqOn, tr("MOQ"), m_moq);

    form->addRow(tr("Prices"), buildPriceEditor(box));

    form->addRow(tr("Specification"), buildSpecEditor(box));

    m_state = new QComboBox(box);
    m_state->addItem(tr("unchanged"), int(BulkEdit::State::Keep));
    m_state->addItem(tr("delete (soft)"), int(BulkEdit::State::Delete));
    m_state->addItem(tr("restore"), int(BulkEdit::State::Restore));
    form->addRow(tr("Deleted state"), m_state);

    m_statusOn->setObjectName(QStringLiteral("bulkStatusOn"));
    m_status->setObjectName(QStringLiteral("bulkStatus"));
    m_priceMode->setObjectName(QStringLiteral("bulkPriceMode"));
    m_priceValue->setObjectName(QStringLiteral("bulkPriceValue"));
    m_state->setObjectName(QStringLiteral("bulkState"));
    for (QComboBox *c : { m_status, m_currency, m_priceMode, m_specMode, m_state })
        connect(c, &QComboBox::currentIndexChanged, this, &BulkEditDialog::scheduleRefresh);
    for (QLineEdit *e : { m_supplier, m_priceValue, m_specKey, m_specValue })
        connect(e, &QLineEdit::textChanged, this, &BulkEditDialog::scheduleRefresh);
    connect(m_moq, &QSpinBox::valueChanged, this, &BulkEditDialog::scheduleRefresh);
    return box;
}

QWidget *BulkEditDialog::buildPriceEditor(QWidget *parent)
{
    auto *prices = new QWidget(parent);
    auto *pricesLayout = new QHBoxLayout(prices);
    pricesLayout->setContentsMargins(0, 0, 0, 0);
    m_priceMode = new QComboBox(prices);
    m_priceMode->addItem(tr("unchanged"), int(BulkEdit::PriceMode::None));
    m_priceMode->addItem(tr("change by percent"), int(BulkEdit::PriceMode::Percent));
    m_priceMode->addItem(tr("change by amount"), int(BulkEdit::PriceMode::Amount));
    m_priceValue = new QLineEdit(prices);
    m_priceValue->setPlaceholderText(tr("e.g. 8 or -2.50"));
    m_priceValue->setToolTip(
        tr("Both ends of the range change; results are rounded to cents. An amount is in "
           "each product's own currency."));
    pricesLayout->addWidget(m_priceMode);
    pricesLayout->addWidget(m_priceValue, 1);
    return prices;
}

QWidget *BulkEditDialog::buildSpecEditor(QWidget *parent)
{
    auto *spec = new QWidget(parent);
    auto *specLayout = new QHBoxLayout(spec);
    specLayout->setContentsMargins(0, 0, 0, 0);
    m_specMode = new QComboBox(spec);
    m_specMode->addItem(tr("unchanged"), int(BulkEdit::SpecMode::None));
    m_specMode->addItem(tr("set"), int(BulkEdit::SpecMode::Set));
    m_specMode->addItem(tr("rename"), int(BulkEdit::SpecMode::Rename));
    m_specMode->addItem(tr("remove"), int(BulkEdit::SpecMode::Remove));
    m_specKey = new QLineEdit(spec);
    m_specKey->setPlaceholderText(tr("Name"));
    m_specValue = new QLineEdit(spec);
    m_specValue->setPlaceholderText(tr("Value / new name"));
    specLayout->addWidget(m_specMode);
    specLayout->addWidget(m_specKey, 1);
    specLayout->addWidget(m_specValue, 1);
    return spec;
}

QWidget *BulkEditDialog::buildPreview()
{
    auto *box = new QGroupBox(tr("Preview (computed by the database)"), this);
    auto *layout = new QVBoxLayout(box);
    m_preview = new QTableWidget(0, 4, box);
    m_preview->setHorizontalHeaderLabels({ tr("Source ID"), tr("Title"), tr("Before"), tr("After") });
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Room for all five rows without a scroll bar.
    m_preview->setMinimumHeight(m_preview->horizontalHeader()->sizeHint().height()
        + 5 * m_preview->verticalHeader()->defaultSectionSize() + 2 * m_preview->frameWidth() + 2);
    layout->addWidget(m_preview);
    return box;
}

bool BulkEditDialog::usesSelection() const
{
    return m_scopeSelection->isChecked();
}

BulkScope BulkEditDialog::scope() const
{
    BulkScope s;
    s.filter = m_filter;
    if (usesSelection())
        s.ids = m_selected;
    return s;
}

BulkEdit BulkEditDialog::edit() const
{
    BulkEdit e;
    if (m_statusOn->isChecked())
        e.syncStatus = m_status->currentData().toString();
    if (m_supplierOn->isChecked()) {
        const qint64 id = m_supplierCompleter->idFor(m_supplier->text());
        e.supplierId = id > 0 ? id : -1; // -1: validate() names the field
    }
    if (m_currencyOn->isChecked())
        e.currency = m_currency->currentText();
    if (m_moqOn->isChecked())
        e.moq = m_moq->value();
    e.priceMode = BulkEdit::PriceMode(m_priceMode->currentData().toInt());
    if (e.priceMode != BulkEdit::PriceMode::None) {
        QString text = m_priceValue->text().trimmed();
        text.remove(QLatin1Char('%'));
        e.priceValue = Decimal2::parse(text).value_or(Decimal2::fromHundredths(0));
    }
    e.specMode = BulkEdit::SpecMode(m_specMode->currentData().toInt());
    e.specKey = m_specKey->text().trimmed();
    e.specValue
        = e.specMode == BulkEdit::SpecMode::Rename ? m_specValue->text().trimmed() : m_specValue->text();
    e.state = BulkEdit::State(m_state->currentData().toInt());
    return e;
}

int BulkEditDialog::previewRows() const
{
    return m_preview->rowCount();
}

QString BulkEditDialog::previewText(int row, int column) const
{
    const QTableWidgetItem *item = m_preview->item(row, column);
    return item ? item->text() : QString();
}

QString BulkEditDialog::status() const
{
    return m_count->text();
}

void BulkEditDialog::scheduleRefresh()
{
    updateMode();
    m_refresh.start();
}

void BulkEditDialog::refreshCount()
{
    m_matched = -1;
    m_count->setText(tr("Counting…"));
    const quint64 generation = ++m_countGeneration;
    ConnectionManager *connections = &m_connections;
    const BulkScope s = scope();
    m_jobs.startQuietly(
        m_connections.workers(), [connections, s] { return BulkUpdateJob(*connections).count(s); }, this,
        [this, generation](const Result<qint64> &count) {
            if (generation != m_countGeneration)
                return;
            if (!count) {
                m_count->setText(tr("Cannot count the products: %1").arg(count.error().message));
                return;
            }
            m_matched = *count;
            m_count->setText(tr("%1 products match").arg(QLocale().toString(*count)));
            updateMode();
        });
    scheduleRefresh();
}

void BulkEditDialog::refreshPreview()
{
    const BulkEdit e = edit();
    StorageError invalid = e.validate();
    if (e.supplierId && *e.supplierId <= 0)
        invalid = StorageError::make(ErrorKind::Validation, tr("Choose the supplier from the suggestions."));
    m_problem->setText(invalid.ok() || e.isEmpty() ? QString() : invalid.message);
    if (!invalid.ok()) {
        ++m_previewGeneration;
        m_preview->setRowCount(0);
        return;
    }
    const quint64 generation = ++m_previewGeneration;
    ConnectionManager *connections = &m_connections;
    const BulkScope s = scope();
    m_jobs.startQuietly(
        m_connections.workers(), [connections, s, e] { return BulkUpdateJob(*connections).preview(s, e, 5); },
        this,
        [this, generation](const Result<QList<BulkPreviewRow>> &rows) {
            if (generation == m_previewGeneration)
                showPreview(rows);
        });
}

void BulkEditDialog::showPreview(const Result<QList<BulkPreviewRow>> &rows)
{
    if (!rows) {
        m_problem->setText(tr("Cannot preview: %1").arg(rows.error().message));
        m_preview->setRowCount(0);
        return;
    }
    const BulkEdit e = edit();
    m_preview->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const BulkPreviewRow &r = rows->at(i);
        const QString after
            = r.refusal.isEmpty() ? bulkeditdialog::describe(r.after, e) : tr("unchanged: %1").arg(r.refusal);
        const QStringList cells { r.before.sourceId, r.before.title, bulkeditdialog::describe(r.before, e),
            after };
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    if (rows->isEmpty())
        m_problem->setText(tr("No product would change."));
}

void BulkEditDialog::updateMode()
{
    const bool pending = usesSelection() && m_selected.size() <= m_pendingLimit
        && edit().specMode == BulkEdit::SpecMode::None;
    m_mode->setText(pending
            ? tr("The selected rows become pending changes in the grid: one step to undo, written with Save.")
            : tr("Runs in the database as a background job in batches of 2000, with progress and Cancel. "
                 "Each changed product gets a new version and a history entry. Cancel keeps the batches "
                 "already written."));
}

void BulkEditDialog::accept()
{
    const BulkEdit e = edit();
    if (e.supplierId && *e.supplierId <= 0) {
        m_problem->setText(tr("Choose the supplier from the suggestions."));
        return;
    }
    const StorageError invalid = e.validate();
    if (!invalid.ok()) {
        m_problem->setText(invalid.message);
        return;
    }
    QDialog::accept();
}

} // namespace catalog
