#include "productdelegate.h"

#include "producttablemodel.h"
#include "suppliercompleter.h"
#include "core/validator.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolTip>

namespace catalog {

namespace {

constexpr double kNoDecimal = -0.01; // the spin boxes' "none" value

QDoubleSpinBox *decimalEditor(QWidget *parent, double max, double step)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(2);
    spin->setRange(kNoDecimal, max);
    spin->setSingleStep(step);
    spin->setSpecialValueText(ProductDelegate::tr("none"));
    spin->setAccelerated(true);
    return spin;
}

QSpinBox *integerEditor(QWidget *parent, int minimum)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum - 1, std::numeric_limits<int>::max());
    spin->setSpecialValueText(ProductDelegate::tr("none"));
    spin->setAccelerated(true);
    return spin;
}

} // namespace

ProductDelegate::ProductDelegate(ConnectionManager &connections, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_connections(connections)
{
}

QWidget *ProductDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case ProductTableModel::PriceMinColumn:
    case ProductTableModel::PriceMaxColumn:
        return decimalEditor(parent, 99999999.99, 1.0);
    case ProductTableModel::RatingColumn:
        return decimalEditor(parent, 5.0, 0.1);
    case ProductTableModel::MoqColumn:
        return integerEditor(parent, 1);
    case ProductTableModel::SalesColumn:
        return integerEditor(parent, 0);
    case ProductTableModel::CurrencyColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItems(validation::currencyList());
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        return combo;
    }
    case ProductTableModel::StatusColumn: {
        auto *combo = new QComboBox(parent);
        for (const QString &status : validation::syncStatuses)
            combo->addItem(ProductTableModel::statusTitle(status), status);
        return combo;
    }
    case ProductTableModel::SupplierColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("Type to search suppliers…"));
        new SupplierCompleter(m_connections, edit);
        return edit;
    }
    case ProductTableModel::SourceIdColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setMaxLength(50);
        return edit;
    }
    case ProductTableModel::TitleColumn:
    case ProductTableModel::SubtitleColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setMaxLength(500);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ProductDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.isNull() ? kNoDecimal : value.toDouble());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.isNull() ? spin->minimum() : value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findData(value);
        combo->setCurrentIndex(i >= 0 ? i : combo->findText(value.toString()));
    } else if (index.column() == ProductTableModel::SupplierColumn) {
        auto *edit = qobject_cast<QLineEdit *>(editor);
        auto *completer = qobject_cast<SupplierCompleter *>(edit->completer());
        const QString shown = index.data(Qt::DisplayRole).toString();
        if (!value.isNull() && completer) {
            completer->remember(value.toLongLong(), shown);
        }
        edit->setText(shown);
        edit->selectAll();
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ProductDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        value = spin->value() <= kNoDecimal ? QVariant() : QVariant(spin->value());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        value = spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData().isValid() ? combo->currentData() : QVariant(combo->currentText());
    } else if (index.column() == ProductTableModel::SupplierColumn) {
        auto *edit = qobject_cast<QLineEdit *>(editor);
        auto *completer = qobject_cast<SupplierCompleter *>(edit->completer());
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            value = QVariant();
        } else if (const qint64 id = completer ? completer->idFor(text) : 0; id > 0) {
            value = id;
            if (auto *products = qobject_cast<ProductTableModel *>(model))
                products->noteSupplierName(id, text.section(QStringLiteral(" ("), 0, 0));
        } else {
            const QString reason = tr("Choose a supplier from the suggestions (\"%1\" is not one)").arg(text);
            Q_EMIT valueRefused(index, reason);
            return;
        }
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, value, Qt::EditRole);
}

} // namespace catalog
