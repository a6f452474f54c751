#include "startupconnector.h"

#include "db/pooloptions.h"
#include "connectiondialog.h"
#include "db/connectionmanager.h"
#include "repositories/syncrecordrepository.h"
#include "schema/migrator.h"
#include "uilog.h"

namespace catalog {

StartupConnector::StartupConnector(QObject *parent)
    : QObject(parent)
{
}

QString StartupConnector::prepare(ConnectionManager &connections)
{
    // One health check first: it fails at once on a closed port or an unopenable file, where the
    // migration's retries would keep the operator waiting for the same answer.
    const HealthReport health = connections.checkHealth();
    if (!health.healthy)
        return tr("It cannot be reached: %1").arg(redactSecrets(health.error).simplified());
    const auto migrated = Migrator(connections).migrate();
    if (!migrated)
        return tr("Its schema could not be prepared: %1").arg(redactSecrets(migrated.error().toString()));
    // A standby is browsed read-only: nothing to close there (the primary's runs close them).
    if (health.inRecovery)
        return {};
    if (const auto closed = SyncRecordRepository(connections).closeAbandoned(); !closed)
        qCWarning(lcUi).noquote() << "could not close abandoned jobs:" << closed.error().toString();
    return {};
}

std::unique_ptr<ConnectionManager> StartupConnector::open(const ConnectionConfig &config)
{
    ConnectionConfig candidate = config;
    for (;;) {
        qCInfo(lcUi).noquote() << "connecting to" << candidate.displayName();
        auto connections = std::make_unique<ConnectionManager>(candidate, poolOptions(RuntimeSettings::current()));
        const QString reason = prepare(*connections);
        if (reason.isEmpty()) {
            m_lastProblem.clear();
            return connections;
        }
        connections.reset();
        m_lastProblem = tr("The database %1 could not be opened.\n%2").arg(candidate.toUrl(), reason);
        qCWarning(lcUi).noquote() << m_lastProblem;
        ConnectionDialog dialog(candidate);
        dialog.setWindowTitle(tr("Connect to Database"));
        dialog.setProblem(m_lastProblem + u'\n' + tr("Correct the connection or choose another one."));
        Q_EMIT dialogShown(&dialog);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        candidate = dialog.config();
    }
}

} // namespace catalog
