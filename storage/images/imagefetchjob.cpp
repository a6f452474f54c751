#include "images/imagefetchjob.h"

#include "db/connectionmanager.h"
#include "repositories/imagerepository.h"
#include "core/storagelog_p.h"
#include "repositories/syncrecordrepository.h"

#include <QCoreApplication>
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

namespace {

// One run of the job: the steps of ImageFetchJob::run() and the state they share.
class FetchRun
{
public:
    FetchRun(ConnectionManager &connections, const QString &root, const ImageFetchJob::Options &options,
        const ImageFetchJob::Progress &progress)
        : m_options(options)
        , m_progress(progress)
        , m_journal(connections)
        , m_rows(connections)
        , m_store(connections, root, options.store)
    {
    }

    Result<ImageFetchJob::Report> run()
    {
        const Result<SyncRecord> started = m_journal.start(JobKind::FetchImages);
        if (!started)
            return started.error();
        m_report.syncRecordId = started->id;
        m_store.removeTemporaryFiles();
        if (StorageError e = collectTargets(); !e.ok())
            return failJob(e);
        m_journal.progress(m_report.syncRecordId, m_total, 0, m_report.failed);
        downloadAll();
        m_report.cancelled = m_cancelled;
        finishJournal();
        return m_report;
    }

private:
    // Records the URLs the products name as rows, then groups the rows to fetch by URL: one download
    // per distinct URL, its body stored for every row that names it.
    StorageError collectTargets()
    {
        QList<ImageRepository::InvalidUrl> invalid;
        const Result<qint64> added = m_rows.recordProductUrls(m_options.productIds, &invalid);
        if (!added)
            return added.error();
        m_report.rowsAdded = added.value();
        for (const ImageRepository::InvalidUrl &bad : std::as_const(invalid)) {
            m_report.failures.append({ bad.sourceId, bad.url,
                QCoreApplication::translate("ImageFetchJob", "Not fetched: the URL %1").arg(bad.reason) });
            ++m_report.failed;
        }
        const Result<QList<ImageRepository::Target>> targets
            = m_rows.fetchTargets(m_options.productIds, m_options.onlyMissing);
        if (!targets)
            return targets.error();
        m_report.images = targets->size();
        m_total = m_report.images + qint64(invalid.size());
        for (const ImageRepository::Target &t : targets.value()) {
            if (!m_byUrl.contains(t.image.url))
                m_order << t.image.url;
            m_byUrl[t.image.url] << t;
        }
        m_report.downloads = m_order.size();
        return {};
    }

    // The request for the i-th URL: conditional only when every row naming it is stored (and they
    // agree on the validators).
    ImageDownloader::Request requestFor(qsizetype i) const
    {
        const QList<ImageRepository::Target> &named = m_byUrl[m_order.at(i)];
        ImageDownloader::Request request;
        request.url = QUrl(m_order.at(i));
        request.tag = quint64(i);
        const ImageRecord &first = named.first().image;
        const bool allStored = std::all_of(named.cbegin(), named.cend(), [&](const ImageRepository::Target &t) {
            return t.image.isStored() && t.image.etag == first.etag && t.image.lastModified == first.lastModified
                && QFileInfo::exists(m_store.absolutePath(t.image.localPath));
        });
        if (allStored) {
            request.etag = first.etag;
            request.lastModified = first.lastModified;
        }
        return request;
    }

