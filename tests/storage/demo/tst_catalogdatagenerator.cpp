#include "demo/catalogdatagenerator.h"

#include "testmain.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace catalog;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString dec(const std::optional<Decimal2> &d)
{
    return d ? d->toString() : QStringLiteral("-");
}

QString num(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

// Every generated field as one line, for digests and readable failures.
QByteArray rowText(const Supplier &s)
{
    return QStringList { s.sourceId, s.name, s.companyName, json(s.contactInfo.value_or(QJsonObject())), s.location,
                         s.rating ? s.rating->toString() : QString() }
            .join(QChar(0x1f))
            .toUtf8();
}

QByteArray rowText(const Product &p)
{
    return QStringList { p.sourceId,          p.title,           p.subtitle,        dec(p.priceMin),
                         dec(p.priceMax),     p.currency,        num(p.moq),        p.mainImageUrl,
                         json(p.detailImages), json(p.specifications), p.supplierSourceId, num(p.salesCount),
                         dec(p.rating),       p.syncStatus }
            .join(QChar(0x1f))
            .toUtf8();
}

} // namespace

class CatalogDataGeneratorTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldReproduceTheOriginalBenchmarkRows()
    {
        // The digest was taken from tests/bench/datagenerator.cpp before it moved into storage, over
        // the same rows; bench_storage figures stay comparable only while it holds.
        const CatalogDataGenerator generator;
        QCOMPARE(generator.profile(), CatalogDataGenerator::Profile::Benchmark);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (int i = 0; i < 200; ++i)
            hash.addData(rowText(generator.supplier(i)));
        for (int i = 0; i < 20000; ++i)
            hash.addData(rowText(generator.product(i, 100)));
        QCOMPARE(hash.result().toHex(), QByteArray("3f3f767d373379485bc515ce09e6645dd0562a3d7f666eb92f90376de0afc070"));
    }

    void shouldYieldTheSameRowForTheSameIndex_data()
    {
        QTest::addColumn<CatalogDataGenerator::Profile>("profile");
        QTest::newRow("benchmark") << CatalogDataGenerator::Profile::Benchmark;
        QTest::newRow("demo") << CatalogDataGenerator::Profile::Demo;
    }
    void shouldYieldTheSameRowForTheSameIndex()
    {
        QFETCH(CatalogDataGenerator::Profile, profile);
        const CatalogDataGenerator a(7, profile);
        const CatalogDataGenerator b(7, profile);
        const QList<Product> batch = a.products(40, 10, 20);
        QCOMPARE(batch.size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(rowText(batch.at(i)), rowText(b.product(40 + i, 20)));
        }
        const QList<Supplier> suppliers = a.suppliers(3, 4);
        QCOMPARE(suppliers.size(), 4);
        QCOMPARE(rowText(suppliers.at(2)), rowText(b.supplier(5)));
        QVERIFY(rowText(a.product(1, 20)) != rowText(CatalogDataGenerator(8, profile).product(1, 20)));
    }

    void shouldMakeDemoRowsAnOperatorWouldBelieve()
    {
        const CatalogDataGenerator generator(1688, CatalogDataGenerator::Profile::Demo);
        const int supplierCount = 300;
        QSet<QString> names;
        for (int i = 0; i < supplierCount; ++i) {
            const Supplier s = generator.supplier(i);
            names.insert(s.name);
            QVERIFY(s.rating && s.rating->hundredths() >= 300 && s.rating->hundredths() <= 500);
            QVERIFY2(s.companyName.endsWith(QStringLiteral("Co., Ltd.")) || s.companyName.endsWith(QStringLiteral("Factory")),
                     qPrintable(s.companyName));
        }
        QCOMPARE(names.size(), supplierCount); // brand and trade pairs are distinct for the first 360

        int synced = 0;
        QSet<QString> usedSuppliers;
        for (int i = 0; i < 3000; ++i) {
            const Product p = generator.product(i, supplierCount);
            QVERIFY(p.priceMin && p.priceMax);
            QVERIFY2(*p.priceMin <= *p.priceMax, rowText(p).constData());
            QVERIFY(p.priceMin->hundredths() >= 10);
            QCOMPARE(p.currency, QStringLiteral("CNY"));
            QVERIFY(p.moq && *p.moq >= 1 && *p.moq <= 500);
            QVERIFY(p.salesCount && *p.salesCount >= 0);
            QVERIFY(p.rating && p.rating->hundredths() <= 500);
            QVERIFY(p.specifications.contains(QStringLiteral("材质")) || p.specifications.contains(QStringLiteral("material")));
            QVERIFY(p.mainImageUrl.startsWith(QStringLiteral("https://img.example.com/")));
            QVERIFY(p.detailImages.size() >= 3 && p.detailImages.size() <= 8);
            QVERIFY(p.title.size() <= 500);
            synced += p.syncStatus == QLatin1String("synced") ? 1 : 0;
            usedSuppliers.insert(p.supplierSourceId);
        }
        QVERIFY2(synced > 2500, qPrintable(QString::number(synced)));
        QVERIFY(usedSuppliers.size() > supplierCount * 3 / 4);
    }
};

CATALOG_TEST_GUILESS_MAIN(CatalogDataGeneratorTest)
#include "tst_catalogdatagenerator.moc"
