#include "images/democatalog.h"
#include "images/demopicture.h"
#include "images/imagecodec.h"
#include "images/thumbnailcache.h"
#include "repositories/imagerepository.h"
#include "repositories/productrepository.h"
#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

DemoCatalog::Options smallCatalog(int products)
{
    DemoCatalog::Options options;
    options.data.products = products;
    options.data.suppliers = qMax(1, products / 10);
    options.data.batchSize = 25;
    return options;
}

QList<Product> listedProducts(TestDatabase &db)
{
    PageRequest page;
    page.sortColumn = QStringLiteral("id");
    page.order = Qt::AscendingOrder;
    page.limit = 1000;
    const Result<Page<Product>> listed = ProductRepository(db.connections()).list(ProductFilter {}, page);
    return listed ? listed->rows : QList<Product> {};
}

int filesUnder(const QString &folder)
{
    int files = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    return files;
}

} // namespace

class DemoCatalogTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldStoreAPictureAsEveryProductsMainImage_data() { engines(); }
    void shouldStoreAPictureAsEveryProductsMainImage()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        QVERIFY(storage.isValid());
        // Given an empty catalog, when 60 demo products are loaded with pictures
        QList<qint64> progress;
        QElapsedTimer timer;
        timer.start();
        const Result<DemoCatalog::Report> report = DemoCatalog::load(
            db->connections(), storage.path(), smallCatalog(60), [&](qint64 done, qint64 total) {
                progress << done;
                return total == 6 + 60 + 60;
            });
        QVERIFY_OK(report);
        qInfo().noquote() << QStringLiteral("%1: 60 products with pictures in %2 ms (%3 distinct, %4 bytes)")
                                 .arg(engine)
                                 .arg(timer.elapsed())
                                 .arg(report->distinctPictures)
                                 .arg(report->pictureBytes);

        // Then the report counts every picture, and progress ran to the end in order
        QCOMPARE(report->data.productsLoaded, 60);
        QCOMPARE(report->picturesRequested, 60);
        QCOMPARE(report->picturesStored, 60);
        QCOMPARE(report->picturesFailed, 0);
        QVERIFY(!report->cancelled);
        QVERIFY(report->distinctPictures >= 2 && report->distinctPictures <= 60);
        QCOMPARE(progress.last(), qint64(126));
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));

        // And every listed product carries its main image: the file exists, its sha256 matches and
        // its thumbnail renders
        const QList<Product> products = listedProducts(*db);
        QCOMPARE(products.size(), 60);
        ThumbnailCache thumbnails(storage.path());
        for (const Product &p : products) {
            QVERIFY2(p.mainImagePath.startsWith(QStringLiteral("images/")), qPrintable(p.sourceId));
            QFile file(QDir(storage.path()).filePath(p.mainImagePath));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QCOMPARE(ImageCodec::sha256Hex(file.readAll()), p.mainImageSha256);
            ImageRecord image;
            image.localPath = p.mainImagePath;
            image.sha256 = p.mainImageSha256;
            QString error;
            const QImage thumb = thumbnails.thumbnail(image, 64, &error);
            QVERIFY2(!thumb.isNull(), qPrintable(error));
            QCOMPARE(thumb.size(), QSize(64, 64));
        }
        // Identical pictures are identical files: products of one design share a sha256
        QSet<QString> hashes;
        for (const Product &p : products)
            hashes.insert(p.mainImageSha256);
        QCOMPARE(int(hashes.size()), report->distinctPictures);

        // And the rows look like downloads: dimensions, format, size, fetch state, main flag
        const Result<QList<ImageRecord>> images
            = ImageRepository(db->connections()).listForProduct(products.first().id);
        QVERIFY_OK(images);
        const auto main = std::find_if(images->cbegin(), images->cend(),
            [](const ImageRecord &r) { return r.imageType == QLatin1String("main"); });
        QVERIFY(main != images->cend());
        QCOMPARE(main->width, std::optional<int>(DemoPicture::kSide));
        QCOMPARE(main->height, std::optional<int>(DemoPicture::kSide));
        QCOMPARE(main->format, QStringLiteral("jpeg"));
        QVERIFY(main->size.value_or(0) > 1000);
        QVERIFY(main->fetchedAt.isValid());
        QVERIFY(main->fetchError.isEmpty());
        // Detail images are recorded, not fetched, as after an import
        QVERIFY(images->size() > 1);
        for (const ImageRecord &r : images.value())
            QCOMPARE(r.isStored(), r.imageType == QLatin1String("main"));

        // And the picture step is journaled as an image job
        const Result<SyncRecord> journal
            = SyncRecordRepository(db->connections()).findById(report->syncRecordId);
        QVERIFY_OK(journal);
        QCOMPARE(journal->kind, JobKind::FetchImages);
        QCOMPARE(journal->status, JobStatus::Completed);
        QCOMPARE(journal->successCount, qint64(60));
        QCOMPARE(journal->errorCount, qint64(0));
        QCOMPARE(filesUnder(storage.filePath(QStringLiteral("images"))), 60);
    }

    void shouldRefuseACatalogThatHoldsRows_data() { engines(); }
    void shouldRefuseACatalogThatHoldsRows()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        QVERIFY_OK(DemoCatalog::load(db->connections(), storage.path(), smallCatalog(5)));
        // When demo data is loaded again into the catalog that now holds rows
        const Result<DemoCatalog::Report> again
            = DemoCatalog::load(db->connections(), storage.path(), smallCatalog(5));
        // Then it is refused and nothing is added
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Validation);
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM products")).toInt(), 5);
        QCOMPARE(filesUnder(storage.filePath(QStringLiteral("images"))), 5);
    }

    void shouldKeepWhatWasStoredWhenCancelled_data() { engines(); }
    void shouldKeepWhatWasStoredWhenCancelled()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        // When the operator cancels once 10 pictures are stored
        const Result<DemoCatalog::Report> report = DemoCatalog::load(db->connections(), storage.path(),
            smallCatalog(30), [](qint64 done, qint64) { return done < 3 + 30 + 10; });
        QVERIFY_OK(report);
        // Then the rows and those pictures stay, consistently, and the job says it was cancelled
        QVERIFY(report->cancelled);
        QCOMPARE(report->data.productsLoaded, 30);
        QCOMPARE(report->picturesStored, 10);
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT COUNT(*) FROM images WHERE local_path IS NOT NULL")).toInt(),
            10);
        QCOMPARE(filesUnder(storage.filePath(QStringLiteral("images"))), 10);
        const Result<SyncRecord> journal
            = SyncRecordRepository(db->connections()).findById(report->syncRecordId);
        QVERIFY_OK(journal);
        QCOMPARE(journal->status, JobStatus::Cancelled);
        QCOMPARE(journal->successCount, qint64(10));
        int listedWithImage = 0;
        for (const Product &p : listedProducts(*db))
            listedWithImage += p.mainImagePath.isEmpty() ? 0 : 1;
        QCOMPARE(listedWithImage, 10);
    }

    void shouldLoadRowsOnlyWithoutPictures_data() { engines(); }
    void shouldLoadRowsOnlyWithoutPictures()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        DemoCatalog::Options options = smallCatalog(8);
        options.pictures = false;
        const Result<DemoCatalog::Report> report
            = DemoCatalog::load(db->connections(), storage.path(), options);
        QVERIFY_OK(report);
        QCOMPARE(report->data.productsLoaded, 8);
        QCOMPARE(report->picturesRequested, 0);
        QCOMPARE(report->syncRecordId, qint64(0));
        QVERIFY(!QDir(storage.filePath(QStringLiteral("images"))).exists());
        for (const Product &p : listedProducts(*db)) {
            QVERIFY(p.mainImagePath.isEmpty());
            QVERIFY(p.mainImageSha256.isEmpty());
        }
    }

    void shouldPaintTheSamePictureForTheSameProduct()
    {
        // The design follows the source_id, in every process (no per-process hash seed)
        QCOMPARE(DemoPicture::designFor(QStringLiteral("600000000042")),
            DemoPicture::designFor(QStringLiteral("600000000042")));
        QSet<int> designs;
        for (int i = 0; i < 500; ++i)
            designs.insert(DemoPicture::designFor(QString::number(600000000000 + i)));
        QVERIFY2(designs.size() > 150, qPrintable(QString::number(designs.size())));
        // And a design paints the same bytes each time, which decode as a complete JPEG
        QString error;
        const QByteArray first = DemoPicture::encode(17, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QCOMPARE(DemoPicture::encode(17, &error), first);
        QVERIFY(DemoPicture::encode(18, &error) != first);
        const ImageCodec::Decoded decoded = ImageCodec::decode(first);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.format, QStringLiteral("jpeg"));
        QCOMPARE(decoded.image.size(), QSize(DemoPicture::kSide, DemoPicture::kSide));
    }
};

CATALOG_TEST_GUILESS_MAIN(DemoCatalogTest)
#include "tst_democatalog.moc"
