#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace catalog {

// Decides whether downloaded bytes are an image the catalog keeps, and re-encodes images.
//
// decode() accepts JPEG, PNG, WebP and GIF recognised by their content (never by the URL or the
// Content-Type), checks that the file is complete (JPEG end-of-image marker, PNG IEND chunk, WebP
// RIFF length, GIF trailer) because Qt's decoders quietly grey-fill a truncated image, checks the
// dimensions from the header before decoding anything (so a 100000 x 100000 "image" costs no
// memory), and then decodes it. Errors are sentences for operators. Stateless and thread-safe.
class ImageCodec
{
public:
    struct Limits
    {
        int maxSide = 20000; // pixels, either side
        qint64 maxPixels = 80'000'000; // width x height
    };
    struct Decoded
    {
        QString format; // "jpeg", "png", "webp", "gif"
        QImage image;
        QString error; // empty when the bytes are a usable image
        bool ok() const { return error.isEmpty(); }
    };

    static Decoded decode(const QByteArray &bytes);
    static Decoded decode(const QByteArray &bytes, const Limits &limits);
    // The image encoded as jpeg, png or webp; quality 0..100 (-1: the encoder's default).
    // Empty with *error set when the format is unknown or the encoder failed.
    static QByteArray encode(const QImage &image, const QString &format, int quality, QString *error);
    static bool isSupportedTarget(const QString &format);
    static QString suffixFor(const QString &format); // "jpg", "png", "webp", "gif"
    static QString sha256Hex(const QByteArray &bytes);

private:
    static QString truncation(const QByteArray &bytes, const QString &format);
};

} // namespace catalog
