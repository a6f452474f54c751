#pragma once

#include <QStyledItemDelegate>

namespace catalog {

class ThumbnailLoader;

// Paints the products grid's picture column: the main image's thumbnail from the ThumbnailLoader
// (which queues a render when it is not in memory), a placeholder tile while it renders, a crossed
// tile when the stored file cannot be read, and nothing for a product without a stored main image.
// The image key comes from the model (ProductTableModel::MainImagePathRole/MainImageSha256Role);
// the delegate never touches the disk or waits. GUI thread only; does not own the loader.
class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ThumbnailDelegate(ThumbnailLoader &loader, QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ThumbnailLoader &m_loader;
};

} // namespace catalog
