// catalogctl import FILE --dry-run --diff [--json] (issue 19): the text and JSON diff, what it
// writes (nothing), and the usage errors, on both engines.

#include "repositories/productrepository.h"
#include "ctlrun.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

CtlRun runCatalogctl(const QStringList &args)
{
    return runProgram(QStringLiteral(CATALOGCTL_PATH), args);
}

bool seedThree(TestDatabase &db)
{
    QList<Product> products;
    for (const QString &id : { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }) {
        Product p;
        p.sourceId = id;
        p.title = QStringLiteral("Product ") + id;
        p.priceMin = Decimal2::parse(QStringLiteral("12.50"));
        p.priceMax = Decimal2::parse(QStringLiteral("20.00"));
        products << p;
    }
    return ProductRepository(db.connections()).upsert(products).ok();
}

// A unchanged (12.5 = 12.50), B's title with a trailing space and its price raised, C rejected,
// D new.
QString writeCsv(const QTemporaryDir &dir)
{
    QString path = dir.filePath(QStringLiteral("diff.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("source_id,title,price_min,price_max\n"
               "A,Product A,12.5,20\n"
               "B,\"Product B \",13.00,20.00\n"
               "C,Product C,abc,20\n"
               "D,Product D,1,2\n");
    return path;
}

} // namespace

class tst_CtlImportDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPrintTheDiffAsText_data() { engines(); }
    void shouldPrintTheDiffAsText()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedThree(*db));
        QTemporaryDir dir;
        const QString path = writeCsv(dir);
        const CtlRun run = runCatalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("import"),
            path, QStringLiteral("--dry-run"), QStringLiteral("--diff") });
        // A rejected row: exit 1, as the import would
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).contains(QStringLiteral(
                     "nothing written: 4 rows read, 1 new, 1 changed, 1 unchanged, 1 rejected")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\nchanged B (line 3): Product B \n"
                                                 "  title: Product B → \"Product B \"\n"
                                                 "  price_min: 12.50 → 13.00\n")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("\nnew D (line 5): Product D\n")));
        QVERIFY(run.out.contains(QStringLiteral("\nunchanged A (line 2): Product A\n")));
        QVERIFY(run.out.contains(QStringLiteral("rejected line 4 (C) price_min: ")));
        // Nothing was written
        QCOMPARE(ProductRepository(db->connections()).findBySourceId(QStringLiteral("B"))->title,
            QStringLiteral("Product B"));
        QVERIFY(!ProductRepository(db->connections()).findBySourceId(QStringLiteral("D")));
    }

    void shouldPrintTheDiffAsJsonAndImportIt_data() { engines(); }
    void shouldPrintTheDiffAsJsonAndImportIt()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedThree(*db));
        QTemporaryDir dir;
        const QString path = writeCsv(dir);
        const QStringList import { QStringLiteral("--database"), db->url(), QStringLiteral("--json"),
            QStringLiteral("import"), path };
        const CtlRun run
            = runCatalogctl(import + QStringList { QStringLiteral("--dry-run"), QStringLiteral("--diff") });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject diff = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject summary = diff.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("new")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(diff.value(QStringLiteral("truncated")).toBool(true), false);
        const QJsonObject b = diff.value(QStringLiteral("changed")).toArray().at(0).toObject();
        QCOMPARE(b.value(QStringLiteral("source_id")).toString(), QStringLiteral("B"));
        const QJsonArray changes = b.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).toObject(),
            (QJsonObject { { QStringLiteral("field"), QStringLiteral("price_min") },
                { QStringLiteral("old"), QStringLiteral("12.50") },
                { QStringLiteral("new"), QStringLiteral("13.00") } }));
        QCOMPARE(diff.value(QStringLiteral("rejected"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
            4);
        // The import then reports the same numbers
        const CtlRun imported = runCatalogctl(import);
        const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
        QCOMPARE(
            report.value(QStringLiteral("inserted")).toInt(), summary.value(QStringLiteral("new")).toInt());
        QCOMPARE(report.value(QStringLiteral("updated")).toInt(),
            summary.value(QStringLiteral("changed")).toInt());
        QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(),
            summary.value(QStringLiteral("unchanged")).toInt());
        QCOMPARE(report.value(QStringLiteral("rejected")).toInt(),
            summary.value(QStringLiteral("rejected")).toInt());
    }

    void shouldRefuseDiffWithoutDryRun()
    {
        QTemporaryDir dir;
        const QString path = writeCsv(dir);
        const QString database = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("never.sqlite"));
        CtlRun run = runCatalogctl({ QStringLiteral("--database"), database, QStringLiteral("import"), path,
            QStringLiteral("--diff") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--diff")) && run.err.contains(QStringLiteral("--dry-run")),
            qPrintable(run.err));
        run = runCatalogctl({ QStringLiteral("--database"), database, QStringLiteral("import"), path,
            QStringLiteral("--dry-run"), QStringLiteral("--diff"), QStringLiteral("--diff-limit"),
            QStringLiteral("many") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--diff-limit")), qPrintable(run.err));
        // A usage error opens no database
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("never.sqlite"))));
        // --help names the options
        run = runCatalogctl({ QStringLiteral("--help") });
        QVERIFY(run.out.contains(QStringLiteral("--diff")));
        QVERIFY(run.out.contains(QStringLiteral("--diff-limit <n>")));
    }

    void shouldListOnlyTheFirstProductsWithALimit()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seedThree(*db));
        QTemporaryDir dir;
        const QString path = writeCsv(dir);
        const CtlRun run = runCatalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("--json"),
            QStringLiteral("import"), path, QStringLiteral("--dry-run"), QStringLiteral("--diff"),
            QStringLiteral("--diff-limit"), QStringLiteral("1") });
        const QJsonObject diff = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(diff.value(QStringLiteral("truncated")).toBool(), true);
        QCOMPARE(diff.value(QStringLiteral("unchanged")).toArray().size(), 1);
        QCOMPARE(diff.value(QStringLiteral("changed")).toArray().size(), 0);
        QCOMPARE(
            diff.value(QStringLiteral("summary")).toObject().value(QStringLiteral("changed")).toInt(), 1);
    }
};

CATALOG_TEST_GUILESS_MAIN(tst_CtlImportDiff)
#include "tst_ctlimportdiff.moc"
