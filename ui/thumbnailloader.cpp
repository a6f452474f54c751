#include "thumbnailloader.h"

#include "config/runtimesettings.h"
#include "images/thumbnailcache.h"
#include "uilog.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace catalog {

ThumbnailLoader::ThumbnailLoader(const QString &storageRoot, QObject *parent)
    : QObject(parent)
    , m_cache(std::make_unique<ThumbnailCache>(storageRoot))
    , m_render([](ThumbnailCache &cache, const ImageRecord &image, int size) {
        QString error;
        QImage thumb = cache.thumbnail(image, size, &error);
        if (thumb.isNull())
            qCInfo(lcUi).noquote() << "thumbnail:" << error;
        return thumb;
    })
{
    m_cache->setTimeToLive(std::chrono::seconds(RuntimeSettings::current().cacheTtlSeconds()));
    m_pool.setObjectName(QStringLiteral("catalog-grid-thumbnails"));
    m_pool.setMaxThreadCount(m_maxRunning);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_queue.clear();
    m_pool.waitForDone();
}

QString ThumbnailLoader::keyOf(const ImageRecord &image)
{
    return image.sha256.isEmpty() ? image.localPath : image.sha256;
}

void ThumbnailLoader::setLimits(int maxRunning, int maxQueued)
{
    m_maxRunning = qMax(1, maxRunning);
    m_maxQueued = qMax(1, maxQueued);
    m_pool.setMaxThreadCount(m_maxRunning);
}

bool ThumbnailLoader::failed(const ImageRecord &image) const
{
    return m_failed.contains(keyOf(image));
}

QImage ThumbnailLoader::thumbnail(const ImageRecord &image)
{
    if (!image.isStored())
        return {};
    if (QImage hit = m_cache->cached(image, kSize); !hit.isNull())
        return hit;
    const QString key = keyOf(image);
    if (m_failed.contains(key) || m_running.contains(key) || m_queuedKeys.contains(key))
        return {};
    m_queue.append(image);
    m_queuedKeys.insert(key);
    while (m_queue.size() > m_maxQueued) {
        m_queuedKeys.remove(keyOf(m_queue.takeFirst()));
        ++m_dropped;
    }
    // Started from the event loop, not from paint: by then the view has painted every visible cell,
    // and `wanted` sees where it scrolled to.
    QMetaObject::invokeMethod(this, &ThumbnailLoader::startNext, Qt::QueuedConnection);
    return {};
}

void ThumbnailLoader::startNext()
{
    while (m_running.size() < m_maxRunning && !m_queue.isEmpty()) {
        const ImageRecord image = m_queue.takeFirst();
        const QString key = keyOf(image);
        m_queuedKeys.remove(key);
        if (m_wanted && !m_wanted(key)) {
            ++m_dropped; // scrolled away; asked again if it comes back into view
            continue;
        }
        m_running.insert(key);
        ++m_started;
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key] {
            watcher->deleteLater();
            finish(key, watcher->future().resultCount() > 0 ? watcher->result() : QImage());
        });
        ThumbnailCache *cache = m_cache.get();
        const Render render = m_render;
        watcher->setFuture(
            QtConcurrent::run(&m_pool, [cache, render, image] { return render(*cache, image, kSize); }));
    }
}

void ThumbnailLoader::finish(const QString &key, const QImage &image)
{
    m_running.remove(key);
    if (image.isNull())
        m_failed.insert(key);
    Q_EMIT thumbnailReady(key);
    startNext();
}

} // namespace catalog
