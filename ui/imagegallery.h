#pragma once

#include "core/imagerecord.h"
#include "recordtypes.h" // ImageRecord as a QVariant
#include "images/thumbnailcache.h"

#include <QFutureWatcher>
#include <QListWidget>

namespace catalog {

class ConnectionManager;

// The product detail pane's images: one tile per image URL of the product, the main image first.
// Stored images show their thumbnail (ThumbnailCache: memory hits at once, the rest rendered on the
// thread pool); images not fetched yet show a placeholder, failed ones a broken tile whose tooltip
// and label say why. Double-click opens the full image; the context menu fetches the product's
// images again (refetchRequested: the main window runs the job) or deletes one image (row and
// file, after asking).
//
// GUI thread only; everything that touches the database or decodes runs on the thread pool and
// comes back through watchers that ignore answers for a product no longer shown. Errors are shown
// in place or in a message box.
class ImageGallery : public QListWidget
{
    Q_OBJECT

public:
    explicit ImageGallery(ConnectionManager &connections, QWidget *parent = nullptr);
    ~ImageGallery() override;

    // urls: the product's image URLs, main image first when hasMain.
    void showProduct(qint64 productId, const QStringList &urls, bool hasMain);
    void clearProduct();
    void reload();
    qint64 productId() const { return m_productId; }
    QString storageRoot() const { return m_root; }

signals:
    void refetchRequested(qint64 productId);
    void imagesLoaded(); // records applied (tests wait for it)

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyRecords(const QList<ImageRecord> &records);
    void requestThumbnail(QListWidgetItem *item, const ImageRecord &record);
    void openFullImage(QListWidgetItem *item);
    void deleteImage(const ImageRecord &record);
    static ImageRecord recordOf(const QListWidgetItem *item);

    ConnectionManager &m_connections;
    QString m_root;
    ThumbnailCache m_cache;
    qint64 m_productId = -1;
    quint64 m_generation = 0; // bumped per product shown; stale answers are dropped
    QFutureWatcher<QList<ImageRecord>> m_load;
};

} // namespace catalog
