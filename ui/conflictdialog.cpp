#include "conflictdialog.h"

#include "pagedtablemodel.h"
#include "statuscolors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace catalog {

ConflictDialog::ConflictDialog(const PagedTableModel &model, const QVariant &mine, const QVariant &theirs,
    const QString &message, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Someone else changed this row"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("<b>The row was saved by someone else after you loaded it.</b><br>%1<br>"
                        "Compare the two versions and choose which one to keep. Highlighted fields differ.")
                         .arg(message.toHtmlEscaped()),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *table = new QTableWidget(0, 3, this);
    table->setHorizontalHeaderLabels({ tr("Field"), tr("Your version"), tr("Stored version") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const QColor differs = StatusColors::current().color(StatusColors::Role::Conflict);
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString a = model.displayText(mine, c);
        const QString b = model.displayText(theirs, c);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(model.headerData(c, Qt::Horizontal).toString()));
        table->setItem(row, 1, new QTableWidgetItem(a));
        table->setItem(row, 2, new QTableWidgetItem(b));
        if (a != b) {
            for (int i = 0; i < 3; ++i)
                table->item(row, i)->setBackground(differs);
        }
    }
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("Keep my changes"), QDialogButtonBox::AcceptRole);
    QPushButton *take = buttons->addButton(tr("Take the stored version"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    keep->setToolTip(
        tr("Your edited fields are written over the stored version; its other fields are kept."));
    take->setToolTip(tr("Your changes to this row are discarded."));
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = KeepMine;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

} // namespace catalog
