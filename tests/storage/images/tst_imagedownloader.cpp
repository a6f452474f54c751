#include "images/imagedownloader.h"
#include "testhttpserver.h"

#include "testmain.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace catalog;
using catalog::test::TestHttpServer;
using Reply = TestHttpServer::Reply;

// The limits that keep one hostile server from holding an image fetch for ever: a deadline for the
// whole transfer, a minimum average rate, and a body cap that names a decompression bomb.
class ImageDownloaderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        Reply drip = TestHttpServer::ok({}, "image/jpeg");
        drip.streamBytes = 100000;
        drip.dripMs = 50; // 20 bytes/s: never silent long enough for the transfer timeout
        m_server.route("/drip.jpg", drip);

        // 64 MiB of zeros deflate to about 64 KiB: a ratio of 1000.
        const QByteArray zlib = qCompress(QByteArray(64 * 1024 * 1024, '\0'), 9);
        Reply bomb = TestHttpServer::ok(zlib.mid(4), "image/png"); // qCompress's 4-byte length off: a zlib stream
        bomb.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("deflate")));
        m_server.route("/bomb.png", bomb);

        Reply small = TestHttpServer::ok(QByteArray(1000, 'x'), "image/jpeg");
        m_server.route("/small.jpg", small);
    }

    void shouldGiveUpATricklingServerAtTheDeadline()
    {
        // Given a server that sends a byte every 50 ms, and a transfer timeout it never trips
        ImageDownloader::Options o = options();
        o.transferTimeout = std::chrono::milliseconds(2000);
        o.minBytesPerSecond = 0;
        o.deadline = std::chrono::milliseconds(1500);
        // When the download runs
        QElapsedTimer clock;
        clock.start();
        const QList<ImageDownloader::Response> r = download({ m_server.url(QStringLiteral("/drip.jpg")) }, o);
        // Then it ends at the deadline, once (not retried), with the reason
        QCOMPARE(r.size(), 1);
        QVERIFY2(r.first().error.contains(QStringLiteral("deadline")), qPrintable(r.first().error));
        QCOMPARE(r.first().attempts, 1);
        QVERIFY(r.first().body.isEmpty());
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void shouldGiveUpATricklingServerBelowTheMinimumRate()
    {
        ImageDownloader::Options o = options();
        o.transferTimeout = std::chrono::milliseconds(2000);
        o.minBytesPerSecond = 1000; // the server sends 20 bytes/s
        o.minRateAfter = std::chrono::milliseconds(500);
        const QList<ImageDownloader::Response> r = download({ m_server.url(QStringLiteral("/drip.jpg")) }, o);
        QCOMPARE(r.size(), 1);
        QVERIFY2(r.first().error.contains(QStringLiteral("too slowly")), qPrintable(r.first().error));
        QVERIFY2(r.first().error.contains(QStringLiteral("minimum of 1000 bytes/s")), qPrintable(r.first().error));
        QCOMPARE(r.first().attempts, 1);
    }

    void shouldNameADecompressionBomb()
    {
        // Given a 64 KiB response that inflates to 64 MiB, and a cap of 10 MiB
        const QList<ImageDownloader::Response> r = download({ m_server.url(QStringLiteral("/bomb.png")) }, options());
        // Then it is stopped at the cap and called what it is, not retried
        QCOMPARE(r.size(), 1);
        QVERIFY2(r.first().error.contains(QStringLiteral("decompression bomb")), qPrintable(r.first().error));
        QVERIFY2(r.first().error.contains(QStringLiteral("deflate")), qPrintable(r.first().error));
        QCOMPARE(r.first().attempts, 1);
        QVERIFY(r.first().body.isEmpty());
    }

    void shouldStillFetchAnOrdinaryImageWithinTheLimits()
    {
        ImageDownloader::Options o = options();
        o.minRateAfter = std::chrono::milliseconds(0);
        const QList<ImageDownloader::Response> r = download({ m_server.url(QStringLiteral("/small.jpg")) }, o);
        QCOMPARE(r.size(), 1);
        QVERIFY2(r.first().ok(), qPrintable(r.first().error));
        QCOMPARE(r.first().body.size(), 1000);
    }

private:
    static ImageDownloader::Options options()
    {
        ImageDownloader::Options o;
        o.initialBackoff = std::chrono::milliseconds(10);
        o.maxBackoff = std::chrono::milliseconds(20);
        return o;
    }

    static QList<ImageDownloader::Response> download(const QList<QUrl> &urls, const ImageDownloader::Options &options)
    {
        ImageDownloader downloader(options);
        QEventLoop loop;
        QList<ImageDownloader::Response> done;
        connect(&downloader, &ImageDownloader::finished, &loop, [&](const ImageDownloader::Response &r) { done << r; });
        connect(&downloader, &ImageDownloader::idle, &loop, &QEventLoop::quit);
        for (const QUrl &url : urls)
            downloader.fetch({ url, {}, {}, 0 });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit); // a bound for a broken build, far above every case
        loop.exec();
        return done;
    }

    TestHttpServer m_server;
};

CATALOG_TEST_GUILESS_MAIN(ImageDownloaderTest)
#include "tst_imagedownloader.moc"
