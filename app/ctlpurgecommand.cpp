#include "ctlpurgecommand.h"

#include "config/appidentity.h"
#include "config/retentionsettings.h"
#include "ctlcontext.h"
#include "ctlinterrupt.h"
#include "ctloptions.h"
#include "maintenance/purgejob.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

namespace catalog {

namespace ctlpurgecommand {
namespace {

using namespace Qt::StringLiterals;

const QString kDeletedOlderThan = u"deleted-older-than"_s;
const QString kHistoryOlderThan = u"history-older-than"_s;
const QString kJobsOlderThan = u"jobs-older-than"_s;

// The value of a days option: nullopt when not given; -1 when not a number of days.
std::optional<int> daysOf(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int days = parser.value(name).toInt(&ok);
    return ok && RetentionSettings::validDays(days) ? days : -1;
}

PurgeJob::Options optionsOf(const CtlContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const RetentionSettings settings = RetentionSettings::load();
    PurgeJob::Options options;
    options.deletedOlderThanDays = daysOf(parser, kDeletedOlderThan);
    options.historyOlderThanDays = daysOf(parser, kHistoryOlderThan);
    options.jobsOlderThanDays = daysOf(parser, kJobsOlderThan);
    if (!options.any())
        options = PurgeJob::Options::fromSettings(settings);
    options.historyKeepLast = settings.historyKeepLast;
    options.dryRun = parser.isSet(context.options().dryRun);
    return options;
}

QString before(const std::optional<int> &days)
{
    return QDateTime::currentDateTimeUtc().addDays(-*days).toString(u"yyyy-MM-dd"_s);
}

void printReport(const PurgeReport &r, const PurgeJob::Options &options, int keepLast)
{
    QTextStream &out = CtlContext::out();
    const PurgeCounts &c = r.counts;
    const QString verb = r.dryRun ? u"would remove"_s : u"removed"_s;
    if (options.deletedOlderThanDays)
        out << "Products deleted before " << before(options.deletedOlderThanDays) << ": " << verb << ' ' << c.products
            << " (" << c.images << " image rows, " << c.imageFiles << " image files, " << c.productHistory
            << " history rows)" << Qt::endl;
    if (options.historyOlderThanDays)
        out << "History versions before " << before(options.historyOlderThanDays) << " beyond the newest " << keepLast
            << " of each row: " << verb << ' ' << c.historyVersions << Qt::endl;
    if (options.jobsOlderThanDays)
        out << "Job records before " << before(options.jobsOlderThanDays) << ": " << verb << ' ' << c.jobs << Qt::endl;
    if (r.filesKept > 0)
        out << r.filesKept << " image files stay: other products' images name them too." << Qt::endl;
    if (r.filesMissing > 0)
        out << r.filesMissing << " image files were already gone." << Qt::endl;
    for (const QString &error : r.fileErrors)
        out << "not deleted: " << error << Qt::endl;
    if (r.dryRun)
        out << "Dry run: nothing was changed." << Qt::endl;
    else if (r.cancelled)
        out << "Cancelled after " << r.batches << " batches: what they purged stays purged; run purge again for the rest."
            << Qt::endl;
    else
        out << "Purged in " << r.batches << " batches (job " << r.syncRecordId << ")." << Qt::endl;
}

} // namespace
} // namespace ctlpurgecommand

using namespace Qt::StringLiterals;

void addPurgeOptions(QCommandLineParser &parser)
{
    parser.addOption({ ctlpurgecommand::kDeletedOlderThan,
        u"purge: products soft-deleted more than this many days ago (setting retention/deleted_products_days, "
        "default %1)."_s.arg(RetentionSettings::kDefaultDeletedProductsDays),
        u"days"_s });
    parser.addOption({ ctlpurgecommand::kHistoryOlderThan,
        u"purge: history versions older than this many days, beyond the newest %1 of each row (retention/history_days, "
        "default %2)."_s.arg(RetentionSettings::kDefaultHistoryKeepLast).arg(RetentionSettings::kDefaultHistoryDays),
        u"days"_s });
    parser.addOption({ ctlpurgecommand::kJobsOlderThan,
        u"purge: job records older than this many days (retention/jobs_days, default %1)."_s.arg(
            RetentionSettings::kDefaultJobsDays),
        u"days"_s });
}

int checkPurgeUsage(const CtlContext &context)
{
    for (const QString &name :
        { ctlpurgecommand::kDeletedOlderThan, ctlpurgecommand::kHistoryOlderThan, ctlpurgecommand::kJobsOlderThan }) {
        if (ctlpurgecommand::daysOf(context.parser(), name).value_or(1) < 0)
            return context.fail(StorageError::make(ErrorKind::Validation,
                                    u"--%1 takes a number of days from 1 to %2"_s.arg(name).arg(RetentionSettings::kMaxDays)),
                CtlUsageOrConnection);
    }
    return CtlSuccess;
}

int runPurge(CtlContext &context)
{
    const PurgeJob::Options options = ctlpurgecommand::optionsOf(context);
    PurgeJob job(context.connections(), resolveStorageRoot(context.parser().value(context.options().storage)));
    const CtlInterrupt interrupt;
    QElapsedTimer sinceLine;
    const Result<PurgeReport> report = job.run(options, [&](qint64 done, qint64 total) {
        if (!context.json() && (!sinceLine.isValid() || sinceLine.elapsed() >= 1000)) {
            CtlContext::err() << "purge: " << done << " of " << total << Qt::endl;
            sinceLine.start();
        }
        return !CtlInterrupt::requested();
    });
    if (!report)
        return context.fail(report.error(), CtlContext::exitCodeFor(report.error()));
    const bool clean = !report->cancelled && report->fileErrors.isEmpty();
    if (context.json()) {
        QJsonObject object = report->toJson();
        object.insert(u"ok"_s, clean);
        context.printJson(object);
    } else {
        ctlpurgecommand::printReport(report.value(), options, options.historyKeepLast);
    }
    return clean ? CtlSuccess : CtlJobErrors;
}

} // namespace catalog
