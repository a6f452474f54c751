#include "repositories/imagerepository.h"
#include "schema/migrator.h"
#include "repositories/productrepository.h"
#include "db/sqldialect.h"
#include "ctlrun.h"
#include "testdatabase.h"
#include "testhttpserver.h"

#include "testmain.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

using Run = CtlRun;

Run catalogctl(
    const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runProgram(QStringLiteral(CATALOGCTL_PATH), args, env);
}

// The text of a man page line such as `.BI "export " FILE " [\-\-format csv]"`: .B joins its
// arguments with spaces, .BI/.IB alternate fonts without spaces; font escapes are dropped.
QString manSynopsis(const QString &line)
{
    const QString macro = line.section(u' ', 0, 0);
    QStringList args;
    static const QRegularExpression argument(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    auto it = argument.globalMatch(line.section(u' ', 1));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        args << (m.capturedStart(1) >= 0 ? m.captured(1) : m.captured(2));
    }
    QString text = macro == QLatin1String(".B") ? args.join(u' ') : args.join(QString());
    static const QRegularExpression font(QStringLiteral("\\\\f[BIRP]"));
    text.remove(font);
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    return text.trimmed();
}

QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
}

// A stored product as one string for compact comparisons: "title|subtitle|price_min".
QString productLine(TestDatabase &db, const QString &sourceId)
{
    const Result<Product> p = ProductRepository(db.connections()).findBySourceId(sourceId);
    if (!p)
        return QStringLiteral("<%1>").arg(p.error().toString());
    const QString null = QStringLiteral("<null>");
    return QStringList { p->title, p->subtitle.isNull() ? null : p->subtitle,
        p->priceMin ? p->priceMin->toString() : null }
        .join(u'|');
}

