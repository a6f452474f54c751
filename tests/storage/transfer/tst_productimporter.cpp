// Import of products from CSV, JSON Lines and JSON arrays, on both engines.

#include "transfer/productexporter.h"
#include "transfer/productimporter.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QList<Product> allProducts(TestDatabase &db)
{
    ProductFilter filter;
    filter.deleted = DeletedFilter::All;
    PageRequest page { QStringLiteral("source_id"), Qt::AscendingOrder, 10000 };
    const auto result = ProductRepository(db.connections()).list(filter, page);
    return result ? result->rows : QList<Product> {};
}

// One product as one line, its supplier by source_id, name, company and location, for comparing
// the rows of two databases.
QStringList describeAll(TestDatabase &db)
{
    QStringList lines;
    const QList<Product> products = allProducts(db);
    QList<qint64> ids;
    for (const Product &p : products) {
        if (p.supplierId)
            ids << *p.supplierId;
    }
    const auto suppliers = SupplierRepository(db.connections()).byIds(ids);
    for (const Product &p : products) {
        const Supplier s = p.supplierId && suppliers ? suppliers->value(*p.supplierId) : Supplier {};
        const auto dec
            = [](const std::optional<Decimal2> &d) { return d ? d->toString() : QStringLiteral("-"); };
        const auto num
            = [](const std::optional<int> &n) { return n ? QString::number(*n) : QStringLiteral("-"); };
        lines << QStringList { p.sourceId, p.title,
            p.subtitle.isNull() ? QStringLiteral("<null>") : p.subtitle, dec(p.priceMin), dec(p.priceMax),
            p.currency, num(p.moq), p.mainImageUrl,
            QString::fromUtf8(QJsonDocument(p.detailImages).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(p.specifications).toJson(QJsonDocument::Compact)),
            num(p.salesCount), dec(p.rating), p.syncStatus, s.sourceId, s.name, s.companyName, s.location }
                     .join(QLatin1Char('|'));
    }
    return lines;
}

bool seed(TestDatabase &db, int count)
{
    QList<Supplier> suppliers;
    for (int i = 0; i < 3; ++i) {
        Supplier s;
        s.sourceId = QStringLiteral("S-%1").arg(i);
        s.name = i == 0 ? QStringLiteral("义乌, \"恒达\" 日用品厂") : QStringLiteral("Supplier %1").arg(i);
        s.companyName = i == 1 ? QString() : QStringLiteral("Company %1 Co., Ltd.").arg(i);
        s.location = i == 2 ? QString() : QStringLiteral("浙江 义乌");
        suppliers << s;
    }
    if (!SupplierRepository(db.connections()).upsert(suppliers))
        return false;
    QList<Product> products;
    for (int i = 0; i < count; ++i) {
        Product p;
        p.sourceId = QStringLiteral("P-%1").arg(i, 5, 10, QLatin1Char('0'));
        p.title = i % 7 == 0 ? QStringLiteral("Mug, \"large\", two %1 ").arg(i)
                             : QStringLiteral("保温杯 %1").arg(i);
        if (i % 3 == 0)
            p.subtitle = QStringLiteral("sub %1").arg(i);
        if (i % 2) {
            p.priceMin = Decimal2::fromHundredths(1250);
            p.priceMax = Decimal2::fromHundredths(1800 + i);
            p.supplierSourceId = QStringLiteral("S-%1").arg(i % 3);
            p.specifications = QJsonObject { { QStringLiteral("材质"), QStringLiteral("不锈钢") },
                { QStringLiteral("容量"), 500 } };
            p.detailImages = QJsonArray { QStringLiteral("https://img.example.com/%1/1.jpg").arg(i),
                QStringLiteral("https://img.example.com/%1/2.jpg").arg(i) };
            p.moq = 1 + i % 50;
            p.salesCount = i * 3;
            p.rating = Decimal2::fromHundredths(i % 501);
            p.mainImageUrl = QStringLiteral("https://img.example.com/%1/main.jpg").arg(i);
        }
        p.currency = i % 4 == 0 ? QStringLiteral("USD") : QStringLiteral("CNY");
        p.syncStatus = i % 5 == 0 ? QStringLiteral("failed") : QStringLiteral("synced");
        products << p;
    }
    const auto r = ProductRepository(db.connections()).upsert(products);
    if (!r)
        qWarning() << r.error().toString();
    return r.ok();
}

QStringList errorLines(const ProductImporter::Report &report)
{
    QStringList lines;
    for (const auto &e : report.errors)
        lines << QStringLiteral("%1 %2 %3").arg(e.line).arg(e.sourceId, e.field);
    return lines;
}

qint64 productCount(TestDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM products")).toLongLong();
}

