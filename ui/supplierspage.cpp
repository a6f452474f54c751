#include "supplierspage.h"

#include "producttablemodel.h"
#include "repositories/supplierrepository.h"
#include "suppliertablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <initializer_list>

namespace catalog {

SuppliersPage::SuppliersPage(ConnectionManager &connections, QWidget *parent)
    : TablePage(QStringLiteral("suppliers"), new SupplierTableModel(connections), parent)
    , m_connections(connections)
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 6, 6, 0);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search name, company or source ID…"));
    m_search->setClearButtonEnabled(true);
    m_location = new QLineEdit(bar);
    m_location->setPlaceholderText(tr("Location"));
    m_location->setClearButtonEnabled(true);
    m_deleted = new QComboBox(bar);
    m_deleted->addItem(tr("Active rows"), int(DeletedFilter::ActiveOnly));
    m_deleted->addItem(tr("Deleted rows"), int(DeletedFilter::DeletedOnly));
    m_deleted->addItem(tr("All rows"), int(DeletedFilter::All));
    row->addWidget(m_search, 3);
    row->addWidget(m_location, 1);
    row->addWidget(m_deleted);
    setFilterBar(bar);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(300);
    connect(&m_filterDelay, &QTimer::timeout, this, &SuppliersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    connect(m_location, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    connect(m_deleted, &QComboBox::currentIndexChanged, this, &SuppliersPage::applyFilter);

    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 4, 4, 4);
    m_heading = new QLabel(pane);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_facts = new QLabel(pane);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    m_productsLabel = new QLabel(tr("<b>Products of this supplier</b>"), pane);
    layout->addWidget(m_productsLabel);
    m_productView = new QTableView(pane);
    m_productView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_productView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_productView->verticalHeader()->setDefaultSectionSize(m_productView->fontMetrics().height() + 8);
    m_productView->setAlternatingRowColors(true);
    layout->addWidget(m_productView, 1);
    setDetailPane(pane);
    connect(this, &TablePage::currentRecordChanged, this, &SuppliersPage::showRecord);
    setDefaultHiddenColumns({ SupplierTableModel::MobileColumn, SupplierTableModel::EmailColumn,
        SupplierTableModel::WeChatColumn, SupplierTableModel::QQColumn, SupplierTableModel::AddressColumn,
        SupplierTableModel::UpdatedByColumn, SupplierTableModel::VersionColumn });
    showRecord({});
}

void SuppliersPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, company or source ID…"));
    m_location->setPlaceholderText(tr("Location"));
    const QStringList deleted { tr("Active rows"), tr("Deleted rows"), tr("All rows") };
    for (int i = 0; i < deleted.size() && i < m_deleted->count(); ++i)
        m_deleted->setItemText(i, deleted.at(i));
    m_productsLabel->setText(tr("<b>Products of this supplier</b>"));
    if (m_products)
        m_products->retranslate();
    showRecord(currentRecord());
}

SupplierTableModel *SuppliersPage::suppliers() const
{
    return static_cast<SupplierTableModel *>(model());
}

void SuppliersPage::focusFilter()
{
    m_search->setFocus();
    m_search->selectAll();
}

void SuppliersPage::setShowDeleted(bool show)
{
    m_deleted->setCurrentIndex(show ? 2 : 0);
}

void SuppliersPage::applyFilter()
{
    SupplierFilter filter;
    filter.text = m_search->text();
    filter.location = m_location->text().trimmed();
    filter.deleted = DeletedFilter(m_deleted->currentData().toInt());
    const SupplierFilter &current = suppliers()->filter();
    if (filter.text == current.text && filter.location == current.location
        && filter.deleted == current.deleted)
        return;
    suppliers()->setFilter(filter);
}

void SuppliersPage::showFilter(const SupplierFilter &filter)
{
    for (QWidget *field : std::initializer_list<QWidget *> { m_search, m_location, m_deleted })
        field->blockSignals(true); // one setFilter() below, not one per field
    m_search->setText(filter.text);
    m_location->setText(filter.location);
    m_deleted->setCurrentIndex(qMax(0, m_deleted->findData(int(filter.deleted))));
    for (QWidget *field : std::initializer_list<QWidget *> { m_search, m_location, m_deleted })
        field->blockSignals(false);
    m_filterDelay.stop();
    suppliers()->setFilter(filter);
}

void SuppliersPage::showRecord(const QVariant &record)
{
    const bool valid = record.isValid() && record.metaType() == QMetaType::fromType<Supplier>();
    if (!valid) {
        m_heading->setText(tr("No supplier selected"));
        m_facts->setText(tr("Select a row to see its details and products."));
        return;
    }
    const Supplier &s = recordOf<Supplier>(record);
    m_heading->setText(s.name.isEmpty() ? tr("(unnamed)") : s.name);
    QStringList facts;
    if (!s.companyName.isEmpty())
        facts << s.companyName.toHtmlEscaped();
    facts << tr("Source ID: %1").arg(s.sourceId.toHtmlEscaped());
    if (!s.location.isEmpty())
        facts << tr("Location: %1").arg(s.location.toHtmlEscaped());
    for (const ContactField field : suppliercontact::fields()) {
        if (const QString value = suppliercontact::value(s.contactInfo, field); !value.isEmpty())
            facts << tr("%1: %2", "field: value")
                         .arg(suppliers()
                                  ->headerData(
                                      SupplierTableModel::ContactPersonColumn + int(field), Qt::Horizontal)
                                  .toString()
                                  .toHtmlEscaped(),
                             value.toHtmlEscaped());
    }
    if (s.contactInfo) {
        // Keys other tools wrote (e.g. wangwang), as they are.
        for (auto it = s.contactInfo->constBegin(); it != s.contactInfo->constEnd(); ++it) {
            if (!suppliercontact::fromKey(it.key()) && it.key() != QLatin1String("contact"))
                facts << tr("%1: %2", "field: value")
                             .arg(
                                 it.key().toHtmlEscaped(), it.value().toVariant().toString().toHtmlEscaped());
        }
    }
    if (s.rating)
        facts << tr("Rating: %1").arg(s.rating->toString());
    facts << tr("%n product(s)", nullptr, s.productCount);
    m_facts->setText(facts.join(QStringLiteral("<br>")));
    if (s.id <= 0 || s.id == m_shownId)
        return;
    m_shownId = s.id;
    ProductFilter filter;
    filter.supplierId = s.id;
    if (!m_products) {
        m_products = new ProductTableModel(m_connections, this);
        m_products->setFilter(filter);
        m_productView->setModel(m_products);
        for (int c = 0; c < m_products->columnCount(); ++c) {
            const bool shown = c == ProductTableModel::SourceIdColumn || c == ProductTableModel::TitleColumn
                || c == ProductTableModel::PriceMinColumn || c == ProductTableModel::StatusColumn;
            m_productView->setColumnHidden(c, !shown);
        }
        m_productView->horizontalHeader()->setSortIndicator(
            m_products->sortColumn(), m_products->sortOrder());
        m_productView->setSortingEnabled(true);
        QHeaderView *header = m_productView->horizontalHeader();
        header->setResizeContentsPrecision(
            0); // measure the visible rows only: never load pages to size columns
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(ProductTableModel::TitleColumn, QHeaderView::Stretch);
    } else {
        m_products->setFilter(filter);
    }
}

QString SuppliersPage::recordTitle(const QVariant &record) const
{
    const Supplier &s = recordOf<Supplier>(record);
    return QStringLiteral("%1 — %2").arg(s.sourceId, s.name);
}

} // namespace catalog
