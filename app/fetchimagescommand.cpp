#include "fetchimagescommand.h"

#include "config/appidentity.h"
#include "ctlsettings.h"
#include "db/connectionmanager.h"
#include "images/imagecodec.h"
#include "images/imagefetchjob.h"
#include "repositories/productrepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace catalog {

namespace {

enum ExitCode { Success = 0, JobErrors = 1, UsageOrConnection = 2 };

const QString kProduct = QStringLiteral("product");
const QString kMissing = QStringLiteral("missing");
const QString kStorage = QStringLiteral("storage");
const QString kConvert = QStringLiteral("convert");
const QString kQuality = QStringLiteral("quality");

} // namespace

void addFetchImagesOptions(QCommandLineParser &parser)
{
    parser.addOption({ kProduct, QStringLiteral("fetch-images: only this product (repeatable)."),
        QStringLiteral("source_id") });
    parser.addOption({ kMissing, QStringLiteral("fetch-images: only images not stored yet.") });
    // --storage DIR is a general option of catalogctl (images and backups).
    parser.addOption(
        { kConvert, QStringLiteral("fetch-images: store as jpeg, png or webp."), QStringLiteral("format") });
    parser.addOption(
        { kQuality, QStringLiteral("fetch-images: quality 0-100 for --convert."), QStringLiteral("n") });
}

int runFetchImages(ConnectionManager &connections, bool json, const QCommandLineParser &parser)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usage = [&](const QString &message) {
        if (json)
            out << QJsonDocument(
                QJsonObject { { QStringLiteral("ok"), false }, { QStringLiteral("error"), message } })
                       .toJson();
        else
            err << "catalogctl: " << message << Qt::endl;
        return int(UsageOrConnection);
    };
    const Result<RuntimeSettings> settings = resolveCtlSettings(parser); // checked by CtlRunner already
    if (!settings)
        return usage(settings.error().toString());
    ImageFetchJob::Options options;
    options.onlyMissing = parser.isSet(kMissing);
    options.download.maxBytes = settings->maxFileSize();
    if (parser.isSet(kConvert)) {
        options.store.convertTo = parser.value(kConvert).toLower();
        if (options.store.convertTo == QLatin1String("jpg"))
            options.store.convertTo = QStringLiteral("jpeg");
        if (!ImageCodec::isSupportedTarget(options.store.convertTo))
            return usage(QStringLiteral("--convert takes jpeg, png or webp"));
    }
    if (parser.isSet(kQuality)) {
        bool ok = false;
        options.store.quality = parser.value(kQuality).toInt(&ok);
        if (!ok || options.store.quality < 0 || options.store.quality > 100)
            return usage(QStringLiteral("--quality takes a number from 0 to 100"));
    }
    ProductRepository products(connections);
    for (const QString &sourceId : parser.values(kProduct)) {
        const Result<Product> p = products.findBySourceId(sourceId);
        if (!p)
            return usage(p.error().kind == ErrorKind::NotFound
                    ? QStringLiteral("No product with source_id \"%1\"").arg(sourceId)
                    : p.error().toString());
        options.productIds << p->id;
    }
    const QString root = resolveStorageRoot(parser.value(kStorage));
    QLocale locale;
    qint64 lastPrinted = -1;
    const Result<ImageFetchJob::Report> report
        = ImageFetchJob(connections, root).run(options, [&](qint64 done, qint64 total) {
              if (!json && total > 0 && done != lastPrinted && (done == total || done % 50 == 0)) {
                  err << "\r" << done << " / " << total << " images" << Qt::flush;
                  lastPrinted = done;
              }
              return true;
          });
    if (!json && lastPrinted >= 0)
        err << Qt::endl;
    if (!report)
        return usage(report.error().toString());
    const int code = report->failed == 0 ? Success : JobErrors;
    if (json) {
        QJsonObject object = report->toJson();
        object.insert(QStringLiteral("ok"), code == Success);
        object.insert(QStringLiteral("storage"), root);
        out << QJsonDocument(object).toJson();
        return code;
    }
    for (const ImageFetchJob::Failure &f : report->failures)
        out << f.sourceId << " " << f.url << ": " << f.message << Qt::endl;
    out << "Fetched images into " << root << ": " << report->images << " images (" << report->downloads
        << " downloads, " << locale.formattedDataSize(report->bytes) << "), " << report->stored << " stored, "
        << report->unchanged << " unchanged, " << report->failed << " failed"
        << (report->cancelled ? ", cancelled" : "") << "." << Qt::endl;
    return code;
}

} // namespace catalog
