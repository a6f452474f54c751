// The stages of an import on their own (storage/transfer/import/): the file-format names, the
// 1688sync crawler mapping, the record -> product mapping and the mode filter. The whole import is
// tst_productimporter's.

#include "repositories/productrepository.h"
#include "testdatabase.h"
#include "transfer/fileformat.h"
#include "transfer/import/importrecord_p.h"
#include "transfer/import/importtally_p.h"
#include "transfer/import/modefilter_p.h"
#include "transfer/import/productmapping_p.h"
#include "transfer/import/sync1688mapping_p.h"

#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

// JSON written with single quotes, which read better inside C++ strings (\\' for a quote inside a value).
QByteArray jsonText(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

QJsonObject jsonObject(const char *singleQuoted)
{
    return QJsonDocument::fromJson(jsonText(singleQuoted)).object();
}

// "field: message" per error, for compact comparisons.
QStringList describe(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << QStringLiteral("%1: %2").arg(e.field, e.message);
    return lines;
}

QStringList describe(const QList<ProductImporter::RowError> &errors)
{
    QStringList lines;
    for (const ProductImporter::RowError &e : errors)
        lines << QStringLiteral("%1 %2 %3").arg(e.line).arg(e.sourceId, e.field);
    return lines;
}

ImportRow rowFor(qint64 line, const QString &sourceId)
{
    ImportRow row;
    row.line = line;
    row.product.sourceId = sourceId;
    row.product.title = QStringLiteral("title of ") + sourceId;
    return row;
}

QStringList sourceIds(const QList<ImportRow> &rows)
{
    QStringList ids;
    for (const ImportRow &row : rows)
        ids << row.product.sourceId;
    return ids;
}

} // namespace

class ImportStagesTest : public QObject
{
    Q_OBJECT

private slots:
    // --- FileFormat ------------------------------------------------------------------------------

