#include "core/decimal2.h"
#include "core/imagerecord.h"
#include "core/product.h"
#include "core/supplier.h"
#include "core/validator.h"

#include "testmain.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace catalog;
using ProductMutation = std::function<void(Product &)>;
using SupplierMutation = std::function<void(Supplier &)>;
Q_DECLARE_METATYPE(ProductMutation)
Q_DECLARE_METATYPE(SupplierMutation)

namespace {

Product validProduct()
{
    Product p;
    p.sourceId = QStringLiteral("1688-001");
    p.title = QStringLiteral("保温杯 316不锈钢");
    p.priceMin = Decimal2::parse(QStringLiteral("9.90"));
    p.priceMax = Decimal2::parse(QStringLiteral("19.90"));
    p.moq = 2;
    p.mainImageUrl = QStringLiteral("https://cbu01.alicdn.com/img/main.jpg");
    p.detailImages = QJsonArray { QStringLiteral("http://img.example.com/a.png") };
    p.rating = Decimal2::parse(QStringLiteral("5"));
    p.salesCount = 0;
    return p;
}

} // namespace

class ValidationTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldAcceptAValidProduct() { QVERIFY(validation::validateProduct(validProduct()).isEmpty()); }

    // Characters beyond the basic plane are surrogate pairs in a QString: whole ones are text.
    void shouldAcceptCharactersBeyondTheBasicPlane()
    {
        Product p = validProduct();
        p.title = QStringLiteral("保温杯 \U0001F375 \U00020BB7");
        p.subtitle = QStringLiteral("\U0001F525 hot");
        QVERIFY(validation::validateProduct(p).isEmpty());
        p.title += QChar(0xdc00); // a low surrogate after a whole pair: broken
        QCOMPARE(validation::validateProduct(p).size(), 1);
        p.title = QStringLiteral("a") + QChar(0xd83c) + QStringLiteral("b"); // a high surrogate alone
        QCOMPARE(validation::validateProduct(p).size(), 1);
    }

    void shouldRejectEachBadProductValue_data()
    {
        QTest::addColumn<ProductMutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        auto row = [](const char *name, const ProductMutation &m, const char *field, const char *reason) {
            QTest::newRow(name) << m << QString::fromUtf8(field) << QString::fromUtf8(reason);
        };
        row("source_id missing", [](Product &p) { p.sourceId.clear(); }, "source_id", "is required");
        row("source_id blank", [](Product &p) { p.sourceId = QStringLiteral("   "); }, "source_id", "is required");
        row("source_id too long", [](Product &p) { p.sourceId = QString(51, QLatin1Char('x')); }, "source_id", "at most 50");
        row("source_id control char", [](Product &p) { p.sourceId = QStringLiteral("a\nb"); }, "source_id", "control characters");
        row("title missing", [](Product &p) { p.title = QString(); }, "title", "is required");
        row("title too long", [](Product &p) { p.title = QString(501, QChar(0x4e2d)); }, "title", "501 characters");
        row("title broken unicode", [](Product &p) { p.title = QString(QChar(0xd800)); }, "title", "broken Unicode");
        row("subtitle too long", [](Product &p) { p.subtitle = QString(501, QLatin1Char('s')); }, "subtitle", "at most 500");
        row("negative price_min", [](Product &p) { p.priceMin = Decimal2::parse(QStringLiteral("-0.01")); }, "price_min", "negative");
        row("negative price_max", [](Product &p) { p.priceMin.reset(); p.priceMax = Decimal2::parse(QStringLiteral("-1")); }, "price_max", "negative");
        row("price too large", [](Product &p) { p.priceMax = Decimal2::parse(QStringLiteral("100000000.00")); }, "price_max", "at most 99999999.99");
        row("min above max", [](Product &p) { p.priceMin = Decimal2::parse(QStringLiteral("20")); }, "price_min", "greater than price_max 19.90");
        row("currency lowercase", [](Product &p) { p.currency = QStringLiteral("cny"); }, "currency", "ISO 4217");
        row("currency unknown", [](Product &p) { p.currency = QStringLiteral("ABC"); }, "currency", "ISO 4217");
        row("currency long", [](Product &p) { p.currency = QStringLiteral("CNYY"); }, "currency", "ISO 4217");
        row("moq zero", [](Product &p) { p.moq = 0; }, "moq", "at least 1");
        row("main image not a url", [](Product &p) { p.mainImageUrl = QStringLiteral("not a url"); }, "main_image_url", "not a valid URL");
        row("main image ftp", [](Product &p) { p.mainImageUrl = QStringLiteral("ftp://host/a.jpg"); }, "main_image_url", "http or https");
        row("main image no host", [](Product &p) { p.mainImageUrl = QStringLiteral("https:///a.jpg"); }, "main_image_url", "no host");
        row("main image too long", [](Product &p) { p.mainImageUrl = QStringLiteral("https://h/") + QString(1000, QLatin1Char('a')); }, "main_image_url", "at most 1000");
        row("detail image not string", [](Product &p) { p.detailImages = QJsonArray { 42 }; }, "detail_images[0]", "URL string");
        row("detail image bad url", [](Product &p) { p.detailImages.append(QStringLiteral("javascript:alert(1)")); }, "detail_images[1]", "http or https");
        row("supplier id zero", [](Product &p) { p.supplierId = 0; }, "supplier_id", "positive");
        row("negative sales", [](Product &p) { p.salesCount = -1; }, "sales_count", "negative");
        row("rating above 5", [](Product &p) { p.rating = Decimal2::parse(QStringLiteral("5.01")); }, "rating", "at most 5.00");
        row("rating negative", [](Product &p) { p.rating = Decimal2::parse(QStringLiteral("-1")); }, "rating", "negative");
        row("unknown status", [](Product &p) { p.syncStatus = QStringLiteral("done"); }, "sync_status", "not one of pending");
    }
    void shouldRejectEachBadProductValue()
    {
        QFETCH(ProductMutation, mutate);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        Product p = validProduct();
        mutate(p);
        const QList<FieldError> errors = validation::validateProduct(p);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().message.contains(reason), qPrintable(errors.first().message));
    }

    void shouldRejectEachBadSupplierValue_data()
    {
        QTest::addColumn<SupplierMutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::newRow("source_id missing") << SupplierMutation([](Supplier &s) { s.sourceId.clear(); }) << "source_id";
        QTest::newRow("name missing") << SupplierMutation([](Supplier &s) { s.name = QStringLiteral(" "); }) << "name";
        QTest::newRow("name too long") << SupplierMutation([](Supplier &s) { s.name = QString(201, QLatin1Char('n')); }) << "name";
        QTest::newRow("company too long") << SupplierMutation([](Supplier &s) { s.companyName = QString(201, QLatin1Char('c')); }) << "company_name";
        QTest::newRow("location too long") << SupplierMutation([](Supplier &s) { s.location = QString(101, QLatin1Char('l')); }) << "location";
        QTest::newRow("rating above 5") << SupplierMutation([](Supplier &s) { s.rating = Decimal2::fromHundredths(501); }) << "rating";
    }
    void shouldRejectEachBadSupplierValue()
    {
        QFETCH(SupplierMutation, mutate);
        Supplier s;
        s.sourceId = QStringLiteral("s-1");
        s.name = QStringLiteral("Supplier");
        QVERIFY(validation::validateSupplier(s).isEmpty());
        mutate(s);
        const QList<FieldError> errors = validation::validateSupplier(s);
        QCOMPARE(errors.size(), 1);
        QTEST(errors.first().field, "field");
    }

    void shouldValidateImages()
    {
        ImageRecord image;
        image.productId = 1;
        image.url = QStringLiteral("https://img.example.com/1.jpg");
        QVERIFY(validation::validateImage(image).isEmpty());
        image.imageType = QStringLiteral("thumb");
        image.sha256 = QStringLiteral("ABC");
        image.width = 0;
        const QList<FieldError> errors = validation::validateImage(image);
        QStringList fields;
        for (const FieldError &e : errors)
            fields << e.field;
        QCOMPARE(fields, QStringList({ QStringLiteral("image_type"), QStringLiteral("width"), QStringLiteral("sha256") }));
    }

    void shouldParseDecimalsExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("hundredths");
        QTest::newRow("integer") << "12" << true << qint64(1200);
        QTest::newRow("one digit") << "12.5" << true << qint64(1250);
        QTest::newRow("two digits") << "0.07" << true << qint64(7);
        QTest::newRow("leading dot") << ".5" << true << qint64(50);
        QTest::newRow("negative") << "-3.07" << true << qint64(-307);
        QTest::newRow("spaces") << " 7.10 " << true << qint64(710);
        QTest::newRow("three digits") << "1.005" << false << qint64(0);
        QTest::newRow("exponent") << "1e3" << false << qint64(0);
        QTest::newRow("comma") << "1,000" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("dot only") << "." << false << qint64(0);
        QTest::newRow("fullwidth digits") << QString::fromUtf8("１２") << false << qint64(0);
        QTest::newRow("huge") << "99999999999999999999" << false << qint64(0);
    }
    void shouldParseDecimalsExactly()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto d = Decimal2::parse(text);
        QCOMPARE(d.has_value(), valid);
        if (valid) {
            QTEST(d->hundredths(), "hundredths");
            QCOMPARE(Decimal2::parse(d->toString()), d);
        }
    }

    void shouldReadDecimalsFromDrivers()
    {
        QCOMPARE(Decimal2::fromVariant(QVariant(12.5))->toString(), QStringLiteral("12.50"));
        QCOMPARE(Decimal2::fromVariant(QVariant(0.07))->hundredths(), 7);
        QCOMPARE(Decimal2::fromVariant(QVariant(qint64(3)))->toString(), QStringLiteral("3.00"));
        QCOMPARE(Decimal2::fromVariant(QVariant(QStringLiteral("19.90")))->hundredths(), 1990);
        QVERIFY(!Decimal2::fromVariant(QVariant()).has_value());
        QCOMPARE(Decimal2::fromHundredths(-5).toString(), QStringLiteral("-0.05"));
    }
};

CATALOG_TEST_GUILESS_MAIN(ValidationTest)
#include "tst_validation.moc"
