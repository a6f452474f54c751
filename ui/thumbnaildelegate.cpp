#include "thumbnaildelegate.h"

#include "core/imagerecord.h"
#include "producttablemodel.h"
#include "statuscolors.h"
#include "thumbnailloader.h"

#include <QPainter>

namespace catalog {

namespace {

constexpr int kThumbnailMargin = 4;

// The square the thumbnail fits in, centred in the cell.
QRect thumbnailSquare(const QRect &cell)
{
    const int side = qMax(8, qMin(cell.width(), cell.height()) - 2 * kThumbnailMargin);
    QRect square(0, 0, side, side);
    square.moveCenter(cell.center());
    return square;
}

} // namespace

ThumbnailDelegate::ThumbnailDelegate(ThumbnailLoader &loader, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_loader(loader)
{
}

void ThumbnailDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Background, selection and pending colours as in every other cell; the column has no text.
    QStyledItemDelegate::paint(painter, option, index);
    ImageRecord image;
    image.localPath = index.data(ProductTableModel::MainImagePathRole).toString();
    image.sha256 = index.data(ProductTableModel::MainImageSha256Role).toString();
    if (!image.isStored())
        return;
    const QRect square = thumbnailSquare(option.rect);
    const QImage thumb = m_loader.thumbnail(image);
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->setRenderHint(QPainter::Antialiasing);
    if (!thumb.isNull()) {
        const QSize fitted = thumb.size().scaled(square.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(0, 0), fitted);
        target.moveCenter(square.center());
        painter->drawImage(target, thumb);
    } else {
        const QPalette &palette = StatusColors::current().palette();
        const QColor tile
            = StatusColors::tinted(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.08);
        const QColor line
            = StatusColors::tinted(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.25);
        painter->setPen(line);
        painter->setBrush(tile);
        painter->drawRoundedRect(QRectF(square).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        if (m_loader.failed(image)) {
            const QRect cross = square.adjusted(
                square.width() / 3, square.height() / 3, -square.width() / 3, -square.height() / 3);
            painter->drawLine(cross.topLeft(), cross.bottomRight());
            painter->drawLine(cross.topRight(), cross.bottomLeft());
        }
    }
    painter->restore();
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    return { 64, 56 };
}

} // namespace catalog
