#include "ctlcontext.h"

#include "ctloptions.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace catalog {

CtlContext::CtlContext(const QCommandLineParser &parser, const CtlOptions &options)
    : m_parser(parser)
    , m_options(options)
    , m_json(parser.isSet(options.json))
    , m_arguments(parser.positionalArguments())
{
}

ConnectionManager &CtlContext::connections() const
{
    Q_ASSERT(m_connections); // the command table says which commands get a database
    return *m_connections;
}

QTextStream &CtlContext::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CtlContext::err()
{
    static QTextStream stream(stderr);
    return stream;
}

void CtlContext::printJson(const QJsonObject &object) const
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

int CtlContext::fail(const StorageError &error, int exitCode) const
{
    if (m_json)
        printJson({ { QStringLiteral("ok"), false }, { QStringLiteral("error"), error.toString() },
            { QStringLiteral("kind"), errorKindName(error.kind) } });
    else
        err() << "catalogctl: " << error.toString() << Qt::endl;
    return exitCode;
}

int CtlContext::exitCodeFor(const StorageError &error)
{
    switch (error.kind) {
    case ErrorKind::ConnectionLost:
    case ErrorKind::Timeout:
    case ErrorKind::Permission:
        return CtlUsageOrConnection;
    default:
        return CtlJobErrors;
    }
}

} // namespace catalog
