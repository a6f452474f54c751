#include "seeddemocommand.h"

#include "config/appidentity.h"
#include "ctlcontext.h"
#include "ctloptions.h"
#include "db/connectionmanager.h"
#include "images/democatalog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

const QString kProducts = u"products"_s;
constexpr int kDefaultProducts = 3000;
constexpr int kMaxProducts = 100000;

int seedDemoProductCount(const QCommandLineParser &parser)
{
    if (!parser.isSet(kProducts))
        return kDefaultProducts;
    bool ok = false;
    const int n = parser.value(kProducts).toInt(&ok);
    return ok && n >= 1 && n <= kMaxProducts ? n : -1;
}

QJsonObject seedDemoJson(const DemoCatalog::Report &report, const QString &root)
{
    return {
        { u"ok"_s, report.picturesFailed == 0 },
        { u"cancelled"_s, report.cancelled },
        { u"suppliers"_s, report.data.suppliersLoaded },
        { u"products"_s, report.data.productsLoaded },
        { u"pictures"_s, report.picturesStored },
        { u"pictures_failed"_s, report.picturesFailed },
        { u"distinct_pictures"_s, report.distinctPictures },
        { u"picture_bytes"_s, report.pictureBytes },
        { u"sync_record_id"_s, report.syncRecordId },
        { u"failures"_s, QJsonArray::fromStringList(report.failures) },
        { u"storage"_s, root },
        { u"elapsed_ms"_s, report.elapsedMs },
    };
}

} // namespace

void addSeedDemoOptions(QCommandLineParser &parser)
{
    parser.addOption({ kProducts,
        u"seed-demo: how many demo products (1-%1, default %2; one supplier per ten products)."_s
            .arg(kMaxProducts)
            .arg(kDefaultProducts),
        u"n"_s });
}

int checkSeedDemoOptions(const CtlContext &context)
{
    if (seedDemoProductCount(context.parser()) > 0)
        return CtlSuccess;
    return context.fail(StorageError::make(ErrorKind::Validation,
                            u"--products takes a number from 1 to %1"_s.arg(kMaxProducts)),
        CtlUsageOrConnection);
}

int runSeedDemo(CtlContext &context)
{
    ConnectionManager &connections = context.connections();
    const Result<bool> empty = DemoData::isCatalogEmpty(connections);
    if (!empty)
        return context.fail(empty.error(), CtlContext::exitCodeFor(empty.error()));
    if (!empty.value())
        return context.fail(
            StorageError::make(ErrorKind::Validation,
                u"%1 already holds products or suppliers (possibly deleted ones). seed-demo only "
                "fills an empty catalog, so that demo rows never mix with real data: use a new "
                "database (e.g. --database sqlite:///tmp/demo.db)."_s.arg(
                    connections.config().displayName())),
            CtlUsageOrConnection);

    DemoCatalog::Options options;
    options.data.products = seedDemoProductCount(context.parser());
    options.data.suppliers = qBound(1, options.data.products / 10, 20000);
    options.pictures = !context.parser().isSet(context.options().noImages);
    const QString root = resolveStorageRoot(context.parser().value(context.options().storage));
    qint64 lastPercent = -1;
    const Result<DemoCatalog::Report> report
        = DemoCatalog::load(connections, root, options, [&](qint64 done, qint64 total) {
              const qint64 percent = total > 0 ? done * 100 / total : 100;
              if (!context.json() && percent != lastPercent) {
                  CtlContext::err() << "\r" << percent << " %" << Qt::flush;
                  lastPercent = percent;
              }
              return true;
          });
    if (!context.json() && lastPercent >= 0)
        CtlContext::err() << Qt::endl;
    if (!report)
        return context.fail(report.error(), CtlContext::exitCodeFor(report.error()));
    const int code = report->picturesFailed == 0 ? CtlSuccess : CtlJobErrors;
    if (context.json()) {
        context.printJson(seedDemoJson(report.value(), root));
        return code;
    }
    for (const QString &failure : report->failures)
        CtlContext::out() << failure << Qt::endl;
    CtlContext::out() << report->summary() << Qt::endl;
    if (options.pictures)
        CtlContext::out() << "Pictures in " << root << "/images ("
                          << QLocale().formattedDataSize(report->pictureBytes) << ")." << Qt::endl;
    return code;
}

} // namespace catalog
