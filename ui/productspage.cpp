#include "productspage.h"

#include "core/validator.h"
#include "imagegallery.h"
#include "productdelegate.h"
#include "productextrafilters.h"
#include "productthumbnails.h"
#include "producttablemodel.h"
#include "repositories/productrepository.h"
#include "statuscolors.h"
#include "suppliercompleter.h"
#include "config/appidentity.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace catalog {

namespace {

constexpr double kAnyPrice = -0.01;

QDoubleSpinBox *priceBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(kAnyPrice, 99999999.99);
    box->setDecimals(2);
    box->setSpecialValueText(ProductsPage::tr("any"));
    box->setValue(kAnyPrice);
    box->setMaximumWidth(110);
    return box;
}

} // namespace

ProductsPage::ProductsPage(ConnectionManager &connections, QWidget *parent)
    : TablePage(QStringLiteral("products"), new ProductTableModel(connections), parent)
    , m_connections(connections)
{
    setFilterBar(buildFilterBar());
    setDetailPane(buildDetailPane());
    auto *delegate = new ProductDelegate(connections, this);
    view()->setItemDelegate(delegate);
    connect(delegate, &ProductDelegate::valueRefused, this,
        [this](const QModelIndex &index, const QString &reason) {
            Q_EMIT model()->editRejected(index, reason);
        });
    m_thumbnails = new ProductThumbnails(view(), resolveStorageRoot(), this);
    setDefaultHiddenColumns({ ProductTableModel::SubtitleColumn, ProductTableModel::MainImageColumn,
        ProductTableModel::SpecificationsColumn, ProductTableModel::UpdatedByColumn,
        ProductTableModel::VersionColumn });
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(300);
    connect(&m_filterDelay, &QTimer::timeout, this, &ProductsPage::applyFilter);
    connect(this, &TablePage::currentRecordChanged, this, &ProductsPage::showRecord);
}

ProductsPage::~ProductsPage() = default;

ProductTableModel *ProductsPage::products() const
{
    return static_cast<ProductTableModel *>(model());
}

QWidget *ProductsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(6, 6, 6, 0);
    auto *row = new QHBoxLayout;
    rows->addLayout(row);
    m_extraFilters = new ProductExtraFilters(bar);
    rows->addWidget(m_extraFilters);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search title or source ID…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"));
    for (const QString &status : validation::syncStatuses)
        m_status->addItem(ProductTableModel::statusTitle(status), status);
    m_supplier = new QLineEdit(bar);
    m_supplier->setPlaceholderText(tr("Any supplier"));
    m_supplier->setClearButtonEnabled(true);
    m_supplierCompleter = new SupplierCompleter(m_connections, m_supplier);
    m_priceFrom = priceBox(bar);
    m_priceTo = priceBox(bar);
    m_updatedSinceOn = new QCheckBox(tr("Updated since"), bar);
    m_updatedSince = new QDateEdit(QDate::currentDate().addDays(-7), bar);
    m_updatedSince->setCalendarPopup(true);
    m_updatedSince->setEnabled(false);
    m_deleted = new QComboBox(bar);
    m_deleted->addItem(tr("Active rows"), int(DeletedFilter::ActiveOnly));
    m_deleted->addItem(tr("Deleted rows"), int(DeletedFilter::DeletedOnly));
    m_deleted->addItem(tr("All rows"), int(DeletedFilter::All));

    row->addWidget(m_search, 3);
    row->addWidget(m_status);
    row->addWidget(m_supplier, 2);
    m_priceLabel = new QLabel(tr("Price"), bar);
    row->addWidget(m_priceLabel);
    row->addWidget(m_priceFrom);
    row->addWidget(new QLabel(QStringLiteral("–"), bar));
    row->addWidget(m_priceTo);
    row->addWidget(m_updatedSinceOn);
    row->addWidget(m_updatedSince);
    row->addWidget(m_deleted);

    auto delayed = [this] { m_filterDelay.start(); };
    connect(m_search, &QLineEdit::textChanged, this, delayed);
    connect(m_supplier, &QLineEdit::textChanged, this, delayed);
    connect(m_supplierCompleter, qOverload<const QString &>(&QCompleter::activated), this, delayed);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ProductsPage::applyFilter);
    connect(m_deleted, &QComboBox::currentIndexChanged, this, &ProductsPage::applyFilter);
    connect(m_priceFrom, &QDoubleSpinBox::valueChanged, this, delayed);
    connect(m_priceTo, &QDoubleSpinBox::valueChanged, this, delayed);
    connect(m_updatedSinceOn, &QCheckBox::toggled, m_updatedSince, &QWidget::setEnabled);
    connect(m_updatedSinceOn, &QCheckBox::toggled, this, &ProductsPage::applyFilter);
    connect(m_updatedSince, &QDateEdit::dateChanged, this, delayed);
    connect(m_extraFilters, &ProductExtraFilters::changed, this, &ProductsPage::applyFilter);
    connect(m_extraFilters, &ProductExtraFilters::edited, this, delayed);
    return bar;
}

