#include "repositories/imagerepository.h"
#include "repositories/productrepository.h"
#include "db/sqldialect.h"
#include "testdatabase.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run catalogctl(
    const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CATALOGCTL_PATH), args);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
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
        // Nothing configured: the embedded SQLite file is created under the data directory
        Run run = catalogctl({ QStringLiteral("stats"), QStringLiteral("--json") }, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            QFile::exists(home.filePath(QStringLiteral("data/CatalogAdmin/catalog-admin/catalog.sqlite"))),
            qPrintable(run.out));
        // CATALOG_DATABASE_URL is honoured
        const QString path = home.filePath(QStringLiteral("env.sqlite"));
        env.insert(QStringLiteral("CATALOG_DATABASE_URL"), QStringLiteral("sqlite://") + path);
        run = catalogctl({ QStringLiteral("migrate") }, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(path));
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
    }

private:
    QTemporaryDir m_storage;
};

QTEST_GUILESS_MAIN(CatalogctlTest)
#include "tst_catalogctl.moc"
