#pragma once

#include "core/qualitykind.h"

#include <QString>
#include <QVariantList>

namespace catalog {

class SqlDialect;

// A piece of SQL and the values it binds, in order.
struct SqlFragment
{
    QString sql;
    QVariantList values;
};

// The one place that says in SQL what each data-quality problem is (core/qualitykind.h). Every
// query that filters products by a problem (pages, counts, export, bulk edit: applyProductFilter),
// the listing's per-row problem bits and QualityRepository's counts build on these, so they
// cannot disagree. `table` names the products table or its alias ("products", "p"); the image
// check is a correlated subquery and needs it. Constant text; the stale cutoff is bound.
namespace quality {

// True for a product that has `kind`.
SqlFragment condition(QualityKind kind, const SqlDialect &d, const QString &table, int staleSyncDays);
// The products LEFT JOINed to the image row that makes their main image stored (alias qi; at most
// one per product, by the unique (product_id, url) index): a statement over every product checks
// the images with one join instead of one subquery per product.
QString storedMainImageJoin(const QString &table);
// condition() for a statement FROM `table` storedMainImageJoin(`table`): the same products.
SqlFragment joinedCondition(QualityKind kind, const SqlDialect &d, const QString &table, int staleSyncDays);
// The product's problems as an integer of qualityBit()s.
SqlFragment bitsExpression(const SqlDialect &d, const QString &table, int staleSyncDays);

} // namespace quality
} // namespace catalog
