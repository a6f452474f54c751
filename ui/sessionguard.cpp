#include "sessionguard.h"

#include "db/connectionmanager.h"
#include "pagedtablemodel.h"
#include "statuscolors.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QtConcurrent>

namespace catalog {

SessionGuard::SessionGuard(QObject *parent)
    : QObject(parent)
    , m_label(new QLabel)
{
    m_label->setObjectName(QStringLiteral("sessionLabel"));
    m_label->setTextFormat(Qt::RichText);
    connect(&m_watcher, &QFutureWatcher<Result<SessionInfo>>::finished, this, [this] {
        const Result<SessionInfo> result = m_watcher.result();
        if (!result) {
            // Unknown rights: leave everything enabled; the server still decides each statement.
            m_known = false;
            if (m_label)
                m_label->setText(tr("rights unknown"));
            if (m_label)
                m_label->setToolTip(tr("The privileges of this connection could not be read: %1")
                                        .arg(result.error().toString()));
            apply();
            return;
        }
        m_info = result.value();
        m_known = true;
        apply();
    });
}

SessionGuard::~SessionGuard()
{
    m_watcher.waitForFinished();
    if (m_label && !m_label->parent())
        delete m_label.data();
}

bool SessionGuard::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        apply();
    return QObject::event(event);
}

QAction *SessionGuard::require(QAction *action, Needs needs)
{
    // Menus built again (a language change) leave entries of deleted actions behind.
    m_required.removeIf([](const Required &r) { return !r.action; });
    m_explained.removeIf([](const Required &r) { return !r.action; });
    m_required << Required { action, needs, action->toolTip() };
    apply();
    return action;
}

void SessionGuard::explain(QAction *action)
{
    m_explained << Required { action, Needs::Write, QString() };
}

void SessionGuard::setModels(const QList<PagedTableModel *> &models)
{
    m_models.clear();
    for (PagedTableModel *m : models)
        m_models << m;
    apply();
}

void SessionGuard::probe(ConnectionManager &connections)
{
    m_watcher.waitForFinished();
    m_known = false;
    if (m_label)
        m_label->setText(tr("checking rights…"));
    ConnectionManager *c = &connections;
    m_watcher.setFuture(QtConcurrent::run(&c->workers(), [c] { return SessionInfo::probe(*c); }));
}

void SessionGuard::waitForProbe()
{
    m_watcher.waitForFinished();
}

bool SessionGuard::allows(Needs needs) const
{
    if (!m_known)
        return true;
    switch (needs) {
    case Needs::Write:
        return m_info.canWrite();
    case Needs::RecordJobs:
        return m_info.canRecordJobs && m_info.canWriteProducts;
    case Needs::Administer:
        return m_info.canAdminister;
    }
    return true;
}

QString SessionGuard::reasonFor(Needs needs) const
{
    if (allows(needs))
        return {};
    if (!m_info.readOnlyReason.isEmpty())
        return m_info.readOnlyReason;
    if (needs == Needs::Administer)
        return tr("Only the catalog's administrators (catalog_admin) may do this; %1 is not one")
            .arg(m_info.role);
    return tr("The database role %1 may not do this").arg(m_info.role);
}

void SessionGuard::apply()
{
    const QString modelReason = m_known ? m_info.readOnlyReason : QString();
    for (const QPointer<PagedTableModel> &model : std::as_const(m_models)) {
        if (model)
            model->setReadOnly(modelReason);
    }
    for (const Required &r : std::as_const(m_required)) {
        if (!r.action)
            continue;
        const QString reason = reasonFor(r.needs);
        r.action->setEnabled(reason.isEmpty());
        r.action->setToolTip(reason.isEmpty() ? r.originalTip : reason);
        r.action->setStatusTip(reason);
    }
    for (const Required &r : std::as_const(m_explained)) {
        if (r.action) {
            r.action->setToolTip(modelReason);
            r.action->setStatusTip(modelReason);
        }
    }
    if (m_known && m_label) {
        const QString lock = m_info.localFile ? QString()
                                              : QStringLiteral("<span style='color:%1'>●</span> ")
                                                    .arg(StatusColors::current().name(m_info.encrypted
                                                            ? StatusColors::Role::Ok
                                                            : StatusColors::Role::Error));
        QString text = lock
            + (m_info.localFile        ? tr("local file")
                    : m_info.encrypted ? tr("encrypted (%1)").arg(m_info.tlsVersion)
                                       : tr("not encrypted"));
        if (!m_info.localFile)
            text += QStringLiteral(" · ") + tr("role %1").arg(m_info.role.toHtmlEscaped());
        if (!m_info.readOnlyReason.isEmpty())
            text += QStringLiteral(" · <b>") + tr("read-only") + QStringLiteral("</b>");
        m_label->setText(text);
        QStringList tip;
        tip << (m_info.localFile   ? tr("SQLite file on this computer: nothing travels over a network")
                : m_info.encrypted ? tr("Encrypted with %1").arg(m_info.securityText())
                                   : tr("This connection is NOT encrypted: use sslmode=require or stricter"));
        if (!m_info.readOnlyReason.isEmpty())
            tip << m_info.readOnlyReason;
        m_label->setToolTip(tip.join(QLatin1Char('\n')));
    }
    Q_EMIT changed();
}

} // namespace catalog
