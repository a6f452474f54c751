#pragma once

#include "db/sqlhelpers_p.h"
#include "repositories/productrepository.h"

namespace catalog {

class SqlDialect;

// How SQLite answers the filters it looks up in an index of their own (a title search of three or
// more characters: the FTS5 trigram table; a specification: product_specifications):
// IndexDriven reads the matching products from that index and sorts them (fast when few match);
// SortOrderScan reads the products in the page's sort order and keeps those that match, until the
// page is full (fast when many match: a common word in 80,000 of a million titles fills a page of
// 100 after a few thousand rows, where sorting all 80,000 takes half a second; a key nearly every
// product has, after a hundred). PostgreSQL plans this itself from its statistics and ignores it.
enum class SearchOrder { IndexDriven, SortOrderScan };

// The conditions of a ProductFilter, one place for every query that filters products: the
// repository's pages and counts (columns unqualified) and the export's joined query, which names
// the products table (`table` "p" gives "p.title").
void applyProductFilter(sql::Where &where, const ProductFilter &f, const SqlDialect &d,
    const QString &table = {}, SearchOrder order = SearchOrder::IndexDriven);

// For one page of `f` on `db`: SortOrderScan when every looked-up condition (title search,
// specification) matches at least kSortOrderScanMatches products (each counted from its index,
// up to that many: about a millisecond), else IndexDriven. Always IndexDriven without such a
// condition or on PostgreSQL.
Result<SearchOrder> searchOrderFor(QSqlDatabase &db, const ProductFilter &f, const SqlDialect &d);
constexpr int kSortOrderScanMatches = 2000;

// For an exact count of `f` on `db`: SortOrderScan when a specification without a title search is
// had by more than half the products (counted from its index), else IndexDriven.
Result<SearchOrder> countOrderFor(QSqlDatabase &db, const ProductFilter &f, const SqlDialect &d);

} // namespace catalog
