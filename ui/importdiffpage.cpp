#include "importdiffpage.h"

#include "importdiffmodel.h"
#include "jobrunner.h"
#include "statuscolors.h"

#include "db/connectionmanager.h"
#include "transfer/importdiff.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <atomic>

namespace catalog {

// Shared by the page and the worker: the page may go before the worker returns.
struct ImportDiffPage::JobState
{
    std::atomic<int> permille { 0 };
    std::atomic<bool> cancel { false };
};

ImportDiffPage::ImportDiffPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_note(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel comparing"), this))
    , m_view(new QTreeView(this))
    , m_model(new ImportDiffModel(this))
    , m_poll(new QTimer(this))
{
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("diffNote"));
    m_progress->setRange(0, 1000);
    m_view->setObjectName(QStringLiteral("importDiff"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // The values are what the operator reads: they get the room, the line number only its own.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ImportDiffModel::StoredColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ImportDiffModel::FileColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ImportDiffModel::LineColumn, QHeaderView::ResizeToContents);
    auto *hint
        = new QLabel(tr("Untick a product to leave it alone, or a changed field to keep the catalog's value. "
                        "The counts follow your ticks."),
            this);
    hint->setWordWrap(true);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(hint);
    layout->addLayout(progressRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportDiffPage::showProgress);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDiffPage::cancel);
    connect(m_model, &ImportDiffModel::exclusionsChanged, this, &ImportDiffPage::updateSummary);
    m_progress->hide();
    m_cancel->hide();
}

ImportDiffPage::~ImportDiffPage()
{
    cancel();
}

void ImportDiffPage::compare(JobRunner &jobs, ConnectionManager &connections, const QString &path,
    const ProductImporter::Options &options)
{
    cancel();
    m_model->clear();
    auto state = std::make_shared<JobState>();
    m_job = state;
    m_summary->setText(tr("Comparing %1 with the catalog…").arg(QFileInfo(path).fileName()));
    m_note->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_poll->start();
    ConnectionManager *c = &connections;
    jobs.start(
        c->workers(), tr("Comparing %1").arg(QFileInfo(path).fileName()),
        [c, path, options, state](JobControl &job) {
            return ProductImporter(*c).diffFile(
                path, options, [&job, &state](qint64, qint64 bytes, qint64 total) {
                    const int permille = total > 0 ? int(bytes * 1000 / total) : 0;
                    state->permille = permille;
                    job.setProgressRange(0, 1000);
                    job.setProgress(permille);
                    return !job.isCanceled() && !state->cancel;
                });
        },
        this,
        [this, state](const Result<ImportDiff> &diff) {
            if (m_job == state)
                showResult(diff);
        });
}

void ImportDiffPage::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

bool ImportDiffPage::hasDiff() const
{
    return m_model->hasDiff();
}

ImportExclusions ImportDiffPage::exclusions() const
{
    return m_model->exclusions();
}

QString ImportDiffPage::summary() const
{
    return m_summary->text();
}

void ImportDiffPage::showProgress()
{
    if (m_job)
        m_progress->setValue(m_job->permille);
}

void ImportDiffPage::showResult(const Result<ImportDiff> &diff)
{
    m_job.reset();
    m_poll->stop();
    m_progress->hide();
    m_cancel->hide();
    if (!diff) {
        m_summary->setText(
            QStringLiteral("<span style='color:%1'>%2</span>")
                .arg(StatusColors::current().name(StatusColors::Role::Error),
                    tr("The comparison failed: %1").arg(diff.error().toString()).toHtmlEscaped()));
        Q_EMIT compared(false);
        return;
    }
    m_model->setDiff(diff.value());
    m_view->expand(m_model->index(ImportDiffModel::ChangedGroup, 0));
    m_view->expand(m_model->index(ImportDiffModel::RejectedGroup, 0));
    m_view->resizeColumnToContents(ImportDiffModel::NameColumn);
    const QLocale locale;
    QStringList notes;
    if (diff->report.cancelled)
        notes << tr("Cancelled: only the beginning of the file was compared; the import reads all of it.");
    if (diff->truncated)
        notes << tr("Only the first %1 products are listed; the counts cover all %2 rows of the file.")
                     .arg(locale.toString(diff->detailLimit), locale.toString(diff->report.rowsRead));
    notes << tr("Compared at %1 with the catalog as it was then. If someone changes it meanwhile, the import "
                "meets those rows as they are then, row by row, as any import does.")
                 .arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat));
    m_note->setText(notes.join(QLatin1Char('\n')));
    updateSummary();
    Q_EMIT compared(true);
}

void ImportDiffPage::updateSummary()
{
    if (!m_model->hasDiff())
        return;
    const ImportDiff::Counts c = m_model->counts();
    const QLocale locale;
    QString text = tr("The import will do this: %1 new, %2 changed, %3 unchanged, %4 rejected")
                       .arg(locale.toString(c.newProducts), locale.toString(c.changed),
                           locale.toString(c.unchanged), locale.toString(c.rejected));
    if (c.skipped > 0)
        text += tr(", %1 skipped (they exist)").arg(locale.toString(c.skipped));
    const ImportExclusions exclusions = m_model->exclusions();
    int fields = 0;
    for (const QSet<QString> &kept : exclusions.fields)
        fields += int(kept.size());
    if (!exclusions.isEmpty())
        text += tr("; left alone: %n product(s)", nullptr, int(c.excluded))
            + tr(", %n field(s) kept as in the catalog", nullptr, fields);
    m_summary->setText(
        QStringLiteral("<b>%1</b>").arg(tr("%1.", "the summary, a sentence").arg(text).toHtmlEscaped()));
}

} // namespace catalog
