#include "connectionswitcher.h"

#include "db/pooloptions.h"
#include "config/connectionconfig.h"
#include "connectiondialog.h"
#include "db/connectionmanager.h"
#include "db/readrouter.h"
#include "jobrunner.h"
#include "repositories/syncrecordrepository.h"
#include "schema/migrator.h"

#include <QMessageBox>

namespace catalog {

namespace {

// The schema a window shows is current, and jobs a killed or crashed run of this machine left
// "running" are closed as failed (on a worker thread, before the database is shown).
Result<int> prepareDatabase(ConnectionManager &connections)
{
    const auto migrated = Migrator(connections).migrate();
    if (!migrated)
        return migrated.error();
    if (connections.reachedServer().standby)
        return 0; // browsed read-only; the primary's runs close their own jobs
    if (const auto closed = SyncRecordRepository(connections).closeAbandoned(); !closed)
        qWarning().noquote() << "could not close abandoned jobs:" << closed.error().toString();
    return 0;
}

} // namespace

ConnectionSwitcher::ConnectionSwitcher(JobRunner &jobs, QWidget *window, Adopt adopt, Confirm confirm)
    : QObject(window)
    , m_jobs(jobs)
    , m_window(window)
    , m_adopt(std::move(adopt))
    , m_confirm(std::move(confirm))
{
}

void ConnectionSwitcher::chooseAndConnect(const ConnectionConfig &current)
{
    ConnectionDialog dialog(current, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_confirm())
        return;
    connectTo(dialog.config());
}

void ConnectionSwitcher::connectToUrl(const QString &url)
{
    const Result<ConnectionConfig> config = ConnectionConfig::fromUrl(url);
    if (!config) {
        QMessageBox::warning(m_window, tr("Connect"), config.error().toString());
        return;
    }
    ConnectionDialog dialog(config.value(), m_window);
    if (dialog.exec() != QDialog::Accepted || !m_confirm())
        return;
    connectTo(dialog.config());
}

void ConnectionSwitcher::connectTo(const ConnectionConfig &config)
{
    auto connections = std::make_unique<ConnectionManager>(config, poolOptions(RuntimeSettings::current()));
    // The saved "Browse from standby" server; a bad one is noted and browsing stays on the primary.
    if (const StorageError error = ReadRouter::attachConfigured(*connections); !error.ok())
        qWarning().noquote() << "read server ignored:" << error.toString();
    prepare(std::move(connections));
}

// A background job (import, export, demo data, optimise...) uses the current connections until it
// ends: they must not be replaced under it. Says so and returns true while one runs.
bool ConnectionSwitcher::refuseWhileBusy()
{
    if (!m_jobs.isBusy())
        return false;
    QMessageBox::information(m_window, tr("Connect"),
        tr("\"%1\" is still running on the current database. Wait for it to finish or "
           "cancel it, then connect again.")
            .arg(m_jobs.title()));
    return true;
}

void ConnectionSwitcher::prepare(std::unique_ptr<ConnectionManager> connections)
{
    if (refuseWhileBusy())
        return;
    // Prepare the schema before anything is shown; the window stays responsive meanwhile.
    ConnectionManager *candidate = connections.get();
    auto holder = std::make_shared<std::unique_ptr<ConnectionManager>>(std::move(connections));
    // On the new manager's own workers: it joins them, and closes their connections, when it goes.
    m_jobs.start(
        candidate->workers(), tr("Connecting to %1").arg(candidate->config().displayName()),
        [candidate] { return prepareDatabase(*candidate); }, this,
        [this, holder](const Result<int> &prepared) {
            if (!prepared) {
                QMessageBox::warning(m_window, tr("Connect"),
                    tr("The database %1 could not be prepared:\n%2")
                        .arg((*holder)->config().displayName(), prepared.error().toString()));
                return;
            }
            // A job started while the schema was being prepared? (The preparation itself has ended.)
            if (!refuseWhileBusy())
                m_adopt(std::move(*holder));
        });
}

} // namespace catalog