const QByteArray kHeader
    = "source_id,title,price_min,price_max,currency,supplier_source_id,supplier_name\r\n";

} // namespace

class ProductImporterTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadBackAnExportIntoAnEmptyDatabase_data()
    {
        TestDatabase::addEngineColumn();
        QTest::addColumn<int>("format");
        for (const QString &engine : { QStringLiteral("sqlite"), QStringLiteral("postgresql") }) {
            QTest::addRow("%s-csv", qPrintable(engine)) << engine << int(FileFormat::Csv);
            QTest::addRow("%s-jsonl", qPrintable(engine))
                << engine << int(FileFormat::JsonLines);
        }
    }
    void shouldReadBackAnExportIntoAnEmptyDatabase()
    {
        // Given an export of a seeded database
        OPEN_TEST_DATABASE(source);
        QFETCH(int, format);
        QVERIFY(seed(*source, 2345));
        QTemporaryDir dir;
        const QString path
            = dir.filePath(format == int(FileFormat::Csv) ? QStringLiteral("p.csv")
                                                                       : QStringLiteral("p.jsonl"));
        ProductExporter::Options exportOptions;
        exportOptions.format = FileFormat(format);
        QVERIFY_OK(ProductExporter(source->connections()).exportTo(path, exportOptions));
        auto target = TestDatabase::create(engine);
        QVERIFY(target);

        // When it is imported into an empty database
        ProductImporter::Options options;
        options.batchSize = 500;
        QList<qint64> progress;
        const auto report = ProductImporter(target->connections())
                                .importFile(path, options, [&](qint64 rows, qint64 bytes, qint64 total) {
                                    progress << rows;
                                    return bytes <= total;
                                });

        // Then every product and its supplier link are identical
        QVERIFY_OK(report);
        QCOMPARE(report->rowsRead, 2345);
        QCOMPARE(report->inserted, 2345);
        QCOMPARE(report->rejected, 0);
        QCOMPARE(report->suppliersInserted, 3);
        QCOMPARE(report->cancelled, false);
        QCOMPARE(progress, (QList<qint64> { 500, 1000, 1500, 2000, 2345 }));
        const QStringList expected = describeAll(*source);
        QCOMPARE(expected.size(), 2345);
        QCOMPARE(describeAll(*target), expected);
        const auto record = SyncRecordRepository(target->connections()).findById(report->syncRecordId);
        QVERIFY_OK(record);
        QCOMPARE(record->kind, JobKind::Import);
        QCOMPARE(record->status, JobStatus::Completed);
        QCOMPARE(record->successCount, 2345);

        // And re-importing the same file changes nothing
        const qint64 versions
            = target->scalar(QStringLiteral("SELECT sum(version) FROM products")).toLongLong();
        const auto again = ProductImporter(target->connections()).importFile(path, options);
        QVERIFY_OK(again);
        QCOMPARE(again->unchanged, 2345);
        QCOMPARE(again->inserted + again->updated, 0);
        QCOMPARE(again->suppliersInserted + again->suppliersUpdated, 0);
        QCOMPARE(target->scalar(QStringLiteral("SELECT sum(version) FROM products")).toLongLong(), versions);
        QCOMPARE(describeAll(*target), expected);
    }

    void shouldRejectBadRowsWithTheirLinesAndImportTheRest_data() { engines(); }
    void shouldRejectBadRowsWithTheirLinesAndImportTheRest()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        // A1's specifications (pretty-printed JSON) span lines 2-3, so physical lines are counted.
        QVERIFY(writeFile(path,
            "source_id,title,price_min,price_max,currency,supplier_source_id,supplier_name,specifications\r\n"
            "A1,\"two, \"\"quoted\"\"\",1.00,2.00,CNY,S1,Sup,\"{\"\"colour\"\":\r\n \"\"red\"\"}\"\r\n" // lines
                                                                                                        // 2-3
            "A2,ok,5.00,1.00,CNY,,,\r\n" // line 4: price_min > price_max
            "A3,ok,abc,,CNY,,,\n" // line 5: not a number (LF only)
            "\r\n" // line 6: blank, skipped
            "A4,fine,,,XYZ,,,\r\n" // line 7: currency
            "A5,good,,,USD,S1,,\r\n" // line 8: fine, supplier from line 2
            "A6,,,,USD,,,\r\n" // line 9: no title
            "A7,x,,,USD,NOPE,,\r\n" // line 10: unknown supplier without a name
            "A8,too,few\r\n")); // line 11: wrong cell count
        const auto report = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(report);
        QCOMPARE(report->rowsRead, 8);
        QCOMPARE(report->inserted, 2);
        QCOMPARE(report->rejected, 6);
        QCOMPARE(errorLines(*report),
            (QStringList { QStringLiteral("4 A2 price_min"), QStringLiteral("5 A3 price_min"),
                QStringLiteral("7 A4 currency"), QStringLiteral("9 A6 title"),
                QStringLiteral("10 A7 supplier_source_id"), QStringLiteral("11 A8 ") }));
        QVERIFY2(report->errors.at(1).message.contains(QStringLiteral("\"abc\"")),
            qPrintable(report->errors.at(1).message));
        QVERIFY(report->errors.at(5).message.contains(QStringLiteral("has 3 fields, the header has 8")));
        const auto a1 = ProductRepository(db->connections()).findBySourceId(QStringLiteral("A1"));
        QVERIFY_OK(a1);
        QCOMPARE(a1->title, QStringLiteral("two, \"quoted\""));
        QCOMPARE(a1->specifications.value(QStringLiteral("colour")).toString(), QStringLiteral("red"));
        QVERIFY(a1->supplierId.has_value());
        QCOMPARE(productCount(*db), 2);
        const auto record = SyncRecordRepository(db->connections()).findById(report->syncRecordId);
        QVERIFY_OK(record);
        QCOMPARE(record->status, JobStatus::Completed);
        QCOMPARE(record->errorCount, 6);
        QCOMPARE(record->errorDetails.size(), 6);
        QCOMPARE(record->errorDetails.at(0).toObject().value(QStringLiteral("line")).toInt(), 4);
    }

    // An SQLite import works with a bigger page cache and rarer checkpoints; the connection gets its
    // own values back afterwards, whether the import succeeds or fails.
    void shouldRestoreTheSqliteConnectionsSettingsAfterAnImport()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(db->exec(QStringLiteral("PRAGMA cache_size = -1234")));
        QVERIFY(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 777")));
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        QVERIFY(writeFile(good, "source_id,title\r\nB1,first\r\nB2,second\r\n"));
        int duringImport = 0; // read between batches, on the importing thread's connection
        const auto progress = [&](qint64 rows, qint64, qint64) {
            if (rows > 0)
                duringImport = db->scalar(QStringLiteral("PRAGMA cache_size")).toInt();
            return true;
        };
        QVERIFY_OK(ProductImporter(db->connections()).importFile(good, {}, progress));
        QVERIFY2(duringImport < -1234, qPrintable(QString::number(duringImport))); // a bigger cache (-KiB)
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA cache_size")).toInt(), -1234);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 777);
        const QString broken = dir.filePath(QStringLiteral("broken.csv"));
        QVERIFY(writeFile(broken, "source_id,title\r\nB3,\"never closed\r\n"));
        QVERIFY(!ProductImporter(db->connections()).importFile(broken, {}));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA cache_size")).toInt(), -1234);
        QCOMPARE(productCount(*db), 2);
    }

    // Crawled titles often hold line breaks (quoted in CSV): folded into one space, with a warning
    // naming the line, rather than losing the row. Other control characters still reject it, and an
    // identifier is never folded.
    void shouldFoldLineBreaksInSingleLineText_data() { engines(); }
    void shouldFoldLineBreaksInSingleLineText()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("breaks.csv"));
        QByteArray csv = "source_id,title,subtitle,supplier_source_id,supplier_name\r\n"
                         "F1,\"Cup\r\n\r\nlarge\",\"a\tb\",S9,\"Factory\nA\"\r\n" // lines 2-5
                         "F2,\"bell\x01\",,,\r\n" // line 6: a control character
                         "\"F\n3\",fine,,,\r\n"; // lines 7-8: a line break in the identifier
        for (int i = 0; i < 103; ++i)
            csv += QStringLiteral("M%1,\"many\nlines\",,,\r\n").arg(i).toUtf8();
        QVERIFY(writeFile(path, csv));
        const auto report = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 104);
        QCOMPARE(report->rejected, 2);
        QCOMPARE(errorLines(*report), (QStringList { QStringLiteral("6 F2 title"), QStringLiteral("7 F\n3 source_id") }));
        ProductRepository products(db->connections());
        const auto f1 = products.findBySourceId(QStringLiteral("F1"));
        QVERIFY_OK(f1);
        QCOMPARE(f1->title, QStringLiteral("Cup large"));
        QCOMPARE(f1->subtitle, QStringLiteral("a b"));
        QCOMPARE(SupplierRepository(db->connections()).findBySourceId(QStringLiteral("S9"))->name, QStringLiteral("Factory A"));
        QVERIFY2(report->warnings.first().startsWith(QLatin1String("line 2 (F1): title: line breaks or tabs folded")),
            qPrintable(report->warnings.join(QLatin1Char('\n'))));
        QVERIFY(report->warnings.first().contains(QLatin1String("subtitle:")));
        QVERIFY(report->warnings.first().contains(QLatin1String("supplier_name:")));
        // 104 rows changed: 100 listed one by one, then how many more
        QCOMPARE(report->warnings.size(), 101);
        QCOMPARE(report->warnings.last(), QStringLiteral("4 more rows were kept with the same kind of change"));
    }

    void shouldRejectBadJsonRecordsByLine_data() { engines(); }
    void shouldRejectBadJsonRecordsByLine()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString jsonl = dir.filePath(QStringLiteral("x.jsonl"));
        QVERIFY(writeFile(jsonl,
            "{\"source_id\":\"J1\",\"title\":\"a\",\"supplier\":{\"source_id\":\"S\",\"name\":\"n\"}}\n"
            "{\"source_id\":\"J2\",\"title\":\"b\",\"moq\":0}\n"
            "not json\n"
            "{\"source_id\":\"J4\",\"title\":\"d\",\"price_min\":12.5,\"detail_images\":[\"https://x.example/"
            "1.jpg\"]}\n"));
        auto report = ProductImporter(db->connections()).importFile(jsonl, {});
        QVERIFY_OK(report);
        QCOMPARE(report->format, FileFormat::JsonLines);
        QCOMPARE(errorLines(*report), (QStringList { QStringLiteral("2 J2 moq"), QStringLiteral("3  ") }));
        QCOMPARE(report->inserted, 2);

        const QString json = dir.filePath(QStringLiteral("x.json"));
        QVERIFY(writeFile(json,
            "[\n  {\"source_id\": \"K1\", \"title\": \"a, [b]\"},\n  {\"source_id\": \"K2\",\n   \"title\": "
            "5},\n"
            "  {\"source_id\": \"K3\", \"title\": \"c\", \"sync_status\": \"weird\"}\n]\n"));
        report = ProductImporter(db->connections()).importFile(json, {});
        QVERIFY_OK(report);
        QCOMPARE(report->format, FileFormat::JsonArray);
        QCOMPARE(report->inserted, 2); // a number is read as text for a text field
        QCOMPARE(errorLines(*report), (QStringList { QStringLiteral("5 K3 sync_status") }));
    }

    void shouldImport1688SyncItems_data() { engines(); }
    void shouldImport1688SyncItems()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("items.jsonl")); // detected by its content
        QVERIFY(writeFile(path,
            QStringLiteral(
                "{\"product_id\":\"610000000001\",\"title\":\"不锈钢保温杯 500ml\",\"price\":\"12.50-18.00\","
                "\"original_price\":\"25.00\",\"description\":\"双层真空\\n第二行\",\"category\":\"杯具\",\"brand\":\"恒达\","
                "\"seller\":\"义乌市恒达日用品厂\",\"seller_id\":\"b2b-88\",\"location\":\"浙江 义乌\","
                "\"image_urls\":[\"https://img.example.com/1.jpg\",\"https://img.example.com/2.jpg\"],"
                "\"specifications\":[{\"name\":\"材质\",\"value\":\"304不锈钢\"}],\"tags\":[\"热卖\"],"
                "\"source_url\":\"https://detail.1688.com/offer/610000000001.html\",\"crawl_time\":\"2026-11-20T08:00:00\"}\n"
                "{\"product_id\":610000000002,\"title\":\"Cotton T-shirt\",\"price\":9.9,\"seller\":\"Baiyun Textiles\","
                "\"specifications\":{\"size\":\"L\"}}\n"
                "{\"product_id\":\"610000000003\",\"title\":\"bad price\",\"price\":\"about ten\",\"seller_id\":\"b2b-88\",\"seller\":\"义乌市恒达日用品厂\"}\n"
                "{\"product_id\":\"610000000004\",\"title\":\"\",\"price\":\"¥3.20\"}\n"
                "{\"product_id\":\"610000000005\",\"title\":\"range upside down\",\"price\":\"18-12\"}\n")
                .toUtf8()));
        auto report = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(report);
        QCOMPARE(report->format, FileFormat::Sync1688);
        QCOMPARE(report->inserted, 2);
        QCOMPARE(report->suppliersInserted, 2);
        // Rejected rows name the crawler's fields.
        QCOMPARE(errorLines(*report), (QStringList { QStringLiteral("3 610000000003 price"), QStringLiteral("4 610000000004 title"),
                                                     QStringLiteral("5 610000000005 price") }));
        ProductRepository products(db->connections());
        auto cup = products.findBySourceId(QStringLiteral("610000000001"));
        QVERIFY_OK(cup);
        QCOMPARE(cup->priceMin->toString(), QStringLiteral("12.50"));
        QCOMPARE(cup->priceMax->toString(), QStringLiteral("18.00"));
        QCOMPARE(cup->currency, QStringLiteral("CNY"));
        QCOMPARE(cup->subtitle, QStringLiteral("双层真空"));
        QCOMPARE(cup->mainImageUrl, QStringLiteral("https://img.example.com/1.jpg"));
        QCOMPARE(cup->detailImages, (QJsonArray { QStringLiteral("https://img.example.com/2.jpg") }));
        QCOMPARE(cup->specifications.value(QStringLiteral("材质")).toString(), QStringLiteral("304不锈钢"));
        const QJsonObject kept = cup->specifications.value(QStringLiteral("_1688")).toObject();
        QCOMPARE(kept.value(QStringLiteral("brand")).toString(), QStringLiteral("恒达"));
        QCOMPARE(kept.value(QStringLiteral("original_price")).toString(), QStringLiteral("25.00"));
        QCOMPARE(kept.value(QStringLiteral("description")).toString(), QStringLiteral("双层真空\n第二行"));
        QCOMPARE(SupplierRepository(db->connections()).findBySourceId(QStringLiteral("b2b-88"))->location,
                 QStringLiteral("浙江 义乌"));
        auto shirt = products.findBySourceId(QStringLiteral("610000000002"));
        QVERIFY_OK(shirt);
        QCOMPARE(shirt->priceMin->toString(), QStringLiteral("9.90"));
        QCOMPARE(shirt->priceMax->toString(), QStringLiteral("9.90"));
        // No seller_id: the seller's name identifies the supplier.
        QCOMPARE(db->scalar(QStringLiteral("SELECT s.source_id FROM products p JOIN suppliers s ON s.id = p.supplier_id "
                                           "WHERE p.source_id = '610000000002'")).toString(),
                 QStringLiteral("Baiyun Textiles"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT product_count FROM suppliers WHERE source_id = 'b2b-88'")).toInt(), 1);

        // The same file again changes nothing.
        report = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 0);
        QCOMPARE(report->updated, 0);
        QCOMPARE(report->unchanged, 2);
    }

    void shouldPreviewAndImportWithAColumnMapping_data() { engines(); }
    void shouldPreviewAndImportWithAColumnMapping()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("supplier-list.txt"));
        QVERIFY(writeFile(path, QStringLiteral("货号;品名;单价;备注\n"
                                               "A-1;'杯子; 500ml';12.50;x\n"
                                               "A-2;碗;abc;y\n"
                                               "A-3;;3;z\n")
                                    .toUtf8()));
        ProductImporter::Options options;
        options.format = FileFormat::Csv;
        options.delimiter = QLatin1Char(';');
        options.quote = QLatin1Char('\'');
        // Unmapped, the header has no source_id: the columns still show, with the reason.
        auto unmapped = ProductImporter::preview(path, options);
        QVERIFY_OK(unmapped);
        QCOMPARE(unmapped->columns, (QStringList { QStringLiteral("货号"), QStringLiteral("品名"), QStringLiteral("单价"), QStringLiteral("备注") }));
        QCOMPARE(unmapped->mappedTo, (QStringList { QString(), QString(), QString(), QString() }));
        QVERIFY(unmapped->rows.isEmpty());
        QVERIFY2(unmapped->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("source_id")), qPrintable(unmapped->warnings.join(QLatin1Char(' '))));

        options.columns = { { QStringLiteral("货号"), QStringLiteral("source_id") }, { QStringLiteral("品名"), QStringLiteral("title") },
                            { QStringLiteral("单价"), QStringLiteral("price_min") }, { QStringLiteral("备注"), QString() } };
        auto preview = ProductImporter::preview(path, options);
        QVERIFY_OK(preview);
        QCOMPARE(preview->mappedTo, (QStringList { QStringLiteral("source_id"), QStringLiteral("title"), QStringLiteral("price_min"), QString() }));
        QCOMPARE(preview->rows.size(), 3);
        QCOMPARE(preview->rows.at(0).cells, (QStringList { QStringLiteral("A-1"), QStringLiteral("杯子; 500ml"), QStringLiteral("12.50"), QStringLiteral("x") }));
        QVERIFY(preview->rows.at(0).problems.isEmpty());
        QCOMPARE(preview->rows.at(1).line, 3);
        QVERIFY2(preview->rows.at(1).problems.value(0).startsWith(QStringLiteral("price_min:")), qPrintable(preview->rows.at(1).problems.join(QLatin1Char('|'))));
        QVERIFY2(preview->rows.at(2).problems.value(0).startsWith(QStringLiteral("title:")), qPrintable(preview->rows.at(2).problems.join(QLatin1Char('|'))));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 0); // a preview writes nothing

        auto report = ProductImporter(db->connections()).importFile(path, options);
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 1);
        QCOMPARE(errorLines(*report), (QStringList { QStringLiteral("3 A-2 price_min"), QStringLiteral("4 A-3 title") }));
        QCOMPARE(db->scalar(QStringLiteral("SELECT title FROM products WHERE source_id = 'A-1'")).toString(), QStringLiteral("杯子; 500ml"));
    }

    void shouldPreviewTheBeginningOfLargeFiles()
    {
        QTemporaryDir dir;
        QByteArray json = "[\n";
        QByteArray csv = "source_id,title,notes\n"; // notes: unknown, ignored; quoted line breaks
        for (int i = 0; i < 30000; ++i) {
            json += QStringLiteral("  {\"source_id\": \"B%1\", \"title\": \"large file row %1 with some padding text\"},\n").arg(i).toUtf8();
            csv += QStringLiteral("B%1,\"row %1, quoted\",\"a\nb\"\n").arg(i).toUtf8();
        }
        json += "  {\"source_id\": \"last\", \"title\": \"t\"}\n]\n";
        QVERIFY(json.size() > 600 * 1024 && csv.size() > 512 * 1024);
        const QString jsonPath = dir.filePath(QStringLiteral("big.json"));
        const QString csvPath = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeFile(jsonPath, json));
        QVERIFY(writeFile(csvPath, csv));
        for (const QString &path : { jsonPath, csvPath }) {
            auto preview = ProductImporter::preview(path, {});
            QVERIFY2(preview.ok(), qPrintable(path + (preview ? QString() : preview.error().toString())));
            QVERIFY(!preview->wholeFile);
            QCOMPARE(preview->rows.size(), 20);
            QCOMPARE(preview->rows.first().cells.value(0), QStringLiteral("B0"));
            QVERIFY2(preview->rows.first().problems.isEmpty(), qPrintable(path + preview->rows.first().problems.join(QLatin1Char('|'))));
        }
    }

    void shouldWriteNothingOnADryRun_data() { engines(); }
    void shouldWriteNothingOnADryRun()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.csv"));
        QVERIFY(writeFile(path, kHeader + "A1,one,,,CNY,S1,Sup\r\nA2,two,3,1,CNY,,\r\n"));
        ProductImporter::Options options;
        options.dryRun = true;
        const auto report = ProductImporter(db->connections()).importFile(path, options);
        QVERIFY_OK(report);
        QCOMPARE(report->dryRun, true);
        QCOMPARE(report->inserted, 1);
        QCOMPARE(report->rejected, 1);
        QCOMPARE(report->syncRecordId, 0);
        QCOMPARE(productCount(*db), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM suppliers")).toLongLong(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records")).toLongLong(), 0);
    }

    void shouldHonourInsertOnlyAndSkipExisting_data() { engines(); }
    void shouldHonourInsertOnlyAndSkipExisting()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("1.csv"));
        const QString second = dir.filePath(QStringLiteral("2.csv"));
        QVERIFY(writeFile(first, kHeader + "A1,one,,,CNY,,\r\nA2,two,,,CNY,,\r\n"));
        QVERIFY(writeFile(
            second, kHeader + "A1,one changed,,,CNY,,\r\nA3,three,,,CNY,,\r\nA3,again,,,CNY,,\r\n"));
        QVERIFY_OK(ProductImporter(db->connections()).importFile(first, {}));

        ProductImporter::Options options;
        options.mode = ProductImporter::Mode::InsertOnly;
        auto report = ProductImporter(db->connections()).importFile(second, options);
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 1);
        QCOMPARE(errorLines(*report),
            (QStringList { QStringLiteral("2 A1 source_id"), QStringLiteral("4 A3 source_id") }));
        QCOMPARE(ProductRepository(db->connections()).findBySourceId(QStringLiteral("A1"))->title,
            QStringLiteral("one"));

        QVERIFY(writeFile(second, kHeader + "A1,one changed,,,CNY,,\r\nA4,four,,,CNY,,\r\n"));
        options.mode = ProductImporter::Mode::SkipExisting;
        report = ProductImporter(db->connections()).importFile(second, options);
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 1);
        QCOMPARE(report->skipped, 1);
        QCOMPARE(report->rejected, 0);
        QCOMPARE(ProductRepository(db->connections()).findBySourceId(QStringLiteral("A1"))->title,
            QStringLiteral("one"));

        options.mode = ProductImporter::Mode::Upsert;
        report = ProductImporter(db->connections()).importFile(second, options);
        QVERIFY_OK(report);
        QCOMPARE(report->updated, 1);
        QCOMPARE(report->unchanged, 1);
        QCOMPARE(ProductRepository(db->connections()).findBySourceId(QStringLiteral("A1"))->title,
            QStringLiteral("one changed"));
        QCOMPARE(productCount(*db), 4);
    }

    void shouldReadGb18030AndUtf8WithBom_data() { engines(); }
    void shouldReadGb18030AndUtf8WithBom()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString text = QString::fromUtf8(kHeader)
            + QStringLiteral(
                "G1,不锈钢保温杯,,,CNY,S1,义乌恒达\r\nG2,陶瓷马克杯 “大号”,,,CNY,S1,义乌恒达\r\n");
        const QString bom = dir.filePath(QStringLiteral("bom.csv"));
        QVERIFY(writeFile(bom, "\xEF\xBB\xBF" + text.toUtf8()));
        auto report = ProductImporter(db->connections()).importFile(bom, {});
        QVERIFY_OK(report);
        QCOMPARE(report->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(report->inserted, 2);
        QCOMPARE(report->warnings, QStringList {});

        if (!ProductImporter::isGb18030Available())
            QSKIP("This Qt has no GB18030 codec (built without ICU)");
        QStringEncoder encoder("GB18030");
        const QByteArray gb = encoder.encode(QString(text)
                                                 .replace(QStringLiteral("G1"), QStringLiteral("G3"))
                                                 .replace(QStringLiteral("G2"), QStringLiteral("G4")));
        QVERIFY(!encoder.hasError());
        QVERIFY(QString::fromUtf8(gb) != text); // really not UTF-8
        const QString gbPath = dir.filePath(QStringLiteral("gb.csv"));
        QVERIFY(writeFile(gbPath, gb));
        report = ProductImporter(db->connections()).importFile(gbPath, {});
        QVERIFY_OK(report);
        QCOMPARE(report->encoding, QStringLiteral("GB18030"));
        QCOMPARE(report->inserted, 2);
        QCOMPARE(report->warnings.size(), 1);
        QCOMPARE(ProductRepository(db->connections()).findBySourceId(QStringLiteral("G4"))->title,
            QStringLiteral("陶瓷马克杯 “大号”"));
        ProductImporter::Options options;
        options.encoding = QStringLiteral("GB18030");
        report = ProductImporter(db->connections()).importFile(gbPath, options);
        QVERIFY_OK(report);
        QCOMPARE(report->unchanged, 2);
        QCOMPARE(report->warnings, QStringList {});
    }

    void shouldStopWithAClearErrorOnBrokenFiles_data() { engines(); }
    void shouldStopWithAClearErrorOnBrokenFiles()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString quote = dir.filePath(QStringLiteral("q.csv"));
        QVERIFY(writeFile(quote, kHeader + "A1,ok,,,CNY,,\r\nA2,\"never closed,,,CNY,,\r\nA3,x,,,CNY,,\r\n"));
        auto report = ProductImporter(db->connections()).importFile(quote, {});
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(
                     QStringLiteral("line 3: a quoted field starts here and is never closed")),
            qPrintable(report.error().message));
        QCOMPARE(productCount(*db), 0);
        auto recent = SyncRecordRepository(db->connections()).recent(1);
        QVERIFY_OK(recent);
        QCOMPARE(recent->front().status, JobStatus::Failed);

        const QString binary = dir.filePath(QStringLiteral("b.csv"));
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919) % 256);
        QVERIFY(writeFile(binary, garbage));
        report = ProductImporter(db->connections()).importFile(binary, {});
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(QStringLiteral("binary file")),
            qPrintable(report.error().message));

        const QString header = dir.filePath(QStringLiteral("h.csv"));
        QVERIFY(writeFile(header, "id,name,colour\r\n1,x,red\r\n"));
        report = ProductImporter(db->connections()).importFile(header, {});
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(QStringLiteral("no \"source_id\" column")),
            qPrintable(report.error().message));

        report
            = ProductImporter(db->connections()).importFile(dir.filePath(QStringLiteral("missing.csv")), {});
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::NotFound);
        QCOMPARE(productCount(*db), 0);
    }

    void shouldWarnOnceAboutUnknownColumns_data() { engines(); }
    void shouldWarnOnceAboutUnknownColumns()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.csv"));
        QVERIFY(writeFile(path, "source_id,colour,title\nA1,red,x\nA2,blue,y\n"));
        const auto report = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 2);
        QCOMPARE(report->warnings, QStringList { QStringLiteral("unknown column \"colour\" ignored") });
    }

    void shouldLeaveWholeBatchesWhenCancelled_data() { engines(); }
    void shouldLeaveWholeBatchesWhenCancelled()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.jsonl"));
        QByteArray bytes;
        for (int i = 0; i < 2500; ++i)
            bytes += QStringLiteral("{\"source_id\":\"C%1\",\"title\":\"t %1\"}\n").arg(i).toUtf8();
        QVERIFY(writeFile(path, bytes));
        ProductImporter::Options options;
        options.batchSize = 1000;
        int calls = 0;
        const auto report
            = ProductImporter(db->connections()).importFile(path, options, [&](qint64, qint64, qint64) {
                  ++calls;
                  return false;
              });
        QVERIFY_OK(report);
        QCOMPARE(calls, 1);
        QCOMPARE(report->cancelled, true);
        QCOMPARE(report->inserted, 1000);
        QCOMPARE(productCount(*db), 1000);
        const auto record = SyncRecordRepository(db->connections()).findById(report->syncRecordId);
        QVERIFY_OK(record);
        QCOMPARE(record->status, JobStatus::Cancelled);
        QCOMPARE(record->successCount, 1000);
    }

    // A supplier is looked up once per import, and again only when a row describes it differently:
    // every change the file makes is written (the last one wins), its stored contact details stay.
    void shouldWriteEachSupplierChangeOnce_data() { engines(); }
    void shouldWriteEachSupplierChangeOnce()
    {
        OPEN_TEST_DATABASE(db);
        Supplier stored;
        stored.sourceId = QStringLiteral("S1");
        stored.name = QStringLiteral("Stored name");
        stored.contactInfo = QJsonObject { { QStringLiteral("phone"), QStringLiteral("+86 579 1234") } };
        QVERIFY_OK(SupplierRepository(db->connections()).create(stored));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.csv"));
        QVERIFY(writeFile(path,
            "source_id,title,supplier_source_id,supplier_name\n"
            "P1,one,S1,First\n" // batch 1: rename
            "P2,two,S1,\n" // by id only: known
            "P3,three,S1,Second\n" // batch 2: rename again
            "P4,four,S1,Second\n" // nothing new
            "P5,five,S2,\n" // batch 3: unknown, no name: rejected
            "P6,six,S1,\n"
            "P7,seven,S2,New\n" // batch 4: created
            "P8,eight,S2,\n")); // known now
        ProductImporter::Options options;
        options.batchSize = 2;
        const auto report = ProductImporter(db->connections()).importFile(path, options);
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 7);
        QCOMPARE(errorLines(*report), QStringList { QStringLiteral("6 P5 supplier_source_id") });
        QCOMPARE(report->suppliersInserted, 1);
        QCOMPARE(report->suppliersUpdated, 2);
        const auto suppliers = SupplierRepository(db->connections()).bySourceIds({ QStringLiteral("S1"), QStringLiteral("S2") });
        QVERIFY_OK(suppliers);
        QCOMPARE(suppliers->value(QStringLiteral("S1")).name, QStringLiteral("Second"));
        QCOMPARE(suppliers->value(QStringLiteral("S1")).contactInfo, stored.contactInfo);
        QCOMPARE(suppliers->value(QStringLiteral("S1")).productCount, 5);
        QCOMPARE(suppliers->value(QStringLiteral("S2")).name, QStringLiteral("New"));
        QCOMPARE(suppliers->value(QStringLiteral("S2")).productCount, 2);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM supplier_history WHERE supplier_id = %1")
                               .arg(suppliers->value(QStringLiteral("S1")).id)).toInt(),
            3); // created, renamed twice
    }

    // The file is read a piece at a time: a 40 MB file does not take 40 MB (about 20 MB here; the
    // whole file used to be read, decoded and parsed first: several times its size).
    void shouldImportInBoundedMemory()
    {
#ifdef __SANITIZE_ADDRESS__
        QSKIP("AddressSanitizer keeps freed memory resident (its quarantine): measured in the plain build");
#endif
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("source_id,title,notes\n");
            const QByteArray notes(1600, 'n'); // an ignored column: size without database work
            for (int i = 0; i < 25000; ++i)
                file.write(QStringLiteral("M%1,标题 %1,").arg(i).toUtf8() + notes + '\n');
        }
        QVERIFY(QFileInfo(path).size() > 40'000'000);
        const auto rss = [] {
            QFile statm(QStringLiteral("/proc/self/statm"));
            if (!statm.open(QIODevice::ReadOnly))
                return qint64(-1);
            return statm.readAll().split(' ').value(1).toLongLong() * 4096;
        };
        const qint64 before = rss();
        QVERIFY(before > 0);
        qint64 peak = before;
        const auto report = ProductImporter(db->connections()).importFile(path, {}, [&](qint64, qint64, qint64) {
            peak = qMax(peak, rss());
            return true;
        });
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 25000);
        qInfo("resident memory grew by %lld MB during the import", (peak - before) >> 20);
        QVERIFY2(peak - before < 48 * 1024 * 1024, qPrintable(QStringLiteral("resident memory grew by %1 MB").arg((peak - before) >> 20)));
    }
};

CATALOG_TEST_GUILESS_MAIN(ProductImporterTest)
#include "tst_productimporter.moc"
