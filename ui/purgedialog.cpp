#include "purgedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace catalog {

PurgeDialog::PurgeDialog(ConnectionManager &connections, const QString &storageRoot, QWidget *parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_storageRoot(storageRoot)
    , m_products(new QCheckBox(tr("Products deleted more than"), this))
    , m_history(new QCheckBox(tr("History versions older than"), this))
    , m_jobs(new QCheckBox(tr("Job records older than"), this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Purge"));
    const RetentionSettings settings = RetentionSettings::load();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Removes for good what the catalog no longer keeps. Products go with their image rows, "
                                "their image files (unless another product's image uses the same file) and their "
                                "history. It runs in batches; cancelling keeps what the finished batches removed. "
                                "Take a backup first if you may need any of it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    m_productDays = addLimit(grid, 0, m_products, settings.deletedProductsDays);
    m_historyDays = addLimit(grid, 1, m_history, settings.historyDays);
    m_keepLast = new QSpinBox(this);
    m_keepLast->setRange(0, RetentionSettings::kMaxKeepLast);
    m_keepLast->setValue(settings.historyKeepLast);
    m_keepLast->setObjectName(QStringLiteral("keepLast"));
    grid->addWidget(new QLabel(tr("keeping the newest"), this), 2, 0, Qt::AlignRight);
    grid->addWidget(m_keepLast, 2, 1);
    grid->addWidget(new QLabel(tr("versions of every product and supplier"), this), 2, 2);
    m_jobDays = addLimit(grid, 3, m_jobs, settings.jobsDays);
    connect(m_history, &QCheckBox::toggled, m_keepLast, &QWidget::setEnabled);
    layout->addLayout(grid);
    m_summary->setObjectName(QStringLiteral("purgePreview"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_summary, 1);
    QPushButton *purge = m_buttons->addButton(tr("Purge"), QDialogButtonBox::DestructiveRole);
    purge->setObjectName(QStringLiteral("purgeButton"));
    layout->addWidget(m_buttons);
    connect(purge, &QPushButton::clicked, this, &PurgeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepLast, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &PurgeDialog::refreshPreview);
    connect(&m_counting, &QFutureWatcher<Result<PurgeCounts>>::finished, this, [this] { showPreview(m_counting.result()); });
    for (QCheckBox *check : { m_products, m_history, m_jobs }) {
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, m_debounce, qOverload<>(&QTimer::start));
    }
    resize(620, 380);
    refreshPreview();
}

PurgeDialog::~PurgeDialog()
{
    m_counting.waitForFinished();
}

QSpinBox *PurgeDialog::addLimit(QGridLayout *grid, int row, QCheckBox *check, int days)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(1, RetentionSettings::kMaxDays);
    spin->setValue(days);
    spin->setObjectName(check == m_products ? QStringLiteral("productDays")
            : check == m_history            ? QStringLiteral("historyDays")
                                            : QStringLiteral("jobDays"));
    grid->addWidget(check, row, 0);
    grid->addWidget(spin, row, 1);
    grid->addWidget(new QLabel(check == m_products ? tr("days ago") : tr("days"), this), row, 2);
    grid->setColumnStretch(2, 1);
    connect(check, &QCheckBox::toggled, spin, &QWidget::setEnabled);
    connect(spin, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    return spin;
}

PurgeJob::Options PurgeDialog::options() const
{
    PurgeJob::Options o;
    if (m_products->isChecked())
        o.deletedOlderThanDays = m_productDays->value();
    if (m_history->isChecked())
        o.historyOlderThanDays = m_historyDays->value();
    if (m_jobs->isChecked())
        o.jobsOlderThanDays = m_jobDays->value();
    o.historyKeepLast = m_keepLast->value();
    return o;
}

void PurgeDialog::refreshPreview()
{
    m_preview.reset();
    updateButtons();
    if (m_counting.isRunning()) {
        m_previewStale = true; // counted again when this one arrives
        return;
    }
    const PurgeJob::Options o = options();
    if (!o.any()) {
        m_summary->setText(tr("Choose at least one kind of data to purge."));
        return;
    }
    m_summary->setText(tr("Counting what this would remove…"));
    ConnectionManager *connections = &m_connections;
    const QString root = m_storageRoot;
    m_counting.setFuture(QtConcurrent::run(&connections->workers(), [connections, root, o] {
        return PurgeJob(*connections, root).preview(o);
    }));
}

void PurgeDialog::showPreview(const Result<PurgeCounts> &counts)
{
    if (m_previewStale) {
        m_previewStale = false;
        refreshPreview();
        return;
    }
    if (!counts) {
        m_summary->setText(tr("Cannot count what purge would remove: %1").arg(counts.error().toString()));
        updateButtons();
        return;
    }
    const QLocale locale;
    const PurgeCounts &c = counts.value();
    QStringList lines;
    if (m_products->isChecked())
        lines << tr("%1 deleted products, with %2 image rows, %3 image files and %4 history rows")
                     .arg(locale.toString(c.products), locale.toString(c.images), locale.toString(c.imageFiles),
                         locale.toString(c.productHistory));
    if (m_history->isChecked())
        lines << tr("%1 old history versions").arg(locale.toString(c.historyVersions));
    if (m_jobs->isChecked())
        lines << tr("%1 job records").arg(locale.toString(c.jobs));
    m_summary->setText(c.rows() == 0 ? tr("Nothing to purge with these limits.")
                                     : tr("Purge would remove:") + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
    m_preview = c;
    updateButtons();
    Q_EMIT previewShown();
}

void PurgeDialog::updateButtons()
{
    const bool ready = m_preview && m_preview->rows() > 0 && !m_counting.isRunning();
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::DestructiveRole)
            b->setEnabled(ready);
    }
}

void PurgeDialog::accept()
{
    if (!m_preview || m_preview->rows() == 0)
        return;
    RetentionSettings settings;
    settings.deletedProductsDays = m_productDays->value();
    settings.historyDays = m_historyDays->value();
    settings.historyKeepLast = m_keepLast->value();
    settings.jobsDays = m_jobDays->value();
    settings.save();
    QDialog::accept();
}

} // namespace catalog
