// What the dashboard costs: the statement timer sql::exec runs for every statement (kind parsing,
// one locked ring-buffer write), and StatisticsRepository::collect() on a catalog of N products,
// on SQLite and on PostgreSQL when CATALOG_TEST_PG_URL is set.
//
//   bench_dashboard [products]   (default 100000)

#include "demo/catalogdatagenerator.h"
#include "db/latencyrecorder.h"
#include "repositories/productrepository.h"
#include "repositories/statisticsrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

#include <cstdio>

using namespace catalog;
using namespace catalog::test;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int products = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;

    // 1. The statement timer alone.
    const QStringList statements {
        QStringLiteral("SELECT id, source_id, title, price_min FROM products WHERE deleted_at IS NULL ORDER "
                       "BY id LIMIT ?"),
        QStringLiteral(
            "INSERT INTO product_history (product_id, version, operation, old_values) VALUES (?, ?, ?, ?)"),
        QStringLiteral("UPDATE suppliers SET product_count = product_count + ? WHERE id = ?"),
    };
    constexpr int rounds = 300000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        const LatencyRecorder::StatementTimer timing(statements.at(i % statements.size()));
    }
    print(QStringLiteral("statement timer: %1 ns per statement (%2 statements, kind parsing + record)")
              .arg(double(timer.nsecsElapsed()) / rounds, 0, 'f', 0)
              .arg(rounds));
    LatencyRecorder::instance().clear();

    // 2. collect() on a generated catalog.
    for (const QString &engine : { QStringLiteral("sqlite"), QStringLiteral("postgresql") }) {
        if (engine == QLatin1String("postgresql") && !TestDatabase::postgresAvailable()) {
            print(QStringLiteral("postgresql: skipped (CATALOG_TEST_PG_URL is not set)"));
            continue;
        }
        auto db = TestDatabase::create(engine);
        if (!db) {
            print(QStringLiteral("%1: %2").arg(engine, TestDatabase::lastError()));
            return 1;
        }
        const CatalogDataGenerator generator;
        const int supplierCount = generator.supplierCountFor(products);
        const QList<Supplier> suppliers = generator.suppliers(0, supplierCount);
        if (!SupplierRepository(db->connections()).upsert(suppliers)) {
            print(QStringLiteral("%1: cannot load suppliers").arg(engine));
            return 1;
        }
        ProductRepository repository(db->connections());
        for (int done = 0; done < products; done += 5000) {
            const auto batch = generator.products(done, qMin(5000, products - done), supplierCount);
            if (!repository.upsert(batch)) {
                print(QStringLiteral("%1: cannot load products").arg(engine));
                return 1;
            }
        }
        StatisticsRepository statistics(db->connections());
        LatencyRecorder::instance().clear();
        QList<qint64> times;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            const auto stats = statistics.collect(StatisticsRepository::Options {});
            if (!stats) {
                print(QStringLiteral("%1: %2").arg(engine, stats.error().toString()));
                return 1;
            }
            times << timer.elapsed();
        }
        std::sort(times.begin(), times.end());
        print(QStringLiteral("%1: collect() on %2 products: median %3 ms, slowest %4 ms (5 runs)")
                  .arg(engine)
                  .arg(products)
                  .arg(times.at(2))
                  .arg(times.last()));
        for (const LatencyRecorder::Figures &f : LatencyRecorder::instance().figures().mid(0, 4))
            print(QStringLiteral("  %1: p50 %2 ms").arg(f.kind).arg(f.p50Ms, 0, 'f', 1));
    }
    return 0;
}
