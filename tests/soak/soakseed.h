#pragma once

#include <QString>

namespace catalog::test {
class TestDatabase;
}

namespace catalog::soak {

// The products the image gallery shows stored images for: ids 1..kImageProducts (the first rows
// when sorted by id), each with a main image on disk.
constexpr int kImageProducts = 12;

// Fills a fresh, migrated database with `rows` products (one supplier per 200) in a few set-based
// statements — generate_series on PostgreSQL, a recursive CTE on SQLite, each in one transaction —
// so a million rows take seconds to a minute rather than an import's time. Every product names a
// main and a detail image URL; the first kImageProducts have their main image stored under
// `storageRoot`/images/soak (PNG files written here, rows in `images`). PostgreSQL is vacuumed and
// analysed afterwards, as autovacuum would after a bulk load. Returns an error text, empty on success.
QString seedCatalog(test::TestDatabase &db, const QString &engine, qint64 rows, const QString &storageRoot);

} // namespace catalog::soak