QWidget *ProductsPage::buildDetailPane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("detailPane"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 4, 4, 4);
    m_heading = new QLabel(pane);
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_facts = new QLabel(pane);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);

    auto *specsHeader = new QHBoxLayout;
    m_specsLabel = new QLabel(tr("<b>Specifications</b>"), pane);
    specsHeader->addWidget(m_specsLabel, 1);
    auto *add = m_addSpecification = new QToolButton(pane);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a specification"));
    auto *remove = m_removeSpecification = new QToolButton(pane);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected specification"));
    specsHeader->addWidget(add);
    specsHeader->addWidget(remove);
    layout->addLayout(specsHeader);
    m_specs = new QTableWidget(0, 2, pane);
    m_specs->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_specs->horizontalHeader()->setStretchLastSection(true);
    m_specs->verticalHeader()->hide();
    m_specs->setMinimumHeight(120);
    layout->addWidget(m_specs, 2);
    connect(add, &QToolButton::clicked, this, &ProductsPage::addSpecification);
    connect(remove, &QToolButton::clicked, this, &ProductsPage::removeSpecification);
    connect(m_specs, &QTableWidget::itemChanged, this, [this] {
        if (!m_showingRecord)
            writeSpecifications();
    });

    m_imagesLabel = new QLabel(tr("<b>Images</b>"), pane);
    layout->addWidget(m_imagesLabel);
    m_images = new ImageGallery(m_connections, pane);
    m_images->setObjectName(QStringLiteral("imageGallery"));
    layout->addWidget(m_images, 1);
    showRecord({});
    return pane;
}

void ProductsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search title or source ID…"));
    m_status->setItemText(0, tr("Any status"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, ProductTableModel::statusTitle(m_status->itemData(i).toString()));
    m_supplier->setPlaceholderText(tr("Any supplier"));
    for (QDoubleSpinBox *box : { m_priceFrom, m_priceTo })
        box->setSpecialValueText(tr("any"));
    m_updatedSinceOn->setText(tr("Updated since"));
    const QStringList deleted { tr("Active rows"), tr("Deleted rows"), tr("All rows") };
    for (int i = 0; i < deleted.size() && i < m_deleted->count(); ++i)
        m_deleted->setItemText(i, deleted.at(i));
    m_priceLabel->setText(tr("Price"));
    m_specsLabel->setText(tr("<b>Specifications</b>"));
    m_addSpecification->setToolTip(tr("Add a specification"));
    m_removeSpecification->setToolTip(tr("Remove the selected specification"));
    m_specs->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_imagesLabel->setText(tr("<b>Images</b>"));
    showRecord(currentRecord());
}

