#pragma once

#include "db/sqlhelpers_p.h"
#include "repositories/productrepository.h"

namespace catalog {

class SqlDialect;

// How SQLite answers a title search of three or more characters from its FTS5 trigram table:
// IndexDriven reads the matching products from the index and sorts them (fast when few match);
// SortOrderScan reads the products in the page's sort order and keeps those in the match list,
// until the page is full (fast when many match: a common word in 80,000 of a million titles
// fills a page of 100 after a few thousand rows, where sorting all 80,000 takes half a second).
// PostgreSQL plans this itself from its statistics and ignores it.
enum class TitleSearch { IndexDriven, SortOrderScan };

// The conditions of a ProductFilter, one place for every query that filters products: the
// repository's pages and counts (columns unqualified) and the export's joined query, which names
// the products table (`table` "p" gives "p.title").
void applyProductFilter(sql::Where &where, const ProductFilter &f, const SqlDialect &d,
    const QString &table = {}, TitleSearch search = TitleSearch::IndexDriven);

// For one page of `f` on `db`: SortOrderScan when the title search matches at least
// kSortOrderScanMatches products (counted from the FTS5 table, up to that many: about a
// millisecond), else IndexDriven. Always IndexDriven without a title search or on PostgreSQL.
Result<TitleSearch> titleSearchFor(QSqlDatabase &db, const ProductFilter &f, const SqlDialect &d);
constexpr int kSortOrderScanMatches = 2000;

} // namespace catalog
