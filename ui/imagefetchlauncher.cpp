#include "imagefetchlauncher.h"

#include "config/runtimesettings.h"
#include "jobrunner.h"

#include <QMessageBox>

namespace catalog {

ImageFetchLauncher::ImageFetchLauncher(JobRunner &jobs, QWidget *window)
    : QObject(window)
    , m_jobs(jobs)
    , m_window(window)
{
}

void ImageFetchLauncher::fetch(ConnectionManager &connections, const QString &storageRoot,
    const QList<qint64> &productIds, bool onlyMissing)
{
    ImageFetchJob::Options options;
    options.productIds = productIds;
    options.onlyMissing = onlyMissing;
    options.download.maxBytes = RuntimeSettings::current().maxFileSize();
    ConnectionManager *c = &connections;
    m_jobs.start(
        c->workers(), onlyMissing ? tr("Fetching missing images") : tr("Fetching images"),
        [c, storageRoot, options](JobControl &job) {
            return ImageFetchJob(*c, storageRoot).run(options, [&job](qint64 done, qint64 total) {
                job.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
                job.setProgress(int(qMin<qint64>(done, INT_MAX)), tr("%1 / %2 images").arg(done).arg(total));
                return !job.isCanceled();
            });
        },
        this, [this](const Result<ImageFetchJob::Report> &report) { showReport(report); });
}

void ImageFetchLauncher::showReport(const Result<ImageFetchJob::Report> &r)
{
    Q_EMIT imagesChanged();
    if (!r) {
        QMessageBox::warning(
            m_window, tr("Fetch images"), tr("The image fetch stopped: %1").arg(r.error().toString()));
        return;
    }
    const QString text = tr("Images: %1 stored, %2 unchanged, %3 failed%4.")
                             .arg(r->stored)
                             .arg(r->unchanged)
                             .arg(r->failed)
                             .arg(r->cancelled ? tr(" (cancelled)") : QString());
    Q_EMIT statusMessage(text, 20000);
    Q_EMIT finished(r->stored, r->failed);
    if (r->failed > 0) {
        QStringList lines;
        for (const ImageFetchJob::Failure &f : r->failures.mid(0, 30))
            lines << tr("%1 %2: %3").arg(f.sourceId, f.url, f.message);
        QMessageBox box(QMessageBox::Warning, tr("Fetch images"), text, QMessageBox::Close, m_window);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(
            tr("Each failed image shows its reason in the product's gallery and in Sync history."));
        box.exec();
    }
}

} // namespace catalog
