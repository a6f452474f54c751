// The bulk edit against a plain UPDATE of the same rows, in the same run. Prints figures and the
// ratio; asserts nothing about time.
//
//   bench_bulkedit [--rows N] [--skip-sqlite] [--skip-postgres]
//
// Per engine, on N generated products (CatalogDataGenerator): a price adjustment of +8 % over every
// active product,
//  ours   BulkUpdateJob (ids read once, batches of 2000 consecutive ids, each one transaction with
//         the refusal check and one UPDATE; version, history row and product_count by the triggers;
//         the sync_records journal)
//  plain  UPDATE products SET price_min = round(price_min * 1.08, 2), price_max = …, version + 1,
//         updated_at, updated_by WHERE deleted_at IS NULL: one statement, one transaction, with the
//         same triggers on (what the database does for any UPDATE, history included)
// The plain UPDATE runs first and then ours, both over the same rows, each after a VACUUM ANALYZE
// on PostgreSQL; rows/s counts the matched rows of each. Target: ours >= 0.5 x plain. PostgreSQL needs
// CATALOG_TEST_PG_URL.

#include "benchsupport.h"
#include "bulk/bulkupdatejob.h"
#include "demo/catalogdatagenerator.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace catalog;
using namespace catalog::test;
using namespace catalog::bench;

namespace {

bool seedProducts(ConnectionManager &connections, const CatalogDataGenerator &gen, qint64 rows, int suppliers)
{
    ProductRepository products(connections);
    for (qint64 first = 0; first < rows; first += 5000) {
        const auto r = products.upsert(gen.products(first, int(qMin<qint64>(5000, rows - first)), suppliers));
        if (!r) {
            say(QStringLiteral("seeding failed at row %1: %2").arg(first).arg(r.error().toString()));
            return false;
        }
    }
    return true;
}

qint64 historyRows(TestDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM product_history")).toLongLong();
}

bool runEngine(const QString &engine, qint64 rows)
{
    const CatalogDataGenerator gen;
    auto db = TestDatabase::create(engine, true);
    if (!db) {
        say(QStringLiteral("cannot create the database: ") + TestDatabase::lastError());
        return false;
    }
    if (!seedSuppliers(db->connections(), gen, gen.supplierCountFor(rows))
        || !seedProducts(db->connections(), gen, rows, gen.supplierCountFor(rows)))
        return false;
    const qint64 active
        = db->scalar(QStringLiteral("SELECT count(*) FROM products WHERE deleted_at IS NULL")).toLongLong();
    say(QStringLiteral("[%1] %2 products seeded, %3 active").arg(engine).arg(rows).arg(active));

    // Each run starts from a vacuumed table: the second would otherwise pay for the dead rows the
    // first left (PostgreSQL; SQLite rewrites in place).
    const bool postgres = engine == QLatin1String("postgresql");
    auto vacuum = [&] { return !postgres || db->exec(QStringLiteral("VACUUM ANALYZE products")); };
    if (!vacuum())
        return false;

    // The reference: one plain UPDATE in one transaction, triggers on.
    const QString now
        = postgres ? QStringLiteral("now()") : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    qint64 history = historyRows(*db);
    QElapsedTimer plainTimer;
    plainTimer.start();
    const bool plainOk
        = db->exec(QStringLiteral("UPDATE products SET price_min = round(price_min * 1.08, 2), "
                                  "price_max = round(price_max * 1.08, 2), version = version + 1, "
                                  "updated_at = %1, updated_by = 'bench' WHERE deleted_at IS NULL")
                       .arg(now));
    const double plainSeconds = double(plainTimer.nsecsElapsed()) / 1e9;
    if (!plainOk) {
        say(QStringLiteral("plain UPDATE failed: ") + TestDatabase::lastError());
        return false;
    }
    const qint64 plainHistory = historyRows(*db) - history;

    if (!vacuum())
        return false;
    history = historyRows(*db);
    BulkEdit edit;
    edit.priceMode = BulkEdit::PriceMode::Percent;
    edit.priceValue = Decimal2::fromHundredths(800);
    QElapsedTimer oursTimer;
    oursTimer.start();
    const auto report = BulkUpdateJob(db->connections()).run({}, edit, {});
    const double oursSeconds = double(oursTimer.nsecsElapsed()) / 1e9;
    if (!report) {
        say(QStringLiteral("bulk edit failed: ") + report.error().toString());
        return false;
    }
    const qint64 oursHistory = historyRows(*db) - history;

    const double plainRate = double(active) / plainSeconds;
    const double oursRate = double(report->matched) / oursSeconds;
    say(QStringLiteral("[%1] plain UPDATE : %2 rows in %3 s = %4 rows/s, %5 history rows")
            .arg(engine)
            .arg(active)
            .arg(plainSeconds, 0, 'f', 2)
            .arg(plainRate, 0, 'f', 0)
            .arg(plainHistory));
    say(QStringLiteral(
        "[%1] bulk edit    : %2 matched, %3 changed, %4 refused in %5 s = %6 rows/s, %7 history rows, "
        "%8 batches")
            .arg(engine)
            .arg(report->matched)
            .arg(report->changed)
            .arg(report->refusedCount)
            .arg(oursSeconds, 0, 'f', 2)
            .arg(oursRate, 0, 'f', 0)
            .arg(oursHistory)
            .arg(report->batches));
    say(QStringLiteral("[%1] ratio bulk edit / plain UPDATE = %2 (target >= 0.50)")
            .arg(engine)
            .arg(oursRate / plainRate, 0, 'f', 2));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Products to generate."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption skipSqlite(QStringLiteral("skip-sqlite"), QStringLiteral("Skip SQLite."));
    const QCommandLineOption skipPostgres(
        QStringLiteral("skip-postgres"), QStringLiteral("Skip PostgreSQL."));
    parser.addOptions({ rowsOption, skipSqlite, skipPostgres });
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    say(QStringLiteral("bench_bulkedit: %1 products; load average %2 at start").arg(rows).arg(loadAverage()));
    int failed = 0;
    if (!parser.isSet(skipPostgres)) {
        if (!TestDatabase::postgresAvailable())
            say(QStringLiteral("PostgreSQL: CATALOG_TEST_PG_URL is not set; skipped"));
        else if (!runEngine(QStringLiteral("postgresql"), rows))
            ++failed;
    }
    if (!parser.isSet(skipSqlite) && !runEngine(QStringLiteral("sqlite"), rows))
        ++failed;
    return failed == 0 ? 0 : 1;
}
