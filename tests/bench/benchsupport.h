#pragma once

#include <QString>

#include <memory>

namespace catalog {
class CatalogDataGenerator;
class ConnectionManager;
namespace test {
class TestDatabase;
}
} // namespace catalog

// What the benchmarks share: printing, the machine's load, memory readings and seeding.
namespace catalog::bench {

void say(const QString &line); // one line on stdout, flushed
QString loadAverage(); // the 1-minute load average, or "unknown"

qint64 rssBytes(); // resident set now
qint64 peakRssBytes(); // VmHWM: the peak resident set since start or the last resetPeakRss()
void resetPeakRss(); // the peak starts again from the resident set now (Linux clear_refs 5)

// `count` suppliers of the generator written through SupplierRepository; false (said why) on failure.
bool seedSuppliers(ConnectionManager &connections, const CatalogDataGenerator &gen, int count);

// The database of one engine for a benchmark: a throwaway TestDatabase, or with a keep directory a
// named one ("bench_search_1000000") that later runs reuse (seeded once; migrated to the latest
// schema on every run): DIR/NAME.sqlite, or database NAME on CATALOG_TEST_PG_URL's server.
struct BenchDatabase
{
    BenchDatabase();
    ~BenchDatabase();
    std::unique_ptr<test::TestDatabase> temporary;
    std::unique_ptr<ConnectionManager> kept;
    QString url;
    ConnectionManager &connections();
};

// Null (said why) when the database cannot be created, opened or migrated.
std::unique_ptr<BenchDatabase> openBenchDatabase(const QString &engine, const QString &keepDir, const QString &name);

} // namespace catalog::bench
