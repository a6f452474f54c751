// catalogctl quality and the --filter keys of issue 19, in a suite of their own (tst_catalogctl
// holds the older commands).
#include "db/sqldialect.h"
#include "ctlrun.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QDir>
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

CtlRun runCatalogctl(
    const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runProgram(QStringLiteral(CATALOGCTL_PATH), args, env);
}

// Three active products and a deleted one: "good" has no problem but no image file;
// "bad" has no image, no specifications, a short title, no supplier; "wide" a price spread.
bool seedQualityProducts(TestDatabase &db)
{
    return db.exec(QStringLiteral("INSERT INTO suppliers (source_id, name) VALUES ('S-1', 'Hengda')"))
        && db.exec(QStringLiteral(
            "INSERT INTO products (source_id, title, currency, price_min, price_max, main_image_url, "
            "specifications, supplier_id) VALUES "
            "('good', 'A long enough title', 'CNY', 1, 2, 'https://img.example.com/g.jpg', "
            "'{\"color\":\"red\"}', (SELECT id FROM suppliers)), "
            "('bad', 'Short', 'USD', 1, 2, NULL, '{}', NULL), "
            "('wide', 'A long enough title too', 'USD', 1, 10.01, 'https://img.example.com/w.jpg', "
            "'{\"color\":\"blue\"}', (SELECT id FROM suppliers)), "
            "('gone', 'Deleted one', 'CNY', 1, 2, NULL, '{}', NULL)"))
        && db.exec(QStringLiteral("UPDATE products SET deleted_at = updated_at WHERE source_id = 'gone'"));
}

QJsonObject kindObject(const QJsonObject &report, const QString &kind)
{
    for (const auto &v : report.value(QStringLiteral("kinds")).toArray()) {
        if (v.toObject().value(QStringLiteral("kind")).toString() == kind)
            return v.toObject();
    }
    return {};
}

} // namespace

class CatalogctlQualityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("STORAGE_PATH", QFile::encodeName(m_home.filePath(QStringLiteral("storage"))));
        // The children read their settings (quality/stale_sync_days) from here, not the user's.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    }

    void shouldPrintQualityAsTheIssueSays_data() { engines(); }
    void shouldPrintQualityAsTheIssueSays()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedQualityProducts(*db));
        const CtlRun run = runCatalogctl(
            { QStringLiteral("--database"), db->url(), QStringLiteral("--json"), QStringLiteral("quality") });
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out + run.err));
        QCOMPARE(report.keys(), QStringList({ QStringLiteral("kinds"), QStringLiteral("products") }));
        QCOMPARE(report.value(QStringLiteral("products")).toInt(), 3);
        const QJsonArray kinds = report.value(QStringLiteral("kinds")).toArray();
        QStringList names;
        for (const auto &v : kinds) {
            QCOMPARE(v.toObject().keys(),
                QStringList({ QStringLiteral("count"), QStringLiteral("examples"), QStringLiteral("kind") }));
            QVERIFY(v.toObject().value(QStringLiteral("examples")).isArray());
            names << v.toObject().value(QStringLiteral("kind")).toString();
        }
        QCOMPARE(names,
            QStringList({ QStringLiteral("no_main_image"), QStringLiteral("image_not_stored"),
                QStringLiteral("no_specifications"), QStringLiteral("short_title"),
                QStringLiteral("price_spread"), QStringLiteral("no_supplier"),
                QStringLiteral("stale_sync") }));
        const auto count = [&](const QString &kind) {
            return kindObject(report, kind).value(QStringLiteral("count")).toInt();
        };
        const auto examples = [&](const QString &kind) {
            return kindObject(report, kind).value(QStringLiteral("examples")).toVariant().toStringList();
        };
        QCOMPARE(count(QStringLiteral("no_main_image")), 1);
        QCOMPARE(examples(QStringLiteral("no_main_image")), QStringList({ QStringLiteral("bad") }));
        QCOMPARE(count(QStringLiteral("image_not_stored")), 2);
        QCOMPARE(examples(QStringLiteral("image_not_stored")),
            QStringList({ QStringLiteral("good"), QStringLiteral("wide") }));
        QCOMPARE(count(QStringLiteral("no_specifications")), 1);
        QCOMPARE(count(QStringLiteral("short_title")), 1);
        QCOMPARE(count(QStringLiteral("price_spread")), 1);
        QCOMPARE(examples(QStringLiteral("price_spread")), QStringList({ QStringLiteral("wide") }));
        QCOMPARE(count(QStringLiteral("no_supplier")), 1);
        QCOMPARE(count(QStringLiteral("stale_sync")), 0);
        QCOMPARE(examples(QStringLiteral("stale_sync")), QStringList());

        const CtlRun text
            = runCatalogctl({ QStringLiteral("--database"), db->url(), QStringLiteral("quality") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Products checked: 3")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("image_not_stored +2  good, wide"))),
            qPrintable(text.out));
    }

    // stale_sync follows the setting quality/stale_sync_days.
    void shouldTakeTheStaleDaysFromTheSettings_data() { engines(); }
    void shouldTakeTheStaleDaysFromTheSettings()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedQualityProducts(*db));
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET updated_at = ? WHERE source_id = 'good'"),
            { db->connections().dialect().bindTimestamp(QDateTime::currentDateTimeUtc().addDays(-20)) }));
        const QString args[] = { QStringLiteral("--database"), db->url(), QStringLiteral("--json"),
            QStringLiteral("quality") };
        CtlRun run = runCatalogctl(QStringList(std::begin(args), std::end(args)));
        QCOMPARE(kindObject(QJsonDocument::fromJson(run.out.toUtf8()).object(), QStringLiteral("stale_sync"))
                     .value(QStringLiteral("count"))
                     .toInt(),
            0);
        QTemporaryDir config;
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("CatalogAdmin")));
        QFile settings(config.filePath(QStringLiteral("CatalogAdmin/catalog-admin.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[quality]\nstale_sync_days=10\n");
        settings.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        run = runCatalogctl(QStringList(std::begin(args), std::end(args)), env);
        const QJsonObject stale
            = kindObject(QJsonDocument::fromJson(run.out.toUtf8()).object(), QStringLiteral("stale_sync"));
        QCOMPARE(stale.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(stale.value(QStringLiteral("examples")).toVariant().toStringList(),
            QStringList({ QStringLiteral("good") }));
    }

    void shouldExportWithTheNewFilterKeys_data()
    {
        TestDatabase::addEngineColumn();
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<int>("rows");
        for (const QString &engine : { QStringLiteral("sqlite"), QStringLiteral("postgresql") }) {
            const auto row = [&](const char *name, const QStringList &filters, int rows) {
                QTest::newRow(qPrintable(engine + QLatin1Char(':') + QLatin1String(name)))
                    << engine << filters << rows;
            };
            row("currency", { QStringLiteral("currency=usd") }, 2);
            row("price-min", { QStringLiteral("price-min=5") }, 1);
            row("price-max", { QStringLiteral("price-max=1.50") }, 3);
            row("spec key", { QStringLiteral("spec=color") }, 2);
            row("spec key=value", { QStringLiteral("spec=color=blue") }, 1);
            row("quality", { QStringLiteral("quality=no_supplier") }, 1);
            row("quality and currency",
                { QStringLiteral("quality=price_spread"), QStringLiteral("currency=CNY") }, 0);
            row("deleted quality", { QStringLiteral("quality=no_supplier"), QStringLiteral("deleted=all") },
                2);
        }
    }
    void shouldExportWithTheNewFilterKeys()
    {
        QFETCH(QStringList, filters);
        QFETCH(int, rows);
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedQualityProducts(*db));
        QTemporaryDir dir;
        QStringList args { QStringLiteral("--database"), db->url(), QStringLiteral("--json"),
            QStringLiteral("export"), dir.filePath(QStringLiteral("out.csv")) };
        for (const QString &f : filters)
            args << QStringLiteral("--filter") << f;
        const CtlRun run = runCatalogctl(args);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("rows")).toInt(), rows);
    }

    // Each bad --filter is a usage error (exit 2) that names what it takes, before anything runs.
    void shouldRefuseBadFilterItems_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("message");
        QTest::newRow("currency") << "currency=dollars"
                                  << "currency: \"dollars\" is not a three-letter code";
        QTest::newRow("price") << "price-min=12,50"
                               << "price-min: \"12,50\" is not a price";
        QTest::newRow("negative price") << "price-max=-1"
                                        << "price-max: \"-1\" is not a price";
        QTest::newRow("inverted prices") << "price-min=5|price-max=2"
                                         << "price-max is below price-min";
        QTest::newRow("spec") << "spec==red"
                              << "spec= takes NAME or NAME=VALUE";
        QTest::newRow("quality") << "quality=ugly"
                                 << "quality: \"ugly\" is not one of no_main_image, image_not_stored";
        QTest::newRow("stale days") << "stale-days=0"
                                    << "stale-days: \"0\" is not a number of days";
        QTest::newRow("no value") << "currency"
                                  << "\"currency\" is not key=value";
        QTest::newRow("unknown") << "colour=red"
                                 << "unknown filter \"colour\"";
    }
    void shouldRefuseBadFilterItems()
    {
        QFETCH(QString, item);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString database = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("catalog.db"));
        CtlRun run = runCatalogctl({ QStringLiteral("--database"), database, QStringLiteral("migrate") });
        QCOMPARE(run.exitCode, 0);
        QStringList args { QStringLiteral("--database"), database, QStringLiteral("export"),
            dir.filePath(QStringLiteral("out.csv")) };
        for (const QString &part : item.split(QLatin1Char('|')))
            args << QStringLiteral("--filter") << part;
        run = runCatalogctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.csv"))));
    }

private:
    QTemporaryDir m_home;
};

CATALOG_TEST_GUILESS_MAIN(CatalogctlQualityTest)
#include "tst_catalogctlquality.moc"