QJsonObject jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class CatalogctlTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Child processes must never look at (or repair) a real image store.
        QVERIFY(m_storage.isValid());
        qputenv("STORAGE_PATH", QFile::encodeName(m_storage.path()));
    }

    void shouldFetchImagesAndSurviveACrashBetweenFileAndRow_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldFetchImagesAndSurviveACrashBetweenFileAndRow()
    {
        OPEN_TEST_DATABASE(db);
        TestHttpServer server;
        QVERIFY(server.listen());
        QImage image(30, 20, QImage::Format_RGB32);
        image.fill(Qt::green);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG");
        server.route("/ok.jpg", TestHttpServer::ok(jpeg, "image/jpeg"));
        server.route("/gone.jpg", TestHttpServer::status(404));
        ProductRepository products(db->connections());
        Product a;
        a.sourceId = QStringLiteral("A-1");
        a.title = QStringLiteral("cup");
        a.mainImageUrl = server.url(QStringLiteral("/ok.jpg")).toString();
        QVERIFY_OK(products.create(a));
        Product b = a;
        b.sourceId = QStringLiteral("B-1");
        b.mainImageUrl = server.url(QStringLiteral("/gone.jpg")).toString();
        QVERIFY_OK(products.create(b));
        QTemporaryDir storage;
        const QStringList base { QStringLiteral("--database"), db->url(), QStringLiteral("--storage"),
            storage.path() };
        const auto files = [&] {
            QStringList found;
            QDirIterator it(storage.filePath(QStringLiteral("images")), QDir::Files | QDir::Hidden,
                QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            return found;
        };

        // Usage errors exit 2
        Run run = catalogctl(base
            + QStringList {
                QStringLiteral("fetch-images"), QStringLiteral("--product"), QStringLiteral("nope") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("No product with source_id \"nope\"")), qPrintable(run.err));
        run = catalogctl(base
            + QStringList {
                QStringLiteral("fetch-images"), QStringLiteral("--convert"), QStringLiteral("bmp") });
        QCOMPARE(run.exitCode, 2);

        // Killed between writing the file and recording its row
        QProcessEnvironment crashing = QProcessEnvironment::systemEnvironment();
        crashing.insert(QStringLiteral("CATALOG_FAULT_INJECTION"), QStringLiteral("image-after-file"));
        run = catalogctl(base
                + QStringList { QStringLiteral("fetch-images"), QStringLiteral("--product"),
                    QStringLiteral("A-1") },
            crashing);
        QCOMPARE(run.exitCode, 70);
        QCOMPARE(files().size(), 1); // the file made it to disk...
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT count(*) FROM images WHERE local_path IS NOT NULL")).toInt(),
            0); // ...its row did not
        // (the job record is left "running"; the stuck_jobs check marks it failed after 6 hours)

        // The consistency check finds the orphan once the grace period for running fetches is over, and
        // removes it
        QFile orphan(files().first());
        QVERIFY(orphan.open(QIODevice::ReadWrite));
        QVERIFY(orphan.setFileTime(
            QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        orphan.close();
        QProcessEnvironment here = QProcessEnvironment::systemEnvironment();
        here.insert(QStringLiteral("STORAGE_PATH"), storage.path());
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("check") }, here);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("FOUND  image_file_orphaned")), qPrintable(run.out));
        run = catalogctl(
            { QStringLiteral("--database"), db->url(), QStringLiteral("check"), QStringLiteral("--fix") },
            here);
        QVERIFY2(
            run.out.contains(QStringLiteral("repaired image_file_orphaned: 1 -> 0")), qPrintable(run.out));
        QVERIFY(files().isEmpty());

        // A normal run stores the good image and reports the failed one: exit 1
        run = catalogctl(base + QStringList { QStringLiteral("fetch-images"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("stored")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("failures"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("source_id"))
                     .toString(),
            QStringLiteral("B-1"));
        QCOMPARE(files().size(), 1);
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT count(*) FROM images WHERE local_path IS NOT NULL")).toInt(),
            1);
        // --missing retries only the failed one; --product limits to one product
        run = catalogctl(base + QStringList { QStringLiteral("fetch-images"), QStringLiteral("--missing") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("1 images")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("HTTP 404")));
        run = catalogctl(base
            + QStringList {
                QStringLiteral("fetch-images"), QStringLiteral("--product"), QStringLiteral("A-1") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("0 stored, 1 unchanged, 0 failed")), qPrintable(run.out));
    }

    void shouldMigrateAndReportStats_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldMigrateAndReportStats()
    {
        OPEN_TEST_DATABASE(db, false);
        const QString url = db->url();
        Run run = catalogctl({ QStringLiteral("--database"), url, QStringLiteral("migrate") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains(QStringLiteral("applied 0001 initial schema")), qPrintable(run.out + run.err));
        run = catalogctl(
            { QStringLiteral("--database"), url, QStringLiteral("--json"), QStringLiteral("migrate") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(QStringLiteral("applied"))
                     .toArray()
                     .size(),
            0);

        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO products (source_id, title, currency) VALUES ('a', 'x', 'USD')")));
        run = catalogctl(
            { QStringLiteral("--database"), url, QStringLiteral("stats"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(stats.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(stats.value(QStringLiteral("products")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("products_by_currency"))
                     .toObject()
                     .value(QStringLiteral("USD"))
                     .toInt(),
            1);
        QVERIFY(!run.out.contains(
            db->config().password.isEmpty() ? QStringLiteral("\x01") : db->config().password));

        run = catalogctl({ QStringLiteral("--database"), url, QStringLiteral("stats") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Products:        1 (0 deleted)")));
    }

    void shouldExportWithAFilter_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldExportWithAFilter()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO suppliers (source_id, name) VALUES ('S-1', '恒达')")));
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO products (source_id, title, currency, sync_status, supplier_id) "
                           "VALUES ('a', '杯子, big', 'CNY', 'failed', (SELECT id FROM suppliers)), "
                           "('b', 'plate', 'CNY', 'synced', NULL), ('c', 'bowl', 'USD', 'failed', NULL)")));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("failed.csv"));
        Run run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("export"), csv,
            QStringLiteral("--filter"), QStringLiteral("status=failed"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("rows")).toInt(), 2);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last line break
        QVERIFY(lines.at(1).startsWith("a,\"杯子, big\","));
        QVERIFY(lines.at(1).contains(",S-1,恒达,"));

        const QString jsonl = dir.filePath(QStringLiteral("s1.jsonl"));
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("export"), jsonl,
            QStringLiteral("--filter"), QStringLiteral("supplier=S-1") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Exported 1 products")), qPrintable(run.out + run.err));

        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("export"),
            dir.filePath(QStringLiteral("x.txt")) });
        QCOMPARE(run.exitCode, 2);
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("export"), csv,
            QStringLiteral("--filter"), QStringLiteral("colour=red") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown filter \"colour\"")), qPrintable(run.err));
    }

    void shouldImportAndExitWithOneWhenRowsAreRejected_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldImportAndExitWithOneWhenRowsAreRejected()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            const QString path = dir.filePath(name);
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
        };
        const QString good = write(QStringLiteral("good.csv"),
            "source_id,title,supplier_source_id,supplier_name\r\na,\"cup, "
            "\"\"big\"\"\",S-1,恒达\r\nb,plate,,\r\n");
        QVERIFY(!good.isEmpty());
        // A dry run writes nothing
        Run run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("import"), good,
            QStringLiteral("--dry-run") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Dry run, nothing written")), qPrintable(run.out + run.err));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 0);

        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("import"), good });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("2 rows read, 2 inserted, 0 updated")),
            qPrintable(run.out + run.err));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 2);

        // Rejected rows: exit 1, each named by line, source_id, field and reason
        const QString bad = write(QStringLiteral("bad.jsonl"),
            "{\"source_id\":\"a\",\"title\":\"cup\"}\n{\"source_id\":\"c\",\"title\":\"x\",\"currency\":"
            "\"EURO\"}\n");
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("import"), bad,
            QStringLiteral("--mode"), QStringLiteral("insert-only") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("line 1 (a) source_id: ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("line 2 (c) currency: ")));

        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("--json"),
            QStringLiteral("import"), bad, QStringLiteral("--format"), QStringLiteral("jsonl") });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("rows_read")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("rejected")).toInt(), 1);
        const QJsonObject error = report.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(error.value(QStringLiteral("source_id")).toString(), QStringLiteral("c"));
        QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("currency"));

        // Unreadable or broken files and bad options: exit 2
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("import"),
            dir.filePath(QStringLiteral("missing.csv")) });
        QCOMPARE(run.exitCode, 2);
        const QString broken = write(QStringLiteral("broken.csv"), "source_id,title\na,\"open\n");
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("--json"),
            QStringLiteral("import"), broken });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("never closed")),
            qPrintable(run.out));
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("import"), good,
            QStringLiteral("--mode"), QStringLiteral("replace") });
        QCOMPARE(run.exitCode, 2);
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("import") });
        QCOMPARE(run.exitCode, 2);
    }

    // The import wizard's CSV options on the command line: a crawler file with semicolons, single
    // quotes and its own header names imports like the catalog's own CSV.
    void shouldImportCsvWithAnotherDelimiterQuoteAndColumnNames_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldImportCsvWithAnotherDelimiterQuoteAndColumnNames()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, QStringLiteral("crawler.csv"),
            "商品ID;标题;价格;subtitle;备注\n"
            "A-1;'杯子; 大号';12.5;not wanted;x\n"
            "A-2;'it''s a \"plate\"';3;not wanted;y\n");
        QVERIFY(!file.isEmpty());
        // Header names match in any case, as in the wizard (商品id for 商品ID); subtitle and 备注 are
        // ignored, one of them a catalog field by name.
        const QStringList csv { QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--quote"),
            QStringLiteral("'"), QStringLiteral("--column"), QStringLiteral("商品id=source_id"),
            QStringLiteral("--column"), QStringLiteral("标题=title"), QStringLiteral("--column"),
            QStringLiteral(" 价格 = price_min"), QStringLiteral("--column"), QStringLiteral("subtitle="),
            QStringLiteral("--column"), QStringLiteral("备注=") };
        const QStringList import { QStringLiteral("--database"), db->url(), QStringLiteral("--json"),
            QStringLiteral("import"), file };

        // Without the options the file is not an import: no source_id column
        Run run = catalogctl(import);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(jsonOf(run.out)
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("no \"source_id\" column")),
            qPrintable(run.out));

        run = catalogctl(import + csv + QStringList { QStringLiteral("--dry-run") });
        QCOMPARE(run.exitCode, 0);
        QJsonObject report = jsonOf(run.out);
        QCOMPARE(report.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("rows_read")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("inserted")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("rejected")).toInt(), 0);
        // an ignored column is not an unknown one
        QCOMPARE(report.value(QStringLiteral("warnings")).toArray(), QJsonArray());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 0);

        run = catalogctl(import + csv);
        QCOMPARE(run.exitCode, 0);
        report = jsonOf(run.out);
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("inserted")).toInt(), 2);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 2);
        QCOMPARE(productLine(*db, QStringLiteral("A-1")), QStringLiteral("杯子; 大号|<null>|12.50"));
        QCOMPARE(productLine(*db, QStringLiteral("A-2")), QStringLiteral("it's a \"plate\"|<null>|3.00"));

        // A refused option changes nothing, on a database that holds products too: no job, no row
        const int jobs = db->scalar(QStringLiteral("SELECT count(*) FROM sync_records")).toInt();
        run = catalogctl(
            import + csv + QStringList { QStringLiteral("--column"), QStringLiteral("价格=price") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(jsonOf(run.out)
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("\"price\" is not a catalog field")),
            qPrintable(run.out));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records")).toInt(), jobs);
        QCOMPARE(productLine(*db, QStringLiteral("A-1")), QStringLiteral("杯子; 大号|<null>|12.50"));
    }

    // Tab-separated files, the delimiter spelt as a cron line can: \t, tab, or the character itself.
    void shouldImportTabSeparatedFiles_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldImportTabSeparatedFiles()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QStringList columns { QStringLiteral("--column"), QStringLiteral("ID=source_id"),
            QStringLiteral("--column"), QStringLiteral("Name=title"), QStringLiteral("--column"),
            QStringLiteral("Price=price_min") };
        int round = 0;
        for (const QString &delimiter :
            { QStringLiteral("\\t"), QStringLiteral("tab"), QStringLiteral("\t") }) {
            ++round;
            const QString file = writeTestFile(dir, QStringLiteral("items%1.tsv").arg(round),
                QStringLiteral("ID\tName\tPrice\n"
                               "T-1\tcup, big %1\t5\n"
                               "T-2\t\"say \"\"hi\"\", 2\"\t7.25\n")
                    .arg(round)
                    .toUtf8());
            QVERIFY(!file.isEmpty());
            const Run run
                = catalogctl(QStringList { QStringLiteral("--database"), db->url(), QStringLiteral("import"),
                                 file, QStringLiteral("--delimiter"), delimiter }
                    + columns);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(round == 1
                             ? QStringLiteral("2 rows read, 2 inserted, 0 updated, 0 unchanged")
                             : QStringLiteral("2 rows read, 0 inserted, 1 updated, 1 unchanged")),
                qPrintable(run.out + run.err));
            QCOMPARE(productLine(*db, QStringLiteral("T-1")),
                QStringLiteral("cup, big %1|<null>|5.00").arg(round));
            QCOMPARE(productLine(*db, QStringLiteral("T-2")), QStringLiteral("say \"hi\", 2|<null>|7.25"));
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 2);
    }

    // Each bad CSV option is a usage error (exit 2) that names the problem, refused before the
    // database is opened: the SQLite file is never created. "%csv" and "%jsonl" stand for files.
    void shouldRefuseCsvOptionsThatCannotWork_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString csv = QStringLiteral("%csv");
        const auto row = [&](const char *name, const QStringList &args, const QString &message) {
            QTest::newRow(name) << args << message;
        };
        const QString d = QStringLiteral("--delimiter");
        const QString q = QStringLiteral("--quote");
        const QString c = QStringLiteral("--column");
        row("delimiter of two characters", { csv, d, QStringLiteral(";;") },
            QStringLiteral(
                "--delimiter \";;\" is not one character: give one character, or one of tab, \\t"));
        row("empty delimiter", { csv, d, QString() },
            QStringLiteral("--delimiter \"\" is not one character"));
        row("quote of two characters", { csv, q, QStringLiteral("''") },
            QStringLiteral(
                "--quote \"''\" is not one character: give one character, or one of double, single"));
        row("delimiter is the quote", { csv, d, QStringLiteral("'"), q, QStringLiteral("single") },
            QStringLiteral("the delimiter and the quote are both ' (single quote): they must differ"));
        row("delimiter is the default quote", { csv, d, QStringLiteral("\"") },
            QStringLiteral("the delimiter and the quote are both \" (double quote)"));
        row("delimiter is a line break", { csv, d, QStringLiteral("\n") },
            QStringLiteral("--delimiter cannot be a line break"));
        row("quote is a line break", { csv, q, QStringLiteral("\r") },
            QStringLiteral("--quote cannot be a line break"));
        row("unknown field", { csv, d, QStringLiteral(";"), c, QStringLiteral("标题=name") },
            QStringLiteral(
                "--column \"标题=name\": \"name\" is not a catalog field; the fields are: source_id, "
                "title, subtitle, price_min"));
        row("column without =", { csv, c, QStringLiteral("标题") },
            QStringLiteral("--column \"标题\" has no \"=\": say FILE_COLUMN=FIELD"));
        row("column without a name", { csv, c, QStringLiteral("=title") },
            QStringLiteral("--column \"=title\" names no file column"));
        row("column mapped twice",
            { csv, c, QStringLiteral("商品ID=source_id"), c, QStringLiteral("商品id=title") },
            QStringLiteral(
                "the file column \"商品id\" is mapped twice (\"商品ID=source_id\" and \"商品id=title\")"));
        row("two columns for one field",
            { csv, c, QStringLiteral("商品ID=title"), c, QStringLiteral("标题=title") },
            QStringLiteral("the file columns \"商品id\" and \"标题\" would both fill title"));
        row("column the file lacks", { csv, d, QStringLiteral(";"), c, QStringLiteral("价钱=price_min") },
            QStringLiteral("has no column \"价钱\" (in any case); its header is: 商品ID, 标题, title"));
        row("column of a file read with the wrong delimiter", { csv, c, QStringLiteral("商品ID=source_id") },
            QStringLiteral("its header is: 商品ID;标题;title (one column: is --delimiter right?)"));
        row("a column and a mapped one fill one field",
            { csv, d, QStringLiteral(";"), c, QStringLiteral("商品ID=source_id"), c,
                QStringLiteral("标题=title") },
            QStringLiteral("the columns 标题, title of "));
        row("CSV option for a JSON Lines file", { QStringLiteral("%jsonl"), d, QStringLiteral(";") },
            QStringLiteral("--delimiter applies to CSV files only, and "));
        row("CSV options with --format json",
            { csv, QStringLiteral("--format"), QStringLiteral("json"), q, QStringLiteral("'"), c,
                QStringLiteral("a=") },
            QStringLiteral("--quote, --column apply to CSV files only, and "));
        row("unknown mode", { csv, QStringLiteral("--mode"), QStringLiteral("replace") },
            QStringLiteral("--mode takes upsert, insert-only or skip-existing"));
        row("unknown format", { csv, QStringLiteral("--format"), QStringLiteral("xml") },
            QStringLiteral("--format takes csv, jsonl, json or 1688sync"));
    }
    void shouldRefuseCsvOptionsThatCannotWork()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString csv = writeTestFile(dir, QStringLiteral("crawler.csv"), "商品ID;标题;title\nA;b;c\n");
        const QString jsonl
            = writeTestFile(dir, QStringLiteral("items.jsonl"), "{\"source_id\":\"a\",\"title\":\"b\"}\n");
        QVERIFY(!csv.isEmpty() && !jsonl.isEmpty());
        args.replaceInStrings(QStringLiteral("%csv"), csv);
        args.replaceInStrings(QStringLiteral("%jsonl"), jsonl);
        const QString database = dir.filePath(QStringLiteral("never.sqlite"));
        const QStringList command { QStringLiteral("--database"), QStringLiteral("sqlite://") + database,
            QStringLiteral("import") };

        Run run = catalogctl(command + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("catalogctl: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.out, QString());

        run = catalogctl(command + args + QStringList { QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 2);
        const QJsonObject object = jsonOf(run.out);
        QCOMPARE(object.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY2(object.value(QStringLiteral("error")).toString().contains(message), qPrintable(run.out));
        QVERIFY(!QFileInfo::exists(database));
    }

    void shouldCheckAndFix_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldCheckAndFix()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO suppliers (source_id, name) VALUES ('S-1', '恒达')")));
        QVERIFY(db->exec(QStringLiteral(
            "INSERT INTO products (source_id, title, currency, supplier_id, main_image_url) "
            "VALUES ('a', 'cup', 'CNY', (SELECT id FROM suppliers), 'https://img.example.com/a.jpg')")));
        Run run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("check") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("No problems found.")), qPrintable(run.out + run.err));

        QVERIFY(db->exec(QStringLiteral("UPDATE suppliers SET product_count = 5")));
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("check") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("FOUND  wrong_product_count")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("S-1: 5 recorded, 1 counted")));

        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("check"),
            QStringLiteral("--fix"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("problems_left")).toInt(), 0);
        QCOMPARE(result.value(QStringLiteral("repairs"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
            QStringLiteral("wrong_product_count"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT product_count FROM suppliers")).toInt(), 1);
    }

    void shouldBackupRestoreAndCleanUp_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldBackupRestoreAndCleanUp()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        QVERIFY(db->exec(QStringLiteral("INSERT INTO suppliers (source_id, name) VALUES ('S-1', '恒达')")));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO products (source_id, title, currency, supplier_id) "
                                        "VALUES ('a', 'cup', 'CNY', (SELECT id FROM suppliers))")));
        const QStringList base { QStringLiteral("--database"), db->url(), QStringLiteral("--storage"), storage.path() };
        Run run = catalogctl(base + QStringList { QStringLiteral("backup"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject manifest = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QString manifestPath = manifest.value(QStringLiteral("manifest")).toString();
        QVERIFY2(manifestPath.startsWith(storage.filePath(QStringLiteral("backups/catalog_backup_"))), qPrintable(run.out + run.err));
        QCOMPARE(manifest.value(QStringLiteral("tables")).toObject().value(QStringLiteral("products")).toObject()
                     .value(QStringLiteral("rows")).toInt(), 1);

        // Restoring over data needs --yes; without it nothing changes.
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET title = 'mug'")));
        run = catalogctl(base + QStringList { QStringLiteral("restore"), manifestPath });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--yes")), qPrintable(run.err));
        QCOMPARE(db->scalar(QStringLiteral("SELECT title FROM products")).toString(), QStringLiteral("mug"));
        run = catalogctl(base + QStringList { QStringLiteral("restore"), manifestPath, QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("every table verified")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT title FROM products")).toString(), QStringLiteral("cup"));

        // A damaged archive is refused with exit 2.
        const QString data = storage.filePath(QStringLiteral("backups/"))
                + manifest.value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("name")).toString();
        QFile file(data);
        QVERIFY(file.open(QIODevice::Append));
        file.write("x");
        file.close();
        run = catalogctl(base + QStringList { QStringLiteral("restore"), manifestPath, QStringLiteral("--yes") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));

        // Retention: the only set is kept by default, removed with --keep 0 --keep-days 0.
        run = catalogctl(base + QStringList { QStringLiteral("cleanup-backups") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("1 backup set(s) kept, 0 removed")), qPrintable(run.out));
        run = catalogctl(base + QStringList { QStringLiteral("cleanup-backups"), QStringLiteral("--keep"), QStringLiteral("0"),
                                              QStringLiteral("--keep-days"), QStringLiteral("0"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("removed")).toArray().size(), 1);
        QVERIFY(!QFile::exists(manifestPath));
        run = catalogctl(base + QStringList { QStringLiteral("cleanup-backups"), QStringLiteral("--keep"), QStringLiteral("-3") });
        QCOMPARE(run.exitCode, 2);
    }

    // Killing `catalogctl import` at random points (ten times, both engines): tests/faults/tst_fault_killimport.cpp.

    void shouldReportHealthAndOptimize_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldReportHealthAndOptimize()
    {
        OPEN_TEST_DATABASE(db);
        Run run = catalogctl(
            { QStringLiteral("--database"), db->url(), QStringLiteral("health"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QJsonObject health = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(health.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(!health.value(QStringLiteral("server_version")).toString().isEmpty());
        QCOMPARE(health.value(QStringLiteral("in_recovery")).toBool(), false);

        // Bloat the products table, then optimise: the file shrinks back on SQLite; both report sizes
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO products (source_id, title, currency) VALUES ('a', 'x', 'CNY')")));
        for (int i = 0; i < 200; ++i)
            QVERIFY(db->exec(QStringLiteral("UPDATE products SET subtitle = ? WHERE source_id = 'a'"),
                { QString(400, QLatin1Char('x' + i % 20)) }));
        QVERIFY(db->exec(QStringLiteral("DELETE FROM product_history")));
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("optimize"),
            QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject optimized = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(optimized.value(QStringLiteral("ok")).toBool(), qPrintable(run.out + run.err));
        QVERIFY(optimized.value(QStringLiteral("bytes_before")).toDouble() > 0);
        QVERIFY(optimized.value(QStringLiteral("bytes_after")).toDouble() > 0);
        if (db->connections().dialect().engine() == Engine::SQLite) {
            QVERIFY(optimized.value(QStringLiteral("dead_before")).toInt()
                > 0); // free pages from the deleted history
            QCOMPARE(optimized.value(QStringLiteral("dead_after")).toInt(), 0);
            QVERIFY(optimized.value(QStringLiteral("bytes_after")).toDouble()
                < optimized.value(QStringLiteral("bytes_before")).toDouble());
        }

        // A sync job stuck for hours: a warning, exit 1, with the job named
        const QString insertJob = db->connections().dialect().engine() == Engine::PostgreSQL
            ? QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status, start_time) "
                             "VALUES ('stuck', 'import', 'running', now() - interval '5 hours')")
            : QStringLiteral(
                "INSERT INTO sync_records (task_id, operation_type, status, start_time) "
                "VALUES ('stuck', 'import', 'running', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-5 hours'))");
        QVERIFY(db->exec(insertJob));
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("health") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("warning: import job #")), qPrintable(run.out + run.err));
        run = catalogctl(
            { QStringLiteral("--database"), db->url(), QStringLiteral("health"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 1);
        health = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(health.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(health.value(QStringLiteral("long_running")).toArray().size(), 1);
        QVERIFY(health.value(QStringLiteral("disks")).toArray().size() >= 1);

        // stats --json carries the dashboard's figures
        run = catalogctl(
            { QStringLiteral("--database"), db->url(), QStringLiteral("stats"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(stats.value(QStringLiteral("price_histogram")).toArray().size(), 0); // no prices
        QCOMPARE(stats.value(QStringLiteral("activity")).toArray().size(), 30);
        QVERIFY(stats.value(QStringLiteral("relations")).toArray().size() > 5);
        QVERIFY(
            stats.value(QStringLiteral("pg_stat_statements")).toObject().contains(QStringLiteral("state")));
        run = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("stats") });
        QVERIFY2(run.out.contains(QStringLiteral("Space per table and index:")), qPrintable(run.out));

        // Unreachable: exit 2 with the reason, for monitoring
        run = catalogctl({ QStringLiteral("--database"),
            QStringLiteral("postgresql://u@127.0.0.1:1/db?connect_timeout=2"), QStringLiteral("health") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unhealthy")), qPrintable(run.err));
    }

    void shouldUseTheEnvironmentAndTheDefault()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("CATALOG_DATABASE_URL"));
        const QString embedded = home.filePath(QStringLiteral("data/CatalogAdmin/catalog-admin/catalog.sqlite"));
        // Nothing configured: the embedded SQLite file under the data directory. A command that only
        // reads names it and creates nothing; migrate creates it, and then stats reads it.
        Run run = catalogctl({ QStringLiteral("stats"), QStringLiteral("--json") }, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("error")).toString().contains(embedded),
            qPrintable(run.out));
        QVERIFY(!QFile::exists(embedded));
        run = catalogctl({ QStringLiteral("migrate") }, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QFile::exists(embedded), qPrintable(run.out + run.err));
        run = catalogctl({ QStringLiteral("stats"), QStringLiteral("--json") }, env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("products")).toInt(), 0);
        // CATALOG_DATABASE_URL is honoured
        const QString path = home.filePath(QStringLiteral("env.sqlite"));
        env.insert(QStringLiteral("CATALOG_DATABASE_URL"), QStringLiteral("sqlite://") + path);
        run = catalogctl({ QStringLiteral("migrate") }, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(path));
    }

    // "stats on a mistyped SQLite path creates a new empty database": a command that only reads
    // refuses a SQLite file that does not exist, names it, exits 1 and creates nothing.
    void shouldRefuseAMissingSqliteFileWhenOnlyReading_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("stats") << QStringList { QStringLiteral("stats") };
        QTest::newRow("export") << QStringList { QStringLiteral("export"), QStringLiteral("out.csv") };
        QTest::newRow("health") << QStringList { QStringLiteral("health") };
        QTest::newRow("check") << QStringList { QStringLiteral("check") };
    }
    void shouldRefuseAMissingSqliteFileWhenOnlyReading()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString typo = dir.filePath(QStringLiteral("catalgo/catalog.sqlite"));
        const QString exported = dir.filePath(QStringLiteral("out.csv"));
        if (command.size() > 1)
            command[1] = exported;
        const Run run
            = catalogctl(QStringList { QStringLiteral("--database"), QStringLiteral("sqlite://") + typo } + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("the SQLite database %1 does not exist").arg(typo)), qPrintable(run.err));
        QVERIFY(!QFile::exists(typo));
        QVERIFY(!QFile::exists(QFileInfo(typo).absolutePath()));
        QVERIFY(!QFile::exists(exported));
    }

    // Commands that write may still create the file, as before.
    void shouldCreateAMissingSqliteFileWhenWriting()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("in.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("source_id,title\na,cup\n");
        file.close();
        const QString path = dir.filePath(QStringLiteral("new/catalog.sqlite"));
        const Run run = catalogctl(
            { QStringLiteral("--database"), QStringLiteral("sqlite://") + path, QStringLiteral("import"), csv });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(QFile::exists(path));
    }

    // "read-only commands run against an unrelated database leave an empty schema_migrations
    // behind": they create no table, say what is missing and exit 1.
    void shouldLeaveADatabaseWithoutTheSchemaAsItWas_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldLeaveADatabaseWithoutTheSchemaAsItWas()
    {
        OPEN_TEST_DATABASE(db, false);
        QVERIFY(db->connections().connection()); // a fresh SQLite file exists from here on
        db->connections().releaseThreadConnection();
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("out.csv"));
        const QList<QStringList> commands { { QStringLiteral("stats") }, { QStringLiteral("export"), exported },
            { QStringLiteral("check") }, { QStringLiteral("stats"), QStringLiteral("--json") } };
        for (const QStringList &command : commands) {
            const Run run = catalogctl(QStringList { QStringLiteral("--database"), db->url() } + command);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2((run.err + run.out).contains(QStringLiteral("no Catalog Admin schema in database %1; run catalogctl migrate")
                                                      .arg(db->config().displayName())),
                qPrintable(run.out + run.err));
        }
        // health judges the server as ever, and warns about the schema (exit 1)
        const Run health = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("health") });
        QCOMPARE(health.exitCode, 1);
        QVERIFY2(health.err.contains(QStringLiteral("warning: no Catalog Admin schema in database")), qPrintable(health.err));
        QVERIFY(!QFile::exists(exported));
        const QStringList tables = db->connections().connection()->tables();
        QVERIFY2(tables.isEmpty(), qPrintable(tables.join(u',')));
    }

    // Against a schema that is behind, reading commands refuse with both versions named and do
    // not migrate; writing commands migrate as before.
    void shouldRefuseToReadAnOlderSchema_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldRefuseToReadAnOlderSchema()
    {
        OPEN_TEST_DATABASE(db, false);
        QVERIFY_OK(Migrator(db->connections()).migrate(4));
        db->connections().releaseThreadConnection();
        QTemporaryDir dir;
        for (const QStringList &command : QList<QStringList> { { QStringLiteral("stats") },
                 { QStringLiteral("export"), dir.filePath(QStringLiteral("out.csv")) }, { QStringLiteral("check") } }) {
            const Run run = catalogctl(QStringList { QStringLiteral("--database"), db->url() } + command);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("has schema version 4, older than the version %1 this catalogctl needs; "
                                                     "run catalogctl migrate")
                                          .arg(Migrator::latestVersion())),
                qPrintable(run.err));
        }
        QCOMPARE(Migrator(db->connections()).currentVersion().value(), 4);
        const Run health = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("health") });
        QCOMPARE(health.exitCode, 1);
        QVERIFY2(health.err.contains(QStringLiteral("has schema version 4")), qPrintable(health.err));
        db->connections().releaseThreadConnection();
        const Run fix = catalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("check"), QStringLiteral("--fix") });
        QVERIFY2(fix.exitCode == 0, qPrintable(fix.out + fix.err));
        QCOMPARE(Migrator(db->connections()).currentVersion().value(), Migrator::latestVersion());
    }

    // "a wrong password is tried six times": one attempt, and the reason.
    void shouldNotRetryAWrongPassword()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("PostgreSQL only");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        const QString url = db->url().replace(db->config().password, QStringLiteral("wrong-password"));
        QVERIFY(url != db->url());
        const Run run = catalogctl({ QStringLiteral("--database"), url, QStringLiteral("stats") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("password authentication failed")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("gave up after")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("wrong-password")));
    }

    void shouldExitWithTwoOnUsageAndConnectionErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << "no command given";
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("frobnicate") } << "unknown command \"frobnicate\"";
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--frob"), QStringLiteral("stats") } << "Unknown option";
        QTest::newRow("bad url") << QStringList { QStringLiteral("--database"), QStringLiteral("mysql://x/y"),
            QStringLiteral("stats") }
                                 << "Unsupported database URL scheme";
        QTest::newRow("unreachable server") << QStringList { QStringLiteral("--database"),
            QStringLiteral("postgresql://u:hunter2@127.0.0.1:1/db?connect_timeout=2"),
            QStringLiteral("migrate") } << "Cannot connect to PostgreSQL db on 127.0.0.1:1 as u";
    }
    void shouldExitWithTwoOnUsageAndConnectionErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = catalogctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("hunter2")));
    }

    void shouldPrintVersionAndHelp()
    {
        Run run = catalogctl({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("catalogctl ")));
        run = catalogctl({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Exit status")));
        // A password on the command line shows in the process list: the help says so and says where else
        QVERIFY2(run.out.contains(QStringLiteral("visible to every user of this machine in the process list")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("~/.pgpass")));
        QVERIFY(run.out.contains(QStringLiteral("PGPASSWORD")));
        // import's CSV options, also from `catalogctl import --help`
        run = catalogctl({ QStringLiteral("import"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        for (const QString &option : { QStringLiteral("--delimiter <char>"), QStringLiteral("--quote <char>"),
                 QStringLiteral("--column <name=field>") })
            QVERIFY2(
                run.out.contains(option), qPrintable(option + QStringLiteral(" missing from\n") + run.out));
    }

    // The man page lists the same commands with the same synopsis as --help (both come from one
    // table in catalogctl; the man page is written by hand and must follow it).
    void shouldDescribeTheSameCommandsInTheManPage()
    {
        const Run help = catalogctl({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QString commandsHelp = help.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        QStringList fromHelp;
        for (const QString &line : commandsHelp.split(u'\n')) {
            if (line.startsWith(QStringLiteral("  ")) && !line.startsWith(QStringLiteral("   ")))
                fromHelp << line.mid(2).section(QStringLiteral("  "), 0, 0);
        }
        QCOMPARE(fromHelp.size(), 17);

        const QString manPath = QFINDTESTDATA("../../packaging/man/catalogctl.1");
        QFile man(manPath);
        QVERIFY2(man.open(QIODevice::ReadOnly), qPrintable(manPath));
        const QString page = QString::fromUtf8(man.readAll());
        const QStringList lines = page.section(QStringLiteral(".SH COMMANDS\n"), 1).section(QStringLiteral("\n.SH "), 0, 0).split(u'\n');
        QStringList fromMan;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i) == QLatin1String(".TP"))
                fromMan << manSynopsis(lines.at(i + 1));
        }
        QCOMPARE(fromMan, fromHelp);
    }

private:
    QTemporaryDir m_storage;
};

CATALOG_TEST_GUILESS_MAIN(CatalogctlTest)
#include "tst_catalogctl.moc"
