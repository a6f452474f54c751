#include "hostlisteditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace catalog {

HostListEditor::HostListEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add host"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_target(new QComboBox(this))
{
    setObjectName(QStringLiteral("hostListEditor"));
    m_table->setObjectName(QStringLiteral("moreHostsTable"));
    m_table->setHorizontalHeaderLabels({ tr("Host"), tr("Port") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Room for three hosts without scrolling; more scroll.
    const int rowHeight = m_table->fontMetrics().height() + 8;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + 3 * rowHeight + 2 * m_table->frameWidth());
    m_table->setToolTip(tr("Further servers of the same catalog (a standby, another primary). libpq tries the "
                           "first host, then these in order, and keeps the first that matches \"Use\"."));
    m_add->setObjectName(QStringLiteral("addHostButton"));
    m_remove->setObjectName(QStringLiteral("removeHostButton"));
    m_up->setObjectName(QStringLiteral("moveHostUpButton"));
    m_down->setObjectName(QStringLiteral("moveHostDownButton"));
    m_target->setObjectName(QStringLiteral("targetSessionCombo"));
    m_target->addItem(tr("Any server that answers"), QString());
    m_target->addItem(tr("A server that accepts writes (read-write)"), QStringLiteral("read-write"));
    m_target->addItem(tr("The primary (primary)"), QStringLiteral("primary"));
    m_target->addItem(tr("A standby, else the primary (prefer-standby)"), QStringLiteral("prefer-standby"));
    m_target->addItem(tr("A standby only (standby)"), QStringLiteral("standby"));
    m_target->addItem(tr("A read-only server (read-only)"), QStringLiteral("read-only"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_add, m_remove, m_up, m_down })
        buttons->addWidget(b);
    buttons->addStretch();
    auto *target = new QHBoxLayout;
    target->addWidget(new QLabel(tr("Use:"), this));
    target->addWidget(m_target, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addLayout(target);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        Q_EMIT changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            Q_EMIT changed();
        }
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &HostListEditor::updateButtons);
    connect(m_target, &QComboBox::currentIndexChanged, this, &HostListEditor::changed);
    updateButtons();
}

QList<ServerAddress> HostListEditor::hosts() const
{
    QList<ServerAddress> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString host = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const int port = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed().toInt() : 0;
        if (!host.isEmpty())
            list.append({ host, port > 0 && port <= 65535 ? port : 0 });
    }
    return list;
}

void HostListEditor::setHosts(const QList<ServerAddress> &hosts)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const ServerAddress &host : hosts)
        addRow(host);
    m_filling = false;
    updateButtons();
}

QString HostListEditor::targetSessionAttrs() const
{
    return m_target->currentData().toString();
}

void HostListEditor::setTargetSessionAttrs(const QString &attrs)
{
    int index = m_target->findData(attrs == QLatin1String("any") ? QString() : attrs);
    m_target->setCurrentIndex(qMax(0, index));
}

void HostListEditor::replaceFirst(const ServerAddress &host)
{
    if (m_table->rowCount() == 0)
        return;
    m_filling = true;
    m_table->item(0, 0)->setText(host.host);
    m_table->item(0, 1)->setText(host.port > 0 ? QString::number(host.port) : QString());
    m_filling = false;
    Q_EMIT changed();
}

void HostListEditor::addRow(const ServerAddress &host)
{
    const bool filling = std::exchange(m_filling, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(host.host));
    m_table->setItem(row, 1, new QTableWidgetItem(host.port > 0 ? QString::number(host.port) : QString()));
    m_filling = filling;
    updateButtons();
}

void HostListEditor::moveCurrent(int delta)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QList<ServerAddress> list = [this] {
        QList<ServerAddress> all;
        for (int r = 0; r < m_table->rowCount(); ++r)
            all.append({ m_table->item(r, 0)->text().trimmed(), m_table->item(r, 1)->text().trimmed().toInt() });
        return all;
    }();
    if (row + delta < 0) {
        Q_EMIT firstHostSwapRequested(list.at(row));
        return;
    }
    if (row + delta >= list.size())
        return;
    QList<ServerAddress> moved = list;
    moved.swapItemsAt(row, row + delta);
    m_filling = true;
    for (int r = 0; r < moved.size(); ++r) {
        m_table->item(r, 0)->setText(moved.at(r).host);
        m_table->item(r, 1)->setText(moved.at(r).port > 0 ? QString::number(moved.at(r).port) : QString());
    }
    m_filling = false;
    m_table->setCurrentCell(row + delta, 0);
    Q_EMIT changed();
}

void HostListEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row >= 0);
    m_up->setToolTip(row == 0 ? tr("Make this the first host") : QString());
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

} // namespace catalog
