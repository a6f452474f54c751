#include "maintenance/databaseoptimizer.h"
#include "repositories/productrepository.h"
#include "db/sqldialect.h"
#include "repositories/statisticsrepository.h"
#include "repositories/supplierrepository.h"
#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

class StatisticsTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldCountWhatIsThere_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldCountWhatIsThere()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        ProductRepository products(db->connections());
        for (const char *id : { "big", "small" }) {
            Supplier s;
            s.sourceId = QString::fromLatin1(id);
            s.name = QString::fromLatin1(id);
            QVERIFY_OK(suppliers.create(s));
        }
        QList<Product> batch;
        for (int i = 0; i < 10; ++i) {
            Product p;
            p.sourceId = QStringLiteral("p%1").arg(i);
            p.title = QStringLiteral("t");
            p.currency = i < 7 ? QStringLiteral("CNY") : QStringLiteral("USD");
            p.syncStatus = i < 4 ? QStringLiteral("synced") : QStringLiteral("pending");
            p.supplierSourceId = i < 8 ? QStringLiteral("big") : QStringLiteral("small");
            batch << p;
        }
        QVERIFY_OK(products.upsert(batch));
        const auto gone = products.findBySourceId(QStringLiteral("p9"));
        QVERIFY_OK(products.softDelete(gone->id, gone->version));
        const auto job = SyncRecordRepository(db->connections()).start(JobKind::Import);
        QVERIFY_OK(job);

        const auto stats = StatisticsRepository(db->connections()).collect();
        QVERIFY_OK(stats);
        QCOMPARE(stats->products, 9);
        QCOMPARE(stats->deletedProducts, 1);
        QCOMPARE(stats->suppliers, 2);
        QCOMPARE(stats->productsByStatus.value(QStringLiteral("synced")), 4);
        QCOMPARE(stats->productsByStatus.value(QStringLiteral("pending")), 5);
        QCOMPARE(stats->productsByCurrency.value(QStringLiteral("CNY")), 7);
        QCOMPARE(stats->productsByCurrency.value(QStringLiteral("USD")), 2);
        QCOMPARE(stats->topSuppliers.first(), qMakePair(QStringLiteral("big"), qint64(8)));
        QCOMPARE(stats->topSuppliers.last(), qMakePair(QStringLiteral("small"), qint64(1)));
        QVERIFY(stats->databaseBytes > 0);
        QCOMPARE(stats->lastSyncs.size(), 1);
        const QJsonObject json = stats->toJson();
        QCOMPARE(json.value(QStringLiteral("products")).toInteger(), 9);
        QCOMPARE(json.value(QStringLiteral("last_syncs")).toArray().size(), 1);
    }

    // The dashboard's figures against data whose answers are known, on both engines.
    void shouldComputeTheDashboardFigures_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldComputeTheDashboardFigures()
    {
        OPEN_TEST_DATABASE(db);
        const bool pg = db->connections().dialect().engine() == Engine::PostgreSQL;
        // Given products at known prices (CNY dominant, one USD), one soft-deleted
        const QString cny = QStringLiteral("CNY");
        const QList<QPair<int, QString>> prices { { 50, cny }, { 150, cny }, { 180, cny }, { 999, cny },
            { 1200, cny }, { 4999, cny }, { 250000, cny }, { 500, QStringLiteral("USD") } };
        for (int i = 0; i < prices.size(); ++i)
            QVERIFY(db->exec(
                QStringLiteral("INSERT INTO products (source_id, title, currency, price_min, price_max) "
                               "VALUES (?, 't', ?, ?, ?)"),
                { QStringLiteral("p%1").arg(i), prices.at(i).second, prices.at(i).first / 100.0,
                    prices.at(i).first / 100.0 + 1 }));
        QVERIFY(
            db->exec(QStringLiteral("INSERT INTO products (source_id, title, currency, price_min, price_max, "
                                    "deleted_at) VALUES ('gone', 't', 'CNY', 3, 4, %1)")
                         .arg(db->connections().dialect().nowExpression())));
        // images: two stored (1000 + 2500 bytes), one not downloaded; p0 and p1 have images
        const qint64 p0
            = db->scalar(QStringLiteral("SELECT id FROM products WHERE source_id = 'p0'")).toLongLong();
        const qint64 p1
            = db->scalar(QStringLiteral("SELECT id FROM products WHERE source_id = 'p1'")).toLongLong();
        QVERIFY(db->exec(
            QStringLiteral(
                "INSERT INTO images (product_id, url, local_path, size) VALUES "
                "(?, 'https://x/a.jpg', 'p0/a.jpg', 1000), (?, 'https://x/b.jpg', 'p0/b.jpg', 2500), "
                "(?, 'https://x/c.jpg', NULL, NULL)"),
            { p0, p0, p1 }));
        // sync_records: today two imports (one failed, 7 rows rejected), two days ago one check;
        // forty days ago one import outside the period
        const QDate today = QDate::currentDate();
        auto at = [](QDate day, int hour) {
            return QDateTime(day, QTime(hour, 30)).toUTC().toString(Qt::ISODateWithMs);
        };
        const QString insertJob = pg
            ? QStringLiteral(
                "INSERT INTO sync_records (task_id, operation_type, status, "
                "start_time, success_count, error_count) VALUES (?, ?, ?, CAST(? AS timestamptz), ?, ?)")
            : QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status, "
                             "start_time, success_count, error_count) VALUES (?, ?, ?, ?, ?, ?)");
        QVERIFY(db->exec(insertJob,
            { QStringLiteral("t1"), QStringLiteral("import"), QStringLiteral("completed"), at(today, 0), 10,
                0 }));
        QVERIFY(db->exec(insertJob,
            { QStringLiteral("t2"), QStringLiteral("import"), QStringLiteral("failed"), at(today, 23), 3,
                7 }));
        QVERIFY(db->exec(insertJob,
            { QStringLiteral("t3"), QStringLiteral("check"), QStringLiteral("completed"),
                at(today.addDays(-2), 12), 0, 0 }));
        QVERIFY(db->exec(insertJob,
            { QStringLiteral("t4"), QStringLiteral("import"), QStringLiteral("completed"),
                at(today.addDays(-40), 12), 5, 5 }));
        // a storage folder with two files (300 bytes)
        QTemporaryDir storage;
        QVERIFY(QDir(storage.path()).mkpath(QStringLiteral("images/p0")));
        for (const auto &[name, size] : { qMakePair(QStringLiteral("images/p0/a.jpg"), 100),
                 qMakePair(QStringLiteral("images/p0/b.jpg"), 200) }) {
            QFile f(storage.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(size, 'x'));
        }

        StatisticsRepository::Options options;
        options.storageRoot = storage.path();
        options.today = today;
        const auto stats = StatisticsRepository(db->connections()).collect(options);
        QVERIFY_OK(stats);

        // Then the histogram is of CNY, in 1-2-5 buckets from the first to the last non-empty one
        QCOMPARE(stats->priceCurrency, QStringLiteral("CNY"));
        QStringList bars;
        for (const PriceBucket &b : stats->priceHistogram)
            bars << QStringLiteral("%1-%2:%3").arg(b.from).arg(b.to).arg(b.products);
        QCOMPARE(bars.join(QLatin1Char(' ')),
            QStringLiteral("0-1:1 1-2:2 2-5:0 5-10:1 10-20:1 20-50:1 50-100:0 100-200:0 200-500:0 500-1000:0 "
                           "1000-2000:0 2000-5000:1"));
        // jobs per day over 30 days, empty days included, the 40-day-old job left out
        QCOMPARE(stats->activity.size(), 30);
        QCOMPARE(stats->activity.last().day, today);
        QCOMPARE(stats->activity.last().jobs, 2);
        QCOMPARE(stats->activity.last().imports, 2);
        QCOMPARE(stats->activity.last().failedJobs, 1);
        QCOMPARE(stats->activity.last().rowsOk, 13);
        QCOMPARE(stats->activity.last().rowErrors, 7);
        QCOMPARE(stats->activity.at(27).jobs, 1);
        QCOMPARE(stats->activity.at(27).imports, 0);
        qint64 total = 0;
        for (const DailyActivity &a : stats->activity)
            total += a.jobs;
        QCOMPARE(total, 3);
        // images from the table, the folder from the disk
        QCOMPARE(stats->imageFigures.rows, 3);
        QCOMPARE(stats->imageFigures.stored, 2);
        QCOMPARE(stats->imageFigures.missing, 1);
        QCOMPARE(stats->imageFigures.storedBytes, 3500);
        QCOMPARE(stats->imageFigures.productsWithoutImages, 6);
        QCOMPARE(stats->imageFigures.folderBytes, 300);
        QCOMPARE(stats->imageFigures.folderFiles, 2);
        // space per table and index, largest first
        QVERIFY2(!stats->relations.isEmpty(), qPrintable(stats->relationsNote));
        QStringList names;
        for (const RelationSize &r : stats->relations) {
            names << r.name;
            QVERIFY(r.bytes > 0);
        }
        QVERIFY(names.contains(QStringLiteral("products")));
        QVERIFY(names.contains(QStringLiteral("products_supplier_id_idx")));
        for (qsizetype i = 1; i < stats->relations.size(); ++i)
            QVERIFY(stats->relations.at(i - 1).bytes >= stats->relations.at(i).bytes);
        const auto index = std::find_if(stats->relations.cbegin(), stats->relations.cend(),
            [](const RelationSize &r) { return r.name == QLatin1String("products_supplier_id_idx"); });
        QVERIFY(index->isIndex);
        QCOMPARE(index->table, QStringLiteral("products"));
        QVERIFY(stats->deadRows >= 0);
        // pg_stat_statements: SQLite has none; PostgreSQL says how to enable it, or lists statements
        if (!pg) {
            QCOMPARE(stats->statements.state, StatementStatistics::State::Unsupported);
        } else {
            const bool preloaded
                = db->scalar(QStringLiteral("SELECT current_setting('shared_preload_libraries')"))
                      .toString()
                      .contains(QLatin1String("pg_stat_statements"));
            QCOMPARE(stats->statements.state, StatementStatistics::State::NotInstalled);
            QVERIFY(stats->statements.hint.contains(QLatin1String("shared_preload_libraries")));
            QVERIFY(db->exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")));
            const auto again = StatisticsRepository(db->connections()).collect(options);
            QVERIFY_OK(again);
            if (preloaded) {
                QCOMPARE(again->statements.state, StatementStatistics::State::Available);
                QVERIFY(!again->statements.slowest.isEmpty());
            } else {
                QCOMPARE(again->statements.state, StatementStatistics::State::NotLoaded);
            }
        }
        const QJsonObject json = stats->toJson();
        QCOMPARE(json.value(QStringLiteral("price_histogram")).toArray().size(), 12);
        QCOMPARE(json.value(QStringLiteral("images_detail"))
                     .toObject()
                     .value(QStringLiteral("missing"))
                     .toInteger(),
            1);
    }

    // Dead rows: what upserts leave behind is visible before Optimise and gone after it.
    void shouldShowTheDeadRowsOptimiseReclaims_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldShowTheDeadRowsOptimiseReclaims()
    {
        OPEN_TEST_DATABASE(db);
        const bool pg = db->connections().dialect().engine() == Engine::PostgreSQL;
        QVERIFY(db->exec(QStringLiteral("INSERT INTO products (source_id, title) VALUES ('a', 'x')")));
        for (int i = 0; i < 300; ++i)
            QVERIFY(db->exec(QStringLiteral("UPDATE products SET subtitle = ? WHERE source_id = 'a'"),
                { QString(500, QLatin1Char('a' + i % 20)) }));
        QVERIFY(db->exec(QStringLiteral("DELETE FROM product_history")));
        if (pg) // the statistics of this session reach the server at the end of a transaction
            QVERIFY(db->exec(QStringLiteral("SELECT pg_stat_force_next_flush()")));
        StatisticsRepository::Options options;
        QTRY_VERIFY_WITH_TIMEOUT(
            StatisticsRepository(db->connections()).collect(options)->deadRows > 0, 5000);
        const auto before = StatisticsRepository(db->connections()).collect(options);
        QVERIFY_OK(before);
        if (pg) { // per table too (HOT pruning may already have cleaned some of the products' rows)
            qint64 perTable = 0;
            for (const RelationSize &r : before->relations)
                perTable += qMax<qint64>(0, r.deadRows);
            QVERIFY(perTable > 0);
        }
        QVERIFY_OK(DatabaseOptimizer(db->connections()).optimize());
        if (pg)
            QVERIFY(db->exec(QStringLiteral("SELECT pg_stat_force_next_flush()")));
        QTRY_COMPARE_WITH_TIMEOUT(
            StatisticsRepository(db->connections()).collect(options)->deadRows, 0, 5000);
    }
};

CATALOG_TEST_GUILESS_MAIN(StatisticsTest)
#include "tst_statistics.moc"
