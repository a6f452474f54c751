#include "images/democatalog.h"

#include "core/job.h"
#include "core/storagelog_p.h"
#include "images/demopicture.h"
#include "images/imagecodec.h"
#include "images/imagestore.h"
#include "repositories/imagerepository.h"
#include "repositories/syncrecordrepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>

#include <algorithm>

namespace catalog {

namespace {

constexpr int kFailuresNamed = 5;
constexpr qint64 kJournalIntervalMs = 500;

// Errors after which every further picture would fail the same way: stop instead of counting them.
bool demoCatalogStops(const StorageError &error)
{
    switch (error.kind) {
    case ErrorKind::ConnectionLost:
    case ErrorKind::CommitUnknown:
    case ErrorKind::Permission:
    case ErrorKind::DiskFull:
        return true;
    default:
        return false;
    }
}

// The picture phase: one painted picture stored as the main image of each product without one.
class DemoPictureFiller
{
public:
    DemoPictureFiller(ConnectionManager &connections, const QString &root, DemoCatalog::Report &report)
        : m_connections(connections)
        , m_store(connections, root)
        , m_journal(connections)
        , m_report(report)
    {
    }

    StorageError run(qint64 doneBefore, qint64 total, const DemoCatalog::Progress &progress)
    {
        const Result<QList<ImageRepository::Target>> targets = mainImagesToFill();
        if (!targets)
            return targets.error();
        m_report.picturesRequested = int(targets->size());
        const Result<SyncRecord> started = m_journal.start(JobKind::FetchImages, targets->size());
        if (!started)
            return started.error();
        m_report.syncRecordId = started->id;
        QElapsedTimer sinceJournal;
        sinceJournal.start();
        for (const ImageRepository::Target &target : targets.value()) {
            if (progress && !progress(doneBefore + done(), total)) {
                m_report.cancelled = true;
                break;
            }
            if (StorageError fatal = storeOne(target); !fatal.ok()) {
                finishJournal(JobStatus::Failed);
                return fatal;
            }
            if (sinceJournal.elapsed() >= kJournalIntervalMs) {
                m_journal.progress(
                    m_report.syncRecordId, targets->size(), m_report.picturesStored, m_report.picturesFailed);
                sinceJournal.restart();
            }
        }
        if (progress && !m_report.cancelled)
            progress(doneBefore + done(), total);
        finishJournal(m_report.cancelled ? JobStatus::Cancelled : JobStatus::Completed);
        return {};
    }

private:
    qint64 done() const { return m_report.picturesStored + m_report.picturesFailed; }

    Result<QList<ImageRepository::Target>> mainImagesToFill()
    {
        ImageRepository rows(m_connections);
        if (const Result<qint64> added = rows.recordProductUrls({}); !added)
            return added.error();
        Result<QList<ImageRepository::Target>> targets = rows.fetchTargets({}, true);
        if (!targets)
            return targets;
        QList<QPair<int, ImageRepository::Target>> main;
        for (const ImageRepository::Target &target : targets.value()) {
            if (target.image.imageType == QLatin1String("main"))
                main.append({ DemoPicture::designFor(target.productSourceId), target });
        }
        std::stable_sort(main.begin(), main.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<ImageRepository::Target> sorted;
        sorted.reserve(main.size());
        for (const auto &entry : std::as_const(main))
            sorted << entry.second;
        return sorted;
    }

    // A failure of this one picture is counted; only an error every picture would meet is returned.
    StorageError storeOne(const ImageRepository::Target &target)
    {
        const int design = DemoPicture::designFor(target.productSourceId);
        if (design != m_design || m_picture.isEmpty()) {
            // Targets come sorted by design: one picture painted, encoded and decoded per design.
            QString error;
            m_picture = DemoPicture::encode(design, &error);
            if (m_picture.isEmpty())
                return StorageError::make(ErrorKind::Internal,
                    DemoCatalog::tr("Cannot encode the demo pictures as JPEG: %1").arg(error));
            m_decoded = ImageCodec::decode(m_picture);
            m_design = design;
            ++m_report.distinctPictures;
        }
        const Result<ImageRecord> stored
            = m_store.storeDecoded(target.image, target.productSourceId, m_picture, m_decoded, {}, {});
        if (stored) {
            ++m_report.picturesStored;
            m_report.pictureBytes += stored->size.value_or(0);
            return {};
        }
        if (demoCatalogStops(stored.error()))
            return stored.error();
        ++m_report.picturesFailed;
        if (m_failureDetails.size() < kFailuresNamed) {
            m_report.failures << QStringLiteral("%1: %2").arg(
                target.productSourceId, stored.error().toString());
            m_failureDetails.append(QJsonObject {
                { QStringLiteral("source_id"), target.productSourceId },
                { QStringLiteral("field"), QStringLiteral("main_image") },
                { QStringLiteral("message"), stored.error().toString() },
            });
        }
        return {};
    }

    void finishJournal(JobStatus status)
    {
        const Result<SyncRecord> finished = m_journal.finish(m_report.syncRecordId, status,
            m_report.picturesStored, m_report.picturesFailed, m_failureDetails);
        if (!finished)
            qCWarning(lcStorage).noquote()
                << "demo pictures: the job record could not be closed:" << finished.error().toString();
    }

    ConnectionManager &m_connections;
    ImageStore m_store;
    SyncRecordRepository m_journal;
    DemoCatalog::Report &m_report;
    int m_design = -1; // the picture of the current run of targets
    QByteArray m_picture;
    ImageCodec::Decoded m_decoded;
    QJsonArray m_failureDetails;
};

} // namespace

QString DemoCatalog::Report::summary() const
{
    QString text = data.summary();
    if (picturesRequested == 0)
        return text;
    text += QLatin1Char(' ')
        + DemoCatalog::tr("Stored %n product picture(s) (%1 distinct)", nullptr, picturesStored)
              .arg(distinctPictures);
    if (picturesFailed > 0)
        text += DemoCatalog::tr(", %n failed", nullptr, picturesFailed);
    text += cancelled && !data.cancelled ? DemoCatalog::tr(", then cancelled.") : QStringLiteral(".");
    return text;
}

Result<DemoCatalog::Report> DemoCatalog::load(ConnectionManager &connections, const QString &storageRoot,
    const Options &options, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    const qint64 rows = qint64(options.data.suppliers) + qMax(0, options.data.products);
    const qint64 total = rows + (options.pictures ? qMax(0, options.data.products) : 0);
    const Result<DemoData::Report> data = DemoData::load(
        connections, options.data, [&](int done, int) { return !progress || progress(done, total); });
    if (!data)
        return data.error();
    report.data = data.value();
    report.cancelled = report.data.cancelled;
    if (options.pictures && !report.cancelled) {
        DemoPictureFiller filler(connections, storageRoot, report);
        if (StorageError e = filler.run(rows, total, progress); !e.ok()) {
            e.message
                = DemoCatalog::tr("The demo products were loaded, but storing their pictures failed after %n "
                                  "picture(s): %1",
                    nullptr, report.picturesStored)
                      .arg(e.message);
            return e;
        }
    }
    report.elapsedMs = timer.elapsed();
    qCInfo(lcStorage).noquote() << "demo catalog:" << report.summary();
    return report;
}

} // namespace catalog
