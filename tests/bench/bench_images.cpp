// Thumbnail throughput and cache latency of ThumbnailCache on generated photos.
//
//   bench_images [--images N] [--width W] [--height H]
//
// Prints, per standard size: decode+scale throughput (images/s) single-threaded and on the
// global thread pool, disk-cache hit latency, and in-memory hit latency (median, p99, max), which
// the GUI pays when it paints a gallery (the target is < 5 ms).
#include "core/imagerecord.h"
#include "images/thumbnailcache.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

using namespace catalog;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QImage photo(int w, int h, int seed)
{
    // Gradients and noise-free shapes: a JPEG size close to a product photo's.
    QImage image(w, h, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, w, h);
    g.setColorAt(0, QColor::fromHsv((seed * 37) % 360, 120, 230));
    g.setColorAt(1, QColor::fromHsv((seed * 91) % 360, 200, 90));
    p.fillRect(image.rect(), g);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 12; ++i) {
        p.setBrush(QColor::fromHsv((seed * 13 + i * 29) % 360, 180, 200));
        p.drawEllipse(QPoint((i * 97 + seed * 31) % w, (i * 53 + seed * 17) % h), w / 8, h / 8);
    }
    return image;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(v.size() - 1, qsizetype(std::ceil(p * double(v.size())) - 1)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption imagesOption(QStringLiteral("images"), QStringLiteral("Images to generate."),
        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption widthOption(
        QStringLiteral("width"), QStringLiteral("Width."), QStringLiteral("px"), QStringLiteral("1600"));
    const QCommandLineOption heightOption(
        QStringLiteral("height"), QStringLiteral("Height."), QStringLiteral("px"), QStringLiteral("1200"));
    parser.addOptions({ imagesOption, widthOption, heightOption });
    parser.addHelpOption();
    parser.process(app);
    const int n = qMax(1, parser.value(imagesOption).toInt());
    const int w = qMax(16, parser.value(widthOption).toInt());
    const int h = qMax(16, parser.value(heightOption).toInt());

    QTemporaryDir root;
    QDir().mkpath(root.filePath(QStringLiteral("images/bench")));
    QList<ImageRecord> records;
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i) {
        ImageRecord r;
        r.id = i + 1;
        r.localPath = QStringLiteral("images/bench/%1.%2")
                          .arg(i)
                          .arg(i % 4 == 3 ? QStringLiteral("png") : QStringLiteral("jpg"));
        r.sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        photo(w, h, i).save(root.filePath(r.localPath), nullptr, 85);
        bytes += QFileInfo(root.filePath(r.localPath)).size();
        records << r;
    }
    out() << "bench_images: " << n << " images " << w << "x" << h << " (3/4 JPEG q85, 1/4 PNG), "
          << bytes / n / 1024 << " KiB on average, " << QThread::idealThreadCount() << " threads" << Qt::endl;

    for (int size : ThumbnailCache::standardSizes()) {
        // decode + scale, one thread
        {
            QElapsedTimer t;
            t.start();
            QString error;
            for (const ImageRecord &r : std::as_const(records)) {
                if (ThumbnailCache::render(root.filePath(r.localPath), size, &error).isNull()) {
                    out() << "render failed: " << error << Qt::endl;
                    return 1;
                }
            }
            out() << "size " << size << ": decode+scale "
                  << QString::number(n * 1000.0 / qMax<qint64>(1, t.elapsed()), 'f', 1)
                  << " images/s (1 thread)";
        }
        // through the cache on the pool: cold (decode, scale, write the disk cache)
        ThumbnailCache cache(root.path());
        {
            QElapsedTimer t;
            t.start();
            QList<QFuture<QImage>> futures;
            for (const ImageRecord &r : std::as_const(records))
                futures << cache.request(r, size);
            for (QFuture<QImage> &f : futures)
                f.waitForFinished();
            out() << ", " << QString::number(n * 1000.0 / qMax<qint64>(1, t.elapsed()), 'f', 1)
                  << " images/s (pool, cold cache)";
        }
        // disk-cache hits: a new cache over the same folder
        {
            ThumbnailCache fresh(root.path());
            QList<double> micros;
            for (const ImageRecord &r : std::as_const(records)) {
                QElapsedTimer t;
                t.start();
                fresh.thumbnail(r, size);
                micros << double(t.nsecsElapsed()) / 1000.0;
            }
            out() << "; disk hit median " << QString::number(percentile(micros, 0.5), 'f', 0) << " us";
        }
        // memory hits
        {
            QList<double> micros;
            for (int round = 0; round < 50; ++round) {
                for (const ImageRecord &r : std::as_const(records)) {
                    QElapsedTimer t;
                    t.start();
                    const QImage hit = cache.cached(r, size);
                    micros << double(t.nsecsElapsed()) / 1000.0;
                    if (hit.isNull()) {
                        out() << Qt::endl << "memory cache miss for " << r.localPath << Qt::endl;
                        return 1;
                    }
                }
            }
            const double p99 = percentile(micros, 0.99);
            out() << "; memory hit median " << QString::number(percentile(micros, 0.5), 'f', 2) << " us, p99 "
                  << QString::number(p99, 'f', 2) << " us, max "
                  << QString::number(percentile(micros, 1.0), 'f', 1) << " us"
                  << (p99 < 5000 ? " (< 5 ms)" : " (OVER 5 ms)") << Qt::endl;
        }
    }
    return 0;
}
