#include "images/demopicture.h"

#include "images/imagecodec.h"

#include <QCryptographicHash>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

namespace catalog {

namespace {

constexpr int kShapes = 8;
constexpr int kSchemes = 30;
constexpr int kJpegQuality = 85;

// The silhouettes, drawn in a 360 x 360 picture around its centre.
QPainterPath demoSilhouette(int shape)
{
    QPainterPath path;
    switch (shape) {
    case 0: // gift box
        path.addRoundedRect(95, 130, 170, 150, 8, 8);
        path.addRoundedRect(85, 105, 190, 40, 6, 6);
        break;
    case 1: // bottle
        path.addRoundedRect(140, 70, 80, 30, 6, 6);
        path.addRoundedRect(155, 95, 50, 40, 4, 4);
        path.addRoundedRect(125, 125, 110, 170, 30, 30);
        break;
    case 2: // mug
        path.addRoundedRect(100, 110, 130, 170, 14, 14);
        path.addEllipse(200, 145, 75, 90);
        break;
    case 3: // tote bag
        path.addRoundedRect(90, 140, 180, 150, 10, 10);
        path.addEllipse(130, 80, 100, 110);
        break;
    case 4: // t-shirt
        path.moveTo(120, 85);
        path.lineTo(65, 120);
        path.lineTo(90, 170);
        path.lineTo(115, 155);
        path.lineTo(115, 290);
        path.lineTo(245, 290);
        path.lineTo(245, 155);
        path.lineTo(270, 170);
        path.lineTo(295, 120);
        path.lineTo(240, 85);
        path.quadTo(180, 125, 120, 85);
        break;
    case 5: // ball
        path.addEllipse(95, 95, 170, 170);
        break;
    case 6: // phone
        path.addRoundedRect(125, 65, 110, 230, 18, 18);
        break;
    default: // lamp
        path.moveTo(120, 170);
        path.lineTo(150, 80);
        path.lineTo(210, 80);
        path.lineTo(240, 170);
        path.closeSubpath();
        path.addRect(174, 170, 12, 95);
        path.addRoundedRect(125, 262, 110, 22, 8, 8);
        break;
    }
    return path.simplified();
}

// Stripes, dots or plain, clipped to the silhouette.
void demoPattern(QPainter &p, const QPainterPath &shape, int pattern, const QColor &colour)
{
    p.save();
    p.setClipPath(shape);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const QRectF box = shape.boundingRect();
    if (pattern == 0) {
        for (qreal y = box.top() + 18; y < box.bottom(); y += 36)
            p.drawRect(QRectF(box.left(), y, box.width(), 12));
    } else if (pattern == 1) {
        for (qreal y = box.top() + 14; y < box.bottom(); y += 30)
            for (qreal x = box.left() + 14; x < box.right(); x += 30)
                p.drawEllipse(QPointF(x, y), 6, 6);
    }
    p.restore();
}

} // namespace

int DemoPicture::designCount()
{
    return kShapes * kSchemes;
}

int DemoPicture::designFor(const QString &sourceId)
{
    // A hash, not qHash(): the same product must get the same picture in every process.
    const QByteArray digest = QCryptographicHash::hash(sourceId.toUtf8(), QCryptographicHash::Md5);
    const quint32 value = (quint32(quint8(digest.at(0))) << 16) | (quint32(quint8(digest.at(1))) << 8)
        | quint32(quint8(digest.at(2)));
    return int(value % quint32(designCount()));
}

QImage DemoPicture::paint(int design)
{
    design = ((design % designCount()) + designCount()) % designCount();
    const int shape = design % kShapes;
    const int scheme = design / kShapes;
    const int hue = (scheme * 47) % 360;
    const int productHue = (hue + 150 + scheme * 13) % 360;

    QImage image(kSide, kSide, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient background(0, 0, 0, kSide);
    background.setColorAt(0, QColor::fromHsv(hue, 28, 250));
    background.setColorAt(1, QColor::fromHsv((hue + 25) % 360, 70, 215));
    p.fillRect(image.rect(), background);

    // A soft shadow under the product, as on a studio table.
    QRadialGradient shadow(QPointF(180, 300), 120);
    shadow.setColorAt(0, QColor(0, 0, 0, 70));
    shadow.setColorAt(1, QColor(0, 0, 0, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(shadow);
    p.drawEllipse(QPointF(180, 300), 130, 26);

    const QPainterPath silhouette = demoSilhouette(shape);
    const QColor body = QColor::fromHsv(productHue, 150 + (scheme % 4) * 25, 205 - (scheme % 3) * 30);
    QLinearGradient light(silhouette.boundingRect().topLeft(), silhouette.boundingRect().bottomRight());
    light.setColorAt(0, body.lighter(135));
    light.setColorAt(1, body.darker(125));
    p.setBrush(light);
    p.setPen(QPen(body.darker(160), 3));
    p.drawPath(silhouette);
    demoPattern(p, silhouette, scheme % 3, QColor::fromHsv((productHue + 180) % 360, 90, 245, 150));

    // A highlight, so the product looks round rather than flat.
    QPainterPath gleam;
    const QRectF box = silhouette.boundingRect();
    gleam.addRoundedRect(QRectF(box.left() + box.width() * 0.14, box.top() + box.height() * 0.12,
                             box.width() * 0.1, box.height() * 0.5),
        6, 6);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 70));
    p.drawPath(gleam.intersected(silhouette));
    p.end();
    return image;
}

QByteArray DemoPicture::encode(int design, QString *error)
{
    return ImageCodec::encode(paint(design), QStringLiteral("jpeg"), kJpegQuality, error);
}

} // namespace catalog
