#pragma once

#include "db/sqlhelpers_p.h"
#include "repositories/productrepository.h"

namespace catalog {

class SqlDialect;

// The conditions of a ProductFilter, one place for every query that filters products: the
// repository's pages and counts (columns unqualified) and the export's joined query, which names
// the products table (`table` "p" gives "p.title").
void applyProductFilter(
    sql::Where &where, const ProductFilter &f, const SqlDialect &d, const QString &table = {});

} // namespace catalog
