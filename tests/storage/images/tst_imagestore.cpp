#include "maintenance/consistencychecker.h"
#include "images/imagecodec.h"
#include "images/imagedownloader.h"
#include "images/imagefetchjob.h"
#include "repositories/imagerepository.h"
#include "images/imagestore.h"
#include "repositories/productrepository.h"
#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"
#include "testhttpserver.h"
#include "images/thumbnailcache.h"

#include "testmain.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace catalog;
using namespace catalog::test;
using Reply = TestHttpServer::Reply;

namespace {

QByteArray encoded(const char *format, int w = 64, int h = 48, QColor color = Qt::darkCyan)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(color);
    QPainter p(&image);
    p.fillRect(0, 0, w / 2, h / 2, Qt::yellow);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

qint64 countOf(const QList<ConsistencyChecker::Finding> &findings, const QString &kind)
{
    for (const auto &f : findings) {
        if (f.kind == kind)
            return f.count;
    }
    return -1;
}

QStringList examplesOf(const QList<ConsistencyChecker::Finding> &findings, const QString &kind)
{
    for (const auto &f : findings) {
        if (f.kind == kind)
            return f.examples;
    }
    return {};
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

class ImageStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_jpeg = encoded("JPEG");
        m_png = encoded("PNG", 40, 30, Qt::red);
        m_webp = encoded("WEBP", 32, 32, Qt::blue);
        QVERIFY(!m_webp.isEmpty()); // qt6-image-formats-plugins
        m_server.route("/a.jpg", TestHttpServer::ok(m_jpeg, "image/jpeg"));
        m_server.route("/b.png", TestHttpServer::ok(m_png, "image/png"));
        m_server.route("/c.webp", TestHttpServer::ok(m_webp, "image/webp"));
        m_server.route("/missing.jpg", TestHttpServer::status(404, "gone"));
        m_server.route("/page.jpg",
            TestHttpServer::ok("<!DOCTYPE html><html><body>Not here</body></html>", "text/html"));
        m_server.route(
            "/truncated.jpg", TestHttpServer::ok(encoded("JPEG", 400, 300).left(1500), "image/jpeg"));
        m_server.route("/huge.png", TestHttpServer::ok(encoded("PNG", 25000, 1), "image/png"));
        m_server.route("/hop1", TestHttpServer::redirect("/hop2", 301));
        m_server.route(
            "/hop2", TestHttpServer::redirect(m_server.url(QStringLiteral("/hop3")).toEncoded(), 302));
        m_server.route("/hop3", TestHttpServer::redirect("/c.webp", 307));
        m_server.route("/loop1", TestHttpServer::redirect("/loop2"));
        m_server.route("/loop2", TestHttpServer::redirect("/loop1"));
        Reply hang;
        hang.hang = true;
        m_server.route("/hang.jpg", hang);
        Reply stall = TestHttpServer::ok(m_jpeg, "image/jpeg");
        stall.stallAfterHeaders = true;
        m_server.route("/stall.jpg", stall);
        Reply declared = TestHttpServer::ok({}, "image/jpeg");
        declared.streamBytes = 11 * 1024 * 1024;
        m_server.route("/declared-big.jpg", declared);
        Reply endless = TestHttpServer::ok({}, "image/jpeg");
        endless.streamBytes = 200 * 1024 * 1024;
        endless.omitContentLength = true;
        m_server.route("/endless.jpg", endless);
        m_server.route("/etag.png", [this](const TestHttpServer::Request &request, int) {
            if (request.headers.value("if-none-match") == "\"v1\"")
                return TestHttpServer::status(304);
            Reply r = TestHttpServer::ok(m_png, "image/png");
            r.headers << qMakePair(QByteArrayLiteral("ETag"), QByteArrayLiteral("\"v1\""));
            return r;
        });
        for (int i = 0; i < 8; ++i) {
            Reply r = TestHttpServer::ok({}, "application/octet-stream");
            r.streamBytes = 2 * 1024 * 1024;
            m_server.route("/bulk" + QByteArray::number(i), r);
        }
    }

