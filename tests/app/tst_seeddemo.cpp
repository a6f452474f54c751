#include "images/imagecodec.h"
#include "images/thumbnailcache.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"

#include "ctlrun.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

using SeedRun = CtlRun;

SeedRun seedCatalogctl(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STORAGE_PATH"));
    return runProgram(QStringLiteral(CATALOGCTL_PATH), args, env, 300000);
}

QList<Product> seededProducts(TestDatabase &db)
{
    PageRequest page;
    page.limit = 1000;
    const Result<Page<Product>> listed = ProductRepository(db.connections()).list(ProductFilter {}, page);
    return listed ? listed->rows : QList<Product> {};
}

} // namespace

class SeedDemoTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldSeedProductsWithPicturesHeadless_data() { engines(); }
    void shouldSeedProductsWithPicturesHeadless()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        const QStringList base { QStringLiteral("--database"), db->url(), QStringLiteral("--storage"),
            storage.path() };
        // When seed-demo runs without a display for 40 products
        const SeedRun run = seedCatalogctl(base
            + QStringList { QStringLiteral("--json"), QStringLiteral("seed-demo"),
                QStringLiteral("--products"), QStringLiteral("40") });
        // Then it succeeds and says what it stored
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("products")).toInt(), 40);
        QCOMPARE(json.value(QStringLiteral("suppliers")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("pictures")).toInt(), 40);
        QCOMPARE(json.value(QStringLiteral("storage")).toString(), storage.path());

        // And each product has a main image whose file exists, whose hash matches, whose thumbnail renders
        const QList<Product> products = seededProducts(*db);
        QCOMPARE(products.size(), 40);
        ThumbnailCache thumbnails(storage.path());
        for (const Product &p : products) {
            QFile file(QDir(storage.path()).filePath(p.mainImagePath));
            QVERIFY2(!p.mainImagePath.isEmpty() && file.open(QIODevice::ReadOnly), qPrintable(p.sourceId));
            QCOMPARE(ImageCodec::sha256Hex(file.readAll()), p.mainImageSha256);
            ImageRecord image;
            image.localPath = p.mainImagePath;
            image.sha256 = p.mainImageSha256;
            QVERIFY(!thumbnails.thumbnail(image, 128).isNull());
        }
        QCOMPARE(db->scalar(QStringLiteral(
                                "SELECT COUNT(*) FROM sync_records WHERE operation_type = 'fetch_images' "
                                "AND status = 'completed' AND success_count = 40"))
                     .toInt(),
            1);

        // And a second run refuses the catalog that now holds rows, adding nothing
        const SeedRun again = seedCatalogctl(base + QStringList { QStringLiteral("seed-demo") });
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("never mix with real data")), qPrintable(again.err));
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM products")).toInt(), 40);
    }

    void shouldSeedRowsOnlyWithNoImages()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("demo.sqlite"));
        const SeedRun run = seedCatalogctl({ QStringLiteral("--database"),
            QStringLiteral("sqlite://") + database, QStringLiteral("--storage"),
            dir.filePath(QStringLiteral("storage")), QStringLiteral("seed-demo"),
            QStringLiteral("--products"), QStringLiteral("12"), QStringLiteral("--no-images") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("12")), qPrintable(run.out));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("storage/images"))));
    }

    void shouldRefuseABadProductCountBeforeOpeningTheDatabase_data()
    {
        QTest::addColumn<QString>("count");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("too many") << QStringLiteral("100001");
        QTest::newRow("not a number") << QStringLiteral("many");
    }
    void shouldRefuseABadProductCountBeforeOpeningTheDatabase()
    {
        QFETCH(QString, count);
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("never.sqlite"));
        const SeedRun run
            = seedCatalogctl({ QStringLiteral("--database"), QStringLiteral("sqlite://") + database,
                QStringLiteral("seed-demo"), QStringLiteral("--products"), count });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--products takes a number")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(database));
    }
};

CATALOG_TEST_GUILESS_MAIN(SeedDemoTest)
#include "tst_seeddemo.moc"
