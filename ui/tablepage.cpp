#include "tablepage.h"

#include "conflictdialog.h"
#include "pagedtablemodel.h"
#include "statuscolors.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace catalog {

TablePage::TablePage(const QString &settingsKey, PagedTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_model(model)
{
    m_model->setParent(this);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; border-radius: 3px; }")
            .arg(StatusColors::current().name(StatusColors::Role::ErrorBackground),
                StatusColors::current().textOn(StatusColors::Role::ErrorBackground).name()));
    m_error->hide();
    m_layout->addWidget(m_error);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("tableSplitter"));
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(settingsKey + QStringLiteral("View"));
    m_view->setModel(m_model);
    // The indicator first: enabling sorting sorts by whatever it shows.
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setResizeContentsPrecision(0); // fitting columns must not load pages
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 3);
    m_layout->addWidget(m_splitter, 1);

    connect(m_model, &PagedTableModel::editRejected, this, &TablePage::showRefusal);
    connect(m_model, &PagedTableModel::saveFailed, this, &TablePage::showSaveFailure);
    connect(m_model, &PagedTableModel::saveConflict, this, &TablePage::resolveConflict);
    connect(m_model, &PagedTableModel::errorOccurred, this, &TablePage::showLoadFailure);
    connect(m_model, &PagedTableModel::totalCountChanged, m_error, &QLabel::hide);
    connect(m_model, &PagedTableModel::saved, this,
        [this](int changes) { Q_EMIT statusMessage(tr("Saved %n change(s).", nullptr, changes)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablePage::emitCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            const int row = m_view->currentIndex().row();
            if (row >= from.row() && row <= to.row())
                emitCurrent();
        });
}

void TablePage::setFilterBar(QWidget *bar)
{
    m_filterBar = bar;
    m_layout->insertWidget(0, bar);
}

void TablePage::setDetailPane(QWidget *pane)
{
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 700, 380 });
}

void TablePage::setDefaultHiddenColumns(const QList<int> &columns)
{
    m_defaultHidden = columns;
    for (int c : columns)
        m_view->setColumnHidden(c, true);
}

void TablePage::focusFilter() { }

void TablePage::setShowDeleted(bool show)
{
    Q_UNUSED(show);
}

void TablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

QList<int> TablePage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QVariant TablePage::currentRecord() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->data(current.siblingAtColumn(0), PagedTableModel::RecordRole)
                             : QVariant();
}

void TablePage::emitCurrent()
{
    Q_EMIT currentRecordChanged(currentRecord());
}

void TablePage::addRow()
{
    if (!m_model->insertRows(m_model->rowCount(), 1)) {
        Q_EMIT statusMessage(tr("Rows cannot be added here."));
        return;
    }
    const QModelIndex added = m_model->index(m_model->rowCount() - 1, 1);
    m_view->scrollTo(added);
    m_view->setCurrentIndex(added);
    m_view->edit(added);
}

void TablePage::duplicateRow()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int copy = m_model->duplicateRow(rows.constFirst());
    if (copy < 0) {
        Q_EMIT statusMessage(
            tr("This row cannot be duplicated (not loaded yet, or the table is read-only)."));
        return;
    }
    const QModelIndex index = m_model->index(copy, 1);
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
}

void TablePage::deleteRows()
{
    const QList<int> rows = selectedRows();
    int marked = 0;
    // Contiguous runs keep the undo steps few; each run is one removeRows().
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        qsizetype j = i;
        while (j > 0 && rows.at(j - 1) == rows.at(j) - 1)
            --j;
        if (m_model->removeRows(rows.at(j), int(i - j + 1)))
            marked += int(i - j + 1);
        i = j - 1;
    }
    if (marked > 0)
        Q_EMIT statusMessage(tr("%n row(s) marked for deletion; Save to delete them.", nullptr, marked));
    else if (!rows.isEmpty())
        Q_EMIT statusMessage(
            m_model->lastError().isEmpty() ? tr("Nothing to delete.") : m_model->lastError());
}

void TablePage::restoreRows()
{
    if (m_model->restoreRows(selectedRows()))
        Q_EMIT statusMessage(tr("Marked for restoring; Save to restore."));
    else
        Q_EMIT statusMessage(tr("Select deleted rows to restore (View ▸ Show Deleted Rows)."));
}

