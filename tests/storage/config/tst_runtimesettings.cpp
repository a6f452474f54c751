#include "config/runtimesettings.h"
#include "db/pooloptions.h"
#include "images/imagefetchjob.h"
#include "images/thumbnailcache.h"
#include "maintenance/archivehealth.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"
#include "testhttpserver.h"
#include "testmain.h"
#include "transfer/productexporter.h"
#include "transfer/productimporter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace catalog;
using namespace catalog::test;
using namespace Qt::StringLiterals;
using Key = RuntimeSettings::Key;
using Source = RuntimeSettings::Source;

namespace {

// A settings file of its own, so the tests never read or write the user's.
struct SettingsFile
{
    QTemporaryDir dir;
    QSettings settings { dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat };
};

Result<RuntimeSettings> resolveWith(const QHash<QString, QString> &flags, const QProcessEnvironment &env,
    const QMap<QString, QString> &fileValues = {})
{
    SettingsFile file;
    for (auto it = fileValues.begin(); it != fileValues.end(); ++it)
        file.settings.setValue(it.key(), it.value());
    return RuntimeSettings::resolve(flags, env, file.settings);
}

RuntimeSettings settingsWith(const QString &flag, const QString &value)
{
    const Result<RuntimeSettings> resolved = resolveWith({ { flag, value } }, QProcessEnvironment());
    if (!resolved)
        qFatal("%s", qPrintable(resolved.error().toString()));
    return resolved.value();
}

QString writeCsv(const QTemporaryDir &dir, int rows)
{
    QString path = dir.filePath(QStringLiteral("products.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("source_id,title,price_min,price_max\n");
    for (int i = 1; i <= rows; ++i)
        file.write(QStringLiteral("P-%1,Product number %1,1.00,2.00\n").arg(i, 4, 10, QLatin1Char('0')).toUtf8());
    return path;
}

// A PNG of noise: it does not compress, so it is well over 1 KiB.
QByteArray noisePng()
{
    QImage image(64, 64, QImage::Format_RGB32);
    QRandomGenerator random(21);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, random.generate());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void writeImage(const QString &path, Qt::GlobalColor color)
{
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(color);
    if (!image.save(path, "PNG"))
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestRuntimeSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Given nothing set anywhere, when resolved, then every setting has the spec's default.
    void shouldUseTheSpecsDefaults()
    {
        const Result<RuntimeSettings> s = resolveWith({}, QProcessEnvironment());
        QVERIFY_OK(s);
        QCOMPARE(s->maxFileSize(), 10LL * 1024 * 1024);
        QCOMPARE(s->batchSize(), 1000);
        QCOMPARE(s->cacheTtlSeconds(), 3600);
        QCOMPARE(s->poolSize(), 32);
        QCOMPARE(s->poolTimeoutSeconds(), 10);
        QCOMPARE(s->connectRetries(), 5);
        QVERIFY(s->pgBackRestStanza().isEmpty());
        for (const RuntimeSettings::Definition &d : RuntimeSettings::definitions())
            QCOMPARE(s->source(d.key), Source::Default);
    }

    void shouldPreferFlagThenEnvironmentThenFile_data()
    {
        QTest::addColumn<int>("key");
        for (const RuntimeSettings::Definition &d : RuntimeSettings::definitions())
            QTest::newRow(qPrintable(d.name)) << int(d.key);
    }

    // Given a value in the settings file, the environment and a flag, the flag wins; without the
    // flag the environment; without both the file.
    void shouldPreferFlagThenEnvironmentThenFile()
    {
        QFETCH(int, key);
        const RuntimeSettings::Definition &d = RuntimeSettings::definition(Key(key));
        const bool text = d.kind == RuntimeSettings::Kind::Text;
        const QString fileValue = text ? QStringLiteral("from-file") : QString::number(d.minimum + 1);
        const QString envValue = text ? QStringLiteral("from-env") : QString::number(d.minimum + 2);
        const QString flagValue = text ? QStringLiteral("from-flag") : QString::number(d.minimum + 3);
        QProcessEnvironment env;
        env.insert(d.name, envValue);
        const QMap<QString, QString> file { { d.settingsKey, fileValue } };

        const auto valueOf = [&](const RuntimeSettings &s) {
            return text ? s.text(d.key) : QString::number(s.number(d.key));
        };
        Result<RuntimeSettings> s = resolveWith({ { d.flag, flagValue } }, env, file);
        QVERIFY_OK(s);
        QCOMPARE(valueOf(s.value()), flagValue);
        QCOMPARE(s->source(d.key), Source::Flag);
        s = resolveWith({}, env, file);
        QVERIFY_OK(s);
        QCOMPARE(valueOf(s.value()), envValue);
        QCOMPARE(s->source(d.key), Source::Environment);
        s = resolveWith({}, QProcessEnvironment(), file);
        QVERIFY_OK(s);
        QCOMPARE(valueOf(s.value()), fileValue);
        QCOMPARE(s->source(d.key), Source::SettingsFile);
    }

    void shouldRefuseBadValues_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("where");
        QTest::newRow("not a number") << u"BATCH_SIZE"_s << u"many"_s << u"flag"_s;
        QTest::newRow("zero") << u"BATCH_SIZE"_s << u"0"_s << u"env"_s;
        QTest::newRow("negative") << u"CACHE_TTL"_s << u"-5"_s << u"file"_s;
        QTest::newRow("fraction") << u"DB_POOL_SIZE"_s << u"1.5"_s << u"env"_s;
        QTest::newRow("too large") << u"BATCH_SIZE"_s << u"100001"_s << u"flag"_s;
        QTest::newRow("unknown size suffix") << u"MAX_FILE_SIZE"_s << u"10X"_s << u"env"_s;
        QTest::newRow("size suffix on a count") << u"DB_POOL_TIMEOUT"_s << u"10M"_s << u"flag"_s;
        QTest::newRow("overflow") << u"MAX_FILE_SIZE"_s << u"999999999999999G"_s << u"file"_s;
        QTest::newRow("empty") << u"DB_CONNECT_RETRIES"_s << QString() << u"env"_s;
    }

    // Given a value that is not a number in range, resolve() refuses it and says which setting,
    // from where, the value and what is allowed.
    void shouldRefuseBadValues()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, where);
        const RuntimeSettings::Definition *d = nullptr;
        for (const RuntimeSettings::Definition &candidate : RuntimeSettings::definitions())
            d = candidate.name == name ? &candidate : d;
        QVERIFY(d);
        QHash<QString, QString> flags;
        QProcessEnvironment env;
        QMap<QString, QString> file;
        QString expectedSource;
        if (where == u"flag"_s) {
            flags.insert(d->flag, value);
            expectedSource = u"--"_s + d->flag;
        } else if (where == u"env"_s) {
            env.insert(name, value);
            expectedSource = u"environment variable "_s + name;
        } else {
            file.insert(d->settingsKey, value);
            expectedSource = d->settingsKey;
        }
        const Result<RuntimeSettings> s = resolveWith(flags, env, file);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, ErrorKind::Validation);
        const QString message = s.error().message;
        QVERIFY2(message.contains(name), qPrintable(message));
        QVERIFY2(message.contains(u'"' + value.left(60) + u'"'), qPrintable(message));
        QVERIFY2(message.contains(expectedSource), qPrintable(message));
        QVERIFY2(message.contains(QString::number(d->maximum)), qPrintable(message));
    }

    // Sizes take the binary suffixes people write.
    void shouldReadSizeSuffixes()
    {
        QCOMPARE(settingsWith(u"max-file-size"_s, u"10M"_s).maxFileSize(), 10LL * 1024 * 1024);
        QCOMPARE(settingsWith(u"max-file-size"_s, u"512 KiB"_s).maxFileSize(), 512LL * 1024);
        QCOMPARE(settingsWith(u"max-file-size"_s, u"2g"_s).maxFileSize(), 2LL * 1024 * 1024 * 1024);
        QCOMPARE(settingsWith(u"max-file-size"_s, u"12345"_s).maxFileSize(), 12345LL);
    }

    // --help's section names every setting with its flag, settings key and default.
    void shouldListEverySettingInTheHelp()
    {
        const QString help = RuntimeSettings::helpText();
        for (const RuntimeSettings::Definition &d : RuntimeSettings::definitions()) {
            QVERIFY2(help.contains(d.name), qPrintable(d.name));
            QVERIFY2(help.contains(u"--"_s + d.flag), qPrintable(d.flag));
            QVERIFY2(help.contains(d.settingsKey), qPrintable(d.settingsKey));
        }
        QVERIFY(help.contains(u"default 10485760 bytes"_s));
    }

    // The pool settings become the connection manager's limits.
    void shouldTurnThePoolSettingsIntoManagerOptions()
    {
        const Result<RuntimeSettings> s = resolveWith(
            { { u"db-pool-size"_s, u"3"_s }, { u"db-pool-timeout"_s, u"7"_s }, { u"db-connect-retries"_s, u"0"_s } },
            QProcessEnvironment());
        QVERIFY_OK(s);
        const ConnectionManager::Options options = poolOptions(s.value());
        QCOMPARE(options.maxConnections, 3);
        QCOMPARE(options.acquireTimeout, std::chrono::milliseconds(7000));
        QCOMPARE(options.maxAttempts, 1);
        QVERIFY(options.maxWorkers <= 3);
    }

    void shouldRefuseAnImportFileOverMaxFileSizeUnread_data() { engines(); }

    // Given MAX_FILE_SIZE of 1 KiB, a 2 KiB file (not even CSV) is refused before it is read — the
    // error names MAX_FILE_SIZE, not the content — and nothing is written; a small one imports.
    void shouldRefuseAnImportFileOverMaxFileSizeUnread()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString big = dir.filePath(u"big.csv"_s);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, '\0')); // binary: any reading would fail with another message
        file.close();
        ProductImporter::Options options;
        options.maxFileSize = settingsWith(u"max-file-size"_s, u"1K"_s).maxFileSize();
        const Result<ProductImporter::Report> refused = ProductImporter(db->connections()).importFile(big, options);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"MAX_FILE_SIZE"_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"2048 bytes"_s), qPrintable(refused.error().message));
        QVERIFY(!ProductImporter::preview(big, options, 5));
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM products"_s).toLongLong(), 0LL);

        const QString small = writeCsv(dir, 3); // well under 1 KiB
        QVERIFY(QFileInfo(small).size() < 1024);
        const Result<ProductImporter::Report> imported = ProductImporter(db->connections()).importFile(small, options);
        QVERIFY_OK(imported);
        QVERIFY2(imported->rejected == 0, qPrintable(imported->errors.value(0).message));
        QCOMPARE(imported->inserted, 3LL);
    }

    void shouldRefuseADownloadedImageOverMaxFileSize_data() { engines(); }

    // Given MAX_FILE_SIZE of 1 KiB, an image of several KiB is refused while it downloads; with the
    // default it is stored.
    void shouldRefuseADownloadedImageOverMaxFileSize()
    {
        OPEN_TEST_DATABASE(db);
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray png = noisePng();
        QVERIFY(png.size() > 4096);
        server.route("/noise.png", TestHttpServer::ok(png, "image/png"));
        QVERIFY(db->exec(u"INSERT INTO products (source_id, title, currency, price_min, price_max, main_image_url) "
                         "VALUES ('P-img', 'Noise', 'CNY', 1, 2, ?)"_s,
            { server.url(u"/noise.png"_s).toString() }));
        const qint64 id = db->scalar(u"SELECT id FROM products WHERE source_id = 'P-img'"_s).toLongLong();
        QTemporaryDir root;
        const auto fetch = [&](const RuntimeSettings &settings) {
            ImageFetchJob::Options options;
            options.productIds = { id };
            options.download.maxBytes = settings.maxFileSize();
            return ImageFetchJob(db->connections(), root.path()).run(options);
        };
        const auto refused = fetch(settingsWith(u"max-file-size"_s, u"1K"_s));
        QVERIFY_OK(refused);
        QCOMPARE(refused->failed, 1LL);
        QCOMPARE(refused->stored, 0LL);
        QVERIFY2(refused->failures.value(0).message.contains(u"limit"_s), qPrintable(refused->failures.value(0).message));
        const auto stored = fetch(RuntimeSettings());
        QVERIFY_OK(stored);
        QCOMPARE(stored->stored, 1LL);
    }

    void shouldWriteInBatchesOfBatchSize_data() { engines(); }

    // Given 25 rows, BATCH_SIZE 10 commits three batches and exports in three steps; BATCH_SIZE
    // 1000 commits one.
    void shouldWriteInBatchesOfBatchSize()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = writeCsv(dir, 25);
        const auto importBatches = [&](const QString &batchSize) {
            ProductImporter::Options options;
            options.batchSize = settingsWith(u"batch-size"_s, batchSize).batchSize();
            int batches = 0;
            const auto report = ProductImporter(db->connections())
                                    .importFile(path, options, [&batches](qint64 rows, qint64, qint64) {
                                        batches += rows > 0 ? 1 : 0;
                                        return true;
                                    });
            return report ? batches : -1;
        };
        QCOMPARE(importBatches(u"10"_s), 3);
        QCOMPARE(importBatches(u"1000"_s), 1);
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM products"_s).toLongLong(), 25LL);

        ProductExporter::Options exportOptions;
        exportOptions.batchSize = settingsWith(u"batch-size"_s, u"10"_s).batchSize();
        QList<qint64> steps;
        const auto exported = ProductExporter(db->connections())
                                  .exportTo(dir.filePath(u"out.csv"_s), exportOptions, [&steps](qint64 done, qint64) {
                                      steps << done;
                                      return true;
                                  });
        QVERIFY_OK(exported);
        QVERIFY2(steps.contains(10) && steps.contains(20) && steps.last() == 25,
            qPrintable(QStringLiteral("%1").arg(steps.size())));
    }

    // Given a thumbnail on disk older than CACHE_TTL, it is rendered again from the original; a
    // younger one is used as it is.
    void shouldRenderAnExpiredDiskThumbnailAgain()
    {
        QTemporaryDir root;
        const QString original = root.filePath(u"picture.png"_s);
        writeImage(original, Qt::red);
        ImageRecord image;
        image.localPath = original;
        image.sha256 = u"0123abcd"_s;
        const auto ttl = std::chrono::seconds(settingsWith(u"cache-ttl"_s, u"3600"_s).cacheTtlSeconds());
        {
            ThumbnailCache cache(root.path());
            cache.setTimeToLive(ttl);
            QCOMPARE(cache.thumbnail(image, 64).pixelColor(0, 0), QColor(Qt::red));
        }
        writeImage(original, Qt::blue); // the original changes; the thumbnail on disk does not
        const QString disk = ThumbnailCache(root.path()).diskPath(image.sha256, 64);
        {
            ThumbnailCache cache(root.path());
            cache.setTimeToLive(ttl);
            QCOMPARE(cache.thumbnail(image, 64).pixelColor(0, 0), QColor(Qt::red)); // fresh: used as is
        }
        QFile stale(disk);
        QVERIFY(stale.open(QIODevice::ReadWrite));
        QVERIFY(stale.setFileTime(QDateTime::currentDateTime().addSecs(-7200), QFileDevice::FileModificationTime));
        stale.close();
        {
            ThumbnailCache cache(root.path());
            cache.setTimeToLive(ttl);
            QCOMPARE(cache.thumbnail(image, 64).pixelColor(0, 0), QColor(Qt::blue)); // expired: rendered again
        }
        QVERIFY(QFileInfo(disk).lastModified().secsTo(QDateTime::currentDateTime()) < 600); // and rewritten
    }

    // Given CACHE_TTL of 1 s, a thumbnail in memory stops being served once it is older.
    void shouldExpireThumbnailsInMemory()
    {
        QTemporaryDir root;
        const QString original = root.filePath(u"picture.png"_s);
        writeImage(original, Qt::green);
        ImageRecord image;
        image.localPath = original;
        ThumbnailCache cache(root.path());
        cache.setTimeToLive(std::chrono::seconds(settingsWith(u"cache-ttl"_s, u"1"_s).cacheTtlSeconds()));
        QVERIFY(!cache.thumbnail(image, 64).isNull());
        QVERIFY(!cache.cached(image, 64).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(cache.cached(image, 64).isNull(), 10000);
        QVERIFY(!cache.thumbnail(image, 64).isNull()); // and is rendered again on request
    }

    void shouldBoundConnectionsByPoolSize_data() { engines(); }

    // Given DB_POOL_SIZE 2 and DB_POOL_TIMEOUT 1 s, six threads never hold more than two
    // connections at once, and a third thread that needs one while two are held fails after about
    // a second with an error that names the settings.
    void shouldBoundConnectionsByPoolSize()
    {
        QFETCH(QString, engine);
        const Result<RuntimeSettings> s = resolveWith(
            { { u"db-pool-size"_s, u"2"_s }, { u"db-pool-timeout"_s, u"1"_s } }, QProcessEnvironment());
        QVERIFY_OK(s);
        auto db = TestDatabase::create(engine, true, poolOptions(s.value()));
        if (!db) {
            if (engine == u"postgresql"_s && qEnvironmentVariable("CI") != u"true"_s)
                QSKIP("no PostgreSQL test cluster");
            QFAIL(qPrintable(TestDatabase::lastError()));
        }
        ConnectionManager &connections = db->connections();
        connections.releaseThreadConnection(); // the test's own thread holds none
        std::atomic<int> most { 0 };
        std::atomic<int> failures { 0 };
        std::vector<std::thread> threads;
        threads.reserve(6);
        for (int t = 0; t < 6; ++t)
            threads.emplace_back([&connections, &most, &failures] {
                for (int i = 0; i < 5; ++i) {
                    const StorageError e = connections.runStatus([&](QSqlDatabase &) -> StorageError {
                        most = std::max(most.load(), connections.openConnections());
                        return {};
                    });
                    failures += e.ok() ? 0 : 1;
                    connections.releaseThreadConnection();
                }
            });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY2(most.load() <= 2 && most.load() >= 1, qPrintable(QString::number(most.load())));

        std::atomic<bool> release { false };
        std::atomic<int> holding { 0 };
        std::vector<std::thread> holders;
        holders.reserve(2);
        const auto joinHolders = qScopeGuard([&] {
            release = true;
            for (std::thread &t : holders)
                t.join();
        });
        for (int t = 0; t < 2; ++t)
            holders.emplace_back([&] {
                if (connections.connection())
                    ++holding;
                while (!release)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                connections.releaseThreadConnection();
            });
        QTRY_COMPARE_WITH_TIMEOUT(holding.load(), 2, 30000);
        StorageError third;
        QElapsedTimer waited;
        waited.start();
        std::thread([&] {
            const Result<QSqlDatabase> c = connections.connection();
            third = c ? StorageError() : c.error();
            connections.releaseThreadConnection();
        }).join();
        const qint64 ms = waited.elapsed();
        QCOMPARE(third.kind, ErrorKind::Timeout);
        QVERIFY2(third.message.contains(u"All 2 database connections are in use"_s), qPrintable(third.message));
        QVERIFY2(third.message.contains(u"DB_POOL_TIMEOUT"_s), qPrintable(third.message));
        QVERIFY2(ms >= 900, qPrintable(QString::number(ms)));
    }

    // Given DB_CONNECT_RETRIES 1, work against a server that is not there is tried twice.
    void shouldRetryAsOftenAsConnectRetriesSays()
    {
        ConnectionConfig config;
        config.engine = Engine::PostgreSQL;
        config.host = u"127.0.0.1"_s;
        config.port = 1; // nothing listens there
        config.database = u"catalog"_s;
        ConnectionManager connections(config, poolOptions(settingsWith(u"db-connect-retries"_s, u"1"_s)));
        const auto result = ProductRepository(connections).findById(1);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"gave up after 2 attempts"_s), qPrintable(result.error().message));
    }

    // pgbackrest info's JSON (as pgBackRest 2.45 prints it) gives the stanza's backups and archive.
    void shouldReadPgBackRestInfo()
    {
        const QByteArray json = R"([{"archive":[{"database":{"id":1,"repo-key":1},"id":"15-1",
            "max":"000000010000000000000006","min":"000000010000000000000001"}],
            "backup":[{"label":"20261207-135828F","timestamp":{"start":1796651908,"stop":1796651911},"type":"full"},
            {"label":"20261207-135828F_20261207-135832I","timestamp":{"start":1796651912,"stop":1796651914},
            "type":"incr"}],"name":"catalog","status":{"code":0,"message":"ok"}},
            {"backup":[],"name":"other","status":{"code":2,"message":"no valid backups"}}])";
        ArchiveStatus status;
        status.stanza = u"catalog"_s;
        QString error;
        QVERIFY2(ArchiveHealth::parseBackRestInfo(json, status, &error), qPrintable(error));
        QVERIFY(status.backRestOk);
        QCOMPARE(status.backups, 2);
        QCOMPARE(status.lastBackupType, u"incr"_s);
        QCOMPARE(status.lastBackupTime, QDateTime::fromSecsSinceEpoch(1796651914, Qt::UTC));
        QCOMPARE(status.archiveMax, u"000000010000000000000006"_s);

        ArchiveStatus other;
        other.stanza = u"other"_s;
        QVERIFY(ArchiveHealth::parseBackRestInfo(json, other, &error));
        QVERIFY(!other.backRestOk);
        QCOMPARE(other.backRestStatus, u"no valid backups"_s);

        ArchiveStatus missing;
        missing.stanza = u"nosuch"_s;
        QVERIFY(!ArchiveHealth::parseBackRestInfo(json, missing, &error));
        QVERIFY2(error.contains(u"nosuch"_s), qPrintable(error));
        QVERIFY(!ArchiveHealth::parseBackRestInfo("not json", missing, &error));
    }

    // Segments waiting to be archived, from the two WAL file names (16 MiB segments: 256 per "log").
    void shouldCountWaitingSegments()
    {
        const qint64 mib16 = 16 * 1024 * 1024;
        QCOMPARE(ArchiveHealth::segmentsBetween(u"000000010000000000000005"_s, u"000000010000000000000006"_s, mib16), 0);
        QCOMPARE(ArchiveHealth::segmentsBetween(u"000000010000000000000005"_s, u"000000010000000000000009"_s, mib16), 3);
        QCOMPARE(ArchiveHealth::segmentsBetween(u"0000000100000000000000FF"_s, u"000000010000000100000001"_s, mib16), 1);
        QCOMPARE(ArchiveHealth::segmentsBetween(QString(), u"000000010000000000000009"_s, mib16), 0);
        QCOMPARE(ArchiveHealth::segmentsBetween(u"000000010000000000000005"_s, u"000000020000000000000009"_s, mib16), 0);
    }
};

CATALOG_TEST_GUILESS_MAIN(TestRuntimeSettings)
#include "tst_runtimesettings.moc"