    void shouldStoreJpegPngAndWebp_data() { engines(); }
    void shouldStoreJpegPngAndWebp()
    {
        // Given a product naming a JPEG main image and PNG and WebP detail images
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        const qint64 id
            = product(*db, QStringLiteral("P/1 lamp"), u("/a.jpg"), { u("/b.png"), u("/c.webp") });
        // When its images are fetched
        const auto report = fetch(*db, root.path(), { id });
        QVERIFY_OK(report);
        // Then three files are stored with their metadata
        QCOMPARE(report->stored, 3);
        QCOMPARE(report->failed, 0);
        const auto images = ImageRepository(db->connections()).listForProduct(id);
        QVERIFY_OK(images);
        QCOMPARE(images->size(), 3);
        QCOMPARE(images->at(0).imageType, QStringLiteral("main"));
        QCOMPARE(images->at(0).format, QStringLiteral("jpeg"));
        QCOMPARE(images->at(0).width, 64);
        QCOMPARE(images->at(0).height, 48);
        QCOMPARE(images->at(1).format, QStringLiteral("png"));
        QCOMPARE(images->at(2).format, QStringLiteral("webp"));
        for (const ImageRecord &r : images.value()) {
            QVERIFY2(r.localPath.startsWith(QStringLiteral("images/P_1_lamp/")), qPrintable(r.localPath));
            QFile file(root.filePath(r.localPath));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QCOMPARE(ImageCodec::sha256Hex(bytes), r.sha256);
            QCOMPARE(r.size, bytes.size());
            QVERIFY(r.fetchError.isEmpty());
            QVERIFY(r.fetchedAt.isValid());
        }
        QCOMPARE(filesUnder(root.filePath(QStringLiteral("images"))).size(), 3);
        // And the job is in the journal
        const auto job = SyncRecordRepository(db->connections()).findById(report->syncRecordId);
        QVERIFY_OK(job);
        QCOMPARE(job->kind, JobKind::FetchImages);
        QCOMPARE(job->status, JobStatus::Completed);
        QCOMPARE(job->successCount, 3);
    }

