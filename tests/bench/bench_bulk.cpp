// The bulk paths against the engines' own tools, each pair in the same run. Prints figures and
// ratios; asserts nothing about time.
//
//   bench_bulk [--rows N] [--skip-sqlite] [--skip-postgres] [--only PAIRS]
//
// --only takes a comma-separated list of pairs to run: export, import, backup (backup runs the
// restore pair too). Import needs the export's file, so `--only import` runs the export as well.
//
// Per engine, on N generated products (CatalogDataGenerator, the demo data's generator):
//  export   ProductExporter to CSV   vs  psql `\copy (SELECT … same columns …) TO` /
//                                        the sqlite3 shell's `.mode csv` output of the same query
//  import   ProductImporter of that  vs  the set-based load a DBA would write: the file into a
//           file into an empty DB        temporary table (`\copy` / `.import`), then INSERT … SELECT
//                                        into suppliers and products of the migrated schema,
//                                        triggers firing, in one transaction
//  backup   BackupManager::backup    vs  plain `pg_dump -Fc` / the online backup API alone
//                                        (sqlite3 `.backup`)
//  restore  BackupManager::restore   vs  plain `pg_restore` into an empty database /
//           (verified) into an empty DB  sqlite3 `.restore`
// Each of ours prints its peak RSS growth (VmHWM, reset before each through /proc/self/clear_refs).
// PostgreSQL needs CATALOG_TEST_PG_URL (tests/pg/pgcluster.sh start prints it), psql, pg_dump and
// pg_restore; SQLite needs the sqlite3 shell. CATALOG_BENCH_KEEP=1 keeps the files (CSV, dumps).

#include "benchsupport.h"
#include "demo/catalogdatagenerator.h"
#include "maintenance/backupmanager.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"
#include "transfer/productexporter.h"
#include "transfer/productimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <functional>

using namespace catalog;
using namespace catalog::test;
using namespace catalog::bench;

