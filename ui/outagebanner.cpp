#include "outagebanner.h"

#include "statuscolors.h"
#include "uilog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace catalog {

OutageBanner::OutageBanner(QWidget *parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry now"), this))
{
    setObjectName(QStringLiteral("outageBanner"));
    m_headline->setObjectName(QStringLiteral("outageHeadline"));
    m_reason->setObjectName(QStringLiteral("outageReason"));
    m_retry->setObjectName(QStringLiteral("outageRetry"));
    // Calm on purpose: the operator's work is safe; the red is the health light's.
    const StatusColors colors = StatusColors::current();
    setStyleSheet(QStringLiteral("QFrame#outageBanner { background: %1; border-radius: 3px; } "
                                 "QFrame#outageBanner QLabel { color: %2; }")
                      .arg(colors.name(StatusColors::Role::WarningBackground),
                          colors.textOn(StatusColors::Role::WarningBackground).name()));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_headline->setTextFormat(Qt::PlainText);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_headline);
    text->addWidget(m_reason);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, &OutageBanner::retryRequested);
    hide();
}

QString OutageBanner::text() const
{
    return isUnreachable() ? m_headline->text() + QLatin1Char('\n') + m_reason->text() : QString();
}

void OutageBanner::healthChecked(const SystemHealth &health)
{
    if (!health.connection.healthy) {
        reportUnreachable(health.connection.error);
        return;
    }
    if (!isUnreachable())
        return;
    const QDateTime since = std::exchange(m_since, {});
    m_lastReason.clear();
    hide();
    qCInfo(lcUi).noquote() << "database reachable again after an outage since" << since.toString(Qt::ISODate);
    Q_EMIT recovered(since);
}

void OutageBanner::reportUnreachable(const QString &reason)
{
    if (!isUnreachable()) {
        m_since = QDateTime::currentDateTime();
        qCWarning(lcUi).noquote() << "database unreachable:" << reason;
    }
    if (!reason.trimmed().isEmpty())
        m_lastReason = reason.simplified(); // driver texts come with line breaks and tabs
    updateText();
    show();
}

void OutageBanner::setPendingChanges(int count)
{
    if (count == m_pending)
        return;
    m_pending = count;
    if (isUnreachable())
        updateText();
}

void OutageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_retry->setText(tr("Retry now"));
        if (isUnreachable())
            updateText();
    }
    QFrame::changeEvent(event);
}

void OutageBanner::updateText()
{
    // An outage that began on another day names the day too.
    const QString since = m_since.date() == QDate::currentDate()
        ? QLocale().toString(m_since.time(), QStringLiteral("HH:mm"))
        : QLocale().toString(m_since, QStringLiteral("yyyy-MM-dd HH:mm"));
    m_headline->setText(m_pending > 0
            ? tr("Database unreachable since %1 — your %n unsaved change(s) are kept; retrying…", nullptr,
                m_pending)
                  .arg(since)
            : tr("Database unreachable since %1 — retrying…").arg(since));
    m_reason->setText(m_lastReason.isEmpty()
            ? tr("The window goes on by itself when the database answers again.")
            : tr("%1\nThe window goes on by itself when the database answers again; save then.")
                  .arg(m_lastReason));
}

} // namespace catalog
