// Issue 21: an incremental backup after 1 % of the products changed, against the full backup of
// the same catalog in the same run, and the chain restored (verified against the incremental's
// manifest) into an empty database. Prints times, sizes and ratios; asserts nothing about time.
//
//   bench_incremental [--rows N] [--skip-sqlite] [--skip-postgres]
//
// The change: 0.8 % of the products updated (title and price, set-based, the triggers writing
// their history), 0.1 % inserted, 0.1 % hard-deleted. Targets of the issue: the incremental under
// 10 % of the full backup's time and size. PostgreSQL needs CATALOG_TEST_PG_URL.

#include "benchsupport.h"
#include "demo/catalogdatagenerator.h"
#include "maintenance/backupmanager.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace catalog;
using namespace catalog::test;
using namespace catalog::bench;

namespace {

qint64 setBytes(const BackupManifest &manifest)
{
    qint64 bytes = QFileInfo(manifest.path).size();
    for (const BackupManifest::FileEntry &f : manifest.files)
        bytes += f.size;
    return bytes;
}

bool seed(ConnectionManager &connections, qint64 rows)
{
    const CatalogDataGenerator gen;
    const int suppliers = gen.supplierCountFor(rows);
    if (!seedSuppliers(connections, gen, suppliers))
        return false;
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

bool changeOnePercent(TestDatabase &db, qint64 rows)
{
    const bool ok = db.exec(QStringLiteral(
                        "UPDATE products SET title = title || ' (changed)', price_max = price_max + 1, "
                        "version = version + 1 WHERE id % 125 = 0"))
        && db.exec(QStringLiteral("DELETE FROM products WHERE id % 1000 = 1"))
        && db.exec(
            QStringLiteral("INSERT INTO products (source_id, title, currency) SELECT 'BENCH-NEW-' || id, "
                           "'new ' || title, currency FROM products WHERE id % 1000 = 2"));
    Q_UNUSED(rows);
    return ok;
}

bool runEngine(const QString &engine, qint64 rows)
{
    auto source = TestDatabase::create(engine, true);
    auto target = TestDatabase::create(engine, true);
    if (!source || !target) {
        say(QStringLiteral("[%1] cannot create the databases: %2").arg(engine, TestDatabase::lastError()));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    if (!seed(source->connections(), rows))
        return false;
    say(QStringLiteral("[%1] %2 products seeded in %3 s")
            .arg(engine)
            .arg(rows)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    QTemporaryDir dir;
    const QString sets = dir.filePath(QStringLiteral("sets"));
    BackupManager manager(source->connections());
    timer.restart();
    const auto full = manager.backup({ sets, false, {}, {}, false });
    const double fullSeconds = timer.elapsed() / 1000.0;
    if (!full) {
        say(QStringLiteral("[%1] full backup failed: %2").arg(engine, full.error().toString()));
        return false;
    }
    if (!changeOnePercent(*source, rows))
        return false;
    const qint64 products = source->scalar(QStringLiteral("SELECT count(*) FROM products")).toLongLong();
    timer.restart();
    const auto incremental = manager.backup({ sets, false, {}, {}, true });
    const double incrementalSeconds = timer.elapsed() / 1000.0;
    if (!incremental) {
        say(QStringLiteral("[%1] incremental backup failed: %2").arg(engine, incremental.error().toString()));
        return false;
    }
    timer.restart();
    const auto restored = BackupManager(target->connections()).restore(incremental->path, { false, {}, {} });
    const double restoreSeconds = timer.elapsed() / 1000.0;
    if (!restored) {
        say(QStringLiteral("[%1] chain restore failed: %2").arg(engine, restored.error().toString()));
        return false;
    }
    const qint64 back = target->scalar(QStringLiteral("SELECT count(*) FROM products")).toLongLong();
    say(QStringLiteral("[%1] full backup: %2 s, %3 MB")
            .arg(engine)
            .arg(fullSeconds, 0, 'f', 2)
            .arg(setBytes(full.value()) / 1048576.0, 0, 'f', 1));
    say(QStringLiteral(
        "[%1] incremental (1 % changed): %2 s, %3 MB: time %4 %, size %5 % of the full (targets < 10 %)")
            .arg(engine)
            .arg(incrementalSeconds, 0, 'f', 2)
            .arg(setBytes(incremental.value()) / 1048576.0, 0, 'f', 2)
            .arg(100.0 * incrementalSeconds / fullSeconds, 0, 'f', 1)
            .arg(100.0 * double(setBytes(incremental.value())) / double(setBytes(full.value())), 0, 'f', 1));
    say(QStringLiteral(
        "[%1] chain restore (full + incremental), every table verified: %2 s; %3 of %4 products back")
            .arg(engine)
            .arg(restoreSeconds, 0, 'f', 2)
            .arg(back)
            .arg(products));
    return back == products;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.storage.info=true"));
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Products (default 200000)."),
        QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption skipSqlite(QStringLiteral("skip-sqlite"), QStringLiteral("Only PostgreSQL."));
    const QCommandLineOption skipPostgres(QStringLiteral("skip-postgres"), QStringLiteral("Only SQLite."));
    parser.addOptions({ rowsOption, skipSqlite, skipPostgres });
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    say(QStringLiteral("bench_incremental: %1 products, load %2").arg(rows).arg(loadAverage()));
    bool ok = true;
    if (!parser.isSet(skipSqlite))
        ok = runEngine(QStringLiteral("sqlite"), rows) && ok;
    if (!parser.isSet(skipPostgres))
        ok = runEngine(QStringLiteral("postgresql"), rows) && ok;
    return ok ? 0 : 1;
}
