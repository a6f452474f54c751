#include "repositories/imagerepository.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QTest>

using namespace catalog;
using namespace catalog::test;

class ImageRepositoryTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldStoreEachUrlOncePerProduct_data() { engines(); }
    void shouldStoreEachUrlOncePerProduct()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        ImageRepository images(db->connections());
        Product p;
        p.sourceId = QStringLiteral("P-img");
        p.title = QStringLiteral("Lamp");
        const auto product = products.create(p);
        QVERIFY_OK(product);

        ImageRecord detail;
        detail.productId = product->id;
        detail.url = QStringLiteral("https://img.example.com/detail.jpg");
        ImageRecord main = detail;
        main.url = QStringLiteral("https://img.example.com/main.jpg");
        main.imageType = QStringLiteral("main");
        const auto a = images.add(detail);
        const auto b = images.add(main);
        const auto again = images.add(detail);
        QVERIFY_OK(a);
        QVERIFY_OK(b);
        QVERIFY_OK(again);
        QCOMPARE(again->id, a->id);
        QCOMPARE(images.count().value(), 2);

        const auto listed = images.listForProduct(product->id);
        QVERIFY_OK(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().imageType, QStringLiteral("main"));

        ImageRecord stored = a.value();
        stored.localPath = QStringLiteral("images/P-img/0b5e.jpg");
        stored.width = 800;
        stored.height = 600;
        stored.size = 123456;
        stored.format = QStringLiteral("jpeg");
        stored.sha256 = QString(64, QLatin1Char('a'));
        const auto updated = images.updateFile(stored);
        QVERIFY_OK(updated);
        QCOMPARE(updated->width, 800);
        QCOMPARE(updated->sha256, stored.sha256);
        QCOMPARE(updated->size, qint64(123456));

        ImageRecord bad = detail;
        bad.url = QStringLiteral("file:///etc/passwd");
        QCOMPARE(images.add(bad).error().kind, ErrorKind::Validation);
        ImageRecord orphan = detail;
        orphan.productId = 999999;
        QCOMPARE(images.add(orphan).error().kind, ErrorKind::Constraint);

        QVERIFY_OK(images.remove(a->id));
        QCOMPARE(images.remove(a->id).kind, ErrorKind::NotFound);
        QCOMPARE(images.count().value(), 1);
    }
};

CATALOG_TEST_GUILESS_MAIN(ImageRepositoryTest)
#include "tst_imagerepository.moc"
