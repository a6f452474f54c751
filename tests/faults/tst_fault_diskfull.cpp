// Fault: the disk fills up during an image fetch and during a backup, on a small tmpfs mounted by the
// test (needs root, as in CI; elsewhere the suite is skipped saying so, and under CI=true it fails).
// Either job must report the problem clearly (naming the lack of space), and leave nothing that looks
// good but is not: no final-named partial file, no temporary file, no backup set that reads as
// complete without its manifest, no image row pointing at a truncated file; the database stays as it
// was (backup) or consistent (fetch), and the job works again once there is room.
#include "maintenance/backupmanager.h"
#include "db/connectionmanager.h"
#include "maintenance/consistencychecker.h"
#include "faultsupport.h"
#include "images/imagecodec.h"
#include "images/imagefetchjob.h"
#include "repositories/imagerepository.h"
#include "images/imagestore.h"
#include "transfer/productimporter.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"
#include "testhttpserver.h"

#include "testmain.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

constexpr int kImages = 8;

// A PNG of noise: it does not compress, so it is about w*h*3 bytes.
QByteArray noisePng(int side, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < side; ++x)
            line[x] = rng.generate() | 0xff000000u;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool mentionsSpace(const QString &text)
{
    return text.contains(QStringLiteral("No space left on device"), Qt::CaseInsensitive)
        || text.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive)
        || text.contains(QStringLiteral("disk full"), Qt::CaseInsensitive);
}

// Stored image rows whose file is missing, of another size or another sha256 than the row says.
QStringList badImageRows(TestDatabase &db, const ImageStore &store)
{
    QStringList bad;
    auto conn = db.connections().connection();
    QSqlQuery q(conn.value());
    if (!q.exec(QStringLiteral("SELECT id, local_path, size, sha256 FROM images WHERE local_path IS NOT NULL")))
        return { QStringLiteral("query failed") };
    while (q.next()) {
        QFile file(store.absolutePath(q.value(1).toString()));
        if (!file.open(QIODevice::ReadOnly)) {
            bad << QStringLiteral("image %1: %2 is missing").arg(q.value(0).toString(), file.fileName());
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (bytes.size() != q.value(2).toLongLong() || ImageCodec::sha256Hex(bytes) != q.value(3).toString())
            bad << QStringLiteral("image %1: %2 is truncated or differs (%3 bytes, row says %4)")
                       .arg(q.value(0).toString(), file.fileName())
                       .arg(bytes.size())
                       .arg(q.value(2).toLongLong());
    }
    return bad;
}

QStringList temporaryFiles(const QString &dir)
{
    QStringList found;
    for (const QString &f : filesBelow(dir)) {
        const QString name = QFileInfo(f).fileName();
        if (ImageStore::isTemporaryFileName(name) || name.endsWith(QLatin1String(".partial")) || name.contains(QLatin1String(".tmp"))
            || name.endsWith(QLatin1String("-journal")) || name.contains(QLatin1String(".incoming")))
            found << f;
    }
    return found;
}

void seedCatalog(TestDatabase &db, int rows)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("seed.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("source_id,title,subtitle,price_min,price_max,specifications,supplier_source_id,supplier_name\n");
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("DF-%1,Thermos %1,\"a fairly long subtitle so that the dump has some size %1\",1.00,2.50,"
                                  "\"{\"\"k\"\":%1}\",S-%2,Supplier %2\n")
                       .arg(i)
                       .arg(i % 30)
                       .toUtf8());
    file.close();
    ProductImporter::Options options;
    const auto report = ProductImporter(db.connections()).importFile(csv, options);
    QVERIFY_OK(report);
    QCOMPARE(report->rejected, 0);
}

void checkImageConsistency(TestDatabase &db, const QString &root)
{
    ConsistencyChecker checker(db.connections(), root);
    checker.setOrphanGraceSeconds(0);
    const auto findings = checker.check();
    QVERIFY_OK(findings);
    for (const ConsistencyChecker::Finding &f : findings.value()) {
        if (f.kind.startsWith(QLatin1String("image")))
            QVERIFY2(f.count == 0, qPrintable(QStringLiteral("%1: %2 (%3)").arg(f.kind).arg(f.count).arg(f.examples.join(QStringLiteral(", ")))));
    }
}

} // namespace

class FaultDiskFullTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_record.finish(); }

    void shouldFailAnImageFetchClearlyWhenTheDiskIsFull_data() { engines(); }
    void shouldFailAnImageFetchClearlyWhenTheDiskIsFull()
    {
        OPEN_TEST_DATABASE(db);
        m_record.begin(QStringLiteral("disk full during image fetch"), engine);
        TmpfsMount disk(4 * 1024 * 1024);
        if (!disk.isMounted())
            return noTmpfs(disk.error());

        // Eight distinct images of ~190 KB each; room for about two of them.
        TestHttpServer server;
        QVERIFY(server.listen());
        ProductRepository products(db->connections());
        for (int i = 0; i < kImages; ++i) {
            const QByteArray path = QByteArray("/img/") + QByteArray::number(i) + ".png";
            server.route(path, TestHttpServer::ok(noisePng(250, quint32(i + 1)), "image/png"));
            Product p;
            p.sourceId = QStringLiteral("DISK-%1").arg(i);
            p.title = QStringLiteral("Image %1").arg(i);
            p.mainImageUrl = server.url(QString::fromLatin1(path)).toString();
            QVERIFY_OK(products.create(p));
        }
        QVERIFY(disk.fillUpTo(450 * 1024));

        ImageFetchJob::Options options;
        options.download.maxAttempts = 1;
        const Result<ImageFetchJob::Report> report = ImageFetchJob(db->connections(), disk.path()).run(options);
        m_record.addRun();
        QVERIFY_OK(report);
        qInfo() << "stored" << report->stored << "failed" << report->failed << "of" << kImages;
        QVERIFY2(report->stored < kImages && report->failed > 0, "the disk was meant to fill up");
        // Each failure says the disk is full
        for (const ImageFetchJob::Failure &f : report->failures)
            QVERIFY2(mentionsSpace(f.message), qPrintable(f.message));
        // ... and so does the job's journal row and the image rows
        const QString details = db->scalar(QStringLiteral("SELECT CAST(error_details AS TEXT) FROM sync_records WHERE id = ?"),
                                      { report->syncRecordId })
                                    .toString();
        QVERIFY2(mentionsSpace(details), qPrintable(details.left(500)));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM images WHERE fetch_error IS NOT NULL")).toLongLong(), report->failed);
        QVERIFY2(mentionsSpace(db->scalar(QStringLiteral("SELECT max(fetch_error) FROM images")).toString()), "fetch_error");

        // No row points at a truncated file; no temporary or unnamed file is left
        ImageStore store(db->connections(), disk.path());
        QStringList bad = badImageRows(*db, store);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        QCOMPARE(temporaryFiles(disk.path()), QStringList());
        const qint64 storedRows = db->scalar(QStringLiteral("SELECT count(*) FROM images WHERE local_path IS NOT NULL")).toLongLong();
        QCOMPARE(storedRows, report->stored);
        QCOMPARE(qint64(filesBelow(store.imagesRoot()).size()), storedRows); // every file has its row
        m_record.addRowsLost(report->stored - storedRows);

        // With room again the missing images are fetched, and the store is consistent
        disk.removeBallast();
        options.onlyMissing = true;
        const Result<ImageFetchJob::Report> again = ImageFetchJob(db->connections(), disk.path()).run(options);
        m_record.addRun();
        QVERIFY_OK(again);
        QCOMPARE(again->failed, 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM images WHERE local_path IS NOT NULL")).toInt(), kImages);
        bad = badImageRows(*db, store);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        checkImageConsistency(*db, disk.path());
        m_record.setDetail(QStringLiteral("%1 of %2 images stored before the disk filled, %3 failed with ENOSPC")
                               .arg(report->stored).arg(kImages).arg(report->failed));
    }

    void shouldFailABackupClearlyWhenTheDiskIsFull_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("stage");
        for (const char *engine : { "sqlite", "postgresql" }) {
            for (const char *stage : { "database", "images", "manifest" })
                QTest::addRow("%s-%s", engine, stage) << QString::fromLatin1(engine) << QString::fromLatin1(stage);
        }
    }
    void shouldFailABackupClearlyWhenTheDiskIsFull()
    {
        QFETCH(QString, stage);
        OPEN_TEST_DATABASE(db);
        m_record.begin(QStringLiteral("disk full during backup (%1)").arg(stage), engine);
        seedCatalog(*db, 5000);
        QTemporaryDir storage;
        const QString imagesDir = QDir(storage.path()).filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(imagesDir + QStringLiteral("/p")));
        for (int i = 0; i < 3; ++i) {
            QFile image(QStringLiteral("%1/p/%2.png").arg(imagesDir).arg(i));
            QVERIFY(image.open(QIODevice::WriteOnly));
            image.write(noisePng(200, quint32(100 + i)));
        }
        BackupManager backups(db->connections());
        BackupManager::BackupOptions options;
        options.includeImages = true;
        options.imagesDir = imagesDir;
        TmpfsMount disk(24 * 1024 * 1024);
        if (!disk.isMounted())
            return noTmpfs(disk.error());
        const QString out = QDir(disk.path()).filePath(QStringLiteral("backups"));
        options.outputDir = out;
        // The disk fills up (another process, a log) at the stage under test.
        const QString fillAt = stage == QLatin1String("database") ? QStringLiteral("Preparing the backup")
            : stage == QLatin1String("images")                    ? QStringLiteral("Archiving the image store")
                                                                  : QStringLiteral("Writing the manifest");
        bool filled = false;
        const BackupManager::Progress fillUp = [&](int, const QString &what) {
            if (!filled && what == fillAt) {
                filled = true;
                if (!disk.fillUpTo(stage == QLatin1String("database") ? 16 * 1024 : 0))
                    qWarning() << "could not fill the disk";
                qInfo() << "filled the disk at" << what << "; free now" << disk.freeBytes() << filesBelow(out);
            }
            return true;
        };
        const QStringList before = productRows(*db);
        const Result<BackupManager::Digests> digestsBefore = backups.digests();
        QVERIFY_OK(digestsBefore);

        const Result<BackupManager::Manifest> written = backups.backup(options, fillUp);
        m_record.addRun();
        QVERIFY2(filled, qPrintable(QStringLiteral("the backup never reported the stage \"%1\"").arg(fillAt)));
        QVERIFY2(!written, "the backup was meant to run out of space");
        const QString message = written.error().toString();
        qInfo().noquote() << "backup error:" << message;
        QVERIFY2(mentionsSpace(message), qPrintable(message));
        // Nothing of the set is left: no partial, no final-named file, no manifest, no temporary file
        QCOMPARE(filesBelow(out), QStringList());
        const Result<QList<BackupManager::BackupSet>> sets = BackupManager::list(out);
        QVERIFY_OK(sets);
        for (const BackupManager::BackupSet &set : sets.value())
            QVERIFY2(!set.complete, qPrintable(set.name));
        // The job says why it failed
        QCOMPARE(db->scalar(QStringLiteral("SELECT status FROM sync_records WHERE operation_type = 'backup' ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("failed"));
        const QString details = db->scalar(QStringLiteral("SELECT CAST(error_details AS TEXT) FROM sync_records "
                                                          "WHERE operation_type = 'backup' ORDER BY id DESC LIMIT 1")).toString();
        QVERIFY2(mentionsSpace(details), qPrintable(details.left(500)));
        // The database is as it was
        const QStringList after = productRows(*db);
        const QSet<QString> afterSet(after.cbegin(), after.cend());
        qint64 lost = 0;
        for (const QString &row : before)
            lost += afterSet.contains(row) ? 0 : 1;
        m_record.addRowsLost(lost);
        QCOMPARE(after, before);
        const Result<BackupManager::Digests> digestsAfter = backups.digests();
        QVERIFY_OK(digestsAfter);
        BackupManager::Digests now = digestsAfter.value();
        now.remove(QStringLiteral("sync_records")); // the failed backup's own row
        BackupManager::Digests expected = digestsBefore.value();
        expected.remove(QStringLiteral("sync_records"));
        QCOMPARE(now, expected);

        // With room again the same backup works
        disk.removeBallast();
        const Result<BackupManager::Manifest> retried = backups.backup(options);
        m_record.addRun();
        QVERIFY_OK(retried);
        QCOMPARE(retried->tables.value(QStringLiteral("products")), digestsBefore->value(QStringLiteral("products")));
        // The database with its row hashes, the image archive with its list of files, and the
        // settings (issue 21).
        QCOMPARE(retried->files.size(), 5);
        QVERIFY(!retried->filePath(QStringLiteral("row-hashes")).isEmpty());
        m_record.setDetail(message.left(160));
    }

private:
    void noTmpfs(const QString &why)
    {
        m_record.skip(why);
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(QStringLiteral("CI must run the disk-full tests, but: %1").arg(why)));
        QSKIP(qPrintable(QStringLiteral("DISK-FULL TESTS NOT RUN: %1").arg(why)));
    }
    FaultRecord m_record;
};

CATALOG_TEST_MAIN(FaultDiskFullTest)
#include "tst_fault_diskfull.moc"
