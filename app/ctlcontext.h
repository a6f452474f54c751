#pragma once

#include "config/runtimesettings.h"
#include "core/storageerror.h"

#include <QStringList>

class QCommandLineParser;
class QJsonObject;
class QTextStream;

namespace catalog {

class ConnectionManager;
struct CtlOptions;

// catalogctl's exit status: 0 success, 1 the job ran but reported errors, 2 usage or connection
// errors (health: 1 warnings, 2 unhealthy).
enum CtlExitCode { CtlSuccess = 0, CtlJobErrors = 1, CtlUsageOrConnection = 2 };

// What one catalogctl command runs with: the parsed command line, the database (null for the
// commands that need none) and the two output streams. Errors are printed by fail(), as JSON on
// stdout with --json, else as one "catalogctl: ..." line on stderr; fail() returns the exit code.
// Lives for one command on the main thread; does not own the parser or the connections.
class CtlContext
{
public:
    CtlContext(const QCommandLineParser &parser, const CtlOptions &options);

    const QCommandLineParser &parser() const { return m_parser; }
    const CtlOptions &options() const { return m_options; }
    bool json() const { return m_json; }
    // The positional arguments: the command, then its FILE if it takes one.
    const QStringList &arguments() const { return m_arguments; }
    QString file() const { return m_arguments.value(1); }

    // MAX_FILE_SIZE, BATCH_SIZE, CACHE_TTL, the pool, ...: resolved once by CtlRunner.
    const RuntimeSettings &settings() const { return m_settings; }
    void setSettings(const RuntimeSettings &settings) { m_settings = settings; }

    ConnectionManager &connections() const;
    void setConnections(ConnectionManager *connections) { m_connections = connections; }

    static QTextStream &out();
    static QTextStream &err();
    void printJson(const QJsonObject &object) const;
    int fail(const StorageError &error, int exitCode) const;
    // Connection problems are the operator's to fix (2); anything else is the job's failure (1).
    static int exitCodeFor(const StorageError &error);

private:
    const QCommandLineParser &m_parser;
    const CtlOptions &m_options;
    bool m_json = false;
    QStringList m_arguments;
    ConnectionManager *m_connections = nullptr;
    RuntimeSettings m_settings;
};

} // namespace catalog
