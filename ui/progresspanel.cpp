#include "progresspanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace catalog {

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_label->setTextFormat(Qt::PlainText);

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setFixedWidth(140);
    m_bar->setMaximumHeight(m_label->sizeHint().height() + 2);
    m_bar->setRange(0, 0);

    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the job after the step it is doing; what it already saved is kept"));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    connect(m_cancelButton, &QToolButton::clicked, this, &ProgressPanel::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, this,
        [this](int minimum, int maximum) { m_bar->setRange(minimum, maximum); });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_bar, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this, [this](const QString &text) {
        m_progressText = text;
        updateLabel();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ProgressPanel::onFinished);
    hide();
}

ProgressPanel::~ProgressPanel() = default;

void ProgressPanel::track(const QString &title, const QFuture<void> &future)
{
    m_title = title;
    m_progressText.clear();
    m_busy = true;
    m_cancelling = false;
    m_bar->setRange(0, 0);
    m_bar->reset();
    m_cancelButton->setEnabled(true);
    updateLabel();
    show();
    // Replacing the future drops the signals still pending from the previous job.
    m_watcher.setFuture(future);
}

void ProgressPanel::cancel()
{
    if (!m_busy || m_cancelling)
        return;
    m_cancelling = true;
    m_cancelButton->setEnabled(false);
    updateLabel();
    m_watcher.cancel();
}

void ProgressPanel::onFinished()
{
    if (!m_busy)
        return;
    const bool cancelled = m_watcher.isCanceled();
    m_busy = false;
    m_cancelling = false;
    hide();
    emit finished(cancelled);
}

void ProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_cancelButton->setText(tr("Cancel"));
        m_cancelButton->setToolTip(
            tr("Stop the job after the step it is doing; what it already saved is kept"));
        updateLabel();
    }
    QWidget::changeEvent(event);
}

void ProgressPanel::updateLabel()
{
    QString text;
    if (m_cancelling)
        text = tr("%1 — Cancelling…").arg(m_title);
    else if (m_progressText.isEmpty())
        text = m_title;
    else
        text = tr("%1 — %2").arg(m_title, m_progressText);
    m_label->setText(text);
    m_label->setToolTip(text);
}

} // namespace catalog