    void shouldStoreAClearErrorPerFailedImage_data() { engines(); }
    void shouldStoreAClearErrorPerFailedImage()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        const int missingHits = m_server.hits("/missing.jpg");
        const qint64 id = product(*db, QStringLiteral("P-bad"), u("/missing.jpg"),
            { u("/page.jpg"), u("/truncated.jpg"), u("/huge.png"), u("/a.jpg") });
        const auto report = fetch(*db, root.path(), { id });
        QVERIFY_OK(report);
        QCOMPARE(report->stored, 1);
        QCOMPARE(report->failed, 4);
        QHash<QString, QString> errors;
        const auto images = ImageRepository(db->connections()).listForProduct(id);
        QVERIFY_OK(images);
        for (const ImageRecord &r : images.value()) {
            errors.insert(QUrl(r.url).path(), r.fetchError);
            QCOMPARE(r.isStored(), r.url.endsWith(QStringLiteral("/a.jpg")));
        }
        QVERIFY2(errors.value(QStringLiteral("/missing.jpg")).contains(QStringLiteral("HTTP 404")),
            qPrintable(errors.value(QStringLiteral("/missing.jpg"))));
        QVERIFY2(errors.value(QStringLiteral("/page.jpg")).contains(QStringLiteral("HTML page")),
            qPrintable(errors.value(QStringLiteral("/page.jpg"))));
        QVERIFY2(errors.value(QStringLiteral("/truncated.jpg")).contains(QStringLiteral("truncated")),
            qPrintable(errors.value(QStringLiteral("/truncated.jpg"))));
        QVERIFY2(errors.value(QStringLiteral("/huge.png")).contains(QStringLiteral("25000 x 1")),
            qPrintable(errors.value(QStringLiteral("/huge.png"))));
        QVERIFY(errors.value(QStringLiteral("/a.jpg")).isEmpty());
        // 4xx is final: one request, no retry
        QCOMPARE(m_server.hits("/missing.jpg") - missingHits, 1);
        // No file for the rejected bodies
        QCOMPARE(filesUnder(root.filePath(QStringLiteral("images"))).size(), 1);
        const auto job = SyncRecordRepository(db->connections()).findById(report->syncRecordId);
        QVERIFY_OK(job);
        QCOMPARE(job->errorCount, 4);
        QCOMPARE(job->errorDetails.size(), 4);
        QCOMPARE(job->errorDetails.at(0).toObject().value(QStringLiteral("source_id")).toString(),
            QStringLiteral("P-bad"));
    }

    void shouldRetryServerErrorsAndFollowRedirects_data() { engines(); }
    void shouldRetryServerErrorsAndFollowRedirects()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        const QByteArray flaky = "/flaky-" + engine.toLatin1() + ".jpg";
        m_server.route(flaky, [this](const TestHttpServer::Request &, int hit) {
            return hit == 1 ? TestHttpServer::status(500, "try again")
                            : TestHttpServer::ok(m_jpeg, "image/jpeg");
        });
        const qint64 id = product(
            *db, QStringLiteral("P-net"), u(QString::fromLatin1(flaky)), { u("/hop1"), u("/loop1") });
        const auto report = fetch(*db, root.path(), { id });
        QVERIFY_OK(report);
        QCOMPARE(report->stored, 2);
        QCOMPARE(report->failed, 1);
        QCOMPARE(m_server.hits(flaky), 2); // 500, then 200
        const auto images = ImageRepository(db->connections()).listForProduct(id);
        QVERIFY_OK(images);
        for (const ImageRecord &r : images.value()) {
            if (r.url.endsWith(QStringLiteral("/hop1")))
                QCOMPARE(r.format, QStringLiteral("webp")); // three redirects later
            if (r.url.endsWith(QStringLiteral("/loop1"))) {
                QVERIFY(!r.isStored());
                QVERIFY2(r.fetchError.startsWith(QStringLiteral("Redirect loop")), qPrintable(r.fetchError));
                QVERIFY(r.fetchError.contains(QStringLiteral("/loop2")));
            }
        }
    }

    void shouldGiveUpOnTooManyRedirects()
    {
        ImageDownloader::Options o = fastOptions();
        o.maxRedirects = 2;
        const auto r = download({ u("/hop1") }, o);
        QVERIFY2(
            r.value(0).error.startsWith(QStringLiteral("Too many redirects")), qPrintable(r.value(0).error));
    }

    void shouldTimeOutSlowServers()
    {
        ImageDownloader::Options o = fastOptions();
        o.connectTimeout = std::chrono::milliseconds(300);
        o.transferTimeout = std::chrono::milliseconds(300);
        o.maxAttempts = 2;
        const int hangHits = m_server.hits("/hang.jpg");
        QElapsedTimer clock;
        clock.start();
        const auto r = download({ u("/hang.jpg"), u("/stall.jpg") }, o);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(r.size(), 2);
        for (const auto &response : r) {
            if (response.request.url.path() == QLatin1String("/hang.jpg")) {
                QVERIFY2(
                    response.error.contains(QStringLiteral("connect timeout")), qPrintable(response.error));
                QVERIFY(response.error.contains(QStringLiteral("after 2 attempts")));
            } else {
                QVERIFY2(
                    response.error.contains(QStringLiteral("transfer timeout")), qPrintable(response.error));
            }
        }
        QCOMPARE(m_server.hits("/hang.jpg") - hangHits, 2); // timeouts are retried
    }

    void shouldCutOffOversizedBodiesWhileStreaming()
    {
        const auto r = download({ u("/declared-big.jpg"), u("/endless.jpg") }, fastOptions());
        QCOMPARE(r.size(), 2);
        for (const auto &response : r) {
            QVERIFY2(response.error.contains(QStringLiteral("limit of 10.0 MB"))
                    || response.error.contains(QStringLiteral("limit of 10 MB"))
                    || response.error.contains(QStringLiteral("over the limit")),
                qPrintable(response.error));
            QCOMPARE(response.attempts, 1); // not retried
            QVERIFY(response.body.isEmpty());
        }
        // The declared size is refused before the body; the undeclared one is cut off soon after
        // 10 MiB (plus what the loopback socket buffers hold), far from the 200 MiB on offer.
        QTRY_VERIFY(m_server.streamedBytes("/endless.jpg") > 0);
        QVERIFY2(m_server.streamedBytes("/endless.jpg") < 64 * 1024 * 1024,
            qPrintable(QString::number(m_server.streamedBytes("/endless.jpg"))));
        // The declared size is refused from the headers, before any of the body is read
        QVERIFY2(r.value(0).request.url.path() == QLatin1String("/declared-big.jpg")
                ? r.value(0).error.startsWith(QStringLiteral("The image is 11"))
                : r.value(1).error.startsWith(QStringLiteral("The image is 11")),
            qPrintable(r.value(0).error + QLatin1Char('|') + r.value(1).error));
    }

    void shouldBoundConcurrencyPerHost()
    {
        ImageDownloader::Options o = fastOptions();
        o.maxConcurrent = 6;
        o.maxPerHost = 2;
        QList<QUrl> urls;
        for (int i = 0; i < 8; ++i)
            urls << u(QStringLiteral("/bulk%1").arg(i));
        ImageDownloader downloader(o);
        QEventLoop loop;
        QList<ImageDownloader::Response> done;
        connect(&downloader, &ImageDownloader::finished, &loop,
            [&](const ImageDownloader::Response &r) { done << r; });
        connect(&downloader, &ImageDownloader::idle, &loop, &QEventLoop::quit);
        for (const QUrl &url : urls)
            downloader.fetch({ url, {}, {}, 0 });
        loop.exec();
        QCOMPARE(done.size(), 8);
        for (const auto &r : done)
            QCOMPARE(r.body.size(), 2 * 1024 * 1024);
        QCOMPARE(downloader.peakActive(), 2);
    }

    void shouldFetchAUrlSeenTwiceOnce_data() { engines(); }
    void shouldFetchAUrlSeenTwiceOnce()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        m_server.route("/twice.jpg", TestHttpServer::ok(m_jpeg, "image/jpeg"));
        const int before = m_server.hits("/twice.jpg");
        const qint64 id
            = product(*db, QStringLiteral("P-dup"), u("/twice.jpg"), { u("/twice.jpg"), u("/twice.jpg") });
        const auto report = fetch(*db, root.path(), { id });
        QVERIFY_OK(report);
        QCOMPARE(report->images, 1);
        QCOMPARE(m_server.hits("/twice.jpg") - before, 1);
        QCOMPARE(ImageRepository(db->connections()).listForProduct(id)->size(), 1);
        QCOMPARE(filesUnder(root.filePath(QStringLiteral("images"))).size(), 1);
        // Fetching again does not add a row or a file either
        QVERIFY_OK(fetch(*db, root.path(), { id }));
        QCOMPARE(ImageRepository(db->connections()).listForProduct(id)->size(), 1);
        QCOMPARE(filesUnder(root.filePath(QStringLiteral("images"))).size(), 1);
    }

    void shouldRevalidateStoredImages_data() { engines(); }
    void shouldRevalidateStoredImages()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        const qint64 id = product(*db, QStringLiteral("P-etag"), u("/etag.png"), {});
        QVERIFY_OK(fetch(*db, root.path(), { id }));
        const ImageRecord first = ImageRepository(db->connections()).listForProduct(id)->first();
        QCOMPARE(first.etag, QStringLiteral("\"v1\""));
        const auto again = fetch(*db, root.path(), { id });
        QVERIFY_OK(again);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(again->stored, 0);
        QCOMPARE(
            m_server.requests("/etag.png").constLast().headers.value("if-none-match"), QByteArray("\"v1\""));
        const ImageRecord second = ImageRepository(db->connections()).listForProduct(id)->first();
        QCOMPARE(second.localPath, first.localPath);
        // --missing skips it altogether
        const int hits = m_server.hits("/etag.png");
        ImageFetchJob::Options missing;
        missing.onlyMissing = true;
        missing.download = fastOptions();
        const auto none = ImageFetchJob(db->connections(), root.path()).run(missing);
        QVERIFY_OK(none);
        QCOMPARE(none->images, 0);
        QCOMPARE(m_server.hits("/etag.png"), hits);
    }

    void shouldConvertToWebp_data() { engines(); }
    void shouldConvertToWebp()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        const qint64 id = product(*db, QStringLiteral("P-conv"), u("/a.jpg"), {});
        ImageFetchJob::Options o;
        o.productIds = { id };
        o.download = fastOptions();
        o.store.convertTo = QStringLiteral("webp");
        o.store.quality = 80;
        QVERIFY_OK(ImageFetchJob(db->connections(), root.path()).run(o));
        const ImageRecord r = ImageRepository(db->connections()).listForProduct(id)->first();
        QCOMPARE(r.format, QStringLiteral("webp"));
        QVERIFY(r.localPath.endsWith(QStringLiteral(".webp")));
        QImage back(root.filePath(r.localPath));
        QCOMPARE(back.size(), QSize(64, 48));
    }

    void shouldDeleteFilesWithTheirRows_data() { engines(); }
    void shouldDeleteFilesWithTheirRows()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        const qint64 id = product(*db, QStringLiteral("P-del"), u("/a.jpg"), { u("/b.png") });
        QVERIFY_OK(fetch(*db, root.path(), { id }));
        ImageStore store(db->connections(), root.path());
        const QList<ImageRecord> images = ImageRepository(db->connections()).listForProduct(id).value();
        // Deleting one image removes its row and its file
        QVERIFY_OK(store.deleteImage(images.at(1).id));
        QVERIFY(!QFile::exists(root.filePath(images.at(1).localPath)));
        QCOMPARE(ImageRepository(db->connections()).listForProduct(id)->size(), 1);
        // Soft-deleting the product keeps its image
        ProductRepository products(db->connections());
        const auto p = products.findById(id);
        QVERIFY_OK(products.softDelete(id, p->version));
        QCOMPARE(ImageRepository(db->connections()).listForProduct(id)->size(), 1);
        QVERIFY(QFile::exists(root.filePath(images.at(0).localPath)));
        // Removing it for good takes rows and files
        QVERIFY_OK(store.hardDeleteProduct(id));
        QCOMPARE(ImageRepository(db->connections()).count().value(), 0);
        QVERIFY(filesUnder(root.filePath(QStringLiteral("images"))).isEmpty());
    }

    void shouldCacheThumbnailsOnDiskAndInMemory_data() { engines(); }
    void shouldCacheThumbnailsOnDiskAndInMemory()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        m_server.route("/big.jpg", TestHttpServer::ok(encoded("JPEG", 800, 400), "image/jpeg"));
        const qint64 id = product(*db, QStringLiteral("P-thumb"), u("/big.jpg"), { u("/missing.jpg") });
        QVERIFY_OK(fetch(*db, root.path(), { id }));
        const QList<ImageRecord> images = ImageRepository(db->connections()).listForProduct(id).value();
        ThumbnailCache cache(root.path());
        // Nothing in memory before it is asked for; rendered off this thread on request
        QVERIFY(cache.cached(images.at(0), 128).isNull());
        QFuture<QImage> future = cache.request(images.at(0), 128);
        future.waitForFinished();
        QCOMPARE(future.result().size(), QSize(128, 64));
        QCOMPARE(cache.cached(images.at(0), 128).size(), QSize(128, 64));
        QVERIFY(QFile::exists(cache.diskPath(images.at(0).sha256, 128)));
        // A new cache (a restart) finds it on disk even when the original is gone
        QVERIFY(QFile::remove(root.filePath(images.at(0).localPath)));
        ThumbnailCache restarted(root.path());
        QCOMPARE(restarted.thumbnail(images.at(0), 128).size(), QSize(128, 64));
        // An image that failed says why
        QString error;
        QVERIFY(cache.thumbnail(images.at(1), 64, &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("HTTP 404")), qPrintable(error));
        cache.forget(images.at(0).sha256);
        QVERIFY(cache.cached(images.at(0), 128).isNull());
        QVERIFY(!QFile::exists(cache.diskPath(images.at(0).sha256, 128)));
    }

    // Renders run on the cache's own threads and write into it: the cache waits for them as it goes,
    // so none is left running against a destroyed cache (a gallery closed while thumbnails load).
    void shouldFinishItsRendersBeforeTheCacheGoes()
    {
        QTemporaryDir root;
        QList<ImageRecord> images;
        for (int i = 0; i < 12; ++i) {
            ImageRecord image;
            image.localPath = QStringLiteral("big-%1.png").arg(i);
            image.sha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
            QFile file(root.filePath(image.localPath));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(encoded("PNG", 1600, 1200));
            images << image;
        }
        QList<QFuture<QImage>> renders;
        {
            ThumbnailCache cache(root.path());
            for (const ImageRecord &image : images)
                renders << cache.request(image, 256);
        }
        for (const QFuture<QImage> &render : renders) {
            QVERIFY(render.isFinished());
            QCOMPARE(render.result().size(), QSize(256, 192));
        }
    }

    void shouldFindAndRepairImageStoreDamage_data() { engines(); }
    void shouldFindAndRepairImageStoreDamage()
    {
        // Given three stored images and a clean check
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        const qint64 id = product(*db, QStringLiteral("P-chk"), u("/a.jpg"), { u("/b.png"), u("/c.webp") });
        QVERIFY_OK(fetch(*db, root.path(), { id }));
        const QList<ImageRecord> images = ImageRepository(db->connections()).listForProduct(id).value();
        QCOMPARE(images.size(), 3);
        ConsistencyChecker checker(db->connections(), root.path());
        checker.setOrphanGraceSeconds(0);
        const QStringList kinds { QStringLiteral("image_file_missing"), QStringLiteral("image_file_orphaned"),
            QStringLiteral("image_checksum_mismatch"), QStringLiteral("main_image_unrecorded") };
        for (const QString &kind : kinds)
            QVERIFY2(ConsistencyChecker::kinds().contains(kind), qPrintable(kind));
        auto clean = checker.check();
        QVERIFY_OK(clean);
        for (const auto &f : clean.value())
            QVERIFY2(!kinds.contains(f.kind) || f.count == 0, qPrintable(f.kind));

        // When files and rows are damaged behind the store's back
        QVERIFY(QFile::remove(root.filePath(images.at(1).localPath))); // row without file
        {
            QFile changed(root.filePath(images.at(2).localPath)); // file whose sha256 differs
            QVERIFY(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
            changed.write(m_png);
        }
        const QString orphan
            = root.filePath(QStringLiteral("images/P-chk/4c1f0000-0000-0000-0000-000000000000.jpg"));
        QVERIFY(ImageStore::writeFileAtomically(
            orphan, m_jpeg, nullptr)); // file without row (a crash before the row)
        const QString stray = root.filePath(QStringLiteral("images/other/.incoming-9e0f0000-0000-0000-0000-000000000000.jpg"));
        QVERIFY(QDir().mkpath(QFileInfo(stray).absolutePath()));
        QFile(stray).open(QIODevice::WriteOnly); // an unfinished temporary file
        QVERIFY(db->exec(
            QStringLiteral("UPDATE images SET image_type = 'detail' WHERE id = ?"), { images.at(0).id }));

        // Then each kind is found
        auto damaged = checker.check();
        QVERIFY_OK(damaged);
        QCOMPARE(countOf(damaged.value(), QStringLiteral("image_file_missing")), 1);
        QCOMPARE(countOf(damaged.value(), QStringLiteral("image_checksum_mismatch")), 1);
        QCOMPARE(countOf(damaged.value(), QStringLiteral("image_file_orphaned")), 2);
        QCOMPARE(countOf(damaged.value(), QStringLiteral("main_image_unrecorded")), 1);
        QCOMPARE(examplesOf(damaged.value(), QStringLiteral("image_file_missing")),
            QStringList { images.at(1).localPath });

        // And repaired, each in its own transaction, re-checked to zero
        for (const QString &kind : kinds) {
            const auto r = checker.repair(kind);
            QVERIFY_OK(r);
            QVERIFY2(r->after == 0, qPrintable(kind));
        }
        auto repaired = checker.check();
        QVERIFY_OK(repaired);
        for (const auto &f : repaired.value())
            QVERIFY2(!kinds.contains(f.kind) || f.count == 0, qPrintable(f.kind));
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(!QFile::exists(stray));
        QVERIFY(!QFile::exists(root.filePath(images.at(2).localPath)));
        const QList<ImageRecord> after = ImageRepository(db->connections()).listForProduct(id).value();
        QCOMPARE(after.at(0).id, images.at(0).id);
        QCOMPARE(after.at(0).imageType, QStringLiteral("main"));
        QVERIFY(!after.at(1).isStored());
        QVERIFY(after.at(1).fetchError.contains(QStringLiteral("missing")));
        QVERIFY(!after.at(2).isStored());
        QVERIFY(after.at(2).fetchError.contains(QStringLiteral("sha256")));

        // And fetching the missing images restores the store
        ImageFetchJob::Options missing;
        missing.onlyMissing = true;
        missing.download = fastOptions();
        const auto refetched = ImageFetchJob(db->connections(), root.path()).run(missing);
        QVERIFY_OK(refetched);
        QCOMPARE(refetched->stored, 2);
        QCOMPARE(filesUnder(root.filePath(QStringLiteral("images"))).size(), 3);
        auto final = checker.check();
        QVERIFY_OK(final);
        for (const auto &f : final.value())
            QVERIFY2(!kinds.contains(f.kind) || f.count == 0, qPrintable(f.kind));
    }

    void shouldLeaveFreshFilesToARunningFetch()
    {
        // A file younger than the grace period may belong to a fetch about to commit its row.
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        QTemporaryDir root;
        QVERIFY(ImageStore::writeFileAtomically(
            root.filePath(QStringLiteral("images/P/5d2e0000-0000-0000-0000-000000000000.jpg")), m_jpeg, nullptr));
        ConsistencyChecker checker(db->connections(), root.path());
        auto findings = checker.check();
        QVERIFY_OK(findings);
        QCOMPARE(countOf(findings.value(), QStringLiteral("image_file_orphaned")), 0);
        checker.setOrphanGraceSeconds(0);
        findings = checker.check();
        QVERIFY_OK(findings);
        QCOMPARE(countOf(findings.value(), QStringLiteral("image_file_orphaned")), 1);
    }

    void shouldRemoveUnfinishedTemporaryFiles()
    {
        QTemporaryDir root;
        QString error;
        const QString path = root.filePath(QStringLiteral("images/P/x.jpg"));
        QVERIFY2(ImageStore::writeFileAtomically(path, m_jpeg, &error), qPrintable(error));
        QCOMPARE(
            filesUnder(root.filePath(QStringLiteral("images"))), QStringList { QStringLiteral("P/x.jpg") });
        // A write interrupted before its rename leaves a hidden temporary file behind
        QFile stale(root.filePath(QStringLiteral("images/P/.incoming-y.jpg")));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(m_jpeg.left(100));
        stale.close();
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        ImageStore store(db->connections(), root.path());
        QCOMPARE(store.removeTemporaryFiles(0), 1);
        QCOMPARE(
            filesUnder(root.filePath(QStringLiteral("images"))), QStringList { QStringLiteral("P/x.jpg") });
    }

    // The store writes only inside its own folder: an `images` folder, or a product folder in it,
    // that is a link elsewhere is refused for writes, and nothing reaches the link's target.
    void shouldRefuseToWriteThroughALink_data() { engines(); }
    void shouldRefuseToWriteThroughALink()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        QTemporaryDir elsewhere;
        const qint64 linkedRoot = product(*db, QStringLiteral("P-root"), u("/a.jpg"), {});
        QVERIFY(QFile::link(elsewhere.path(), root.filePath(QStringLiteral("images"))));
        auto first = fetch(*db, root.path(), { linkedRoot });
        QVERIFY_OK(first);
        QCOMPARE(first->stored, 0);
        QCOMPARE(first->failed, 1);
        QVERIFY(filesUnder(elsewhere.path()).isEmpty());
        const auto rootRows = ImageRepository(db->connections()).listForProduct(linkedRoot).value();
        QVERIFY(!rootRows.first().isStored());
        QVERIFY2(rootRows.first().fetchError.contains(QStringLiteral("link")), qPrintable(rootRows.first().fetchError));

        QVERIFY(QFile::remove(root.filePath(QStringLiteral("images"))));
        QVERIFY(QDir(root.path()).mkdir(QStringLiteral("images")));
        const qint64 linkedFolder = product(*db, QStringLiteral("P-folder"), u("/b.png"), {});
        QVERIFY(QFile::link(elsewhere.path(), root.filePath(QStringLiteral("images/P-folder"))));
        auto second = fetch(*db, root.path(), { linkedFolder });
        QVERIFY_OK(second);
        QCOMPARE(second->stored, 0);
        QVERIFY(filesUnder(elsewhere.path()).isEmpty());
    }

    // Orphan repair removes only names the store itself makes (<uuid>.<ext>, .incoming-…) and
    // never follows a link: anything else in the folder is the operator's and stays.
    void shouldRepairOnlyFilesTheStoreNamed()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        QTemporaryDir root;
        QTemporaryDir elsewhere;
        const QString victim = elsewhere.filePath(QStringLiteral("victim.jpg"));
        QVERIFY(ImageStore::writeFileAtomically(victim, m_jpeg, nullptr));
        const QString ours
            = root.filePath(QStringLiteral("images/P/0b7c5a52-0d5e-4b8e-9a53-51c0f1c1e0aa.jpg"));
        QVERIFY(ImageStore::writeFileAtomically(ours, m_jpeg, nullptr));
        const QString temporary
            = root.filePath(QStringLiteral("images/P/.incoming-0b7c5a52-0d5e-4b8e-9a53-51c0f1c1e0ab.jpg"));
        QVERIFY(ImageStore::writeFileAtomically(temporary, m_jpeg, nullptr));
        const QStringList foreign { root.filePath(QStringLiteral("images/P/README.txt")),
            root.filePath(QStringLiteral("images/P/photo.jpg")), root.filePath(QStringLiteral("images/notes.jpg")) };
        for (const QString &path : foreign)
            QVERIFY(ImageStore::writeFileAtomically(path, "operator's file", nullptr));
        QVERIFY(QFile::link(victim, root.filePath(QStringLiteral("images/P/0b7c5a52-0d5e-4b8e-9a53-51c0f1c1e0ac.jpg"))));
        QVERIFY(QFile::link(elsewhere.path(), root.filePath(QStringLiteral("images/0b7c5a52-0d5e-4b8e-9a53-51c0f1c1e0ad"))));

        ConsistencyChecker checker(db->connections(), root.path());
        checker.setOrphanGraceSeconds(0);
        auto findings = checker.check();
        QVERIFY_OK(findings);
        QCOMPARE(countOf(findings.value(), QStringLiteral("image_file_orphaned")), 2);
        auto repaired = checker.repair(QStringLiteral("image_file_orphaned"));
        QVERIFY_OK(repaired);
        QCOMPARE(repaired->after, 0);
        QVERIFY(!QFile::exists(ours));
        QVERIFY(!QFile::exists(temporary));
        for (const QString &path : foreign)
            QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(filesUnder(elsewhere.path()), QStringList { QStringLiteral("victim.jpg") });
    }