void TablePage::showHistory()
{
    const QVariant record = currentRecord();
    const qint64 id = m_model->data(m_view->currentIndex(), PagedTableModel::RecordIdRole).toLongLong();
    if (!hasHistory() || !record.isValid() || id <= 0) {
        Q_EMIT statusMessage(tr("Select a saved row to see its history."));
        return;
    }
    auto *dialog = new HistoryDialog(recordTitle(record), m_model->workers(), m_model->makeHistoryJob(id),
        m_model->makeRestoreJob(id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::restored, m_model, &PagedTableModel::refresh);
    dialog->open();
}

bool TablePage::hasHistory() const
{
    return m_model->hasHistory();
}

QString TablePage::recordTitle(const QVariant &record) const
{
    Q_UNUSED(record);
    return {};
}

void TablePage::showRefusal(const QModelIndex &index, const QString &reason)
{
    const QRect rect = m_view->visualRect(index);
    QToolTip::showText(
        m_view->viewport()->mapToGlobal(rect.bottomLeft()), reason, m_view->viewport(), rect, 8000);
    Q_EMIT statusMessage(tr("Not accepted: %1").arg(reason), 10000);
}

void TablePage::showLoadFailure(const QString &message)
{
    if (m_model->lastErrorKind() == ErrorKind::ConnectionLost) {
        // The window's outage notice gives the details; the page says why rows are missing.
        m_error->setText(tr("The table could not be loaded: the database cannot be reached. Rows not loaded "
                            "yet show placeholders until it answers again."));
        m_error->show();
        Q_EMIT databaseUnreachable(message);
        return;
    }
    m_error->setText(tr("The table could not be loaded: %1").arg(message));
    m_error->show();
}

void TablePage::showSaveFailure(const QString &message, int row)
{
    if (m_model->lastErrorKind() == ErrorKind::ConnectionLost) {
        Q_EMIT databaseUnreachable(message);
        Q_EMIT statusMessage(
            tr("Not saved: the database server cannot be reached. Your %n change(s) are kept; "
               "save again when the connection is back.",
                nullptr, m_model->pendingChangeCount()),
            15000);
        return;
    }
    if (m_model->lastErrorKind() == ErrorKind::DiskFull) {
        // Not the operator's values: no row to correct.
        QMessageBox::warning(this, tr("Nothing was saved"),
            tr("The disk that holds the database is full, so nothing was saved. Your changes are kept, "
               "unsaved: free space on that disk, then save again.\n\n%1")
                .arg(message));
        return;
    }
    if (row >= 0) {
        m_view->scrollTo(m_model->index(row, 0));
        m_view->selectRow(row);
    }
    QMessageBox::warning(this, tr("Nothing was saved"),
        tr("Your changes were not saved; they are kept, unsaved, so you can correct them.\n\n%1%2")
            .arg(row >= 0 ? tr("Row %1: ").arg(row + 1) : QString(), message));
}

void TablePage::resolveConflict(const QVariant &mine, const QVariant &theirs, const QString &message)
{
    ConflictDialog dialog(*m_model, mine, theirs, message, this);
    dialog.exec();
    switch (dialog.choice()) {
    case ConflictDialog::KeepMine:
        m_model->resolveConflictKeepMine(theirs);
        Q_EMIT statusMessage(tr("Your changes now apply to the stored version; Save to write them."));
        break;
    case ConflictDialog::TakeTheirs:
        m_model->resolveConflictTakeTheirs(theirs);
        Q_EMIT statusMessage(tr("Your changes to that row were discarded."));
        break;
    case ConflictDialog::Cancel:
        break;
    }
}

void TablePage::saveState(QSettings &settings) const
{
    settings.setValue(m_settingsKey + QStringLiteral("/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(m_settingsKey + QStringLiteral("/splitter"), m_splitter->saveState());
}

void TablePage::restoreState(const QSettings &settings)
{
    const QByteArray header = settings.value(m_settingsKey + QStringLiteral("/header")).toByteArray();
    if (!header.isEmpty()) {
        m_view->horizontalHeader()->restoreState(header);
        return restoreSplitter(settings);
    }
    // First use: fit the columns to the first rows once they have arrived, within reason.
    auto fit = std::make_shared<QMetaObject::Connection>();
    *fit = connect(m_model, &QAbstractItemModel::dataChanged, this, [this, fit] {
        QObject::disconnect(*fit);
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, qBound(60, m_view->columnWidth(c) + 12, 340));
    });
    restoreSplitter(settings);
}

void TablePage::restoreSplitter(const QSettings &settings)
{
    const QByteArray splitter = settings.value(m_settingsKey + QStringLiteral("/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

} // namespace catalog
