#include "bulkeditlauncher.h"

#include "config/runtimesettings.h"
#include "bulk/bulkupdatejob.h"
#include "bulkeditdialog.h"
#include "bulkpendingedit.h"
#include "db/connectionmanager.h"
#include "jobrunner.h"
#include "productspage.h"
#include "producttablemodel.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>

namespace catalog {

void BulkEditLauncher::retranslate()
{
    m_action->setText(tr("&Bulk Edit…"));
    m_action->setToolTip(tr("Change the selected products or every product that matches the filter"));
}

BulkEditLauncher::BulkEditLauncher(JobRunner &jobs, QWidget *window)
    : QObject(window)
    , m_jobs(jobs)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("bulkEditAction"));
    retranslate();
    connect(m_action, &QAction::triggered, this, &BulkEditLauncher::open);
    connect(&m_jobs, &JobRunner::jobEnded, this, [this](const QString &title, bool cancelled) {
        if (title != m_runningTitle)
            return;
        m_runningTitle.clear();
        if (cancelled) {
            Q_EMIT statusMessage(
                tr("Bulk edit cancelled: the batches written before the cancel stay."), 20000);
            Q_EMIT catalogChanged();
        }
    });
}

void BulkEditLauncher::attach(ProductsPage *page, ConnectionManager &connections)
{
    m_page = page;
    m_connections = &connections;
    page->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    page->view()->addAction(m_action);
}

void BulkEditLauncher::open()
{
    if (!m_page || !m_connections)
        return;
    if (!m_runningTitle.isEmpty()) {
        QMessageBox::information(m_window, tr("Bulk Edit"), tr("A bulk edit is still running."));
        return;
    }
    PagedTableModel *model = m_page->model();
    QList<qint64> ids;
    for (const int row : m_page->selectedRows()) {
        const qint64 id = model->data(model->index(row, 0), PagedTableModel::RecordIdRole).toLongLong();
        if (id > 0)
            ids << id;
    }
    BulkEditDialog dialog(*m_connections, m_jobs, m_page->products()->filter(), ids, kPendingLimit, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool pending
        = dialog.usesSelection() && ids.size() <= kPendingLimit && BulkPendingEdit::canApply(dialog.edit());
    apply(dialog.scope(), dialog.edit(), pending);
}

void BulkEditLauncher::apply(const BulkScope &scope, const BulkEdit &edit, bool asPending)
{
    if (asPending)
        applyPending(edit);
    else
        runJob(scope, edit);
}

void BulkEditLauncher::applyPending(const BulkEdit &edit)
{
    if (!m_page)
        return;
    const BulkPendingEdit::Outcome outcome
        = BulkPendingEdit::apply(*m_page->products(), m_page->selectedRows(), edit, tr("Bulk edit"));
    QString summary
        = tr("Bulk edit: %n product(s) changed, pending until you save", nullptr, outcome.changed);
    if (!outcome.refused.isEmpty()) {
        summary += tr("; %n left unchanged", nullptr, int(outcome.refused.size()));
        QMessageBox::information(m_window, tr("Bulk Edit"),
            tr("These products were left unchanged:\n%1").arg(outcome.refused.mid(0, 20).join(u'\n')));
    }
    Q_EMIT statusMessage(summary, 15000);
    Q_EMIT finished(summary);
}

void BulkEditLauncher::runJob(const BulkScope &scope, const BulkEdit &edit)
{
    ConnectionManager *connections = m_connections;
    m_runningTitle = tr("Bulk edit: %1").arg(edit.describe());
    BulkUpdateJob::Options options;
    options.batchSize = RuntimeSettings::current().batchSize();
    m_jobs.start(
        m_connections->workers(), m_runningTitle,
        [connections, scope, edit, options](JobControl &control) {
            control.setProgressRange(0, 1000);
            return BulkUpdateJob(*connections).run(scope, edit, options, [&control](qint64 done, qint64 matched) {
                control.setProgress(matched > 0 ? int(done * 1000 / matched) : 1000,
                    BulkEditLauncher::tr("%1 of %2 products")
                        .arg(QLocale().toString(done), QLocale().toString(matched)));
                return !control.isCanceled();
            });
        },
        this,
        [this](const Result<BulkUpdateReport> &report) {
            Q_EMIT catalogChanged();
            if (!report) {
                QMessageBox::warning(m_window, tr("Bulk Edit"),
                    tr("The bulk edit stopped: %1\nThe batches written before stay.")
                        .arg(report.error().message));
                return;
            }
            QString summary
                = tr("Bulk edit: %1 matched, %2 changed, %3 unchanged, %4 refused.")
                      .arg(QLocale().toString(report->matched), QLocale().toString(report->changed),
                          QLocale().toString(report->unchanged), QLocale().toString(report->refusedCount));
            if (report->cancelled)
                summary += u' ' + tr("Cancelled: the batches written before the cancel stay.");
            Q_EMIT statusMessage(summary, 20000);
            Q_EMIT finished(summary);
            if (!report->refused.isEmpty()) {
                QStringList lines;
                for (const BulkRefusal &r : report->refused.mid(0, 20))
                    lines << tr("%1: %2", "product: reason").arg(r.sourceId, r.reason);
                QMessageBox::information(m_window, tr("Bulk Edit"),
                    tr("%1\n\nLeft unchanged:\n%2").arg(summary, lines.join(u'\n')));
            }
        });
}

} // namespace catalog
