// The streaming export (COPY on PostgreSQL, the C API on SQLite) against what the catalog holds:
// a file read back into an empty catalog gives the same rows, the filter selects what the
// repository selects, hostile search text stays a value, a read-only login can export, and the
// byte-level CSV writer follows the spreadsheet rule of spreadsheetcells.h.

#include "db/rolesetup.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"
#include "transfer/csvbytes_p.h"
#include "transfer/productexporter.h"
#include "transfer/productimporter.h"
#include "transfer/spreadsheetcells.h"

#include "testmain.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace catalog;
using namespace catalog::test;

namespace {

QString nullable(const QString &value)
{
    return value.isNull() ? QStringLiteral("<null>") : QLatin1Char('[') + value + QLatin1Char(']');
}

template <typename T> QString optionalText(const std::optional<T> &value)
{
    if (!value)
        return QStringLiteral("<null>");
    if constexpr (std::is_same_v<T, Decimal2>)
        return value->toString();
    else
        return QString::number(*value);
}

// Every exported column of every product, one line per product in source_id order, the supplier
// by its own columns: two catalogs with the same lines hold the same exported data.
QStringList catalogLines(ConnectionManager &connections, const ProductFilter &filter = {})
{
    ProductRepository products(connections);
    SupplierRepository suppliers(connections);
    QStringList lines;
    PageRequest page { QStringLiteral("source_id"), Qt::AscendingOrder, 500 };
    for (;;) {
        const auto batch = products.list(filter, page);
        if (!batch) {
            lines << QStringLiteral("error: ") + batch.error().toString();
            return lines;
        }
        QList<qint64> ids;
        for (const Product &p : batch->rows)
            if (p.supplierId)
                ids << *p.supplierId;
        const auto known = suppliers.byIds(ids);
        for (const Product &p : batch->rows) {
            QStringList f { p.sourceId, nullable(p.title), nullable(p.subtitle), optionalText(p.priceMin),
                optionalText(p.priceMax), p.currency, optionalText(p.moq), nullable(p.mainImageUrl),
                QString::fromUtf8(QJsonDocument(p.detailImages).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(p.specifications).toJson(QJsonDocument::Compact)),
                optionalText(p.salesCount), optionalText(p.rating), p.syncStatus };
            if (p.supplierId && known && known->contains(*p.supplierId)) {
                const Supplier &s = known->value(*p.supplierId);
                f << s.sourceId << nullable(s.name) << nullable(s.companyName) << nullable(s.location);
            } else {
                f << QStringLiteral("<no supplier>");
            }
            lines << f.join(QLatin1Char('|'));
        }
        if (!batch->next)
            return lines;
        page.after = batch->next;
    }
}

QStringList exportedSourceIds(const QString &path, FileFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { QStringLiteral("cannot open ") + path };
    QStringList ids;
    if (format == FileFormat::JsonLines) {
        while (!file.atEnd())
            ids << QJsonDocument::fromJson(file.readLine())
                       .object()
                       .value(QStringLiteral("source_id"))
                       .toString();
    } else {
        file.readLine(); // the header
        while (!file.atEnd())
            ids << QString::fromUtf8(file.readLine())
                       .section(QLatin1Char(','), 0, 0); // the ids have no comma
    }
    ids.sort();
    return ids;
}

bool seedHostileCatalog(ConnectionManager &connections)
{
    Supplier full;
    full.sourceId = QStringLiteral("S-full");
    full.name = QStringLiteral("=Evil \"Supplier\", Ltd.");
    full.companyName = QStringLiteral("  spaced company  ");
    full.location = QStringLiteral("浙江 义乌 \\ back\\slash");
    Supplier bare;
    bare.sourceId = QStringLiteral("S-bare"); // no company, no location: NULLs
    bare.name = QStringLiteral("Bare");
    if (const auto r = SupplierRepository(connections).upsert({ full, bare }); !r) {
        qWarning() << r.error().toString();
        return false;
    }
    QList<Product> products;
    const QStringList titles { QStringLiteral("=HYPERLINK(\"http://evil.example/\")"), QStringLiteral("-1+2"),
        QStringLiteral("@SUM(A1)"), QStringLiteral("+cmd"), QStringLiteral("-"),
        QStringLiteral("''=quoted twice"), QStringLiteral("'plain quote"),
        QStringLiteral(" leading and trailing "), QStringLiteral("comma, \"quote\""),
        QStringLiteral("line\u2028separator, \"\""), QStringLiteral("back\\slash \\N \\. end"),
        QStringLiteral("保温杯 ☕ ü"), QStringLiteral("x'); DROP TABLE products; --") };
    for (qsizetype i = 0; i < titles.size(); ++i) {
        Product p;
        p.sourceId = QStringLiteral("R-%1").arg(i, 3, 10, QLatin1Char('0'));
        p.title = titles.at(i);
        p.subtitle = i % 3 == 0 ? QString() : QStringLiteral("=sub %1, \"q\"").arg(i);
        if (i == 4)
            p.subtitle = QStringLiteral(""); // an empty string, not NULL
        if (i % 2) {
            p.priceMin = Decimal2::fromHundredths(i == 1 ? 0 : 5 * i);
            p.priceMax = Decimal2::fromHundredths(i == 3 ? 9999999999 : 1000 * i + 7);
            p.moq = i;
            p.salesCount = i * 1000;
            p.rating = Decimal2::fromHundredths(i == 5 ? 500 : 99 + i);
        }
        p.currency = i % 4 == 0 ? QStringLiteral("USD") : QStringLiteral("CNY");
        p.mainImageUrl
            = i % 5 == 0 ? QString() : QStringLiteral("https://img.example.com/%1.jpg?a=1,b=2").arg(i);
        p.detailImages = i % 2 ? QJsonArray { QStringLiteral("https://img.example.com/a,b.jpg"),
            QStringLiteral("https://img.example.com/c.jpg?x=1&y=2") }
                               : QJsonArray {};
        if (i % 3 != 1)
            p.specifications = QJsonObject { { QStringLiteral("材质"), QStringLiteral("不锈钢 \"304\"") },
                { QStringLiteral("line"), QStringLiteral("a\nb\r\n\tc\\d") }, { QStringLiteral("n"), 1.5 },
                { QStringLiteral("nested"), QJsonObject { { QStringLiteral("x"), QJsonArray { 1, true } } } },
                { QStringLiteral("=formula"), QStringLiteral("@x") } };
        p.supplierSourceId = i % 3 == 0 ? QString() : (i % 3 == 1 ? full.sourceId : bare.sourceId);
        p.syncStatus = QStringList { QStringLiteral("pending"), QStringLiteral("synced"),
            QStringLiteral("failed"), QStringLiteral("syncing") }
                           .at(i % 4);
        products << p;
    }
    const auto r = ProductRepository(connections).upsert(products);
    if (!r)
        qWarning() << r.error().toString();
    return r.ok();
}

// The cells of a CSV file (RFC 4180, quotes doubled, line breaks inside quotes), JSON cells
// (detail_images, specifications) re-serialised so the engines' JSON spellings compare equal.
QList<QStringList> csvRowsWithCanonicalJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                cell += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                cell += c;
        } else if (c == u'"') {
            quoted = true;
            cell += QStringLiteral("<q>"); // "" (an empty string) stays apart from nothing (NULL)
        } else if (c == u',' || c == u'\n') {
            row << cell;
            cell.clear();
            if (c == u'\n') {
                rows << row;
                row.clear();
            }
        } else if (c != u'\r') {
            cell += c;
        }
    }
    for (QStringList &r : rows) {
        for (const int json : { 8, 9 }) {
            if (r.size() > json && r.at(json).startsWith(QStringLiteral("<q>"))) {
                const QJsonDocument doc = QJsonDocument::fromJson(r.at(json).mid(3).toUtf8());
                r[json] = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
            }
        }
    }
    return rows;
}

