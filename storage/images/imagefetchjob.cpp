#include "images/imagefetchjob.h"

#include "db/connectionmanager.h"
#include "repositories/imagerepository.h"
#include "core/storagelog_p.h"
#include "repositories/syncrecordrepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace catalog {

namespace {

constexpr int kMaxJournalErrors = 1000;

} // namespace

QJsonObject ImageFetchJob::Failure::toJson() const
{
    return { { QStringLiteral("source_id"), sourceId }, { QStringLiteral("field"), url },
        { QStringLiteral("message"), message } };
}

QJsonObject ImageFetchJob::Report::toJson() const
{
    QJsonArray list;
    for (const Failure &f : failures)
        list.append(f.toJson());
    return { { QStringLiteral("images"), images }, { QStringLiteral("downloads"), downloads },
        { QStringLiteral("stored"), stored }, { QStringLiteral("unchanged"), unchanged },
        { QStringLiteral("failed"), failed }, { QStringLiteral("rows_added"), rowsAdded },
        { QStringLiteral("bytes"), bytes }, { QStringLiteral("cancelled"), cancelled },
        { QStringLiteral("sync_record_id"), syncRecordId }, { QStringLiteral("failures"), list } };
}

ImageFetchJob::ImageFetchJob(ConnectionManager &connections, QString storageRoot)
    : m_connections(connections)
    , m_root(std::move(storageRoot))
{
}

Result<ImageFetchJob::Report> ImageFetchJob::run(const Options &options, const Progress &progress)
{
    Report report;
    SyncRecordRepository journal(m_connections);
    const Result<SyncRecord> started = journal.start(QStringLiteral("fetch_images"));
    if (!started)
        return started.error();
    report.syncRecordId = started->id;
    const auto failJob = [&](const StorageError &error) -> Result<Report> {
        QJsonArray details { QJsonObject { { QStringLiteral("message"), error.toString() } } };
        journal.finish(report.syncRecordId, QStringLiteral("failed"), report.stored + report.unchanged,
            report.failed, details);
        return error;
    };

    ImageStore store(m_connections, m_root, options.store);
    store.removeTemporaryFiles();
    ImageRepository rows(m_connections);
    QList<ImageRepository::InvalidUrl> invalid;
    const Result<qint64> added = rows.recordProductUrls(options.productIds, &invalid);
    if (!added)
        return failJob(added.error());
    report.rowsAdded = added.value();
    for (const ImageRepository::InvalidUrl &bad : std::as_const(invalid)) {
        report.failures.append(
            { bad.sourceId, bad.url, QStringLiteral("Not fetched: the URL %1").arg(bad.reason) });
        ++report.failed;
    }
    const Result<QList<ImageRepository::Target>> targets
        = rows.fetchTargets(options.productIds, options.onlyMissing);
    if (!targets)
        return failJob(targets.error());
    report.images = targets->size();
    const qint64 total = report.images + qint64(invalid.size());
    journal.progress(report.syncRecordId, total, 0, report.failed);

    // One download per distinct URL; its body is stored for every row that names it. The request
    // is conditional only when every such row is stored (and they agree on the validators).
    QHash<QString, QList<ImageRepository::Target>> byUrl;
    QStringList order;
    for (const ImageRepository::Target &t : targets.value()) {
        if (!byUrl.contains(t.image.url))
            order << t.image.url;
        byUrl[t.image.url] << t;
    }
    report.downloads = order.size();

    ImageDownloader downloader(options.download);
    QEventLoop loop;
    qint64 done = 0;
    bool cancelled = false;
    QElapsedTimer sinceJournal;
    sinceJournal.start();
    const auto fail = [&](const ImageRepository::Target &t, const QString &message) {
        ++report.failed;
        report.failures.append({ t.productSourceId, t.image.url.left(200), message });
    };
    QObject::connect(
        &downloader, &ImageDownloader::finished, &loop, [&](const ImageDownloader::Response &response) {
            const QList<ImageRepository::Target> named
                = byUrl.value(order.value(qsizetype(response.request.tag)));
            for (const ImageRepository::Target &t : named) {
                if (response.cancelled) {
                    continue; // not counted as done: the job reports itself cancelled
                } else if (!response.ok()) {
                    fail(t, response.error);
                    if (const Result<ImageRecord> r = rows.recordFetch(t.image.id, response.error); !r)
                        qCWarning(lcStorage) << "cannot record the failed fetch of image" << t.image.id
                                             << r.error().toString();
                } else if (response.notModified) {
                    if (const Result<ImageRecord> r
                        = rows.recordFetch(t.image.id, QString(), response.etag, response.lastModified);
                        r)
                        ++report.unchanged;
                    else
                        fail(t, r.error().toString());
                } else {
                    bool changed = false;
                    const Result<ImageRecord> r = store.storeDownload(t.image, t.productSourceId,
                        response.body, response.etag, response.lastModified, &changed);
                    if (!r)
                        fail(t,
                            r.error().fields.isEmpty() ? r.error().toString()
                                                       : r.error().fields.first().message);
                    else if (changed)
                        ++report.stored;
                    else
                        ++report.unchanged;
                }
                if (!response.cancelled)
                    ++done;
            }
            if (response.ok() && !response.notModified)
                report.bytes += response.body.size();
            if (!cancelled && progress && !progress(done, total)) {
                cancelled = true;
                downloader.cancelAll();
            }
            if (sinceJournal.elapsed() > 1000) {
                journal.progress(report.syncRecordId, total, report.stored + report.unchanged, report.failed);
                sinceJournal.restart();
            }
        });
    QObject::connect(&downloader, &ImageDownloader::idle, &loop, &QEventLoop::quit);
    // Cancel also while nothing finishes (a slow server): poll the caller between events.
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!cancelled && progress && !progress(done, total)) {
            cancelled = true;
            downloader.cancelAll();
        }
    });

    if (!order.isEmpty()) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            const QList<ImageRepository::Target> &named = byUrl[order.at(i)];
            ImageDownloader::Request request;
            request.url = QUrl(order.at(i));
            request.tag = quint64(i);
            const ImageRecord &first = named.first().image;
            const bool allStored
                = std::all_of(named.cbegin(), named.cend(), [&](const ImageRepository::Target &t) {
                      return t.image.isStored() && t.image.etag == first.etag
                          && t.image.lastModified == first.lastModified
                          && QFileInfo::exists(store.absolutePath(t.image.localPath));
                  });
            if (allStored) {
                request.etag = first.etag;
                request.lastModified = first.lastModified;
            }
            downloader.fetch(request);
        }
        poll.start();
        if (progress && !progress(0, total)) {
            cancelled = true;
            downloader.cancelAll();
        }
        if (downloader.pendingCount() > 0)
            loop.exec();
    }
    report.cancelled = cancelled;

    QJsonArray details;
    for (const Failure &f : std::as_const(report.failures)) {
        if (details.size() >= kMaxJournalErrors)
            break;
        details.append(f.toJson());
    }
    const Result<SyncRecord> finished = journal.finish(report.syncRecordId,
        cancelled ? QStringLiteral("cancelled") : QStringLiteral("completed"),
        report.stored + report.unchanged, report.failed, details);
    if (!finished)
        qCWarning(lcStorage) << "image fetch: the job record could not be closed:"
                             << finished.error().toString();
    return report;
}

} // namespace catalog
