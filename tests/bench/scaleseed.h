#pragma once

#include <QtGlobal>

namespace catalog {
class ConnectionManager;
} // namespace catalog

// Seeding a benchmark catalog of millions of products quickly: the Benchmark profile of
// CatalogDataGenerator, suppliers through SupplierRepository::upsert, products by bulk load
// instead of upserts (PostgreSQL: COPY on the driver's libpq handle, PgCopyWriter; SQLite: one
// prepared INSERT through SqliteStatement). Prints progress; false (said why) on failure.
namespace catalog::bench {

// Rows [from, rows) of the generator's products (from > 0: resuming an interrupted PostgreSQL seed).
bool seedBulk(ConnectionManager &connections, qint64 from, qint64 rows, const QString &engine);

} // namespace catalog::bench
