#pragma once

#include "core/imagerecord.h"

#include <QCache>
#include <QDateTime>
#include <QFuture>
#include <QImage>
#include <QMutex>
#include <QString>
#include <QThreadPool>

#include <chrono>

namespace catalog {

// Thumbnails of stored images at a few standard sizes (the longer side in pixels), cached on disk
// under <root>/thumbnails/<size>/<sha256>.png and in a bounded in-memory QCache (cost = bytes).
// Keyed by the file's sha256, so a changed image never shows a stale thumbnail and identical
// files share one. A thumbnail older than the time to live (CACHE_TTL, config/runtimesettings.h) is
// rendered again from the original, in memory and on disk (the disk copy's age is its mtime).
//
// cached() only looks in memory and is what the GUI calls when it paints; thumbnail() blocks
// (disk cache, or decode and scale the original, which is written to the disk cache) and
// request() runs thumbnail() on the cache's own renderer threads, so the GUI thread never
// decodes; the destructor waits for the requests, so no renderer outlives the cache it writes to.
// Thread-safe. Errors (missing or corrupt file) come back as a null image and a message.
class ThumbnailCache
{
public:
    static const QList<int> &standardSizes(); // 64, 128, 256

    explicit ThumbnailCache(QString storageRoot, qint64 memoryBytes = 64 * 1024 * 1024);
    ~ThumbnailCache();
    ThumbnailCache(const ThumbnailCache &) = delete;
    ThumbnailCache &operator=(const ThumbnailCache &) = delete;

    // CACHE_TTL; 3600 s unless set. Set it before the cache is shared between threads.
    void setTimeToLive(std::chrono::seconds ttl) { m_ttl = ttl; }
    std::chrono::seconds timeToLive() const { return m_ttl; }

    // Null when not in memory or older than the time to live.
    QImage cached(const ImageRecord &image, int size) const;
    QImage thumbnail(const ImageRecord &image, int size, QString *error = nullptr);
    QFuture<QImage> request(const ImageRecord &image, int size);
    // Drops the thumbnails of a file (memory and disk), e.g. after the last row naming it went.
    void forget(const QString &sha256);
    QString diskPath(const QString &sha256, int size) const;

    // Decodes the file at `path` scaled so that its longer side is `size` (never enlarged).
    static QImage render(const QString &path, int size, QString *error);

private:
    struct Entry
    {
        QImage image;
        QDateTime renderedAt; // of the disk copy it came from, or of the render
    };
    static QString key(const ImageRecord &image, int size);
    bool expired(const QDateTime &renderedAt) const;

    QString m_root;
    std::chrono::seconds m_ttl { 3600 };
    mutable QMutex m_mutex;
    QCache<QString, Entry> m_memory;
    QThreadPool m_renderers; // last: destroyed (joined) first
};

} // namespace catalog