namespace {

// The exporter's columns: the supplier's rating and contact fields (one key of contact_info each) last.
QString exportQuery(bool postgres)
{
    const auto key = [postgres](const char *name) {
        return postgres ? QStringLiteral("s.contact_info->>'%1'").arg(QLatin1String(name))
                        : QStringLiteral("json_extract(s.contact_info, '$.%1')").arg(QLatin1String(name));
    };
    const QString contact = QStringLiteral("coalesce(%1, %2), %3, %4, %5, %6, %7, %8")
                                .arg(key("person"), key("contact"), key("phone"), key("mobile"), key("email"),
                                    key("wechat"), key("qq"), key("address"));
    return QStringLiteral(
        "SELECT p.source_id, p.title, p.subtitle, p.price_min, p.price_max, p.currency, p.moq, p.main_image_url, "
        "p.detail_images, p.specifications, s.source_id, s.name, s.company_name, s.location, p.sales_count, "
        "p.rating, p.sync_status, s.rating, %1 FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id "
        "ORDER BY p.id")
        .arg(contact);
}

const char *const kStagingContactColumns = ", supplier_rating %1, supplier_contact_person %2, supplier_contact_phone %2, "
                                           "supplier_contact_mobile %2, supplier_contact_email %2, "
                                           "supplier_contact_wechat %2, supplier_contact_qq %2, "
                                           "supplier_contact_address %2";

// The DBA's set-based load of an exported file (header line, the exporter's columns).
QString postgresLoadScript(const QString &csv)
{
    return QStringLiteral(
        "CREATE TEMP TABLE staging (source_id text, title text, subtitle text, price_min numeric, "
        "price_max numeric, currency text, moq integer, main_image_url text, detail_images jsonb, "
        "specifications jsonb, supplier_source_id text, supplier_name text, supplier_company_name text, "
        "supplier_location text, sales_count integer, rating numeric, sync_status text%2);\n"
        "\\copy staging FROM '%1' WITH (FORMAT csv, HEADER true)\n"
        "INSERT INTO suppliers (source_id, name, company_name, location, rating, contact_info, updated_by)"
        " SELECT DISTINCT ON (supplier_source_id) supplier_source_id, supplier_name, supplier_company_name,"
        " supplier_location, supplier_rating, nullif(jsonb_strip_nulls(jsonb_build_object('person',"
        " supplier_contact_person, 'phone', supplier_contact_phone, 'mobile', supplier_contact_mobile, 'email',"
        " supplier_contact_email, 'wechat', supplier_contact_wechat, 'qq', supplier_contact_qq, 'address',"
        " supplier_contact_address)), '{}'), 'bench' FROM staging WHERE supplier_source_id IS NOT NULL"
        " ORDER BY supplier_source_id ON CONFLICT (source_id) DO NOTHING;\n"
        "INSERT INTO products (source_id, title, subtitle, price_min, price_max, currency, moq,"
        " main_image_url, detail_images, specifications, supplier_id, sales_count, rating, sync_status,"
        " updated_by)"
        " SELECT st.source_id, st.title, st.subtitle, st.price_min, st.price_max, st.currency, st.moq,"
        " st.main_image_url, coalesce(st.detail_images, '[]'), coalesce(st.specifications, '{}'), s.id,"
        " st.sales_count, st.rating, st.sync_status, 'bench'"
        " FROM staging st LEFT JOIN suppliers s ON s.source_id = st.supplier_source_id;\n")
        .arg(csv, QString::fromLatin1(kStagingContactColumns).arg(QStringLiteral("numeric"), QStringLiteral("text")));
}

QString sqliteLoadScript(const QString &csv)
{
    return QStringLiteral(
        ".bail on\n"
        "CREATE TEMP TABLE staging (source_id TEXT, title TEXT, subtitle TEXT, price_min TEXT, "
        "price_max TEXT, currency TEXT, moq TEXT, main_image_url TEXT, detail_images TEXT, "
        "specifications TEXT, supplier_source_id TEXT, supplier_name TEXT, supplier_company_name TEXT, "
        "supplier_location TEXT, sales_count TEXT, rating TEXT, sync_status TEXT%2);\n"
        ".import --csv --skip 1 --schema temp '%1' staging\n"
        "BEGIN;\n"
        "INSERT OR IGNORE INTO suppliers (source_id, name, company_name, location, rating, contact_info,"
        " updated_by)"
        " SELECT supplier_source_id, max(supplier_name), nullif(max(supplier_company_name), ''),"
        " nullif(max(supplier_location), ''), CAST(nullif(max(supplier_rating), '') AS REAL),"
        " nullif(json_patch('{}', json_object('person', nullif(max(supplier_contact_person), ''), 'phone',"
        " nullif(max(supplier_contact_phone), ''), 'mobile', nullif(max(supplier_contact_mobile), ''), 'email',"
        " nullif(max(supplier_contact_email), ''), 'wechat', nullif(max(supplier_contact_wechat), ''), 'qq',"
        " nullif(max(supplier_contact_qq), ''), 'address', nullif(max(supplier_contact_address), ''))), '{}'),"
        " 'bench' FROM staging WHERE supplier_source_id <> ''"
        " GROUP BY supplier_source_id;\n"
        "INSERT INTO products (source_id, title, subtitle, price_min, price_max, currency, moq,"
        " main_image_url, detail_images, specifications, supplier_id, sales_count, rating, sync_status,"
        " updated_by)"
        " SELECT st.source_id, st.title, nullif(st.subtitle, ''), CAST(nullif(st.price_min, '') AS REAL),"
        " CAST(nullif(st.price_max, '') AS REAL), st.currency, CAST(nullif(st.moq, '') AS INTEGER),"
        " nullif(st.main_image_url, ''), coalesce(nullif(st.detail_images, ''), '[]'),"
        " coalesce(nullif(st.specifications, ''), '{}'), s.id, CAST(nullif(st.sales_count, '') AS INTEGER),"
        " CAST(nullif(st.rating, '') AS REAL), st.sync_status, 'bench'"
        " FROM staging st LEFT JOIN suppliers s ON s.source_id = st.supplier_source_id;\n"
        "COMMIT;\n")
        .arg(csv, QString::fromLatin1(kStagingContactColumns).arg(QStringLiteral("TEXT"), QStringLiteral("TEXT")));
}

// Runs an engine tool; stdin from `input` when given, stdout to `output` when given.
double runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {},
    const QString &output = {})
{
    QProcess process;
    if (!output.isEmpty())
        process.setStandardOutputFile(output);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        say(QStringLiteral("cannot start %1: %2").arg(program, process.errorString()));
        return -1;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        say(QStringLiteral("%1 failed (exit %2): %3")
                .arg(program)
                .arg(process.exitCode())
                .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
        return -1;
    }
    return seconds;
}