private:

    QUrl u(const QString &path) const { return m_server.url(path); }
    QUrl u(const char *path) const { return m_server.url(QString::fromLatin1(path)); }

    static ImageDownloader::Options fastOptions()
    {
        ImageDownloader::Options o;
        o.initialBackoff = std::chrono::milliseconds(20);
        o.maxBackoff = std::chrono::milliseconds(100);
        o.connectTimeout = std::chrono::milliseconds(3000);
        o.transferTimeout = std::chrono::milliseconds(3000);
        return o;
    }

    qint64 product(TestDatabase &db, const QString &sourceId, const QUrl &main, const QList<QUrl> &details)
    {
        Product p;
        p.sourceId = sourceId;
        p.title = QStringLiteral("Product ") + sourceId;
        p.mainImageUrl = main.toString();
        for (const QUrl &d : details)
            p.detailImages.append(d.toString());
        const auto created = ProductRepository(db.connections()).create(p);
        if (!created)
            qWarning() << created.error().toString();
        return created ? created->id : 0;
    }

    Result<ImageFetchJob::Report> fetch(TestDatabase &db, const QString &root, const QList<qint64> &ids)
    {
        ImageFetchJob::Options o;
        o.productIds = ids;
        o.download = fastOptions();
        return ImageFetchJob(db.connections(), root).run(o);
    }

    QList<ImageDownloader::Response> download(
        const QList<QUrl> &urls, const ImageDownloader::Options &options)
    {
        ImageDownloader downloader(options);
        QEventLoop loop;
        QList<ImageDownloader::Response> done;
        connect(&downloader, &ImageDownloader::finished, &loop,
            [&](const ImageDownloader::Response &r) { done << r; });
        connect(&downloader, &ImageDownloader::idle, &loop, &QEventLoop::quit);
        for (const QUrl &url : urls)
            downloader.fetch({ url, {}, {}, 0 });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        return done;
    }

    TestHttpServer m_server;
    QByteArray m_jpeg;
    QByteArray m_png;
    QByteArray m_webp;
};

CATALOG_TEST_GUILESS_MAIN(ImageStoreTest)
#include "tst_imagestore.moc"