    // Runs every download on this thread's own event loop until the downloader is idle.
    void downloadAll()
    {
        if (m_order.isEmpty())
            return;
        ImageDownloader downloader(m_options.download);
        QEventLoop loop;
        m_sinceJournal.start();
        QObject::connect(&downloader, &ImageDownloader::finished, &loop,
            [&](const ImageDownloader::Response &response) { handle(response, downloader); });
        QObject::connect(&downloader, &ImageDownloader::idle, &loop, &QEventLoop::quit);
        // Cancel also while nothing finishes (a slow server): poll the caller between events.
        QTimer poll;
        poll.setInterval(100);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] { askToContinue(downloader); });
        for (qsizetype i = 0; i < m_order.size(); ++i)
            downloader.fetch(requestFor(i));
        poll.start();
        askToContinue(downloader);
        if (downloader.pendingCount() > 0)
            loop.exec();
    }

    void askToContinue(ImageDownloader &downloader)
    {
        if (!m_cancelled && m_progress && !m_progress(m_done, m_total)) {
            m_cancelled = true;
            downloader.cancelAll();
        }
    }

    void handle(const ImageDownloader::Response &response, ImageDownloader &downloader)
    {
        const QList<ImageRepository::Target> named = m_byUrl.value(m_order.value(qsizetype(response.request.tag)));
        for (const ImageRepository::Target &t : named) {
            if (response.cancelled)
                continue; // not counted as done: the job reports itself cancelled
            store(t, response);
            ++m_done;
        }
        if (response.ok() && !response.notModified)
            m_report.bytes += response.body.size();
        askToContinue(downloader);
        if (m_sinceJournal.elapsed() > 1000) {
            m_journal.progress(m_report.syncRecordId, m_total, m_report.stored + m_report.unchanged, m_report.failed);
            m_sinceJournal.restart();
        }
    }

    // What one finished download means for one row that names its URL.
    void store(const ImageRepository::Target &t, const ImageDownloader::Response &response)
    {
        if (!response.ok()) {
            fail(t, response.error);
            if (const Result<ImageRecord> r = m_rows.recordFetch(t.image.id, response.error); !r)
                qCWarning(lcStorage) << "cannot record the failed fetch of image" << t.image.id << r.error().toString();
        } else if (response.notModified) {
            if (const Result<ImageRecord> r = m_rows.recordFetch(t.image.id, QString(), response.etag, response.lastModified); r)
                ++m_report.unchanged;
            else
                fail(t, r.error().toString());
        } else {
            bool changed = false;
            const Result<ImageRecord> r = m_store.storeDownload(
                t.image, t.productSourceId, response.body, response.etag, response.lastModified, &changed);
            if (!r)
                fail(t, r.error().fields.isEmpty() ? r.error().toString() : r.error().fields.first().message);
            else if (changed)
                ++m_report.stored;
            else
                ++m_report.unchanged;
        }
    }

    void fail(const ImageRepository::Target &t, const QString &message)
    {
        ++m_report.failed;
        m_report.failures.append({ t.productSourceId, t.image.url.left(200), message });
    }

    Result<ImageFetchJob::Report> failJob(const StorageError &error)
    {
        QJsonArray details { QJsonObject { { QStringLiteral("message"), error.toString() } } };
        m_journal.finish(m_report.syncRecordId, JobStatus::Failed, m_report.stored + m_report.unchanged,
            m_report.failed, details);
        return error;
    }

    void finishJournal()
    {
        QJsonArray details;
        for (const ImageFetchJob::Failure &f : std::as_const(m_report.failures)) {
            if (details.size() >= kMaxJournalErrors)
                break;
            details.append(f.toJson());
        }
        const Result<SyncRecord> finished = m_journal.finish(m_report.syncRecordId,
            m_cancelled ? JobStatus::Cancelled : JobStatus::Completed,
            m_report.stored + m_report.unchanged, m_report.failed, details);
        if (!finished)
            qCWarning(lcStorage) << "image fetch: the job record could not be closed:" << finished.error().toString();
    }

    const ImageFetchJob::Options &m_options;
    const ImageFetchJob::Progress &m_progress;
    SyncRecordRepository m_journal;
    ImageRepository m_rows;
    ImageStore m_store;
    ImageFetchJob::Report m_report;
    QHash<QString, QList<ImageRepository::Target>> m_byUrl;
    QStringList m_order;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_cancelled = false;
    QElapsedTimer m_sinceJournal;
};

} // namespace

Result<ImageFetchJob::Report> ImageFetchJob::run(const Options &options, const Progress &progress)
{
    return FetchRun(m_connections, m_root, options, progress).run();
}

} // namespace catalog
