#include "applicationicon.h"

#include <QPainter>
#include <QPixmap>

namespace catalog {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : { 16, 32, 64, 128 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 64.0, size / 64.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2b, 0x6c, 0xb0));
        p.drawRoundedRect(QRectF(6, 10, 52, 44), 6, 6);
        p.setBrush(QColor(0xeb, 0xf8, 0xff));
        p.drawRoundedRect(QRectF(12, 18, 40, 6), 2, 2);
        p.setBrush(QColor(0xbe, 0xe3, 0xf8));
        p.drawRoundedRect(QRectF(12, 29, 40, 6), 2, 2);
        p.drawRoundedRect(QRectF(12, 40, 26, 6), 2, 2);
        p.setBrush(QColor(0xf6, 0xad, 0x55));
        p.drawEllipse(QPointF(47, 43), 6, 6);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace catalog
