#include "ctlqualitycommand.h"

#include "config/appidentity.h"
#include "ctlcontext.h"
#include "ctlreadserver.h"
#include "db/readrouter.h"
#include "repositories/qualityrepository.h"

#include <QTextStream>

namespace catalog {

int runQuality(CtlContext &context)
{
    const int staleDays = staleSyncDays();
    const Result<QualityReport> report = ReadRouter::read<QualityReport>(context.connections(),
        [&](ConnectionManager &reads) { return QualityRepository(reads).report(staleDays); });
    ctlNoteReadServer(context);
    if (!report)
        return context.fail(report.error(), CtlContext::exitCodeFor(report.error()));
    if (context.json()) {
        context.printJson(report->toJson());
        return CtlSuccess;
    }
    QTextStream &out = CtlContext::out();
    out << "Products checked: " << report->products << " (stale: not written for " << staleDays << " days)"
        << Qt::endl;
    out << qSetFieldWidth(20) << Qt::left << "KIND" << qSetFieldWidth(10) << Qt::right << "COUNT"
        << qSetFieldWidth(0) << "  EXAMPLES" << Qt::endl;
    for (const QualityReport::KindCount &k : report->kinds)
        out << qSetFieldWidth(20) << Qt::left << qualityKindText(k.kind) << qSetFieldWidth(10) << Qt::right
            << k.count << qSetFieldWidth(0) << Qt::left << "  " << k.examples.join(QStringLiteral(", "))
            << Qt::endl;
    return CtlSuccess;
}

} // namespace catalog
