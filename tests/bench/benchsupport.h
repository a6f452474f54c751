#pragma once

#include <QString>

namespace catalog {
class CatalogDataGenerator;
class ConnectionManager;
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

} // namespace catalog::bench
