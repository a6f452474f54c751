#include "images/thumbnailcache.h"

#include "images/imagestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QMutexLocker>
#include <QtConcurrent>

namespace catalog {

const QList<int> &ThumbnailCache::standardSizes()
{
    static const QList<int> sizes { 64, 128, 256 };
    return sizes;
}

ThumbnailCache::ThumbnailCache(QString storageRoot, qint64 memoryBytes)
    : m_root(std::move(storageRoot))
{
    m_memory.setMaxCost(qMax<qint64>(1, memoryBytes));
    m_renderers.setObjectName(QStringLiteral("catalog-thumbnails"));
}

ThumbnailCache::~ThumbnailCache()
{
    // Not clear(): a request dropped unstarted would leave its QFuture unfinished for ever, and a
    // watcher waiting on it hanging. Renders take milliseconds; a gallery asks for a handful.
    m_renderers.waitForDone();
}

QString ThumbnailCache::key(const ImageRecord &image, int size)
{
    return (image.sha256.isEmpty() ? image.localPath : image.sha256) + QLatin1Char('@')
        + QString::number(size);
}

QString ThumbnailCache::diskPath(const QString &sha256, int size) const
{
    return QStringLiteral("%1/thumbnails/%2/%3.png").arg(m_root).arg(size).arg(sha256);
}

bool ThumbnailCache::expired(const QDateTime &renderedAt) const
{
    return !renderedAt.isValid() || renderedAt.secsTo(QDateTime::currentDateTimeUtc()) >= m_ttl.count();
}

QImage ThumbnailCache::cached(const ImageRecord &image, int size) const
{
    QMutexLocker lock(&m_mutex);
    const Entry *hit = m_memory.object(key(image, size));
    return hit && !expired(hit->renderedAt) ? hit->image : QImage();
}

QImage ThumbnailCache::render(const QString &path, int size, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > size || full.height() > size))
        // JPEG decodes straight to a smaller size (DCT scaling): far cheaper than decode-then-scale.
        reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = QCoreApplication::translate("ThumbnailCache", "Cannot read %1: %2")
                         .arg(path, reader.errorString());
        return {};
    }
    if (image.width() > size || image.height() > size) // the format could not scale while decoding
        image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage ThumbnailCache::thumbnail(const ImageRecord &image, int size, QString *error)
{
    if (QImage hit = cached(image, size); !hit.isNull())
        return hit;
    if (!image.isStored()) {
        if (error)
            *error = image.fetchError.isEmpty()
                ? QCoreApplication::translate("ThumbnailCache", "The image has not been fetched yet")
                : image.fetchError;
        return {};
    }
    QImage thumb;
    QDateTime renderedAt;
    const QString disk = image.sha256.isEmpty() ? QString() : diskPath(image.sha256, size);
    if (const QFileInfo diskInfo(disk); !disk.isEmpty() && diskInfo.exists()
        && !expired(diskInfo.lastModified().toUTC())) {
        thumb = QImage(disk);
        renderedAt = diskInfo.lastModified().toUTC();
    }
    if (thumb.isNull()) {
        renderedAt = QDateTime::currentDateTimeUtc();
        const QString original = QDir::isAbsolutePath(image.localPath)
            ? image.localPath
            : m_root + QLatin1Char('/') + image.localPath;
        thumb = render(original, size, error);
        if (thumb.isNull())
            return {};
        if (!disk.isEmpty()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QString ignored; // the disk cache is an optimisation; a failed write only costs a re-render
            if (QImageWriter(&buffer, "png").write(thumb))
                ImageStore::writeFileAtomically(disk, png, &ignored);
        }
    }
    QMutexLocker lock(&m_mutex);
    m_memory.insert(key(image, size), new Entry { thumb, renderedAt }, qMax<qint64>(1, thumb.sizeInBytes()));
    return thumb;
}

QFuture<QImage> ThumbnailCache::request(const ImageRecord &image, int size)
{
    return QtConcurrent::run(&m_renderers, [this, image, size] { return thumbnail(image, size); });
}

void ThumbnailCache::forget(const QString &sha256)
{
    if (sha256.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    for (int size : standardSizes()) {
        m_memory.remove(sha256 + QLatin1Char('@') + QString::number(size));
        QFile::remove(diskPath(sha256, size));
    }
}

} // namespace catalog
