#include "ctldatabase.h"

#include "ctlcontext.h"
#include "db/connectionmanager.h"
#include "db/serverendpoint.h"
#include "repositories/syncrecordrepository.h"
#include "schema/migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

} // namespace

QString ctlNoSchemaMessage(const ConnectionConfig &config)
{
    return u"no Catalog Admin schema in database %1; run catalogctl migrate"_s.arg(config.displayName());
}

QString ctlOtherSchemaMessage(const ConnectionConfig &config, int version)
{
    const int latest = Migrator::latestVersion();
    if (version > latest)
        return u"database %1 has schema version %2, newer than the %3 this program knows; use a newer "
               "catalog-admin"_s.arg(config.displayName())
                   .arg(version)
                   .arg(latest);
    return u"database %1 has schema version %2, older than the version %3 this catalogctl needs; run "
           u"catalogctl "
           "migrate"_s.arg(config.displayName())
               .arg(version)
               .arg(latest);
}

QString ctlStandbySchemaMessage(const ServerEndpoint &server, int version)
{
    if (version == 0)
        return u"the standby %1 has no Catalog Admin schema yet; run catalogctl migrate on the primary"_s.arg(
            server.text());
    return u"the standby %1 has its schema at migration %2, this catalogctl needs %3; run catalogctl migrate on "
           u"the primary"_s.arg(server.text())
        .arg(version)
        .arg(Migrator::latestVersion());
}

CtlDatabase::CtlDatabase(const CtlContext &context, ConnectionManager &connections)
    : m_context(context)
    , m_connections(connections)
{
}

std::optional<int> CtlDatabase::admitReader(const QString &command, bool needsCurrentSchema)
{
    if (const std::optional<int> refused = refuseMissingSqliteFile(command))
        return refused;
    // A reader runs on a standby too: the schema check's connection records which server it reached
    // (ConnectionManager::reachedServer()), and that decides its messages. health checks no schema
    // and must report an unreachable server itself, so nothing connects here first.
    if (needsCurrentSchema)
        return refuseOtherSchema();
    return std::nullopt;
}

std::optional<int> CtlDatabase::prepareWriter(
    const QString &command, bool needsCurrentSchema, bool closesAbandonedJobs)
{
    if (const std::optional<int> refused = refuseStandby(command))
        return refused;
    if (needsCurrentSchema) {
        if (const Result<MigrationReport> migrated = Migrator(m_connections).migrate(); !migrated)
            return m_context.fail(migrated.error(), CtlContext::exitCodeFor(migrated.error()));
    }
    if (closesAbandonedJobs)
        closeAbandonedJobs();
    return std::nullopt;
}

// A standby refuses every write; saying so up front beats a "read-only transaction" error half-way.
// Migrations in particular are never attempted there: the standby replays the primary's.
std::optional<int> CtlDatabase::refuseStandby(const QString &command)
{
    if (m_connections.config().engine != Engine::PostgreSQL)
        return std::nullopt;
    const Result<ServerEndpoint> server = ServerEndpoint::probe(m_connections);
    if (!server)
        return m_context.fail(server.error(), CtlContext::exitCodeFor(server.error()));
    if (!server->standby)
        return std::nullopt;
    const QString why = command == u"migrate"_s
        ? u"the server %1 is a standby (in recovery, read-only): migrations are never run on a standby; run "
          u"catalogctl migrate on the primary, and the standby replays it"_s.arg(server->text())
        : u"the server %1 is a standby (in recovery, read-only) and %2 writes; run it against the primary "
          u"(with several hosts: add target_session_attrs=read-write to the URL)"_s.arg(server->text(), command);
    return m_context.fail(StorageError::make(ErrorKind::Constraint, why), CtlJobErrors);
}

// Opening a SQLite file that is not there creates it: a mistyped path would become a new, empty
// database.
std::optional<int> CtlDatabase::refuseMissingSqliteFile(const QString &command)
{
    const ConnectionConfig &config = m_connections.config();
    if (config.engine != Engine::SQLite || QFileInfo::exists(config.sqlitePath))
        return std::nullopt;
    return m_context.fail(
        StorageError::make(ErrorKind::NotFound,
            u"the SQLite database %1 does not exist; %2 only reads and creates nothing. Check the "
            "path, or create the database with catalogctl migrate"_s.arg(
                QDir::toNativeSeparators(config.sqlitePath), command)),
        CtlJobErrors);
}

std::optional<int> CtlDatabase::refuseOtherSchema()
{
    const Result<int> version = Migrator(m_connections).currentVersion();
    if (!version)
        return m_context.fail(version.error(), CtlContext::exitCodeFor(version.error()));
    const ConnectionConfig &config = m_connections.config();
    const int latest = Migrator::latestVersion();
    if (const ServerEndpoint server = m_connections.reachedServer(); server.standby && version.value() != latest)
        return m_context.fail(StorageError::make(ErrorKind::Constraint, ctlStandbySchemaMessage(server, version.value())),
            CtlJobErrors);
    if (version.value() == 0)
        return m_context.fail(
            StorageError::make(ErrorKind::NotFound, ctlNoSchemaMessage(config)), CtlJobErrors);
    if (version.value() != latest)
        return m_context.fail(
            StorageError::make(ErrorKind::Constraint, ctlOtherSchemaMessage(config, version.value())),
            CtlJobErrors);
    return std::nullopt;
}

void CtlDatabase::closeAbandonedJobs()
{
    const Result<int> closed = SyncRecordRepository(m_connections).closeAbandoned();
    if (!closed)
        CtlContext::err() << "warning: could not close jobs abandoned by killed runs: "
                          << closed.error().toString() << Qt::endl;
    else if (closed.value() > 0)
        CtlContext::err() << "note: " << closed.value()
                          << " job(s) left running by a killed run were marked failed" << Qt::endl;
}

} // namespace catalog
