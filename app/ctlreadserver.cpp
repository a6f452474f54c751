#include "ctlreadserver.h"

#include "ctlcontext.h"
#include "db/connectionmanager.h"
#include "db/readrouter.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace catalog {

namespace {

const QString kReadDatabase = QStringLiteral("read-database");

} // namespace

void addReadServerOptions(QCommandLineParser &parser)
{
    parser.addOption({ kReadDatabase,
        QStringLiteral("A hot standby to read from (stats, quality, export); writes still go to --database. "
                       "Default: CATALOG_READ_DATABASE_URL."),
        QStringLiteral("url") });
}

StorageError attachCtlReadServer(const QCommandLineParser &parser, ConnectionManager &connections)
{
    return ReadRouter::attachConfigured(connections, parser.value(kReadDatabase));
}

void ctlNoteReadServer(const CtlContext &context)
{
    ReadRouter *router = ReadRouter::of(context.connections());
    if (!router)
        return;
    const ReadRouter::Status status = router->status();
    QTextStream &err = CtlContext::err();
    if (status.readsFrom == ReadRouter::Server::Standby) {
        err << "catalogctl: read from " << status.standbyName << " (standby";
        if (status.lagSeconds)
            err << ", replay lag " << QString::number(*status.lagSeconds, 'f', 1) << " s";
        err << ")" << Qt::endl;
        return;
    }
    err << "catalogctl: read from " << status.primaryName << " (primary)";
    if (!status.note.isEmpty())
        err << ": " << status.note;
    err << Qt::endl;
}

} // namespace catalog
