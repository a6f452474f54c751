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

CtlRun bulkUpdate(const QString &url, const QStringList &args)
{
    QStringList all;
    if (!url.isEmpty())
        all << QStringLiteral("--database") << url;
    all << QStringLiteral("bulk-update") << args;
    return runProgram(QStringLiteral(CATALOGCTL_PATH), all);
}

QJsonObject jsonOf(const CtlRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

// catalogctl bulk-update, run as the operator runs it (a child process).
class CtlBulkUpdateTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_storage.isValid());
        qputenv("STORAGE_PATH", QFile::encodeName(m_storage.path()));
    }

    void shouldUpdateTheFilteredProductsAndPrintTheCounts_data() { engines(); }
    void shouldUpdateTheFilteredProductsAndPrintTheCounts()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO suppliers (source_id, name) VALUES ('S-1', 'Hengda')")));
        QVERIFY(db->exec(QStringLiteral(
            "INSERT INTO products (source_id, title, price_min, price_max, sync_status) VALUES "
            "('a', 'cup', 1.00, 2.00, 'failed'), ('b', 'plate', 10.00, 12.50, 'failed'), "
            "('c', 'bowl', 3.00, 4.00, 'synced')")));
        CtlRun run = bulkUpdate(db->url(),
            { QStringLiteral("--filter"), QStringLiteral("status=failed"), QStringLiteral("--price-adjust"),
                QStringLiteral("+8%"), QStringLiteral("--set"), QStringLiteral("supplier=S-1"),
                QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(QStringLiteral("matched")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("changed")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("refused")).toArray().size(), 0);
        QCOMPARE(json.value(QStringLiteral("dry_run")).toBool(), false);
        QVERIFY(json.value(QStringLiteral("ok")).toBool());
        ProductRepository repo(db->connections());
        QCOMPARE(repo.findBySourceId(QStringLiteral("b"))->priceMax->toString(), QStringLiteral("13.50"));
        QCOMPARE(repo.findBySourceId(QStringLiteral("c"))->priceMax->toString(), QStringLiteral("4.00"));
        QVERIFY(repo.findBySourceId(QStringLiteral("a"))->supplierId.has_value());
        QCOMPARE(db->scalar(QStringLiteral("SELECT product_count FROM suppliers")).toInt(), 2);

        // Refused rows: listed with the reason, exit status 1.
        run = bulkUpdate(db->url(), { QStringLiteral("--price-adjust"), QStringLiteral("-2.00") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("(a): the price would fall below 0")), qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QStringLiteral("Bulk update: 3 matched, 2 changed, 0 unchanged, 1 refused.")),
            qPrintable(run.out));
    }

    void shouldChangeNothingOnADryRun_data() { engines(); }
    void shouldChangeNothingOnADryRun()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO products (source_id, title, specifications) VALUES "
                                        "('a', 'cup', '{\"colour\":\"red\"}'), "
                                        "('b', 'plate', '{}')")));
        const QString before = db->scalar(QStringLiteral("SELECT count(*) FROM product_history")).toString()
            + db->scalar(QStringLiteral("SELECT sum(version) FROM products")).toString();
        const CtlRun run = bulkUpdate(db->url(),
            { QStringLiteral("--spec-rename"), QStringLiteral("colour=color"), QStringLiteral("--dry-run") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Dry run, nothing written: 2 matched, 1 would change")),
            qPrintable(run.out));
        const QString after = db->scalar(QStringLiteral("SELECT count(*) FROM product_history")).toString()
            + db->scalar(QStringLiteral("SELECT sum(version) FROM products")).toString();
        QCOMPARE(after, before);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records")).toInt(), 0);
    }

    // Usage errors exit 2 before the database is opened: the SQLite file is not even created.
    void shouldRefuseBadOptionsBeforeOpeningTheDatabase_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList {} << QStringLiteral("say what to change");
        QTest::newRow("unknown field")
            << QStringList { QStringLiteral("--set"), QStringLiteral("colour=red") }
            << QStringLiteral("unknown field \"colour\"");
        QTest::newRow("bad status") << QStringList { QStringLiteral("--set"),
            QStringLiteral("sync_status=done") }
                                    << QStringLiteral("sync_status");
        QTest::newRow("bad percent") << QStringList { QStringLiteral("--price-adjust"),
            QStringLiteral("+8.123%") }
                                     << QStringLiteral("--price-adjust takes");
        QTest::newRow("below -100%") << QStringList { QStringLiteral("--price-adjust"),
            QStringLiteral("-150%") } << QStringLiteral("-100 %");
        QTest::newRow("delete and restore") << QStringList { QStringLiteral("--delete"),
            QStringLiteral("--restore") } << QStringLiteral("exclude each other");
        QTest::newRow("two spec changes") << QStringList { QStringLiteral("--spec-remove"),
            QStringLiteral("a"), QStringLiteral("--spec-set"), QStringLiteral("b=c") }
                                          << QStringLiteral("one of --spec-set");
        QTest::newRow("spec-set without =") << QStringList { QStringLiteral("--spec-set"),
            QStringLiteral("colour") } << QStringLiteral("NAME=VALUE");
        QTest::newRow("bad moq") << QStringList { QStringLiteral("--set"), QStringLiteral("moq=many") }
                                 << QStringLiteral("whole number");
    }
    void shouldRefuseBadOptionsBeforeOpeningTheDatabase()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("never.db"));
        const CtlRun run = bulkUpdate(QStringLiteral("sqlite://") + file, args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
    }

    void shouldRefuseAnUnknownSupplierOrFilter_data() { engines(); }
    void shouldRefuseAnUnknownSupplierOrFilter()
    {
        OPEN_TEST_DATABASE(db);
        CtlRun run = bulkUpdate(db->url(), { QStringLiteral("--set"), QStringLiteral("supplier=NOPE") });
        QCOMPARE(run.exitCode, 2);
        run = bulkUpdate(db->url(),
            { QStringLiteral("--filter"), QStringLiteral("colour=red"), QStringLiteral("--delete"),
                QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(jsonOf(run).value(QStringLiteral("ok")).toBool(true), false);
    }

private:
    QTemporaryDir m_storage;
};

CATALOG_TEST_MAIN(CtlBulkUpdateTest)
#include "tst_ctlbulkupdate.moc"
