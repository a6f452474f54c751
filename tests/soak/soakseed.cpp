#include "soakseed.h"

#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace catalog::soak {

namespace {

// Five words so that a search finds a fifth of the catalog, and the title sort has runs of equals.
// The products refer to suppliers by position; the suppliers of a fresh database are ids 1..n.
const QString kPostgresProducts = QStringLiteral(R"(
INSERT INTO products (source_id, title, price_min, price_max, currency, moq, main_image_url, detail_images,
                      specifications, supplier_id, sales_count, rating, sync_status)
SELECT 'SOAK-' || lpad(g::text, 8, '0'),
       'Soak ' || (ARRAY['cup', 'lamp', 'cable', 'shirt', 'teapot'])[1 + g % 5] || ' ' || g,
       (g % 5000) / 10.0 + 1, (g % 5000) / 10.0 + 10, 'CNY', 1 + g % 50,
       'https://img.example.com/soak/' || g || '.png',
       jsonb_build_array('https://img.example.com/soak/' || g || '-detail.png'),
       jsonb_build_object('material', 'steel', 'batch', g % 97),
       1 + g % ?::int, g % 1000, (g % 50) / 10.0,
       (ARRAY['pending', 'syncing', 'synced', 'failed'])[1 + g % 4]
FROM generate_series(1, ?::int) AS g
)");

const QString kSqliteProducts = QStringLiteral(R"(
WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < ?)
INSERT INTO products (source_id, title, price_min, price_max, currency, moq, main_image_url, detail_images,
                      specifications, supplier_id, sales_count, rating, sync_status)
SELECT 'SOAK-' || substr('00000000' || i, -8),
       'Soak ' || CASE i % 5 WHEN 0 THEN 'cup' WHEN 1 THEN 'lamp' WHEN 2 THEN 'cable' WHEN 3 THEN 'shirt'
                                ELSE 'teapot' END || ' ' || i,
       (i % 5000) / 10.0 + 1, (i % 5000) / 10.0 + 10, 'CNY', 1 + i % 50,
       'https://img.example.com/soak/' || i || '.png',
       json_array('https://img.example.com/soak/' || i || '-detail.png'),
       json_object('material', 'steel', 'batch', i % 97),
       1 + i % ?, i % 1000, (i % 50) / 10.0,
       CASE i % 4 WHEN 0 THEN 'pending' WHEN 1 THEN 'syncing' WHEN 2 THEN 'synced' ELSE 'failed' END
FROM g
)");

const QString kPostgresSuppliers = QStringLiteral(
    "INSERT INTO suppliers (source_id, name, location) "
    "SELECT 'SOAK-S' || g, 'Soak supplier ' || g, 'Yiwu' FROM generate_series(1, ?::int) AS g");

const QString kSqliteSuppliers = QStringLiteral(
    "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < ?) "
    "INSERT INTO suppliers (source_id, name, location) SELECT 'SOAK-S' || i, 'Soak supplier ' || i, 'Yiwu' FROM g");

QString run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (values.isEmpty()) { // VACUUM and ANALYZE cannot be prepared
        if (!q.exec(sql))
            return QStringLiteral("%1: %2").arg(sql, q.lastError().text());
        return {};
    }
    if (!q.prepare(sql))
        return QStringLiteral("cannot prepare %1: %2").arg(sql.simplified().left(80), q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return QStringLiteral("%1: %2").arg(sql.simplified().left(80), q.lastError().text());
    return {};
}

// A small picture per stored image, different enough that each has its own checksum.
QImage pictureFor(int index)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((index * 47) % 360, 120, 230));
    QPainter p(&image);
    p.drawEllipse(QRect(40 + index * 7, 30, 160, 160));
    p.drawText(QRect(0, 200, 320, 30), Qt::AlignCenter, QStringLiteral("soak %1").arg(index));
    return image;
}

QString storeImages(QSqlDatabase &db, const QString &storageRoot)
{
    const QString folder = QStringLiteral("images/soak");
    if (!QDir(storageRoot).mkpath(folder))
        return QStringLiteral("cannot create %1/%2").arg(storageRoot, folder);
    for (int id = 1; id <= kImageProducts; ++id) {
        const QString relative = QStringLiteral("%1/%2.png").arg(folder).arg(id);
        const QString path = QDir(storageRoot).filePath(relative);
        const QImage image = pictureFor(id);
        if (!image.save(path, "PNG"))
            return QStringLiteral("cannot write %1").arg(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1 back").arg(path);
        const QByteArray bytes = file.readAll();
        QString error = run(db,
            QStringLiteral("INSERT INTO images (product_id, url, local_path, image_type, width, height, size, "
                           "format, sha256) VALUES (?, ?, ?, 'main', ?, ?, ?, 'png', ?)"),
            { qint64(id), QStringLiteral("https://img.example.com/soak/%1.png").arg(id), relative, image.width(),
                image.height(), qint64(bytes.size()),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) });
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString seedRows(QSqlDatabase &db, bool postgres, qint64 rows, int suppliers, const QString &storageRoot)
{
    if (!db.transaction())
        return QStringLiteral("cannot begin: ") + db.lastError().text();
    // A million rows with their history take longer than the session's statement timeout allows
    // an operator's query; for this transaction only.
    QString error = postgres ? run(db, QStringLiteral("SET LOCAL statement_timeout = 0")) : QString();
    if (error.isEmpty())
        error = run(db, postgres ? kPostgresSuppliers : kSqliteSuppliers, { suppliers });
    if (error.isEmpty())
        error = postgres ? run(db, kPostgresProducts, { suppliers, rows }) // in the order of the ?s
                         : run(db, kSqliteProducts, { rows, suppliers });
    if (error.isEmpty())
        error = storeImages(db, storageRoot);
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return QStringLiteral("cannot commit: ") + db.lastError().text();
    return {};
}

} // namespace

QString seedCatalog(test::TestDatabase &db, const QString &engine, qint64 rows, const QString &storageRoot)
{
    auto connection = db.connections().connection();
    if (!connection)
        return connection.error().toString();
    QSqlDatabase &sql = connection.value();
    const bool postgres = engine == QLatin1String("postgresql");
    const int suppliers = int(qBound(qint64(10), rows / 200, qint64(20000)));
    if (QString error = seedRows(sql, postgres, rows, suppliers, storageRoot); !error.isEmpty())
        return error;
    if (!postgres)
        return run(sql, QStringLiteral("ANALYZE"));
    // VACUUM cannot run in a transaction (so no SET LOCAL): the session's timeout is lifted around it.
    QSqlQuery show(sql);
    const QString timeout = show.exec(QStringLiteral("SHOW statement_timeout")) && show.next()
        ? show.value(0).toString()
        : QStringLiteral("0");
    QString error = run(sql, QStringLiteral("SET statement_timeout = 0"));
    if (error.isEmpty())
        error = run(sql, QStringLiteral("VACUUM (ANALYZE) products"));
    const QString restored = run(sql, QStringLiteral("SET statement_timeout = '%1'").arg(timeout));
    return error.isEmpty() ? restored : error;
}

} // namespace catalog::soak
