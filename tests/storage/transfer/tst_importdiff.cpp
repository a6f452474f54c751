// Import with a diff (issue 19): ProductImporter::diffFile classifies every row as the import then
// counts it, on both engines, from CSV and JSON; the operator's exclusions are honoured as foreseen.

#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"
#include "transfer/importdiff.h"
#include "transfer/productimporter.h"

#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

const QStringList kFileColumns { QStringLiteral("source_id"), QStringLiteral("title"),
    QStringLiteral("subtitle"), QStringLiteral("price_min"), QStringLiteral("price_max"),
    QStringLiteral("currency"), QStringLiteral("moq"), QStringLiteral("detail_images"),
    QStringLiteral("specifications"), QStringLiteral("supplier_source_id"), QStringLiteral("supplier_name"),
    QStringLiteral("sync_status") };

QString csvCell(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    QString text;
    if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    else
        text = value.toString();
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The records as a CSV file (every column quoted, JSON fields as JSON text) or a JSON array.
bool writeRecords(const QString &path, const QList<QJsonObject> &records)
{
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".csv"))) {
        bytes = kFileColumns.join(QLatin1Char(',')).toUtf8() + "\r\n";
        for (const QJsonObject &r : records) {
            QStringList cells;
            for (const QString &c : kFileColumns)
                cells << csvCell(r.value(c));
            bytes += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        }
    } else {
        QJsonArray array;
        for (const QJsonObject &r : records)
            array.append(r);
        bytes = QJsonDocument(array).toJson();
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Product storedProduct(const QString &sourceId, const QString &title, const QString &supplier)
{
    Product p;
    p.sourceId = sourceId;
    p.title = title;
    p.priceMin = Decimal2::parse(QStringLiteral("1.00"));
    p.priceMax = Decimal2::parse(QStringLiteral("2.00"));
    p.moq = 1;
    p.detailImages = QJsonArray { QStringLiteral("https://img.example.com/1.jpg"),
        QStringLiteral("https://img.example.com/2.jpg") };
    p.specifications = QJsonObject { { QStringLiteral("材质"), QStringLiteral("不锈钢") },
        { QStringLiteral("color"), QStringLiteral("red") } };
    p.supplierSourceId = supplier;
    p.syncStatus = QStringLiteral("synced");
    return p;
}

// The file's form of a stored product: the same values, the prices written as "1.0" and "2",
// the specifications' keys in the other order.
QJsonObject fileRecord(const QString &sourceId, const QString &title, const QString &supplier)
{
    return { { QStringLiteral("source_id"), sourceId }, { QStringLiteral("title"), title },
        { QStringLiteral("price_min"), QStringLiteral("1.0") },
        { QStringLiteral("price_max"), QStringLiteral("2") },
        { QStringLiteral("currency"), QStringLiteral("CNY") }, { QStringLiteral("moq"), QStringLiteral("1") },
        { QStringLiteral("detail_images"),
            QJsonArray { QStringLiteral("https://img.example.com/1.jpg"),
                QStringLiteral("https://img.example.com/2.jpg") } },
        { QStringLiteral("specifications"),
            QJsonObject { { QStringLiteral("color"), QStringLiteral("red") },
                { QStringLiteral("材质"), QStringLiteral("不锈钢") } } },
        { QStringLiteral("supplier_source_id"), supplier },
        { QStringLiteral("sync_status"), QStringLiteral("synced") } };
}

bool seedCatalog(TestDatabase &db)
{
    QList<Supplier> suppliers;
    for (const QString &id : { QStringLiteral("S-1"), QStringLiteral("S-2") }) {
        Supplier s;
        s.sourceId = id;
        s.name = QStringLiteral("Supplier ") + id;
        suppliers << s;
    }
    if (!SupplierRepository(db.connections()).upsert(suppliers))
        return false;
    const QList<Product> products { storedProduct(
                                        QStringLiteral("A"), QStringLiteral("Kettle"), QStringLiteral("S-1")),
        storedProduct(QStringLiteral("B"), QStringLiteral("Mug"), QStringLiteral("S-1")),
        storedProduct(QStringLiteral("C"), QStringLiteral("Bowl"), QStringLiteral("S-1")),
        storedProduct(QStringLiteral("D"), QStringLiteral("Plate"), QStringLiteral("S-1")),
        storedProduct(QStringLiteral("E"), QStringLiteral("Cup"), QStringLiteral("S-1")),
        storedProduct(QStringLiteral("F"), QStringLiteral("Glass jar"), QStringLiteral("S-1")),
        storedProduct(QStringLiteral("G"), QStringLiteral("Tea pot"), QStringLiteral("S-1")),
        storedProduct(QStringLiteral("H"), QStringLiteral("Spoon"), QStringLiteral("S-2")),
        storedProduct(QStringLiteral("I"), QStringLiteral("Lid"), QStringLiteral("S-1")) };
    const auto r = ProductRepository(db.connections()).upsert(products);
    if (!r)
        qWarning() << r.error().toString();
    return r.ok();
}

// One row per case the issue names.
QList<QJsonObject> caseRecords()
{
    QList<QJsonObject> records;
    records << fileRecord(
        QStringLiteral("A"), QStringLiteral("Kettle"), QStringLiteral("S-1")); // 1.0 = 1.00, key order
    records << fileRecord(
        QStringLiteral("B"), QStringLiteral("Mug "), QStringLiteral("S-1")); // whitespace only
    QJsonObject c = fileRecord(QStringLiteral("C"), QStringLiteral("Bowl"), QStringLiteral("S-1"));
    c.insert(QStringLiteral("price_min"), QStringLiteral("1.50"));
    records << c;
    records << fileRecord(
        QStringLiteral("D"), QStringLiteral("Plate"), QStringLiteral("S-2")); // another supplier
    QJsonObject e = fileRecord(QStringLiteral("E"), QStringLiteral("Cup"), QStringLiteral("S-1"));
    e.insert(QStringLiteral("price_min"), QStringLiteral("abc"));
    records << e; // rejected
    records << fileRecord(
        QStringLiteral("F"), QStringLiteral("Glass\njar"), QStringLiteral("S-1")); // folded: same
    QJsonObject g
        = fileRecord(QStringLiteral("G"), QStringLiteral("Tea\r\npot  large"), QStringLiteral("S-1"));
    g.insert(QStringLiteral("sync_status"), QStringLiteral("pending"));
    records << g; // folded: still changed, and its status too
    QJsonObject h = fileRecord(QStringLiteral("H"), QStringLiteral("Spoon"), QStringLiteral("S-9"));
    h.insert(QStringLiteral("supplier_name"), QStringLiteral("A new supplier"));
    records << h; // a supplier the import creates
    QJsonObject i = fileRecord(QStringLiteral("I"), QStringLiteral("Lid"), QStringLiteral("S-1"));
    i.insert(QStringLiteral("specifications"),
        QJsonObject { { QStringLiteral("color"), QStringLiteral("blue") },
            { QStringLiteral("材质"), QStringLiteral("不锈钢") } });
    i.insert(QStringLiteral("detail_images"),
        QJsonArray { QStringLiteral("https://img.example.com/2.jpg"),
            QStringLiteral("https://img.example.com/1.jpg") });
    records << i; // a specification's value, the images' order
    records << fileRecord(QStringLiteral("N"), QStringLiteral("Brand new"), QStringLiteral("S-1"));
    return records;
}

const ImportDiff::Entry *entryOf(const ImportDiff &diff, const QString &sourceId)
{
    for (const ImportDiff::Entry &e : diff.entries) {
        if (e.sourceId == sourceId)
            return &e;
    }
    return nullptr;
}

// "field: old → new" for each change of a product, for compact comparisons.
QStringList changesOf(const ImportDiff &diff, const QString &sourceId)
{
    QStringList lines;
    if (const ImportDiff::Entry *e = entryOf(diff, sourceId)) {
        for (const ImportDiff::FieldChange &c : e->changes)
            lines << QStringLiteral("%1: %2 → %3")
                         .arg(c.field, c.oldValue.isNull() ? QStringLiteral("NULL") : c.oldValue, c.newValue);
    }
    return lines;
}

int versionOf(TestDatabase &db, const QString &sourceId)
{
    const auto p = ProductRepository(db.connections()).findBySourceId(sourceId);
    return p ? p->version : -1;
}

void addFormatRows()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("file");
    for (const char *engine : { "sqlite", "postgresql" }) {
        for (const char *file : { "catalog.csv", "catalog.json" })
            QTest::addRow("%s-%s", engine, file) << QString::fromLatin1(engine) << QString::fromLatin1(file);
    }
}

} // namespace

