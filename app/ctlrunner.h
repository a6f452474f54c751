#pragma once

class QCommandLineParser;

namespace catalog {

struct CtlCommand;
class CtlContext;
struct CtlOptions;

// Runs the command named on a parsed catalogctl command line, reading the command table: refuses
// an unknown command or a wrong FILE argument with the usage (exit 2), runs the command's own
// option check (before any database is touched), opens and readies the database the command needs
// (CtlDatabase), then calls it. Returns the process exit code.
class CtlRunner
{
public:
    CtlRunner(const QCommandLineParser &parser, const CtlOptions &options);
    int run();

private:
    int refuseUsage(const CtlCommand *command) const;
    bool writes(const CtlCommand &command) const;
    int runWithDatabase(const CtlCommand &command, CtlContext &context) const;

    const QCommandLineParser &m_parser;
    const CtlOptions &m_options;
};

} // namespace catalog