void ProductsPage::focusFilter()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ProductsPage::setShowDeleted(bool show)
{
    m_deleted->setCurrentIndex(show ? 2 : 0);
}

void ProductsPage::applyFilter()
{
    ProductFilter filter;
    filter.text = m_search->text();
    if (m_status->currentIndex() > 0)
        filter.syncStatuses = { m_status->currentData().toString() };
    const QString supplierText = m_supplier->text().trimmed();
    if (!supplierText.isEmpty()) {
        const qint64 id = m_supplierCompleter->idFor(supplierText);
        if (id <= 0) {
            m_supplier->setStyleSheet(QStringLiteral("QLineEdit { background: %1; }")
                    .arg(StatusColors::current().name(StatusColors::Role::WarningBackground)));
            m_supplier->setToolTip(tr("Choose a supplier from the suggestions"));
            return; // typing: wait for a supplier to be chosen
        }
        filter.supplierId = id;
    }
    m_supplier->setStyleSheet({});
    m_supplier->setToolTip({});
    if (m_priceFrom->value() > kAnyPrice)
        filter.priceFrom = Decimal2::parse(QString::number(m_priceFrom->value(), 'f', 2));
    if (m_priceTo->value() > kAnyPrice)
        filter.priceTo = Decimal2::parse(QString::number(m_priceTo->value(), 'f', 2));
    if (m_updatedSinceOn->isChecked())
        filter.updatedSince = m_updatedSince->date().startOfDay();
    filter.deleted = DeletedFilter(m_deleted->currentData().toInt());
    m_extraFilters->applyTo(filter);
    const ProductFilter &current = products()->filter();
    if (filter.text == current.text && filter.syncStatuses == current.syncStatuses
        && filter.supplierId == current.supplierId && filter.priceFrom == current.priceFrom
        && filter.priceTo == current.priceTo && filter.updatedSince == current.updatedSince
        && filter.deleted == current.deleted && ProductExtraFilters::sameExtras(filter, current))
        return;
    products()->setFilter(filter);
}

void ProductsPage::showFilter(const ProductFilter &filter)
{
    const QList<QWidget *> fields { m_search, m_status, m_supplier, m_priceFrom, m_priceTo, m_updatedSinceOn,
        m_updatedSince, m_deleted };
    for (QWidget *field : fields)
        field->blockSignals(true); // one setFilter() below, not one per field
    m_search->setText(filter.text);
    m_status->setCurrentIndex(
        filter.syncStatuses.size() == 1 ? qMax(0, m_status->findData(filter.syncStatuses.first())) : 0);
    QString supplier;
    if (filter.supplierId) {
        supplier = products()->supplierName(*filter.supplierId);
        if (supplier.isEmpty())
            supplier = tr("supplier #%1").arg(*filter.supplierId);
        m_supplierCompleter->remember(*filter.supplierId, supplier); // so editing another field keeps it
    }
    m_supplier->setText(supplier);
    m_supplier->setStyleSheet({});
    m_priceFrom->setValue(filter.priceFrom ? filter.priceFrom->toString().toDouble() : kAnyPrice);
    m_priceTo->setValue(filter.priceTo ? filter.priceTo->toString().toDouble() : kAnyPrice);
    m_updatedSinceOn->setChecked(filter.updatedSince.isValid());
    m_updatedSince->setEnabled(filter.updatedSince.isValid());
    if (filter.updatedSince.isValid())
        m_updatedSince->setDate(filter.updatedSince.toLocalTime().date());
    m_deleted->setCurrentIndex(qMax(0, m_deleted->findData(int(filter.deleted))));
    m_extraFilters->show(filter);
    for (QWidget *field : fields)
        field->blockSignals(false);
    m_filterDelay.stop();
    ProductFilter shown = filter;
    shown.staleSyncDays = staleSyncDays(); // a setting, not part of a view
    products()->setFilter(shown);
}