    void shouldParseFormatNamesAndSuffixesInOnePlace_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("forImport"); // -1: refused
        QTest::addColumn<int>("forExport");
        const int csv = int(FileFormat::Csv), jsonl = int(FileFormat::JsonLines);
        const int json = int(FileFormat::JsonArray), sync = int(FileFormat::Sync1688);
        QTest::newRow("csv") << QStringLiteral("csv") << csv << csv;
        QTest::newRow("CSV upper case") << QStringLiteral("CSV") << csv << csv;
        QTest::newRow("jsonl") << QStringLiteral("jsonl") << jsonl << jsonl;
        QTest::newRow("ndjson") << QStringLiteral("ndjson") << jsonl << jsonl;
        QTest::newRow("json") << QStringLiteral("json") << json << -1;
        QTest::newRow("1688sync") << QStringLiteral("1688sync") << sync << -1;
        QTest::newRow("path .csv") << QStringLiteral("/tmp/export.d/Products.CSV") << csv << csv;
        QTest::newRow("path .ndjson") << QStringLiteral("items.ndjson") << jsonl << jsonl;
        QTest::newRow("path .json") << QStringLiteral("/data/items.json") << json << -1;
        QTest::newRow("1688sync is no suffix") << QStringLiteral("items.1688sync") << -1 << -1;
        QTest::newRow("xlsx") << QStringLiteral("products.xlsx") << -1 << -1;
        QTest::newRow("empty") << QString() << -1 << -1;
    }
    void shouldParseFormatNamesAndSuffixesInOnePlace()
    {
        QFETCH(QString, name);
        QFETCH(int, forImport);
        QFETCH(int, forExport);
        const std::optional<FileFormat> imported = fileFormatFromName(name);
        const std::optional<FileFormat> exported = fileFormatFromName(name, FileFormatUse::Export);
        QCOMPARE(imported ? int(*imported) : -1, forImport);
        QCOMPARE(exported ? int(*exported) : -1, forExport);
    }

    void shouldReadBackEveryFormatByItsName()
    {
        for (const FileFormat format :
            { FileFormat::Csv, FileFormat::JsonLines, FileFormat::JsonArray, FileFormat::Sync1688 }) {
            const QString name = fileFormatName(format);
            QVERIFY(!name.isEmpty());
            QCOMPARE(fileFormatFromName(name), std::optional<FileFormat>(format));
            QCOMPARE(fileFormatFromName(name, FileFormatUse::Export).has_value(), isExportFileFormat(format));
        }
    }

    // --- the 1688sync crawler's items --------------------------------------------------------------

    void shouldParseCrawlerPrices_data()
    {
        QTest::addColumn<QJsonValue>("price");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("low");
        QTest::addColumn<QString>("high");
        QTest::newRow("number") << QJsonValue(12.5) << true << QStringLiteral("12.50")
                                << QStringLiteral("12.50");
        QTest::newRow("text") << QJsonValue(QStringLiteral("12.50")) << true << QStringLiteral("12.50")
                              << QStringLiteral("12.50");
        QTest::newRow("yen sign") << QJsonValue(QStringLiteral("¥12.50")) << true << QStringLiteral("12.50")
                                  << QStringLiteral("12.50");
        QTest::newRow("full-width yen, thousands") << QJsonValue(QStringLiteral("￥1,200")) << true
                                                   << QStringLiteral("1200.00") << QStringLiteral("1200.00");
        QTest::newRow("range with -") << QJsonValue(QStringLiteral("12.50-18.00")) << true
                                      << QStringLiteral("12.50") << QStringLiteral("18.00");
        QTest::newRow("range with ~ and spaces") << QJsonValue(QStringLiteral(" 12.5 ~ 18 ")) << true
                                                 << QStringLiteral("12.50") << QStringLiteral("18.00");
        QTest::newRow("range with en dash")
            << QJsonValue(QStringLiteral("3–4")) << true << QStringLiteral("3.00") << QStringLiteral("4.00");
        QTest::newRow("words") << QJsonValue(QStringLiteral("面议")) << false << QString() << QString();
        QTest::newRow("three fraction digits")
            << QJsonValue(QStringLiteral("1.234")) << false << QString() << QString();
        QTest::newRow("boolean") << QJsonValue(true) << false << QString() << QString();
    }
    void shouldParseCrawlerPrices()
    {
        QFETCH(QJsonValue, price);
        QFETCH(bool, ok);
        QFETCH(QString, low);
        QFETCH(QString, high);
        std::optional<Decimal2> min, max;
        QCOMPARE(sync1688::parsePrice(price, min, max), ok);
        if (ok) {
            QCOMPARE(min->toString(), low);
            QCOMPARE(max->toString(), high);
        }
    }

    void shouldMapACrawlerItemOntoTheCatalogsFields()
    {
        // Given an item with numeric ids, a price range, images, specifications as name/value pairs
        // and descriptive fields
        const QJsonObject item = jsonObject(
            "{'product_id': 6231456789, 'title': '不锈钢保温杯', "
            "'price': '12.50-18.00', 'image_urls': ['https://a/1.jpg', 'https://a/2.jpg', "
            "'https://a/3.jpg'], "
            "'specifications': [{'name': '材质', 'value': '不锈钢'}, {'name': '容量', 'value': 500}], "
            "'description': 'First line\\nsecond line', 'brand': '恒达', 'seller_id': 88, 'seller': "
            "'义乌恒达', "
            "'location': '浙江 义乌'}");
        QList<FieldError> errors;

        // When it is mapped
        const QJsonObject o = sync1688::toCatalogRecord(item, errors);

        // Then every catalog field comes from its crawler field
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors).join(QLatin1Char('\n'))));
        QCOMPARE(o.value(QStringLiteral("source_id")).toString(), QStringLiteral("6231456789"));
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("不锈钢保温杯"));
        QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(o.value(QStringLiteral("price_min")).toString(), QStringLiteral("12.50"));
        QCOMPARE(o.value(QStringLiteral("price_max")).toString(), QStringLiteral("18.00"));
        QCOMPARE(o.value(QStringLiteral("main_image_url")).toString(), QStringLiteral("https://a/1.jpg"));
        QCOMPARE(o.value(QStringLiteral("detail_images")).toArray(),
            (QJsonArray { QStringLiteral("https://a/2.jpg"), QStringLiteral("https://a/3.jpg") }));
        QCOMPARE(o.value(QStringLiteral("subtitle")).toString(), QStringLiteral("First line"));
        const QJsonObject specs = o.value(QStringLiteral("specifications")).toObject();
        QCOMPARE(specs.value(QStringLiteral("材质")).toString(), QStringLiteral("不锈钢"));
        QCOMPARE(specs.value(QStringLiteral("容量")).toInt(), 500);
        QCOMPARE(specs.value(QStringLiteral("_1688")).toObject(),
            (QJsonObject { { QStringLiteral("description"), QStringLiteral("First line\nsecond line") },
                { QStringLiteral("brand"), QStringLiteral("恒达") } }));
        QCOMPARE(o.value(QStringLiteral("supplier_source_id")).toString(), QStringLiteral("88"));
        QCOMPARE(o.value(QStringLiteral("supplier_name")).toString(), QStringLiteral("义乌恒达"));
        QCOMPARE(o.value(QStringLiteral("supplier_location")).toString(), QStringLiteral("浙江 义乌"));

        // And the result is a valid catalog row
        ImportRecord record;
        record.line = 7;
        record.values = o;
        const ImportRow row = mapImportRecord(record);
        QVERIFY2(row.errors.isEmpty(), qPrintable(describe(row.errors).join(QLatin1Char('\n'))));
        QCOMPARE(row.product.supplierSourceId, QStringLiteral("88"));
    }

    void shouldNameTheSellerByItsNameWhenItHasNoId()
    {
        QList<FieldError> errors;
        const QJsonObject o = sync1688::toCatalogRecord(
            jsonObject("{'product_id': 'p1', 'title': 't', 'seller': ' 小店 '}"), errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(o.value(QStringLiteral("supplier_source_id")).toString(), QStringLiteral("小店"));
        QCOMPARE(o.value(QStringLiteral("supplier_name")).toString(), QStringLiteral("小店"));

        const QJsonObject anonymous
            = sync1688::toCatalogRecord(jsonObject("{'product_id': 'p2', 'title': 't'}"), errors);
        QVERIFY(!anonymous.contains(QStringLiteral("supplier_source_id")));
        QCOMPARE(anonymous.value(QStringLiteral("specifications")).toObject(), QJsonObject {});
    }

    void shouldReportCrawlerFieldsAsTheFileNamesThem()
    {
        // Given an item whose price, images and specifications cannot be mapped
        QList<FieldError> errors;
        sync1688::toCatalogRecord(
            jsonObject("{'product_id': 'p1', 'title': 't', 'price': 'call us', "
                       "'image_urls': 'https://a/1.jpg', 'specifications': [{'value': 'x'}]}"),
            errors);
        // Then each is named by the crawler's field
        QCOMPARE(describe(errors),
            (QStringList {
                QStringLiteral("price: \"call us\" is not a price or a price range like 12.50-18.00"),
                QStringLiteral("image_urls: must be a list of URLs, not a string"),
                QStringLiteral("specifications: a list entry has no \"name\"") }));
        // And the catalog's fields found wrong later are named by the crawler's too
        QCOMPARE(sync1688::crawlerField(QStringLiteral("price_max")), QStringLiteral("price"));
        QCOMPARE(sync1688::crawlerField(QStringLiteral("supplier_source_id")), QStringLiteral("seller_id"));
        QCOMPARE(sync1688::crawlerField(QStringLiteral("title")), QStringLiteral("title"));
        QCOMPARE(ImportTally::fileFieldName(FileFormat::Sync1688, QStringLiteral("source_id")),
            QStringLiteral("product_id"));
        QCOMPARE(ImportTally::fileFieldName(FileFormat::Csv, QStringLiteral("source_id")),
            QStringLiteral("source_id"));
    }

    // --- record -> product ---------------------------------------------------------------------

    void shouldMapRecordsOntoProductsAndSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("CSV-style text columns") << jsonText(
            "{'source_id': ' A1 ', 'title': 't', "
            "'price_min': '1.50', 'price_max': '2', 'moq': '10', 'detail_images': '[\\'https://a/1.jpg\\']', "
            "'specifications': '{\\'k\\': 1}', 'supplier_source_id': 'S1', 'supplier_name': 'Sup'}")
                                                << QStringList {};
        QTest::newRow("nested supplier")
            << jsonText("{'source_id': 'A1', 'title': 't', "
                        "'supplier': {'source_id': 'S1', 'name': 'Sup', 'location': true}}")
            << QStringList { QStringLiteral("supplier.location: must be a string, not a boolean") };
        QTest::newRow("supplier not an object")
            << jsonText("{'source_id': 'A1', 'title': 't', 'supplier': [1]}")
            << QStringList { QStringLiteral("supplier: must be an object, not an array") };
        QTest::newRow("supplier details without an id")
            << jsonText("{'source_id': 'A1', 'title': 't', 'supplier_name': 'Sup'}")
            << QStringList { QStringLiteral(
                   "supplier_source_id: is required when supplier details are given") };
        QTest::newRow("wrong types")
            << jsonText("{'source_id': 'A1', 'title': 't', 'moq': 1.5, "
                        "'price_min': '1.234', 'detail_images': {}, 'specifications': '[1]'}")
            << QStringList {
                   QStringLiteral(
                       "price_min: \"1.234\" is not a decimal number with at most two fraction digits"),
                   QStringLiteral("moq: \"1.5\" is not a whole number"),
                   QStringLiteral("detail_images: must be a JSON array, not an object"),
                   QStringLiteral("specifications: must be a JSON object")
               };
    }
    void shouldMapRecordsOntoProductsAndSayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, errors);
        ImportRecord record;
        record.line = 3;
        record.values = QJsonDocument::fromJson(json).object();
        QVERIFY(!record.values.isEmpty());
        const ImportRow row = mapImportRecord(record);
        QCOMPARE(describe(row.errors), errors);
        QCOMPARE(row.line, 3);
        QCOMPARE(row.product.sourceId, QStringLiteral("A1"));
        if (errors.isEmpty()) {
            QCOMPARE(row.product.priceMin->toString(), QStringLiteral("1.50"));
            QCOMPARE(row.product.priceMax->toString(), QStringLiteral("2.00"));
            QCOMPARE(row.product.moq.value_or(-1), 10);
            QCOMPARE(row.product.detailImages, QJsonArray { QStringLiteral("https://a/1.jpg") });
            QCOMPARE(row.product.specifications, (QJsonObject { { QStringLiteral("k"), 1 } }));
            QVERIFY(row.supplier.has_value());
            QCOMPARE(row.supplier->name, QStringLiteral("Sup"));
        }
    }

    void shouldRejectAnUnreadableRecordWithoutLookingFurther()
    {
        ImportRecord record;
        record.line = 9;
        record.parseError = QStringLiteral("is not valid JSON: garbage");
        record.values.insert(QStringLiteral("source_id"), QStringLiteral("A9"));
        record.values.insert(QStringLiteral("moq"), QStringLiteral("not a number"));
        const ImportRow row = mapImportRecord(record);
        QCOMPARE(
            describe(row.errors), QStringList { QStringLiteral(": the record is not valid JSON: garbage") });
        QCOMPARE(row.product.sourceId, QStringLiteral("A9"));
    }

    // --- the mode filter -------------------------------------------------------------------------

    void shouldLetRowsThroughByMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<QStringList>("rejected");
        QTest::addColumn<qint64>("skipped");
        // Two batches: A1 exists; A2 is new and comes again in the second batch; A3 is new.
        QTest::newRow("upsert") << int(ProductImporter::Mode::Upsert)
                                << QStringList { QStringLiteral("A1"), QStringLiteral("A2"),
                                       QStringLiteral("A2"), QStringLiteral("A3") }
                                << QStringList {} << qint64(0);
        QTest::newRow("insert-only") << int(ProductImporter::Mode::InsertOnly)
                                     << QStringList { QStringLiteral("A2"), QStringLiteral("A3") }
                                     << QStringList { QStringLiteral("1 A1 source_id"),
                                            QStringLiteral("3 A2 source_id") }
                                     << qint64(0);
        QTest::newRow("skip-existing")
            << int(ProductImporter::Mode::SkipExisting)
            << QStringList { QStringLiteral("A2"), QStringLiteral("A2"), QStringLiteral("A3") }
            << QStringList {} << qint64(1);
    }
    void shouldLetRowsThroughByMode()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, rejected);
        QFETCH(qint64, skipped);
        ProductImporter::Options options;
        options.mode = ProductImporter::Mode(mode);
        ProductImporter::Report report;
        ImportTally tally(report);
        ModeFilter filter(nullptr, options);
        const QSet<QString> existing { QStringLiteral("A1") };

        QList<ImportRow> through = filter.keep(
            { rowFor(1, QStringLiteral("A1")), rowFor(2, QStringLiteral("A2")) }, existing, tally);
        through << filter.keep(
            { rowFor(3, QStringLiteral("A2")), rowFor(4, QStringLiteral("A3")) }, existing, tally);

        QCOMPARE(sourceIds(through), kept);
        QCOMPARE(describe(report.errors), rejected);
        QCOMPARE(report.rejected, qint64(rejected.size()));
        QCOMPARE(report.skipped, skipped);
    }

    void shouldLookUpExistingRowsOnlyWhenTheModeNeedsThem_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldLookUpExistingRowsOnlyWhenTheModeNeedsThem()
    {
        OPEN_TEST_DATABASE(db);
        Product stored;
        stored.sourceId = QStringLiteral("A1");
        stored.title = QStringLiteral("stored");
        ProductRepository products(db->connections());
        QVERIFY_OK(products.upsert({ stored }));

        // A real upsert lets the database count: no look-up, every row through.
        ProductImporter::Options upsert;
        ProductImporter::Report report;
        ImportTally tally(report);
        ModeFilter blind(nullptr, upsert);
        QVERIFY(!blind.needsExisting());
        auto outcome
            = blind.filter({ rowFor(1, QStringLiteral("A1")), rowFor(2, QStringLiteral("A2")) }, tally);
        QVERIFY_OK(outcome);
        QCOMPARE(sourceIds(outcome->rows), (QStringList { QStringLiteral("A1"), QStringLiteral("A2") }));
        QVERIFY(outcome->existing.isEmpty());

        // A dry run and every other mode ask the database which source_ids exist.
        for (const bool dryRun : { true, false }) {
            ProductImporter::Options options;
            options.dryRun = dryRun;
            options.mode = dryRun ? ProductImporter::Mode::Upsert : ProductImporter::Mode::SkipExisting;
            ModeFilter filter(&products, options);
            QVERIFY(filter.needsExisting());
            outcome
                = filter.filter({ rowFor(1, QStringLiteral("A1")), rowFor(2, QStringLiteral("A2")) }, tally);
            QVERIFY_OK(outcome);
            QCOMPARE(outcome->existing, QSet<QString> { QStringLiteral("A1") });
            QCOMPARE(sourceIds(outcome->rows),
                dryRun ? (QStringList { QStringLiteral("A1"), QStringLiteral("A2") })
                       : QStringList { QStringLiteral("A2") });
        }
        QCOMPARE(report.skipped, 1);
    }
};

CATALOG_TEST_GUILESS_MAIN(ImportStagesTest)
#include "tst_importstages.moc"
