#include "reviewchangesdialog.h"

#include "pagedtablemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace catalog {

namespace {

const QString kReviewKey = QStringLiteral("ui/reviewBeforeSave");

} // namespace

ReviewChangesDialog::ReviewChangesDialog(
    const QString &pageTitle, const QList<ReviewedChange> &changes, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_dontAsk(new QCheckBox(tr("Don't ask again: save at once"), this))
{
    setWindowTitle(tr("Review Changes"));
    setObjectName(QStringLiteral("reviewChangesDialog"));
    auto *heading = new QLabel(
        tr("<b>%n change(s) to %1 will be saved in one transaction.</b>", nullptr, int(changes.size()))
            .arg(pageTitle),
        this);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("Change"), tr("Before"), tr("After") });
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    for (const ReviewedChange &change : changes) {
        const QString row = change.row.isEmpty() ? tr("new row") : change.row;
        auto *item = new QTreeWidgetItem(
            m_list, { tr("%1: %2", "kind of change: row").arg(PendingReview::kindTitle(change.kind), row) });
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(change.fields.isEmpty());
        for (const ReviewedField &field : change.fields)
            new QTreeWidgetItem(item, { field.field, field.before, field.after });
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("reviewSave"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reviewCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Nothing is saved; your changes stay pending."));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewChangesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewChangesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_dontAsk);
    layout->addWidget(buttons);
    resize(720, 460);
}

void ReviewChangesDialog::accept()
{
    if (m_dontAsk->isChecked())
        QSettings().setValue(kReviewKey, false);
    QDialog::accept();
}

bool ReviewChangesDialog::reviewEnabled()
{
    return QSettings().value(kReviewKey, true).toBool();
}

bool ReviewChangesDialog::confirmSave(QWidget *parent, const PagedTableModel &model, const QString &pageTitle)
{
    if (model.pendingChangeCount() <= kReviewThreshold || !reviewEnabled())
        return true;
    ReviewChangesDialog dialog(pageTitle, PendingReview::of(model), parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace catalog
