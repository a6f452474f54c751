#include "productextrafilters.h"

#include "config/appidentity.h"
#include "producttablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace catalog {

ProductExtraFilters::ProductExtraFilters(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_problem = new QComboBox(this);
    m_problem->setObjectName(QStringLiteral("qualityFilter"));
    m_problem->addItem(tr("Any quality"));
    for (QualityKind kind : allQualityKinds())
        m_problem->addItem(tr("Problem: %1").arg(ProductTableModel::qualityKindTitle(kind)), int(kind));
    m_problem->setToolTip(tr("Only products that have this data-quality problem"));

    // Editable: the common codes to choose from, any other three-letter code to type.
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyFilter"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({ QString(), QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
        QStringLiteral("HKD"), QStringLiteral("GBP"), QStringLiteral("JPY") });
    m_currency->lineEdit()->setPlaceholderText(tr("Any currency"));
    m_currency->lineEdit()->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMinimumContentsLength(10);

    m_specification = new QLineEdit(this);
    m_specification->setObjectName(QStringLiteral("specificationFilter"));
    m_specification->setPlaceholderText(tr("Specification: name or name=value"));
    m_specification->setToolTip(
        tr("Products that have this specification (e.g. 材质), or this value for it (e.g. 材质=不锈钢)"));
    m_specification->setClearButtonEnabled(true);
    m_specification->setMinimumWidth(220);

    row->addWidget(m_problem);
    row->addWidget(new QLabel(tr("Currency"), this));
    row->addWidget(m_currency);
    row->addWidget(m_specification, 1);

    connect(m_problem, &QComboBox::currentIndexChanged, this, &ProductExtraFilters::changed);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (text.isEmpty() || text.size() == 3)
            Q_EMIT edited();
    });
    connect(m_specification, &QLineEdit::textChanged, this, &ProductExtraFilters::edited);
}

void ProductExtraFilters::applyTo(ProductFilter &filter) const
{
    if (m_problem->currentIndex() > 0)
        filter.quality = QualityKind(m_problem->currentData().toInt());
    if (const QString currency = m_currency->currentText().trimmed().toUpper(); currency.size() == 3)
        filter.currency = currency;
    const QString spec = m_specification->text();
    filter.specKey = spec.section(QLatin1Char('='), 0, 0).trimmed();
    if (!filter.specKey.isEmpty() && spec.contains(QLatin1Char('=')))
        filter.specValue = spec.section(QLatin1Char('='), 1).trimmed();
    filter.staleSyncDays = staleSyncDays();
}

bool ProductExtraFilters::sameExtras(const ProductFilter &a, const ProductFilter &b)
{
    return a.quality == b.quality && a.currency == b.currency && a.specKey == b.specKey
        && a.specValue == b.specValue && a.staleSyncDays == b.staleSyncDays;
}

void ProductExtraFilters::setQuality(std::optional<QualityKind> kind)
{
    m_problem->setCurrentIndex(kind ? m_problem->findData(int(*kind)) : 0);
}

void ProductExtraFilters::show(const ProductFilter &filter)
{
    const QSignalBlocker problem(m_problem);
    const QSignalBlocker currency(m_currency);
    const QSignalBlocker specification(m_specification);
    setQuality(filter.quality);
    m_currency->setCurrentText(filter.currency);
    m_specification->setText(filter.specKey.isEmpty() ? QString()
            : filter.specValue ? filter.specKey + QLatin1Char('=') + *filter.specValue
                               : filter.specKey);
}

} // namespace catalog
