#include "ctlrunner.h"

#include "config/appidentity.h"
#include "ctlcommand.h"
#include "ctlcontext.h"
#include "ctldatabase.h"
#include "ctloptions.h"
#include "ctlsettings.h"
#include "ctlreadserver.h"
#include "db/connectionmanager.h"
#include "db/pooloptions.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTextStream>

namespace catalog {

CtlRunner::CtlRunner(const QCommandLineParser &parser, const CtlOptions &options)
    : m_parser(parser)
    , m_options(options)
{
}

int CtlRunner::run()
{
    const QStringList arguments = m_parser.positionalArguments();
    const CtlCommand *command = findCtlCommand(arguments.value(0));
    if (!command || arguments.size() != (command->takesFile ? 2 : 1))
        return refuseUsage(command);
    CtlContext context(m_parser, m_options);
    const Result<RuntimeSettings> settings = resolveCtlSettings(m_parser);
    if (!settings)
        return context.fail(settings.error(), CtlUsageOrConnection);
    context.setSettings(settings.value());
    if (command->checkOptions) {
        if (const int refused = command->checkOptions(context); refused != CtlSuccess)
            return refused;
    }
    if (command->database == CtlDatabaseUse::None)
        return command->run(context);
    return runWithDatabase(*command, context);
}

int CtlRunner::refuseUsage(const CtlCommand *command) const
{
    QTextStream &err = CtlContext::err();
    const QString name = m_parser.positionalArguments().value(0);
    if (!command) {
        err << "catalogctl: "
            << (name.isEmpty() ? QStringLiteral("no command given")
                               : QStringLiteral("unknown command \"%1\"").arg(name))
            << "\n"
            << ctlUsage() << Qt::endl;
    } else if (command->takesFile) {
        err << "catalogctl: " << name << " needs exactly one "
            << (command->fileHint.isEmpty() ? QStringLiteral("FILE") : command->fileHint) << "\n"
            << command->usage() << Qt::endl;
    } else {
        err << "catalogctl: " << name << " takes no FILE argument\n" << command->usage() << Qt::endl;
    }
    return CtlUsageOrConnection;
}

bool CtlRunner::writes(const CtlCommand &command) const
{
    if (command.database == CtlDatabaseUse::Writes)
        return true;
    return !command.writesWith.isEmpty() && m_parser.isSet(command.writesWith);
}

int CtlRunner::runWithDatabase(const CtlCommand &command, CtlContext &context) const
{
    const Result<ConnectionConfig> config = ConnectionConfig::resolve(
        m_parser.value(m_options.database), QProcessEnvironment::systemEnvironment(), savedDatabaseUrl());
    if (!config)
        return context.fail(config.error(), CtlUsageOrConnection);
    ConnectionManager connections(config.value(), poolOptions(context.settings()));
    if (const StorageError error = attachCtlReadServer(m_parser, connections); !error.ok())
        return context.fail(error, CtlUsageOrConnection);
    context.setConnections(&connections);
    CtlDatabase database(context, connections);
    const std::optional<int> refused = writes(command)
        ? database.prepareWriter(command.name, command.needsCurrentSchema, command.closesAbandonedJobs)
        : database.admitReader(command.name, command.needsCurrentSchema);
    if (refused)
        return *refused;
    return command.run(context);
}

} // namespace catalog
