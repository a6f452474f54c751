#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace catalog {

// Product pictures for the demo catalog, painted locally so that a first start without a network
// shows thumbnails, the gallery and the image statistics working.
//
// A picture is one of designCount() designs — a product silhouette (box, bottle, mug, bag, shirt,
// ball, phone, lamp), its colours and a pattern — chosen from the product's source_id, so thousands
// of products share a few hundred pictures: each is painted and encoded once per job, and identical
// files share their thumbnails (the thumbnail cache is keyed by sha256).
//
// Shapes only, no text: drawing text needs fonts, fonts need a QGuiApplication, and catalogctl is
// a QCoreApplication meant for servers without a display (or CJK fonts for the Chinese titles).
// Without text a design is the same bytes wherever it is painted, GUI or command line.
// Stateless and thread-safe (QPainter on a QImage needs no display). Errors: encode() returns an
// empty array and says why.
class DemoPicture
{
public:
    static constexpr int kSide = 360; // pixels, square

    static int designCount();
    static int designFor(const QString &sourceId);
    static QImage paint(int design);
    // The design as a JPEG file's bytes.
    static QByteArray encode(int design, QString *error);
};

} // namespace catalog
