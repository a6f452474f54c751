#pragma once

#include "core/imagerecord.h"

#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace catalog {

class ThumbnailCache;

// Thumbnails for a view that scrolls: paint code asks thumbnail() and gets the cached image at once
// or a null image (paint a placeholder) while the render is queued; thumbnailReady(key) follows on
// the GUI thread when it is done, and the view repaints the cells showing that key.
//
// Rendering (ThumbnailCache::thumbnail: disk cache, or decode and scale) runs on the loader's own
// threads, at most maxRunning at a time; the GUI thread never waits for one. Requests wait in a
// bounded queue (the oldest fall out first), and before a queued request starts the loader asks the
// `wanted` predicate whether its key is still on screen: rows that scrolled away never keep the
// renderers busy. A key whose file cannot be read is remembered as failed and not tried again.
//
// GUI thread only. Owns its ThumbnailCache. The destructor drops the queue and waits for the
// renders already running (bounded by maxRunning renders); their answers are never delivered, so
// no render outlives the loader, its cache, or reaches a view or model that is gone.
class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    using Render = std::function<QImage(ThumbnailCache &cache, const ImageRecord &image, int size)>;
    using Wanted = std::function<bool(const QString &key)>;

    static constexpr int kSize = 64; // one of ThumbnailCache::standardSizes()

    explicit ThumbnailLoader(const QString &storageRoot, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    static QString keyOf(const ImageRecord &image); // sha256, else the stored path

    // The thumbnail if it is in memory; otherwise null, and a render is queued unless one is queued
    // or running already (or the file failed before: see failed()).
    QImage thumbnail(const ImageRecord &image);
    bool failed(const ImageRecord &image) const;

    void setWanted(Wanted wanted) { m_wanted = std::move(wanted); }
    // Tests: replace the render (e.g. by a slow one); runs on the loader's threads.
    void setRender(Render render) { m_render = std::move(render); }
    void setLimits(int maxRunning, int maxQueued);

    // For tests and diagnostics.
    int running() const { return int(m_running.size()); }
    int queued() const { return int(m_queue.size()); }
    qint64 started() const { return m_started; }
    qint64 dropped() const { return m_dropped; }

Q_SIGNALS:
    void thumbnailReady(const QString &key);

private:
    void startNext();
    void finish(const QString &key, const QImage &image);

    std::unique_ptr<ThumbnailCache> m_cache;
    Render m_render;
    Wanted m_wanted;
    QList<ImageRecord> m_queue; // oldest first
    QSet<QString> m_queuedKeys;
    QSet<QString> m_running;
    QSet<QString> m_failed;
    int m_maxRunning = 2;
    int m_maxQueued = 96;
    qint64 m_started = 0;
    qint64 m_dropped = 0;
    QThreadPool m_pool; // last: destroyed (joined) first, before the cache its renders use
};

} // namespace catalog
