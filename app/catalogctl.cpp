// catalogctl: the catalog's jobs without a display, for cron and scripts. The commands are listed
// once, in the command table (ctlcommand.cpp); this file only sets the process up.
// Exit codes: 0 success, 1 the job ran but reported errors, 2 usage or connection errors.

#include "config/appidentity.h"
#include "config/logfile.h"
#include "ctlcontext.h"
#include "ctloptions.h"
#include "ctlrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace catalog;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    applyApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("catalog-admin"));

    QCommandLineParser parser;
    const CtlOptions options;
    options.addTo(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        CtlContext::err() << "catalogctl: " << parser.errorText() << Qt::endl;
        return CtlUsageOrConnection;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CtlContext::out() << parser.helpText();
        return CtlSuccess;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        CtlContext::out() << "catalogctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return CtlSuccess;
    }
    logging::install({ logging::defaultDirectory(), QStringLiteral("catalogctl") });
    if (!parser.isSet(options.verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false"));
    return CtlRunner(parser, options).run();
}