// A search text and the other filter fields, each a row of the filter test.
struct FilterCase
{
    const char *name;
    std::function<ProductFilter(qint64 supplierId)> make;
};

QList<FilterCase> filterCases()
{
    return {
        { "everything", [](qint64) { return ProductFilter {}; } },
        { "search with quote and backslash",
            [](qint64) {
                ProductFilter f;
                f.text = QStringLiteral("x'); DROP");
                return f;
            } },
        { "search backslash",
            [](qint64) {
                ProductFilter f;
                f.text = QStringLiteral("back\\slash \\N");
                return f;
            } },
        { "search wildcard characters stay literal",
            [](qint64) {
                ProductFilter f;
                f.text = QStringLiteral("%_");
                return f;
            } },
        { "search by source_id",
            [](qint64) {
                ProductFilter f;
                f.text = QStringLiteral("R-004");
                return f;
            } },
        { "search unicode",
            [](qint64) {
                ProductFilter f;
                f.text = QStringLiteral("☕");
                return f;
            } },
        { "supplier",
            [](qint64 supplier) {
                ProductFilter f;
                f.supplierId = supplier;
                return f;
            } },
        { "statuses and currency",
            [](qint64) {
                ProductFilter f;
                f.syncStatuses = { QStringLiteral("failed"), QStringLiteral("pending") };
                f.currency = QStringLiteral("USD");
                return f;
            } },
        { "price range",
            [](qint64) {
                ProductFilter f;
                f.priceFrom = Decimal2::fromHundredths(3007);
                f.priceTo = Decimal2::fromHundredths(45);
                return f;
            } },
        { "updated since",
            [](qint64) {
                ProductFilter f;
                f.updatedSince = QDateTime::currentDateTimeUtc().addSecs(-3600);
                return f;
            } },
        { "updated in the future",
            [](qint64) {
                ProductFilter f;
                f.updatedSince = QDateTime::currentDateTimeUtc().addDays(1);
                return f;
            } },
        { "deleted only",
            [](qint64) {
                ProductFilter f;
                f.deleted = DeletedFilter::DeletedOnly;
                return f;
            } },
        { "deleted and active",
            [](qint64) {
                ProductFilter f;
                f.deleted = DeletedFilter::All;
                f.text = QStringLiteral("'");
                return f;
            } },
    };
}

