// Export of products to CSV and JSON Lines, on both engines.

#include "transfer/productexporter.h"
#include "transfer/productimporter.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

// A small RFC 4180 reader for checking what the exporter wrote: fields may be quoted, with "" for
// a quote and line breaks inside quotes.
QList<QStringList> readCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

bool seed(TestDatabase &db)
{
    Supplier s;
    s.sourceId = QStringLiteral("S-9");
    s.name = QStringLiteral("义乌, \"恒达\" 日用品厂");
    s.companyName = QStringLiteral("Yiwu Hengda Daily Goods Co., Ltd.");
    s.location = QStringLiteral("浙江 义乌");
    if (!SupplierRepository(db.connections()).create(s))
        return false;
    QList<Product> products;
    for (int i = 0; i < 2345; ++i) {
        Product p;
        p.sourceId = QStringLiteral("E-%1").arg(i, 5, 10, QLatin1Char('0'));
        p.title = i == 7 ? QStringLiteral("Mug, \"large\", 500 ml ") : QStringLiteral("保温杯 %1").arg(i);
        if (i % 2) {
            p.priceMin = Decimal2::fromHundredths(1250);
            p.priceMax = Decimal2::fromHundredths(1800 + i);
            p.supplierSourceId = QStringLiteral("S-9");
            p.specifications = QJsonObject { { QStringLiteral("材质"), QStringLiteral("不锈钢") },
                { QStringLiteral("容量"), 500 } };
            p.detailImages = QJsonArray { QStringLiteral("https://img.example.com/%1/1.jpg").arg(i) };
        }
        p.syncStatus = i % 5 == 0 ? QStringLiteral("failed") : QStringLiteral("synced");
        products << p;
    }
    const auto r = ProductRepository(db.connections()).upsert(products);
    if (!r)
        qWarning() << r.error().toString();
    return r.ok();
}

} // namespace

class ProductExporterTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteCsvThatReadsBack_data() { engines(); }
    void shouldWriteCsvThatReadsBack()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seed(*db));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("products.csv"));
        ProductExporter::Options options;
        options.batchSize = 500;
        QList<qint64> progress;
        const auto report
            = ProductExporter(db->connections()).exportTo(path, options, [&](qint64 done, qint64 total) {
                  progress << done;
                  return total == 2345;
              });
        QVERIFY_OK(report);
        QCOMPARE(report->rows, qint64(2345));
        QCOMPARE(progress, (QList<qint64> { 500, 1000, 1500, 2000, 2345 }));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(qint64(bytes.size()), report->bytes);
        const QList<QStringList> rows = readCsv(bytes);
        QCOMPARE(rows.size(), 2346);
        QCOMPARE(rows.at(0), ProductExporter::csvColumns());
        const auto column
            = [&](const QString &name) { return int(ProductExporter::csvColumns().indexOf(name)); };
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), ProductExporter::csvColumns().size());
        // Quotes, commas and line breaks survive; NULLs are empty; JSON columns are JSON
        const QStringList &mug = rows.at(8);
        QCOMPARE(mug.at(column(QStringLiteral("source_id"))), QStringLiteral("E-00007"));
        QCOMPARE(mug.at(column(QStringLiteral("title"))), QStringLiteral("Mug, \"large\", 500 ml "));
        QCOMPARE(mug.at(column(QStringLiteral("price_min"))), QStringLiteral("12.50"));
        QCOMPARE(mug.at(column(QStringLiteral("price_max"))), QStringLiteral("18.07"));
        QCOMPARE(mug.at(column(QStringLiteral("supplier_source_id"))), QStringLiteral("S-9"));
        QCOMPARE(mug.at(column(QStringLiteral("supplier_name"))), QStringLiteral("义乌, \"恒达\" 日用品厂"));
        const QJsonObject specs
            = QJsonDocument::fromJson(mug.at(column(QStringLiteral("specifications"))).toUtf8()).object();
        QCOMPARE(specs.value(QStringLiteral("容量")).toInt(), 500);
        const QStringList &plain = rows.at(1);
        QCOMPARE(plain.at(column(QStringLiteral("price_min"))), QString());
        QCOMPARE(plain.at(column(QStringLiteral("supplier_source_id"))), QString());
        QCOMPARE(plain.at(column(QStringLiteral("sync_status"))), QStringLiteral("failed"));
    }

    // Given titles a spreadsheet would run as formulas, when they are exported to CSV and imported
    // back, then the file holds them behind a single quote and the catalog gets them back unchanged.
    void shouldProtectFormulaCellsFromSpreadsheetsAndReadThemBack_data() { engines(); }
    void shouldProtectFormulaCellsFromSpreadsheetsAndReadThemBack()
    {
        OPEN_TEST_DATABASE(db);
        const QStringList titles { QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"click\")"),
            QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
            QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("'=already quoted"),
            QStringLiteral("''@twice quoted"), QStringLiteral("plain 'quote inside"),
            QStringLiteral("'leading quote only") };
        QList<Product> products;
        for (qsizetype i = 0; i < titles.size(); ++i) {
            Product p;
            p.sourceId = QStringLiteral("F-%1").arg(i);
            p.title = titles.at(i);
            products << p;
        }
        QVERIFY_OK(ProductRepository(db->connections()).upsert(products));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("formulas.csv"));
        const int title = int(ProductExporter::csvColumns().indexOf(QStringLiteral("title")));
        const auto exportedTitles = [&](const ProductExporter::Options &options) {
            QStringList out;
            if (!ProductExporter(db->connections()).exportTo(path, options))
                return out;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return out;
            const QList<QStringList> rows = readCsv(file.readAll());
            for (qsizetype r = 1; r < rows.size(); ++r)
                out << rows.at(r).at(title);
            out.sort();
            return out;
        };

        // --raw-cells: written as they are
        ProductExporter::Options raw;
        raw.rawCells = true;
        QStringList sortedTitles = titles;
        sortedTitles.sort();
        QCOMPARE(exportedTitles(raw), sortedTitles);

        // By default: behind one more single quote
        QStringList expected { QStringLiteral("'=HYPERLINK(\"http://evil.example/\",\"click\")"),
            QStringLiteral("'+cmd|' /C calc'!A0"), QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0"),
            QStringLiteral("'-2+3+cmd|' /C calc'!A0"), QStringLiteral("''=already quoted"),
            QStringLiteral("'''@twice quoted"), QStringLiteral("plain 'quote inside"),
            QStringLiteral("'leading quote only") };
        expected.sort();
        QCOMPARE(exportedTitles({}), expected);

        // Read back into an empty catalog: every title as it was
        auto target = TestDatabase::create(engine);
        QVERIFY2(target, qPrintable(TestDatabase::lastError()));
        const auto imported = ProductImporter(target->connections()).importFile(path, {});
        QVERIFY_OK(imported);
        QCOMPARE(imported->inserted, qint64(titles.size()));
        for (qsizetype i = 0; i < titles.size(); ++i) {
            const auto p = ProductRepository(target->connections()).findBySourceId(QStringLiteral("F-%1").arg(i));
            QVERIFY_OK(p);
            QCOMPARE(p->title, titles.at(i));
        }
    }

    void shouldExportTheFilteredRowsAsJsonLines_data() { engines(); }
    void shouldExportTheFilteredRowsAsJsonLines()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seed(*db));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("failed.jsonl"));
        ProductExporter::Options options;
        options.format = FileFormat::JsonLines;
        options.filter.syncStatuses = { QStringLiteral("failed") };
        const auto report = ProductExporter(db->connections()).exportTo(path, options);
        QVERIFY_OK(report);
        QCOMPARE(report->rows, qint64(469)); // every fifth of 2345
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int lines = 0;
        while (!file.atEnd()) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(file.readLine(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value(QStringLiteral("sync_status")).toString(), QStringLiteral("failed"));
            if (o.value(QStringLiteral("source_id")).toString() == QLatin1String("E-00005")) {
                QCOMPARE(o.value(QStringLiteral("supplier"))
                             .toObject()
                             .value(QStringLiteral("source_id"))
                             .toString(),
                    QStringLiteral("S-9"));
                QCOMPARE(o.value(QStringLiteral("price_max")).toString(), QStringLiteral("18.05"));
            }
            ++lines;
        }
        QCOMPARE(lines, 469);
    }

    void shouldLeaveNoFileWhenCancelled_data() { engines(); }
    void shouldLeaveNoFileWhenCancelled()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seed(*db));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("products.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous export\n");
        }
        ProductExporter::Options options;
        options.batchSize = 1000;
        const auto report
            = ProductExporter(db->connections()).exportTo(path, options, [](qint64 done, qint64) {
                  return done < 1000;
              });
        QCOMPARE(report.error().kind, ErrorKind::Cancelled);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous export\n"));
        QCOMPARE(dir.path().isEmpty(), false);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

        // An unwritable place is a clear error
        const auto denied
            = ProductExporter(db->connections()).exportTo(QStringLiteral("/proc/no/such/dir/x.csv"), options);
        QVERIFY(!denied);
        QVERIFY2(denied.error().message.contains(QStringLiteral("/proc/no/such/dir/x.csv")),
            qPrintable(denied.error().message));
    }
};

CATALOG_TEST_GUILESS_MAIN(ProductExporterTest)
#include "tst_productexporter.moc"
