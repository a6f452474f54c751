#include "jobspage.h"

#include "syncrecordtablemodel.h"

#include <QJsonObject>
#include <QLocale>
#include <QTextBrowser>

namespace catalog {

namespace {

constexpr int kRefreshMs = 5000;
constexpr int kShownErrors = 200;

} // namespace

JobsPage::JobsPage(ConnectionManager &connections, QWidget *parent)
    : TablePage(QStringLiteral("syncHistory"), new SyncRecordTableModel(connections), parent)
    , m_report(new QTextBrowser(this))
{
    m_report->setOpenLinks(false);
    setDetailPane(m_report);
    connect(this, &TablePage::currentRecordChanged, this, &JobsPage::showRecord);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, model(), &PagedTableModel::refresh);
    showRecord({});
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
    if (!record.isValid() || record.metaType() != QMetaType::fromType<SyncRecord>()) {
        m_report->setHtml(tr("<p>Select a job to see its report.</p>"));
        return;
    }
    const SyncRecord &r = recordOf<SyncRecord>(record);
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1 — %2</h3>")
                       .arg(SyncRecordTableModel::operationTitle(r.operationType).toHtmlEscaped(),
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
        for (const QJsonValue &v : r.errorDetails) {
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

} // namespace catalog