struct Measured
{
    double seconds = -1;
    qint64 peakBytes = 0;
};

Measured measure(const std::function<bool()> &work)
{
    resetPeakRss();
    const qint64 before = rssBytes();
    QElapsedTimer timer;
    timer.start();
    Measured m;
    if (!work())
        return m;
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    m.peakBytes = peakRssBytes() - before;
    return m;
}

void compare(const QString &engine, const QString &what, qint64 rows, const Measured &ours,
    const QString &tool, double toolSeconds, const QString &target)
{
    say(QStringLiteral("[%1] %2: ours %3 s (%4 rows/s, peak RSS +%5 MB), %6 %7 s (%8 rows/s): ratio %9 %10")
            .arg(engine, what)
            .arg(ours.seconds, 0, 'f', 2)
            .arg(double(rows) / ours.seconds, 0, 'f', 0)
            .arg(double(ours.peakBytes) / 1048576.0, 0, 'f', 1)
            .arg(tool)
            .arg(toolSeconds, 0, 'f', 2)
            .arg(double(rows) / toolSeconds, 0, 'f', 0)
            .arg(target.startsWith(QLatin1String("time")) ? ours.seconds / toolSeconds
                                                          : toolSeconds / ours.seconds,
                0, 'f', 2)
            .arg(target));
}

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

class EngineRun
{
public:
    EngineRun(QString engine, qint64 rows, QStringList only)
        : m_engine(std::move(engine))
        , m_rows(rows)
        , m_postgres(m_engine == QLatin1String("postgresql"))
        , m_only(std::move(only))
    {
    }

    bool run()
    {
        const CatalogDataGenerator gen;
        if (qEnvironmentVariableIsSet("CATALOG_BENCH_KEEP")) { // the files stay, to look at or load again
            m_dir.setAutoRemove(false);
            say(QStringLiteral("[%1] files kept in %2").arg(m_engine, m_dir.path()));
        }
        m_source = TestDatabase::create(m_engine, true);
        if (!m_source) {
            say(QStringLiteral("cannot create the database: ") + TestDatabase::lastError());
            return false;
        }
        if (!seedSuppliers(m_source->connections(), gen, gen.supplierCountFor(m_rows))
            || !seedProducts(m_source->connections(), gen, m_rows, gen.supplierCountFor(m_rows)))
            return false;
        say(QStringLiteral("[%1] %2 products seeded").arg(m_engine).arg(m_rows));
        const bool exporting = wanted(QStringLiteral("export")) || wanted(QStringLiteral("import"));
        return (!exporting || exportPair()) && (!wanted(QStringLiteral("import")) || importPair())
            && (!wanted(QStringLiteral("backup")) || backupPair());
    }

private:
    bool wanted(const QString &pair) const { return m_only.isEmpty() || m_only.contains(pair); }
    QString sqlitePath(TestDatabase &db) const { return db.config().sqlitePath; }