// The cells of one CSV row as the exporter writes them, before protection: the input of
// appendProtectedCopyRow() is what COPY writes, so it is built with the unprotected writer.
QByteArray copyRow(const QList<QByteArray> &cells)
{
    QByteArray row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row += ',';
        csvbytes::appendCell(row, cells.at(i), false);
    }
    return row + '\n';
}

} // namespace

class ExportRoundTripTest : public QObject
{
    Q_OBJECT

private slots:
    // Given products with every kind of awkward value, when they are exported and the file is
    // imported into an empty catalog, then every exported column comes back as it was.
    void shouldReadBackTheSameRows_data()
    {
        TestDatabase::addEngineColumn();
        QTest::addColumn<int>("formatValue");
        for (const char *engine : { "sqlite", "postgresql" }) {
            const QString e = QString::fromLatin1(engine);
            QTest::addRow("%s csv", engine) << e << int(FileFormat::Csv);
            QTest::addRow("%s jsonl", engine) << e << int(FileFormat::JsonLines);
        }
    }
    void shouldReadBackTheSameRows()
    {
        QFETCH(int, formatValue);
        const auto format = FileFormat(formatValue);
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedHostileCatalog(db->connections()));
        QTemporaryDir dir;
        const QString path = dir.filePath(
            format == FileFormat::Csv ? QStringLiteral("all.csv") : QStringLiteral("all.jsonl"));
        ProductExporter::Options options;
        options.format = format;
        const auto report = ProductExporter(db->connections()).exportTo(path, options);
        QVERIFY_OK(report);
        QCOMPARE(report->rows, qint64(13));
        QCOMPARE(report->bytes, QFileInfo(path).size());

