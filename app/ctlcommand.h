#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace catalog {

class CtlContext;

// How a command uses the database. A command that only reads never creates a database file or a
// table: it refuses a SQLite file that does not exist and a database without the current schema.
enum class CtlDatabaseUse {
    None, // files only (cleanup-backups)
    Reads,
    Writes, // may create the SQLite file; brings the schema up to date first when it needs it
};

// One catalogctl command: the single place that names it. --help, the usage lines, the checks
// before it runs (database, schema, FILE argument) and the dispatch are all generated from
// ctlCommands(); the man page's command list is compared with it by tst_catalogctl.
struct CtlCommand
{
    QString name;
    QString arguments; // after the name, as in the synopsis: "FILE [--format csv|jsonl] ..."
    QStringList summary; // --help lines, each at most ~95 characters
    CtlDatabaseUse database = CtlDatabaseUse::Writes;
    bool needsCurrentSchema = true;
    bool takesFile = false;
    QString fileHint; // how the usage error names FILE, when "FILE" alone says too little
    bool closesAbandonedJobs = true; // marks jobs of killed runs failed before it runs (writers)
    QString writesWith; // an option that turns a reading command into a writing one (check --fix)
    // Checks the command's options before the database is opened: CtlSuccess, or the exit code of
    // the usage error it printed. Null when the options need no check of their own.
    int (*checkOptions)(const CtlContext &context) = nullptr;
    int (*run)(CtlContext &context) = nullptr;

    QString synopsis() const;
    QString usage() const; // "Usage: catalogctl [--database URL] [--json] export FILE ..."
};

const QList<CtlCommand> &ctlCommands();
const CtlCommand *findCtlCommand(const QString &name);
// "migrate|stats|...|export FILE|..." with the given separator.
QString ctlCommandNames(const QString &separator);
QString ctlDescription(); // --help's text above the options
QString ctlUsage(); // the one-line usage printed after an unknown command

} // namespace catalog
