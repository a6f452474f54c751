#include "jobspage.h"

#include "repositories/syncrecordrepository.h"
#include "syncrecordtablemodel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace catalog {

namespace {

constexpr int kJobsRefreshMs = 5000;
constexpr int kShownErrors = 200;

} // namespace

JobsPage::JobsPage(ConnectionManager &connections, QWidget *parent)
    : TablePage(QStringLiteral("syncHistory"), new SyncRecordTableModel(connections), parent)
    , m_report(new QTextBrowser(this))
    , m_stop(new QPushButton(tr("&Stop Job"), this))
    , m_save(new QPushButton(tr("Save &Report as CSV…"), this))
{
    m_report->setOpenLinks(false);
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_save);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_report, 1);
    setDetailPane(pane);
    m_stop->setObjectName(QStringLiteral("stopJob"));
    m_save->setObjectName(QStringLiteral("saveReport"));
    connect(m_stop, &QPushButton::clicked, this, &JobsPage::stopRequested);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save job report"),
            QStringLiteral("job-report.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !saveReport(path, &error))
            QMessageBox::warning(this, tr("Save job report"), error);
    });
    connect(this, &TablePage::currentRecordChanged, this, &JobsPage::showRecord);
    m_refresh.setInterval(kJobsRefreshMs);
    connect(&m_refresh, &QTimer::timeout, model(), &PagedTableModel::refresh);
    showRecord({});
}

void JobsPage::retranslate()
{
    m_stop->setText(tr("&Stop Job"));
    m_save->setText(tr("Save &Report as CSV…"));
    showRecord(currentRecord());
}

void JobsPage::showEvent(QShowEvent *event)
{
    TablePage::showEvent(event);
    m_refresh.start();
}

void JobsPage::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    TablePage::hideEvent(event);
}

void JobsPage::showRecord(const QVariant &record)
{
    m_record = record;
    if (!record.isValid() || record.metaType() != QMetaType::fromType<SyncRecord>()) {
        m_report->setHtml(tr("<p>Select a job to see its report.</p>"));
        m_stop->setEnabled(false);
        m_save->setEnabled(false);
        return;
    }
    const SyncRecord &r = recordOf<SyncRecord>(record);
    const bool running = r.status == JobStatus::Running;
    const bool ours = r.taskId.startsWith(SyncRecordRepository::ownTaskPrefix());
    m_stop->setEnabled(running && ours);
    m_stop->setToolTip(!running ? tr("The job has ended.")
            : ours              ? tr("Cancel the job: what it committed stays (whole batches).")
                                : tr("Run by another process (%1); stop it there.")
                                      .arg(r.taskId.section(QLatin1Char(':'), 0, 1)));
    m_save->setEnabled(!r.errorDetails.isEmpty());
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1 — %2</h3>")
                       .arg(SyncRecordTableModel::operationTitle(r.kind).toHtmlEscaped(),
                           SyncRecordTableModel::statusTitle(r.status).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=3>");
    const auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Task"), r.taskId);
    row(tr("Started"), locale.toString(r.startTime.toLocalTime(), QLocale::LongFormat));
    if (r.endTime.isValid())
        row(tr("Ended"), locale.toString(r.endTime.toLocalTime(), QLocale::LongFormat));
    row(tr("Total"), locale.toString(r.totalCount));
    row(tr("Succeeded"), locale.toString(r.successCount));
    row(tr("Errors"), locale.toString(r.errorCount));
    html += QStringLiteral("</table>");
    if (!r.errorDetails.isEmpty()) {
        html += tr("<h4>Problems</h4>") + QStringLiteral("<table border=0 cellspacing=2>");
        int shown = 0;
        for (const QJsonValue v : r.errorDetails) {
            if (++shown > kShownErrors) {
                html += tr("<tr><td colspan=2>… and %1 more</td></tr>")
                            .arg(r.errorDetails.size() - kShownErrors);
                break;
            }
            const QJsonObject o = v.toObject();
            QStringList where;
            for (const QString &key : { QStringLiteral("line"), QStringLiteral("source_id"),
                     QStringLiteral("kind"), QStringLiteral("field") }) {
                if (o.contains(key))
                    where << QStringLiteral("%1 %2").arg(key, o.value(key).toVariant().toString());
            }
            const QString message = o.contains(QStringLiteral("message"))
                ? o.value(QStringLiteral("message")).toString()
                : o.value(QStringLiteral("title")).toString();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(where.join(QStringLiteral(", ")).toHtmlEscaped(), message.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    m_report->setHtml(html);
}

bool JobsPage::saveReport(const QString &path, QString *error) const
{
    if (!m_record.isValid() || m_record.metaType() != QMetaType::fromType<SyncRecord>()) {
        if (error)
            *error = tr("No job is selected.");
        return false;
    }
    const SyncRecord &r = recordOf<SyncRecord>(m_record);
    const auto cell = [](QString value) {
        if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('\n'))
            || value.contains(QLatin1Char('\r')))
            value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return value;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray out = "line,source_id,field,message\r\n";
    for (const QJsonValue v : r.errorDetails) {
        const QJsonObject o = v.toObject();
        const QString message = o.contains(QStringLiteral("message")) ? o.value(QStringLiteral("message")).toString()
                                                                       : o.value(QStringLiteral("title")).toString();
        out += QStringList { cell(o.value(QStringLiteral("line")).toVariant().toString()),
                             cell(o.value(QStringLiteral("source_id")).toString()),
                             cell(o.value(QStringLiteral("field")).toString()), cell(message) }
                       .join(QLatin1Char(','))
                       .toUtf8()
                + "\r\n";
    }
    file.write(out);
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace catalog
