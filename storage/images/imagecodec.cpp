#include "images/imagecodec.h"

#include "core/sha256hasher_p.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QtEndian>

namespace catalog {

namespace {

// What the body looks like when it is not an image, so the message says more than "not an image".
QString describeNonImage(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QCoreApplication::translate("ImageCodec", "The response is empty, not an image");
    const QByteArray head = bytes.left(512).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
        || head.contains("<body"))
        return QCoreApplication::translate("ImageCodec", "The response is an HTML page, not an image");
    if (head.startsWith("{") || head.startsWith("["))
        return QCoreApplication::translate("ImageCodec", "The response is JSON or text, not an image");
    if (head.startsWith("<?xml") || head.startsWith("<svg"))
        return QCoreApplication::translate(
            "ImageCodec", "The response is XML/SVG, which the catalog does not store as an image");
    return QCoreApplication::translate("ImageCodec",
        "The response is not an image in a known format (JPEG, PNG, WebP, GIF); it starts with %1")
        .arg(QString::fromLatin1(bytes.left(8).toHex(' ')));
}

} // namespace

QString ImageCodec::truncation(const QByteArray &bytes, const QString &format)
{
    if (format == QLatin1String("jpeg")) {
        // The end-of-image marker, possibly followed by padding some encoders add.
        const qsizetype eoi = bytes.lastIndexOf(QByteArrayLiteral("\xFF\xD9"));
        if (eoi < 0 || bytes.size() - (eoi + 2) > 1024)
            return QCoreApplication::translate(
                "ImageCodec", "The JPEG file is truncated (no end-of-image marker)");
    } else if (format == QLatin1String("png")) {
        // The IEND chunk: length 0, type, CRC.
        if (bytes.size() < 12 || bytes.right(12) != QByteArrayLiteral("\x00\x00\x00\x00IEND\xAE\x42\x60\x82"))
            return QCoreApplication::translate(
                "ImageCodec", "The PNG file is truncated (no IEND chunk at the end)");
    } else if (format == QLatin1String("webp")) {
        if (bytes.size() < 12)
            return QCoreApplication::translate("ImageCodec", "The WebP file is truncated");
        const quint32 riff = qFromLittleEndian<quint32>(bytes.constData() + 4);
        if (qint64(riff) + 8 > bytes.size())
            return QCoreApplication::translate("ImageCodec", "The WebP file is truncated (%1 of %2 bytes)")
                .arg(bytes.size())
                .arg(qint64(riff) + 8);
    } else if (format == QLatin1String("gif")) {
        if (!bytes.endsWith(';'))
            return QCoreApplication::translate("ImageCodec", "The GIF file is truncated (no trailer)");
    }
    return {};
}

ImageCodec::Decoded ImageCodec::decode(const QByteArray &bytes)
{
    return decode(bytes, Limits());
}

ImageCodec::Decoded ImageCodec::decode(const QByteArray &bytes, const Limits &limits)
{
    Decoded d;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        d.error = describeNonImage(bytes);
        return d;
    }
    d.format = QString::fromLatin1(reader.format()).toLower();
    if (d.format == QLatin1String("jpg"))
        d.format = QStringLiteral("jpeg");
    if (d.format != QLatin1String("jpeg") && d.format != QLatin1String("png")
        && d.format != QLatin1String("webp") && d.format != QLatin1String("gif")) {
        d.error = QCoreApplication::translate(
            "ImageCodec", "The image is in %1 format; the catalog stores JPEG, PNG, WebP and GIF")
                      .arg(d.format.toUpper());
        return d;
    }
    if (const QString t = truncation(bytes, d.format); !t.isEmpty()) {
        d.error = t;
        return d;
    }
    const QSize size = reader.size();
    if (size.isValid()) {
        if (size.width() > limits.maxSide || size.height() > limits.maxSide
            || qint64(size.width()) * size.height() > limits.maxPixels) {
            d.error = QCoreApplication::translate("ImageCodec",
                "The image is %1 x %2 pixels, over the limit of %3 pixels per side and %4 megapixels")
                          .arg(size.width())
                          .arg(size.height())
                          .arg(limits.maxSide)
                          .arg(double(limits.maxPixels) / 1e6, 0, 'g', 3);
            return d;
        }
    }
    if (!reader.read(&d.image) || d.image.isNull()) {
        d.error = QCoreApplication::translate("ImageCodec", "The %1 file is corrupt: %2")
                      .arg(d.format.toUpper(), reader.errorString());
        d.image = QImage();
        return d;
    }
    if (d.image.width() > limits.maxSide || d.image.height() > limits.maxSide) { // header had no size
        d.error = QCoreApplication::translate(
            "ImageCodec", "The image is %1 x %2 pixels, over the limit of %3 pixels per side")
                      .arg(d.image.width())
                      .arg(d.image.height())
                      .arg(limits.maxSide);
        d.image = QImage();
    }
    return d;
}

bool ImageCodec::isSupportedTarget(const QString &format)
{
    return format == QLatin1String("jpeg") || format == QLatin1String("png")
        || format == QLatin1String("webp");
}

QString ImageCodec::suffixFor(const QString &format)
{
    return format == QLatin1String("jpeg") ? QStringLiteral("jpg") : format;
}

QByteArray ImageCodec::encode(const QImage &image, const QString &format, int quality, QString *error)
{
    if (!isSupportedTarget(format)) {
        if (error)
            *error
                = QCoreApplication::translate("ImageCodec", "Cannot convert to \"%1\": use jpeg, png or webp")
                      .arg(format.left(20));
        return {};
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format.toLatin1());
    writer.setQuality(quality < 0 ? -1 : qBound(0, quality, 100));
    if (format == QLatin1String("png"))
        writer.setCompression(9);
    // JPEG has no alpha: flatten onto white rather than letting transparent pixels turn black.
    QImage source = image;
    if (format == QLatin1String("jpeg") && image.hasAlphaChannel()) {
        source = QImage(image.size(), QImage::Format_RGB32);
        source.fill(Qt::white);
        source.setDevicePixelRatio(image.devicePixelRatio());
        QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < source.height(); ++y) {
            auto *dst = reinterpret_cast<QRgb *>(source.scanLine(y));
            const auto *src = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
            for (int x = 0; x < source.width(); ++x) {
                const int a = qAlpha(src[x]);
                dst[x]
                    = qRgb(qRed(src[x]) + (255 - a), qGreen(src[x]) + (255 - a), qBlue(src[x]) + (255 - a));
            }
        }
    }
    if (!writer.write(source)) {
        if (error)
            *error = QCoreApplication::translate("ImageCodec", "Cannot encode the image as %1: %2")
                         .arg(format.toUpper(), writer.errorString());
        return {};
    }
    return out;
}

QString ImageCodec::sha256Hex(const QByteArray &bytes)
{
    Sha256Hasher hash;
    hash.addData(bytes);
    return hash.hexResult();
}

} // namespace catalog
