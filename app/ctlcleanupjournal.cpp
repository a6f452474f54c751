#include "ctlcleanupjournal.h"

#include "config/appidentity.h"
#include "config/connectionconfig.h"
#include "ctlcontext.h"
#include "ctloptions.h"
#include "db/connectionmanager.h"
#include "repositories/jobjournal.h"
#include "schema/migrator.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTextStream>

namespace catalog {

using namespace Qt::StringLiterals;

void journalBackupCleanup(const CtlContext &context, const QString &folder, qint64 removed, qint64 kept)
{
    const Result<ConnectionConfig> config = ConnectionConfig::resolve(context.parser().value(context.options().database),
        QProcessEnvironment::systemEnvironment(), savedDatabaseUrl());
    if (!config || (config->engine == Engine::SQLite && !QFileInfo::exists(config->sqlitePath)))
        return; // no catalog here to journal in
    ConnectionManager::Options once;
    once.maxAttempts = 1;
    ConnectionManager connections(config.value(), once);
    const Result<int> version = Migrator(connections).currentVersion();
    StorageError error = !version ? version.error()
        : version.value() != Migrator::latestVersion()
        ? StorageError::make(ErrorKind::Validation, u"the database's schema is not this version's"_s)
        : StorageError {};
    if (error.ok()) {
        JobJournal journal(connections, JobKind::CleanupBackups);
        error = journal.start(removed + kept);
        if (error.ok())
            error = journal.finish(JobStatus::Completed, removed, 0,
                JobJournal::message(u"Removed %1 backup sets from %2; %3 kept"_s.arg(removed).arg(folder).arg(kept)));
    }
    if (!error.ok() && !context.json())
        CtlContext::err() << "catalogctl: the clean-up is not in the job journal: " << error.message << Qt::endl;
}

} // namespace catalog
