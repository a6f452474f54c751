#include "productextrafilters.h"

#include "config/appidentity.h"
#include "producttablemodel.h"

#include <QComboBox>
#include <QEvent>
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
    m_problem->addItem(QString());
    for (QualityKind kind : allQualityKinds())
        m_problem->addItem(QString(), int(kind));

    // Editable: the common codes to choose from, any other three-letter code to type.
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyFilter"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({ QString(), QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
        QStringLiteral("HKD"), QStringLiteral("GBP"), QStringLiteral("JPY") });
    m_currency->lineEdit()->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMinimumContentsLength(10);

    m_specification = new QLineEdit(this);
    m_specification->setObjectName(QStringLiteral("specificationFilter"));
    m_specification->setClearButtonEnabled(true);
    m_specification->setMinimumWidth(220);

    row->addWidget(m_problem);
    m_currencyLabel = new QLabel(this);
    row->addWidget(m_currencyLabel);
    row->addWidget(m_currency);
    row->addWidget(m_specification, 1);

    connect(m_problem, &QComboBox::currentIndexChanged, this, &ProductExtraFilters::changed);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (text.isEmpty() || text.size() == 3)
            Q_EMIT edited();
    });
    connect(m_specification, &QLineEdit::textChanged, this, &ProductExtraFilters::edited);
    retranslate();
}

void ProductExtraFilters::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Texts only: the chosen problem, currency and specification stay.
void ProductExtraFilters::retranslate()
{
    m_problem->setItemText(0, tr("Any quality"));
    for (int i = 1; i < m_problem->count(); ++i) {
        const auto kind = QualityKind(m_problem->itemData(i).toInt());
        m_problem->setItemText(i, tr("Problem: %1").arg(ProductTableModel::qualityKindTitle(kind)));
    }
    m_problem->setToolTip(tr("Only products that have this data-quality problem"));
    m_currencyLabel->setText(tr("Currency"));
    m_currency->lineEdit()->setPlaceholderText(tr("Any currency"));
    m_specification->setPlaceholderText(tr("Specification: name or name=value"));
    m_specification->setToolTip(
        tr("Products that have this specification (e.g. 材质), or this value for it (e.g. 材质=不锈钢)"));
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