class tst_ImportDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldClassifyEachRowAsTheImportThenDoes_data() { addFormatRows(); }
    void shouldClassifyEachRowAsTheImportThenDoes()
    {
        // Given a catalog and a file with one row per case
        OPEN_TEST_DATABASE(db);
        QFETCH(QString, file);
        QVERIFY(seedCatalog(*db));
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(writeRecords(path, caseRecords()));
        ProductImporter importer(db->connections());
        const int versionA = versionOf(*db, QStringLiteral("A"));

        // When the diff is computed
        const Result<ImportDiff> diff = importer.diffFile(path, {});
        QVERIFY_OK(diff);

        // Then each row is classified by the upsert's rule, field by field
        QCOMPARE(diff->counts.newProducts, 1);
        QCOMPARE(diff->counts.changed, 6); // B, C, D, G, H, I
        QCOMPARE(diff->counts.unchanged, 2); // A, F
        QCOMPARE(diff->counts.rejected, 1); // E
        QCOMPARE(diff->report.rowsRead, 10);
        QCOMPARE(entryOf(*diff, QStringLiteral("A"))->kind, ImportDiff::Kind::Unchanged);
        QCOMPARE(entryOf(*diff, QStringLiteral("F"))->kind, ImportDiff::Kind::Unchanged);
        QCOMPARE(changesOf(*diff, QStringLiteral("B")), QStringList { QStringLiteral("title: Mug → Mug ") });
        QCOMPARE(
            changesOf(*diff, QStringLiteral("C")), QStringList { QStringLiteral("price_min: 1.00 → 1.50") });
        QCOMPARE(changesOf(*diff, QStringLiteral("D")),
            QStringList { QStringLiteral("supplier_source_id: S-1 → S-2") });
        QCOMPARE(changesOf(*diff, QStringLiteral("G")),
            (QStringList { QStringLiteral("title: Tea pot → Tea pot  large"),
                QStringLiteral("sync_status: synced → pending") }));
        QCOMPARE(changesOf(*diff, QStringLiteral("H")),
            QStringList { QStringLiteral("supplier_source_id: S-2 → S-9") });
        QCOMPARE(changesOf(*diff, QStringLiteral("I")),
            (QStringList {
                QStringLiteral(
                    "detail_images: [\"https://img.example.com/1.jpg\",\"https://img.example.com/2.jpg\"] → "
                    "[\"https://img.example.com/2.jpg\",\"https://img.example.com/1.jpg\"]"),
                QStringLiteral("specifications: {\"color\":\"red\",\"材质\":\"不锈钢\"} → "
                               "{\"color\":\"blue\",\"材质\":\"不锈钢\"}") }));
        QCOMPARE(entryOf(*diff, QStringLiteral("N"))->kind, ImportDiff::Kind::New);
        QVERIFY(!entryOf(*diff, QStringLiteral("E")));
        QCOMPARE(diff->report.errors.size(), 1);
        QCOMPARE(diff->report.errors.at(0).sourceId, QStringLiteral("E"));
        QCOMPARE(diff->report.errors.at(0).field, QStringLiteral("price_min"));
        // And nothing was written, not even the new supplier
        QCOMPARE(versionOf(*db, QStringLiteral("A")), versionA);
        QVERIFY(!ProductRepository(db->connections()).findBySourceId(QStringLiteral("N")));
        QVERIFY(!SupplierRepository(db->connections()).findBySourceId(QStringLiteral("S-9")));

        // When the file is imported
        const Result<ProductImporter::Report> report = importer.importFile(path, {});
        QVERIFY_OK(report);

        // Then the import counts exactly what the diff showed
        QCOMPARE(report->inserted, diff->counts.newProducts);
        QCOMPARE(report->updated, diff->counts.changed);
        QCOMPARE(report->unchanged, diff->counts.unchanged);
        QCOMPARE(report->rejected, diff->counts.rejected);
        QCOMPARE(versionOf(*db, QStringLiteral("A")), versionA);
        // And the table now holds the file: a second diff finds nothing left to change
        const Result<ImportDiff> after = importer.diffFile(path, {});
        QVERIFY_OK(after);
        QCOMPARE(after->counts.newProducts, 0);
        QCOMPARE(after->counts.changed, 0);
        QCOMPARE(after->counts.unchanged,
            diff->counts.newProducts + diff->counts.changed + diff->counts.unchanged);
        QCOMPARE(ProductRepository(db->connections()).findBySourceId(QStringLiteral("B"))->title,
            QStringLiteral("Mug "));
    }

    void shouldImportWhatTheDiffForesawWithExclusions_data() { addFormatRows(); }
    void shouldImportWhatTheDiffForesawWithExclusions()
    {
        // Given the diff of the case file
        OPEN_TEST_DATABASE(db);
        QFETCH(QString, file);
        QVERIFY(seedCatalog(*db));
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(writeRecords(path, caseRecords()));
        ProductImporter importer(db->connections());
        const Result<ImportDiff> diff = importer.diffFile(path, {});
        QVERIFY_OK(diff);
        const int versionC = versionOf(*db, QStringLiteral("C"));
        const int versionD = versionOf(*db, QStringLiteral("D"));

        // When the operator leaves alone: product C, the new product N, D's supplier (its only
        // change) and G's title (one of its two changes)
        ImportExclusions exclusions;
        exclusions.products = { QStringLiteral("C"), QStringLiteral("N") };
        exclusions.fields.insert(QStringLiteral("D"), { QStringLiteral("supplier_source_id") });
        exclusions.fields.insert(QStringLiteral("G"), { QStringLiteral("title") });
        const ImportDiff::Counts predicted = diff->countsWith(exclusions);
        QCOMPARE(predicted.newProducts, 0);
        QCOMPARE(predicted.changed, 4); // B, G (status), H, I
        QCOMPARE(predicted.unchanged, 3); // A, F, D
        QCOMPARE(predicted.excluded, 2);
        QCOMPARE(predicted.rejected, 1);
        // The diff computed with those exclusions says the same
        ProductImporter::Options options;
        options.exclusions = exclusions;
        const Result<ImportDiff> again = importer.diffFile(path, options);
        QVERIFY_OK(again);
        QCOMPARE(again->counts, predicted);

        // And the import does it
        const Result<ProductImporter::Report> report = importer.importFile(path, options);
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, predicted.newProducts);
        QCOMPARE(report->updated, predicted.changed);
        QCOMPARE(report->unchanged, predicted.unchanged);
        QCOMPARE(report->rejected, predicted.rejected);
        QCOMPARE(report->excluded, predicted.excluded);
        QCOMPARE(report->fieldsKept, 2);

        // Then the table is the diff's prediction: left-alone rows untouched, kept fields stored
        ProductRepository products(db->connections());
        QCOMPARE(versionOf(*db, QStringLiteral("C")), versionC);
        QCOMPARE(
            products.findBySourceId(QStringLiteral("C"))->priceMin, Decimal2::parse(QStringLiteral("1.00")));
        QVERIFY(!products.findBySourceId(QStringLiteral("N")));
        QCOMPARE(versionOf(*db, QStringLiteral("D")), versionD);
        const Product g = products.findBySourceId(QStringLiteral("G")).value();
        QCOMPARE(g.title, QStringLiteral("Tea pot"));
        QCOMPARE(g.syncStatus, QStringLiteral("pending"));
        const Product h = products.findBySourceId(QStringLiteral("H")).value();
        QCOMPARE(
            SupplierRepository(db->connections()).findBySourceId(QStringLiteral("S-9"))->id, *h.supplierId);
        // and what is left to import is exactly what was left alone
        const Result<ImportDiff> after = importer.diffFile(path, {});
        QVERIFY_OK(after);
        QCOMPARE(after->counts.newProducts, 1);
        QCOMPARE(after->counts.changed, 3); // C, D, G
        QCOMPARE(changesOf(*after, QStringLiteral("C")), changesOf(*diff, QStringLiteral("C")));
        QCOMPARE(changesOf(*after, QStringLiteral("D")), changesOf(*diff, QStringLiteral("D")));
        QCOMPARE(changesOf(*after, QStringLiteral("G")),
            QStringList { QStringLiteral("title: Tea pot → Tea pot  large") });
    }

    void shouldRejectAKeptValueThatBreaksTheRow_data() { engines(); }
    void shouldRejectAKeptValueThatBreaksTheRow()
    {
        // Given a file that lowers both prices below the stored price_min
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedCatalog(*db));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.csv"));
        QJsonObject c = fileRecord(QStringLiteral("C"), QStringLiteral("Bowl"), QStringLiteral("S-1"));
        c.insert(QStringLiteral("price_min"), QStringLiteral("0.10"));
        c.insert(QStringLiteral("price_max"), QStringLiteral("0.50"));
        QVERIFY(writeRecords(path, { c }));
        // When the stored price_min is kept
        ProductImporter::Options options;
        options.exclusions.fields.insert(QStringLiteral("C"), { QStringLiteral("price_min") });
        const Result<ProductImporter::Report> report
            = ProductImporter(db->connections()).importFile(path, options);
        // Then the row is rejected with the reason, not written half-kept
        QVERIFY_OK(report);
        QCOMPARE(report->rejected, 1);
        QCOMPARE(report->updated, 0);
        QCOMPARE(ProductRepository(db->connections()).findBySourceId(QStringLiteral("C"))->priceMax,
            Decimal2::parse(QStringLiteral("2.00")));
    }

    void shouldCountEveryRowButListTheFirstOnes_data() { engines(); }
    void shouldCountEveryRowButListTheFirstOnes()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedCatalog(*db));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.jsonl"));
        QByteArray lines;
        for (int i = 0; i < 250; ++i)
            lines += QJsonDocument(fileRecord(QStringLiteral("M-%1").arg(i), QStringLiteral("Item %1").arg(i),
                                       QStringLiteral("S-1")))
                         .toJson(QJsonDocument::Compact)
                + '\n';
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines);
        out.close();
        ProductImporter::Options options;
        options.batchSize = 40;
        const Result<ImportDiff> diff = ProductImporter(db->connections()).diffFile(path, options, {}, 100);
        QVERIFY_OK(diff);
        QCOMPARE(diff->counts.newProducts, 250);
        QCOMPARE(diff->entries.size(), 100);
        QVERIFY(diff->truncated);
        QCOMPARE(diff->entries.last().sourceId, QStringLiteral("M-99"));
        const QJsonObject json = diff->toJson();
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("new")).toInt(), 250);
        QCOMPARE(json.value(QStringLiteral("new")).toArray().size(), 100);
        QCOMPARE(json.value(QStringLiteral("truncated")).toBool(), true);
    }

    void shouldWarnOfASourceIdTheFileRepeats_data() { engines(); }
    void shouldWarnOfASourceIdTheFileRepeats()
    {
        // Given a file that gives product A twice, in two batches
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedCatalog(*db));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("twice.json"));
        QVERIFY(writeRecords(path,
            { fileRecord(QStringLiteral("A"), QStringLiteral("Kettle"), QStringLiteral("S-1")),
                fileRecord(QStringLiteral("A"), QStringLiteral("Kettle 2"), QStringLiteral("S-1")) }));
        ProductImporter::Options options;
        options.batchSize = 1;
        // When it is diffed
        const Result<ImportDiff> diff = ProductImporter(db->connections()).diffFile(path, options);
        QVERIFY_OK(diff);
        // Then the second row is compared with the catalog, and the diff says so
        QCOMPARE(diff->counts.unchanged, 1);
        QCOMPARE(diff->counts.changed, 1);
        QCOMPARE(diff->report.warnings.size(), 1);
        QVERIFY2(diff->report.warnings.at(0).contains(QStringLiteral("\"A\" appeared earlier in the file")),
            qPrintable(diff->report.warnings.at(0)));
    }

    void shouldKnowSuppliersAnEarlierBatchCreates_data() { engines(); }
    void shouldKnowSuppliersAnEarlierBatchCreates()
    {
        // Given a file whose first row creates supplier S-9 and whose second names it by source_id only
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedCatalog(*db));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("suppliers.json"));
        QJsonObject first = fileRecord(QStringLiteral("X-1"), QStringLiteral("One"), QStringLiteral("S-9"));
        first.insert(QStringLiteral("supplier_name"), QStringLiteral("New supplier"));
        QVERIFY(writeRecords(path,
            { first, fileRecord(QStringLiteral("X-2"), QStringLiteral("Two"), QStringLiteral("S-9")) }));
        ProductImporter::Options options;
        options.batchSize = 1;
        ProductImporter importer(db->connections());
        // When it is diffed (and dry-run), then imported, in batches of one row
        const Result<ImportDiff> diff = importer.diffFile(path, options);
        QVERIFY_OK(diff);
        options.dryRun = true;
        const Result<ProductImporter::Report> dry = importer.importFile(path, options);
        QVERIFY_OK(dry);
        options.dryRun = false;
        const Result<ProductImporter::Report> report = importer.importFile(path, options);
        QVERIFY_OK(report);
        // Then all three agree: two new products, nothing rejected
        QCOMPARE(diff->counts.newProducts, 2);
        QCOMPARE(diff->counts.rejected, 0);
        QCOMPARE(dry->rejected, 0);
        QCOMPARE(report->inserted, 2);
        QCOMPARE(report->rejected, 0);
    }
};

CATALOG_TEST_GUILESS_MAIN(tst_ImportDiff)
#include "tst_importdiff.moc"