void ProductsPage::showRecord(const QVariant &record)
{
    m_showingRecord = true;
    const bool valid = record.isValid() && record.metaType() == QMetaType::fromType<Product>();
    m_specs->setRowCount(0);
    if (!valid) {
        m_images->clearProduct();
        m_heading->setText(tr("No product selected"));
        m_facts->setText(tr("Select a row to see its details."));
        m_specs->setEnabled(false);
        m_shownId = -1;
        m_showingRecord = false;
        return;
    }
    const Product &p = recordOf<Product>(record);
    m_heading->setText(p.title.isEmpty() ? tr("(untitled)") : p.title);
    QStringList facts;
    facts << tr("Source ID: %1").arg(p.sourceId.toHtmlEscaped());
    if (!p.subtitle.isEmpty())
        facts << p.subtitle.toHtmlEscaped();
    if (p.supplierId)
        facts << tr("Supplier: %1").arg(products()->supplierName(*p.supplierId).toHtmlEscaped());
    if (p.priceMin || p.priceMax)
        facts << tr("Price: %1 – %2 %3")
                     .arg(p.priceMin ? p.priceMin->toString() : QStringLiteral("?"),
                         p.priceMax ? p.priceMax->toString() : QStringLiteral("?"), p.currency);
    if (p.isDeleted())
        facts << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(StatusColors::current().name(StatusColors::Role::Error),
                         tr("Deleted %1")
                             .arg(p.deletedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_facts->setText(facts.join(QStringLiteral("<br>")));
    for (auto it = p.specifications.constBegin(); it != p.specifications.constEnd(); ++it) {
        const int row = m_specs->rowCount();
        m_specs->insertRow(row);
        m_specs->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_specs->setItem(row, 1, new QTableWidgetItem(it.value().toVariant().toString()));
    }
    const QModelIndex current = view()->currentIndex();
    m_specs->setEnabled(current.isValid()
        && (model()->flags(current.siblingAtColumn(ProductTableModel::SpecificationsColumn))
            & Qt::ItemIsEditable));

    QStringList urls;
    if (!p.mainImageUrl.isEmpty())
        urls << p.mainImageUrl;
    for (const QJsonValue v : p.detailImages) {
        if (v.isString() && !urls.contains(v.toString()))
            urls << v.toString();
    }
    m_images->showProduct(p.id, urls, !p.mainImageUrl.isEmpty());
    m_shownId = p.id;
    m_showingRecord = false;
}

void ProductsPage::writeSpecifications()
{
    QJsonObject specs;
    for (int row = 0; row < m_specs->rowCount(); ++row) {
        const QTableWidgetItem *name = m_specs->item(row, 0);
        const QTableWidgetItem *value = m_specs->item(row, 1);
        if (name && !name->text().trimmed().isEmpty())
            specs.insert(name->text().trimmed(), value ? value->text().trimmed() : QString());
    }
    const QModelIndex current = view()->currentIndex();
    if (current.isValid())
        model()->setData(current.siblingAtColumn(ProductTableModel::SpecificationsColumn), specs);
}

void ProductsPage::addSpecification()
{
    if (!m_specs->isEnabled())
        return;
    m_showingRecord = true;
    const int row = m_specs->rowCount();
    m_specs->insertRow(row);
    m_specs->setItem(row, 0, new QTableWidgetItem());
    m_specs->setItem(row, 1, new QTableWidgetItem());
    m_showingRecord = false;
    m_specs->editItem(m_specs->item(row, 0));
}

void ProductsPage::removeSpecification()
{
    const int row = m_specs->currentRow();
    if (row < 0 || !m_specs->isEnabled())
        return;
    m_specs->removeRow(row);
    writeSpecifications();
}

QString ProductsPage::recordTitle(const QVariant &record) const
{
    const Product &p = recordOf<Product>(record);
    return QStringLiteral("%1 — %2").arg(p.sourceId, p.title);
}

} // namespace catalog
