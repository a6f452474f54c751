#include "ctldatabase.h"

#include "ctlcontext.h"
#include "db/connectionmanager.h"
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

CtlDatabase::CtlDatabase(const CtlContext &context, ConnectionManager &connections)
    : m_context(context)
    , m_connections(connections)
{
}

std::optional<int> CtlDatabase::admitReader(const QString &command, bool needsCurrentSchema)
{
    if (const std::optional<int> refused = refuseMissingSqliteFile(command))
        return refused;
    if (needsCurrentSchema)
        return refuseOtherSchema();
    return std::nullopt;
}

std::optional<int> CtlDatabase::prepareWriter(bool needsCurrentSchema, bool closesAbandonedJobs)
{
    if (needsCurrentSchema) {
        if (const Result<MigrationReport> migrated = Migrator(m_connections).migrate(); !migrated)
            return m_context.fail(migrated.error(), CtlContext::exitCodeFor(migrated.error()));
    }
    if (closesAbandonedJobs)
        closeAbandonedJobs();
    return std::nullopt;
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