    bool exportPair()
    {
        const QString ours = m_dir.filePath(QStringLiteral("ours.csv"));
        const Measured m = measure([&] {
            ProductExporter::Options options;
            options.filter.deleted = DeletedFilter::All;
            const auto report = ProductExporter(m_source->connections()).exportTo(ours, options);
            if (!report)
                say(QStringLiteral("export failed: ") + report.error().toString());
            return report.ok();
        });
        if (m.seconds < 0)
            return false;
        const QString theirs = m_dir.filePath(QStringLiteral("tool.csv"));
        const double tool = m_postgres
            ? runTool(QStringLiteral("psql"),
                { m_source->url(), QStringLiteral("-q"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                    QStringLiteral("\\copy (%1) TO '%2' WITH (FORMAT csv, HEADER true)")
                        .arg(exportQuery(true), theirs) })
            : runTool(QStringLiteral("sqlite3"),
                { QStringLiteral("-csv"), QStringLiteral("-header"), sqlitePath(*m_source), exportQuery(false) },
                {}, theirs);
        if (tool < 0)
            return false;
        compare(m_engine,
            QStringLiteral("export (%1 MB CSV)").arg(double(QFileInfo(ours).size()) / 1048576.0, 0, 'f', 1),
            m_rows, m,
            m_postgres ? QStringLiteral("psql \\copy (SELECT) TO") : QStringLiteral("sqlite3 -csv"), tool,
            QStringLiteral("(target >= 0.80)"));
        m_csv = ours;
        return true;
    }

    bool importPair()
    {
        auto target = TestDatabase::create(m_engine, true);
        auto reference = TestDatabase::create(m_engine, true);
        if (!target || !reference) {
            say(QStringLiteral("cannot create the import databases: ") + TestDatabase::lastError());
            return false;
        }
        QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.storage.info=true"));
        const Measured m = measure([&] {
            const auto report = ProductImporter(target->connections()).importFile(m_csv, {});
            if (!report || report->inserted != m_rows) {
                say(QStringLiteral("[%1] import failed: %2")
                        .arg(m_engine,
                            report ? QStringLiteral("%1 of %2 rows inserted, %3 rejected")
                                         .arg(report->inserted)
                                         .arg(m_rows)
                                         .arg(report->rejected)
                                   : report.error().toString()));
                return false;
            }
            return true;
        });
        QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false"));
        if (m.seconds < 0)
            return false;
        const double tool = m_postgres ? runTool(QStringLiteral("psql"),
                                { reference->url(), QStringLiteral("-q"), QStringLiteral("-1"),
                                    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1") },
                                postgresLoadScript(m_csv).toUtf8())
                                       : runTool(QStringLiteral("sqlite3"), { sqlitePath(*reference) },
                                           sqliteLoadScript(m_csv).toUtf8());
        if (tool < 0)
            return false;
        const QVariant loaded = reference->scalar(QStringLiteral("SELECT count(*) FROM products"));
        if (loaded.toLongLong() != m_rows) {
            say(QStringLiteral("[%1] the reference load stored %2 of %3 rows")
                    .arg(m_engine)
                    .arg(loaded.toLongLong())
                    .arg(m_rows));
            return false;
        }
        compare(m_engine, QStringLiteral("import"), m_rows, m,
            m_postgres ? QStringLiteral("psql set-based load") : QStringLiteral("sqlite3 set-based load"),
            tool, m_postgres ? QStringLiteral("(target >= 0.80)") : QStringLiteral("(target >= 0.50)"));
        return true;
    }

    bool backupPair()
    {
        const QString sets = m_dir.filePath(QStringLiteral("sets"));
        BackupManager::Manifest manifest;
        // The phase breakdown ("backup phases: …", "restore phases: …") is logged by the engines.
        QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.storage.info=true"));
        const auto quiet = qScopeGuard([] {
            QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false"));
        });
        const Measured backup = measure([&] {
            const auto made = BackupManager(m_source->connections()).backup({ sets, false, {}, {} });
            if (!made) {
                say(QStringLiteral("[%1] backup failed: %2").arg(m_engine, made.error().toString()));
                return false;
            }
            manifest = made.value();
            return true;
        });
        if (backup.seconds < 0)
            return false;
        const QString plain
            = m_dir.filePath(m_postgres ? QStringLiteral("plain.dump") : QStringLiteral("plain.sqlite"));
        double tool = -1;
        if (m_postgres) {
            const auto pgDump = BackupManager::findPgTool(QStringLiteral("pg_dump"), {}, 15);
            if (!pgDump) {
                say(pgDump.error().toString());
                return false;
            }
            tool = runTool(
                pgDump->path, { QStringLiteral("-Fc"), QStringLiteral("-f"), plain, m_source->url() });
        } else {
            tool = runTool(QStringLiteral("sqlite3"),
                { sqlitePath(*m_source), QStringLiteral(".backup '%1'").arg(plain) });
        }
        if (tool < 0)
            return false;
        compare(m_engine, QStringLiteral("backup (manifest, checksums)"), m_rows, backup,
            m_postgres ? QStringLiteral("pg_dump -Fc") : QStringLiteral("sqlite3 .backup"), tool,
            QStringLiteral("time (target <= 1.20)"));

        auto target = TestDatabase::create(m_engine, false);
        auto reference = TestDatabase::create(m_engine, false);
        if (!target || !reference) {
            say(QStringLiteral("cannot create the restore databases: ") + TestDatabase::lastError());
            return false;
        }
        const Measured restore = measure([&] {
            const auto restored
                = BackupManager(target->connections()).restore(manifest.path, { false, {}, {} });
            if (!restored)
                say(QStringLiteral("[%1] restore failed: %2").arg(m_engine, restored.error().toString()));
            return restored.ok();
        });
        if (restore.seconds < 0)
            return false;
        if (m_postgres) {
            const auto pgRestore = BackupManager::findPgTool(QStringLiteral("pg_restore"), {}, 15);
            if (!pgRestore) {
                say(pgRestore.error().toString());
                return false;
            }
            tool = runTool(pgRestore->path, { QStringLiteral("-d"), reference->url(), plain });
        } else {
            tool = runTool(QStringLiteral("sqlite3"),
                { sqlitePath(*reference), QStringLiteral(".restore '%1'").arg(plain) });
        }
        if (tool < 0)
            return false;
        compare(m_engine, QStringLiteral("restore (verified)"), m_rows, restore,
            m_postgres ? QStringLiteral("pg_restore") : QStringLiteral("sqlite3 .restore"), tool,
            QStringLiteral("time (target <= 1.50)"));
        return true;
    }

    QString m_engine;
    qint64 m_rows;
    bool m_postgres;
    QStringList m_only; // empty: every pair
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_source;
    QString m_csv;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Products to generate."),
        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption skipSqlite(QStringLiteral("skip-sqlite"), QStringLiteral("Skip SQLite."));
    const QCommandLineOption skipPostgres(
        QStringLiteral("skip-postgres"), QStringLiteral("Skip PostgreSQL."));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral("Only these pairs, comma-separated: export, import, backup."),
        QStringLiteral("pairs"));
    parser.addOptions({ rowsOption, skipSqlite, skipPostgres, onlyOption });
    parser.process(app);
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : only) {
        if (!QStringList { QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("backup") }
                 .contains(pair)) {
            say(QStringLiteral("--only: unknown pair %1 (export, import, backup)").arg(pair));
            return 2;
        }
    }
    const qint64 rows = parser.value(rowsOption).toLongLong();
    say(QStringLiteral("bench_bulk: %1 products; load average %2 at start").arg(rows).arg(loadAverage()));
    int failed = 0;
    if (!parser.isSet(skipPostgres)) {
        if (!TestDatabase::postgresAvailable())
            say(QStringLiteral("PostgreSQL: CATALOG_TEST_PG_URL is not set; skipped"));
        else if (!EngineRun(QStringLiteral("postgresql"), rows, only).run())
            ++failed;
    }
    if (!parser.isSet(skipSqlite) && !EngineRun(QStringLiteral("sqlite"), rows, only).run())
        ++failed;
    return failed == 0 ? 0 : 1;
}
