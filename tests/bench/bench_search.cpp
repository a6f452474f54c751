// Search and data-quality benchmark (issue 19): on N products per engine, how long the first
// screen of the product grid takes (ProductRepository::list, the model's page: 100 rows by
// updated_at descending) for title substring searches, with a quality filter, with a
// specification filter, and without any filter with and without the per-row quality column; also
// the exact count of each filter and QualityRepository::report(). Prints figures and the plans of
// the searches; asserts nothing about time.
//
//   bench_search [--rows N] [--skip-sqlite] [--skip-postgres] [--keep DIR] [--repeat N]
//
// PostgreSQL needs CATALOG_TEST_PG_URL (tests/pg/pgcluster.sh start). With --keep the databases are
// named after N and reused by later runs (seeded once). The seeded rows are the generator's
// Benchmark profile; afterwards every 100th product loses its supplier and every 50th its
// specifications, so those quality filters select a few rows rather than none.

#include "benchsupport.h"
#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "demo/catalogdatagenerator.h"
#include "repositories/productfilter_p.h"
#include "repositories/productrepository.h"
#include "repositories/qualityrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <functional>

using namespace catalog;
using namespace catalog::bench;

namespace {

double searchMsSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool runSql(ConnectionManager &connections, const QString &statement)
{
    const StorageError e = connections.runStatus([&](QSqlDatabase &db) {
        sql::Query q(db);
        return sql::exec(q, statement, {}, connections.dialect(), QStringLiteral("bench"));
    });
    if (!e.ok())
        say(e.toString());
    return e.ok();
}

bool seedSearchProducts(ConnectionManager &connections, qint64 rows, const QString &engine)
{
    ProductRepository products(connections);
    const Result<qint64> existing = products.count({}, CountMode::Exact);
    if (existing && existing.value() >= rows) {
        say(QStringLiteral("[%1] %2 products there already").arg(engine).arg(existing.value()));
        return true;
    }
    const CatalogDataGenerator gen;
    const int supplierCount = gen.supplierCountFor(rows);
    QElapsedTimer t;
    t.start();
    if (!seedSuppliers(connections, gen, supplierCount))
        return false;
    // Supplier by supplier, as bench_models does: a batch then touches few suppliers' counts.
    constexpr int kBatch = 5000;
    QList<Product> pending;
    qint64 done = 0;
    for (int s = 0; s < supplierCount; ++s) {
        for (qint64 index = s; index < rows; index += supplierCount) {
            pending << gen.product(index, supplierCount);
            if (pending.size() < kBatch && done + pending.size() < rows)
                continue;
            const auto r = products.upsert(pending);
            if (!r) {
                say(QStringLiteral("[%1] seeding failed: %2").arg(engine, r.error().toString()));
                return false;
            }
            done += pending.size();
            pending.clear();
            if ((done / kBatch) % 40 == 0)
                say(QStringLiteral("[%1]   seeded %2 rows, %3 s")
                        .arg(engine)
                        .arg(done)
                        .arg(searchMsSince(t) / 1000, 0, 'f', 0));
        }
    }
    const bool ok
        = runSql(connections, QStringLiteral("UPDATE products SET supplier_id = NULL WHERE id % 100 = 0"))
        && runSql(connections, QStringLiteral("UPDATE products SET specifications = '{}' WHERE id % 50 = 7"))
        && products.refreshStatistics().ok();
    say(QStringLiteral("[%1] seeded %2 products in %3 s")
            .arg(engine)
            .arg(rows)
            .arg(searchMsSince(t) / 1000, 0, 'f', 0));
    return ok;
}

// The median of `repeat` timings after one warm-up run.
double medianMs(int repeat, const std::function<bool()> &work)
{
    if (!work())
        return -1;
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return -1;
        times << searchMsSince(t);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

QString planOf(ConnectionManager &connections, const ProductFilter &filter)
{
    const SqlDialect &d = connections.dialect();
    sql::Where where;
    applyProductFilter(where, filter, d);
    QString statement
        = (d.engine() == Engine::PostgreSQL ? QStringLiteral("EXPLAIN SELECT id FROM products")
                                            : QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM products"))
        + where.sql() + QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT 100");
    // EXPLAIN cannot be prepared: the bench's own constant values go in as literals.
    for (const QVariant &value : where.values()) {
        QString literal = value.toString();
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        statement.replace(
            statement.indexOf(QLatin1Char('?')), 1, QLatin1Char('\'') + literal + QLatin1Char('\''));
    }
    QStringList lines;
    const StorageError failed = connections.runStatus([&](QSqlDatabase &db) {
        sql::Query q(db);
        StorageError e = sql::exec(q, statement, {}, d, QStringLiteral("explain"));
        const int column = d.engine() == Engine::PostgreSQL ? 0 : 3;
        while (e.ok() && q.next())
            lines << q.value(column).toString().trimmed();
        return e;
    });
    return failed.ok() ? lines.join(QStringLiteral(" | ")) : failed.toString();
}

struct Case
{
    QString name;
    ProductFilter filter;
};

QList<Case> searchCases()
{
    QList<Case> cases;
    const auto add = [&](const QString &name, const std::function<void(ProductFilter &)> &set) {
        ProductFilter f;
        set(f);
        cases << Case { name, f };
    };
    add(QStringLiteral("no filter"), [](ProductFilter &) {});
    add(QStringLiteral("title 'kettle' (common, ~8%)"),
        [](ProductFilter &f) { f.text = QStringLiteral("kettle"); });
    add(QStringLiteral("title '型号9972' (rare)"),
        [](ProductFilter &f) { f.text = QStringLiteral("型号9972"); });
    add(QStringLiteral("title '不锈钢水壶' (Chinese, ~8%)"),
        [](ProductFilter &f) { f.text = QStringLiteral("不锈钢水壶"); });
    add(QStringLiteral("title 'zqxw' (none)"), [](ProductFilter &f) { f.text = QStringLiteral("zqxw"); });
    add(QStringLiteral("title 'Ma' (2 chars: LIKE)"),
        [](ProductFilter &f) { f.text = QStringLiteral("Ma"); });
    add(QStringLiteral("quality no_supplier (1%)"),
        [](ProductFilter &f) { f.quality = QualityKind::NoSupplier; });
    add(QStringLiteral("quality price_spread"),
        [](ProductFilter &f) { f.quality = QualityKind::PriceSpread; });
    add(QStringLiteral("title 'kettle' + quality no_specifications"), [](ProductFilter &f) {
        f.text = QStringLiteral("kettle");
        f.quality = QualityKind::NoSpecifications;
    });
    add(QStringLiteral("title '型号9972' + quality image_not_stored"), [](ProductFilter &f) {
        f.text = QStringLiteral("型号9972");
        f.quality = QualityKind::ImageNotStored;
    });
    add(QStringLiteral("spec key 'packing'"),
        [](ProductFilter &f) { f.specKey = QStringLiteral("packing"); });
    add(QStringLiteral("spec key 'nosuchkey'"),
        [](ProductFilter &f) { f.specKey = QStringLiteral("nosuchkey"); });
    add(QStringLiteral("spec 材质=硅胶"), [](ProductFilter &f) {
        f.specKey = QStringLiteral("材质");
        f.specValue = QStringLiteral("硅胶");
    });
    return cases;
}

void measureEngine(ConnectionManager &connections, const QString &engine, int repeat)
{
    ProductRepository products(connections);
    PageRequest page;
    page.sortColumn = QStringLiteral("updated_at");
    page.order = Qt::DescendingOrder;
    page.limit = 100;
    for (const Case &c : searchCases()) {
        int rowsOnScreen = 0;
        const double screen = medianMs(repeat, [&] {
            const Result<Page<Product>> r = products.list(c.filter, page);
            rowsOnScreen = r ? int(r->rows.size()) : -1;
            return r.ok();
        });
        qint64 total = -1;
        const double count = medianMs(1, [&] {
            const Result<qint64> r = products.count(c.filter, CountMode::Exact);
            total = r ? r.value() : -1;
            return r.ok();
        });
        say(QStringLiteral("[%1] %2: first screen %3 ms (%4 rows), exact count %5 ms (%6)")
                .arg(engine, c.name)
                .arg(screen, 0, 'f', 1)
                .arg(rowsOnScreen)
                .arg(count, 0, 'f', 1)
                .arg(total));
        if (!c.filter.text.isEmpty() || !c.filter.specKey.isEmpty())
            say(QStringLiteral("[%1]     plan: %2").arg(engine, planOf(connections, c.filter)));
    }
    // The same first screen without the computed quality column: what the column costs.
    const QString plain = QStringLiteral(
        "SELECT id, source_id, title, subtitle, price_min, price_max, currency, moq,"
        " main_image_url, detail_images, specifications, supplier_id, sales_count,"
        " rating, sync_status, created_at, updated_at, deleted_at, version, updated_by"
        " FROM products WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 100");
    const double withoutColumn = medianMs(repeat, [&] {
        return connections
            .runStatus([&](QSqlDatabase &db) {
                sql::Query q(db);
                q.setForwardOnly(true);
                StorageError e = sql::exec(q, plain, {}, connections.dialect(), QStringLiteral("plain page"));
                while (e.ok() && q.next()) { }
                return e;
            })
            .ok();
    });
    say(QStringLiteral("[%1] first screen without the quality column (same SQL, no computed column): %2 ms")
            .arg(engine)
            .arg(withoutColumn, 0, 'f', 1));
    QualityReport report;
    const double quality = medianMs(1, [&] {
        const Result<QualityReport> r = QualityRepository(connections).report(kDefaultStaleSyncDays);
        if (r)
            report = r.value();
        return r.ok();
    });
    QStringList counts;
    for (const QualityReport::KindCount &k : report.kinds)
        counts << QStringLiteral("%1=%2").arg(qualityKindText(k.kind)).arg(k.count);
    say(QStringLiteral("[%1] QualityRepository::report: %2 ms (%3 products: %4)")
            .arg(engine)
            .arg(quality, 0, 'f', 0)
            .arg(report.products)
            .arg(counts.join(QStringLiteral(", "))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Products to seed."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption skipSqlite(
        QStringLiteral("skip-sqlite"), QStringLiteral("Do not measure SQLite."));
    const QCommandLineOption skipPostgres(
        QStringLiteral("skip-postgres"), QStringLiteral("Do not measure PostgreSQL."));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
        QStringLiteral("Keep (and reuse) the databases in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
        QStringLiteral("Timed runs per figure (median)."), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({ rowsOption, skipSqlite, skipPostgres, keepOption, repeatOption });
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    say(QStringLiteral("bench_search: %1 products, median of %2, load average %3")
            .arg(rows)
            .arg(repeat)
            .arg(loadAverage()));
    QStringList engines;
    if (!parser.isSet(skipSqlite))
        engines << QStringLiteral("sqlite");
    if (!parser.isSet(skipPostgres)) {
        if (qEnvironmentVariableIsEmpty("CATALOG_TEST_PG_URL"))
            say(QStringLiteral("[postgresql] skipped: CATALOG_TEST_PG_URL is not set"));
        else
            engines << QStringLiteral("postgresql");
    }
    for (const QString &engine : engines) {
        std::unique_ptr<BenchDatabase> db
            = openBenchDatabase(engine, parser.value(keepOption), QStringLiteral("bench_search_%1").arg(rows));
        if (!db || !seedSearchProducts(db->connections(), rows, engine))
            return 1;
        measureEngine(db->connections(), engine, repeat);
    }
    return 0;
}