        auto target = TestDatabase::create(engine);
        QVERIFY2(target, qPrintable(TestDatabase::lastError()));
        const auto imported = ProductImporter(target->connections()).importFile(path, {});
        QVERIFY_OK(imported);
        QCOMPARE(imported->rejected, qint64(0));
        QCOMPARE(imported->inserted, qint64(13));
        QStringList before = catalogLines(db->connections());
        if (format == FileFormat::Csv) {
            // The file tells an empty string ("") from NULL (nothing) as COPY does, but the importer
            // reads every empty cell as NULL, as it did before: R-004's empty subtitle comes back NULL.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains("\r\nR-004,'-,\"\",,,USD,"));
            for (QString &line : before) {
                QStringList fields = line.split(QLatin1Char('|'));
                if (fields.at(2) == QLatin1String("[]"))
                    fields[2] = QStringLiteral("<null>");
                line = fields.join(QLatin1Char('|'));
            }
        }
        const QStringList after = catalogLines(target->connections());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));
    }

    // Given a filter, when products are exported, then the file holds exactly the products the
    // repository lists for it: the export's own SQL (its values inlined as literals on PostgreSQL)
    // selects the same rows, and search text that looks like SQL stays a value.
    void shouldExportWhatTheRepositoryLists_data()
    {
        TestDatabase::addEngineColumn();
        QTest::addColumn<int>("filterCase");
        QTest::addColumn<int>("formatValue");
        for (const char *engine : { "sqlite", "postgresql" }) {
            const QList<FilterCase> cases = filterCases();
            for (int i = 0; i < int(cases.size()); ++i) {
                QTest::addRow("%s %s csv", engine, cases.at(i).name)
                    << QString::fromLatin1(engine) << i << int(FileFormat::Csv);
                QTest::addRow("%s %s jsonl", engine, cases.at(i).name)
                    << QString::fromLatin1(engine) << i << int(FileFormat::JsonLines);
            }
        }
    }
    void shouldExportWhatTheRepositoryLists()
    {
        QFETCH(int, filterCase);
        QFETCH(int, formatValue);
        const auto format = FileFormat(formatValue);
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedHostileCatalog(db->connections()));
        ProductRepository products(db->connections());
        const auto gone = products.findBySourceId(QStringLiteral("R-012"));
        QVERIFY_OK(gone);
        QVERIFY_OK(products.softDelete(gone->id, gone->version));
        const auto full = SupplierRepository(db->connections()).findBySourceId(QStringLiteral("S-full"));
        QVERIFY_OK(full);
        const ProductFilter filter = filterCases().at(filterCase).make(full->id);

        QStringList expected;
        for (const QString &line : catalogLines(db->connections(), filter))
            expected << line.section(QLatin1Char('|'), 0, 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("filtered"));
        ProductExporter::Options options;
        options.format = format;
        options.filter = filter;
        QList<QPair<qint64, qint64>> progress;
        const auto report
            = ProductExporter(db->connections()).exportTo(path, options, [&](qint64 done, qint64 total) {
                  progress << qMakePair(done, total);
                  return true;
              });
        QVERIFY_OK(report);
        QCOMPARE(exportedSourceIds(path, format), expected);
        QCOMPARE(report->rows, qint64(expected.size()));
        // One call at the end, with the total the repository counts
        QCOMPARE(progress, (QList<QPair<qint64, qint64>> { { expected.size(), expected.size() } }));
        // The hostile text did nothing
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 13);
    }

    // Given a big enough table that PostgreSQL is still sending rows, when the export is cancelled
    // half-way, then no file is left and the same thread's connection exports again at once.
    void shouldLeaveTheConnectionUsableAfterACancel_data() { engines(); }
    void shouldLeaveTheConnectionUsableAfterACancel()
    {
        OPEN_TEST_DATABASE(db);
        QList<Product> products;
        for (int i = 0; i < 20000; ++i) {
            Product p;
            p.sourceId = QStringLiteral("C-%1").arg(i, 6, 10, QLatin1Char('0'));
            p.title = QStringLiteral("Product %1 with a title long enough to fill the socket buffers").arg(i);
            products << p;
        }
        QVERIFY_OK(ProductRepository(db->connections()).upsert(products));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
        ProductExporter::Options options;
        options.batchSize = 100;
        qint64 lastDone = 0;
        const auto cancelled
            = ProductExporter(db->connections()).exportTo(path, options, [&](qint64 done, qint64) {
                  lastDone = done;
                  return done < 300;
              });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(lastDone, qint64(300));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);

        options.batchSize = 5000;
        QList<qint64> progress;
        const auto again
            = ProductExporter(db->connections()).exportTo(path, options, [&](qint64 done, qint64 total) {
                  progress << done;
                  return total == 20000;
              });
        QVERIFY_OK(again);
        QCOMPARE(again->rows, qint64(20000));
        QCOMPARE(progress, (QList<qint64> { 5000, 10000, 15000, 20000 }));
        // No transaction of the export is left open on the connection
        QVERIFY(
            db->exec(QStringLiteral("UPDATE products SET title = 'changed' WHERE source_id = 'C-000000'")));
    }

    // Given an export under way, when the server ends its session, then the connection manager
    // reconnects and the export starts over from an empty file: the result holds every row once.
    void shouldStartOverWhenTheConnectionIsLost()
    {
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        if (!db) {
            if (!TestDatabase::postgresAvailable() && qEnvironmentVariable("CI") != QLatin1String("true"))
                QSKIP("CATALOG_TEST_PG_URL is not set");
            QFAIL(qPrintable(TestDatabase::lastError()));
        }
        QList<Product> products;
        for (int i = 0; i < 20000; ++i) {
            Product p;
            p.sourceId = QStringLiteral("L-%1").arg(i, 6, 10, QLatin1Char('0'));
            p.title = QStringLiteral("Product %1 with a title long enough to fill the socket buffers").arg(i);
            products << p;
        }
        QVERIFY_OK(ProductRepository(db->connections()).upsert(products));
        // The session the export will use: this thread's connection of the manager. It is ended
        // (and waited for) at the first progress call, while most rows are still to come.
        const qint64 pid = db->scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(pid > 0);
        ConnectionManager killer(db->config());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("restarted.csv"));
        ProductExporter::Options options;
        options.batchSize = 1000;
        QList<qint64> progress;
        bool killed = false;
        const auto report
            = ProductExporter(db->connections()).exportTo(path, options, [&](qint64 done, qint64) {
                  progress << done;
                  if (!killed) {
                      killed = true;
                      const auto conn = killer.connection();
                      QSqlQuery q(conn.value());
                      if (!q.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 30000)").arg(pid)))
                          qWarning() << q.lastError().text();
                  }
                  return true;
              });
        QVERIFY(killed);
        QVERIFY_OK(report);
        QCOMPARE(report->rows, qint64(20000));
        QCOMPARE(progress.first(), qint64(1000));
        QCOMPARE(progress.last(), qint64(20000));
        QVERIFY2(progress.count(1000) == 2, "the export started over after the connection was lost");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(qint64(bytes.size()), report->bytes);
        QCOMPARE(bytes.count("\r\n"), qsizetype(20001));
        QVERIFY(bytes.startsWith("source_id,title,"));
        QCOMPARE(bytes.count("\r\nL-000000,"), qsizetype(1));
        killer.shutdown();
    }

    // Given the same catalog on both engines, when each exports it to CSV, then the files hold the
    // same cells: the same quoting, NULLs, decimals and protection; only the JSON spelling differs.
    void shouldWriteTheSameCsvOnBothEngines()
    {
        auto sqlite = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(sqlite, qPrintable(TestDatabase::lastError()));
        auto postgres = TestDatabase::create(QStringLiteral("postgresql"));
        if (!postgres) {
            if (!TestDatabase::postgresAvailable() && qEnvironmentVariable("CI") != QLatin1String("true"))
                QSKIP("CATALOG_TEST_PG_URL is not set");
            QFAIL(qPrintable(TestDatabase::lastError()));
        }
        QVERIFY(seedHostileCatalog(sqlite->connections()));
        QVERIFY(seedHostileCatalog(postgres->connections()));
        QTemporaryDir dir;
        const QString fromSqlite = dir.filePath(QStringLiteral("sqlite.csv"));
        const QString fromPostgres = dir.filePath(QStringLiteral("postgres.csv"));
        QVERIFY_OK(ProductExporter(sqlite->connections()).exportTo(fromSqlite, {}));
        QVERIFY_OK(ProductExporter(postgres->connections()).exportTo(fromPostgres, {}));
        const QList<QStringList> a = csvRowsWithCanonicalJson(fromSqlite);
        const QList<QStringList> b = csvRowsWithCanonicalJson(fromPostgres);
        QCOMPARE(a.size(), 14);
        QCOMPARE(a, b);
        QCOMPARE(a.at(1).at(3), QStringLiteral("")); // no price
        QCOMPARE(a.at(2).at(3), QStringLiteral("0.00"));
        QCOMPARE(a.at(4).at(4), QStringLiteral("99999999.99"));
        QCOMPARE(a.at(1).at(1), QStringLiteral("<q>'=HYPERLINK(\"http://evil.example/\")"));
        QCOMPARE(a.at(5).at(2), QStringLiteral("<q>")); // R-004's empty subtitle
        QCOMPARE(a.at(1).at(2), QString()); // R-000's NULL subtitle
    }

    // Given a login that may only read, when it exports, then the export works (COPY TO STDOUT
    // needs no more than SELECT).
    void shouldExportThroughAReadOnlyLogin()
    {
        QString engine = QStringLiteral("postgresql");
        auto db = TestDatabase::create(engine);
        if (!db) {
            if (!TestDatabase::postgresAvailable() && qEnvironmentVariable("CI") != QLatin1String("true"))
                QSKIP("CATALOG_TEST_PG_URL is not set");
            QFAIL(qPrintable(TestDatabase::lastError()));
        }
        QVERIFY(seedHostileCatalog(db->connections()));
        const QString login
            = QStringLiteral("t_export_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        QVERIFY(db->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'viewer-secret'").arg(login)));
        QVERIFY_OK(RoleSetup(db->connections()).apply({ { login, CatalogRole::Viewer } }));
        {
            ConnectionConfig config = db->config();
            config.user = login;
            config.password = QStringLiteral("viewer-secret");
            ConnectionManager viewer(config);
            QTemporaryDir dir;
            for (const FileFormat format : { FileFormat::Csv, FileFormat::JsonLines }) {
                ProductExporter::Options options;
                options.format = format;
                options.filter.text = QStringLiteral("'");
                const auto report
                    = ProductExporter(viewer).exportTo(dir.filePath(QStringLiteral("viewer")), options);
                QVERIFY_OK(report);
                QCOMPARE(report->rows, qint64(3)); // the titles with a single quote
            }
            // A write is still refused: the export did not need one
            QVERIFY(!ProductRepository(viewer).setSyncStatus({ 1 }, QStringLiteral("failed")));
        }
        db->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                     .arg(login));
        QTRY_VERIFY(
            db->scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ?"), { login })
                .toInt()
            == 0);
        QVERIFY(db->exec(QStringLiteral("DROP ROLE %1").arg(login)));
    }

    // Given cells of every awkward kind, when rows are written as bytes, then the protected cells
    // are spreadsheet::neutralised() of the text, and protecting COPY's row gives the same bytes as
    // protecting each cell.
    void shouldProtectCellsLikeTheSpreadsheetRule_data()
    {
        QTest::addColumn<QByteArray>("cell");
        const QList<QByteArray> cells { "", "plain", "=1+2", "+1", "-1", "@x", "\tTab", "\rCR", "'=q", "''@q",
            "'plain", "'", "''", "\"=quoted\"", "a,b", "=a,\"b\"", "line\nbreak", "=line\r\nbreak", "'''",
            "\xe4\xbf\x9d=", "=\xe4\xbf\x9d", "\\.", "\\N", " =space first" };
        for (const QByteArray &cell : cells)
            QTest::newRow(cell.toPercentEncoding().constData()) << cell;
    }
    void shouldProtectCellsLikeTheSpreadsheetRule()
    {
        QFETCH(QByteArray, cell);
        const QString text = QString::fromUtf8(cell);
        QByteArray protectedCell;
        csvbytes::appendCell(protectedCell, cell, true);
        QByteArray rawCell;
        csvbytes::appendCell(rawCell, cell, false);
        // Unquoted, the cell is the text; quoted, its quotes are doubled
        const auto unquote = [](const QByteArray &written) {
            if (!written.startsWith('"'))
                return QString::fromUtf8(written);
            QByteArray inner = written.mid(1, written.size() - 2);
            inner.replace("\"\"", "\"");
            return QString::fromUtf8(inner);
        };
        QCOMPARE(unquote(protectedCell), spreadsheet::neutralised(text));
        QCOMPARE(unquote(rawCell), text);
        QCOMPARE(spreadsheet::restored(unquote(protectedCell)), text);

        // In every position of a row, through the COPY row path
        const QList<QList<QByteArray>> rows { { cell }, { cell, "x" }, { "=y", cell },
            { "a", cell, "\"b\"" } };
        for (const QList<QByteArray> &cells : rows) {
            QByteArray expected;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (i > 0)
                    expected += ',';
                csvbytes::appendCell(expected, cells.at(i), true);
            }
            expected += "\r\n";
            QByteArray actual;
            csvbytes::appendProtectedCopyRow(actual, copyRow(cells));
            QCOMPARE(actual, expected);
        }
    }

    void shouldWriteHundredthsLikeDecimal2()
    {
        for (const qint64 h :
            { 0LL, 1LL, 5LL, 10LL, 99LL, 100LL, 1250LL, 1807LL, 499LL, 500LL, 9999999999LL, -7LL, -1250LL }) {
            QByteArray out;
            csvbytes::appendHundredths(out, double(h) / 100.0);
            QCOMPARE(QString::fromLatin1(out), Decimal2::fromHundredths(h).toString());
        }
    }
};

CATALOG_TEST_GUILESS_MAIN(ExportRoundTripTest)
#include "tst_exportroundtrip.moc"
