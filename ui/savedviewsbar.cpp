#include "savedviewsbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

namespace catalog {

SavedViewsBar::SavedViewsBar(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_actions(new QToolButton(this))
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("savedViewsBar"));
    m_combo->setObjectName(QStringLiteral("savedViewsCombo"));
    // A fixed width: a long view name must not push the filter fields out of the bar.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    m_actions->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    m_actions->setObjectName(QStringLiteral("savedViewsButton"));
    m_actions->setPopupMode(QToolButton::InstantPopup);
    m_actions->setMenu(m_menu);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 6, 0);
    m_label = new QLabel(this);
    m_label->setBuddy(m_combo);
    row->addWidget(m_label);
    row->addWidget(m_combo);
    row->addWidget(m_actions);
    row->addStretch(1); // the label, combo and button stay together on the left
    showViews({}, 0, false);
    retranslate();
    connect(m_combo, &QComboBox::activated, this,
        [this](int index) { Q_EMIT viewChosen(m_combo->itemData(index).toLongLong()); });
}

void SavedViewsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SavedViewsBar::retranslate()
{
    m_combo->setToolTip(tr("Saved views: a filter, a sort and the columns, kept in the database"));
    m_actions->setText(tr("Views") + QStringLiteral(" ▾"));
    m_label->setText(tr("&View:"));
    if (m_combo->count() > 0 && m_combo->itemData(0).toLongLong() == 0)
        m_combo->setItemText(0, tr("(no saved view)"));
}

QString SavedViewsBar::title(const SavedView &view, bool modified)
{
    QString text = view.name;
    if (!view.mine)
        text = tr("%1 (%2)").arg(view.name, view.owner);
    if (view.isDefault)
        text += QStringLiteral(" ★");
    if (modified)
        text += QStringLiteral(" *");
    return text;
}

void SavedViewsBar::showViews(const QList<SavedView> &views, qint64 currentId, bool modified)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("(no saved view)"), qint64(0));
    for (const SavedView &view : views) {
        m_combo->addItem(title(view, modified && view.id == currentId), view.id);
        if (view.shared)
            m_combo->setItemData(m_combo->count() - 1, tr("Shared with everyone"), Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(currentId)));
}

} // namespace catalog
