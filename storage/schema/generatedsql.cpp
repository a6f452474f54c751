#include "schema/generatedsql_p.h"

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

// Columns recorded in history snapshots, in table order. JSON columns are embedded as JSON.
const QStringList kProductColumns = {
    u"id"_s,
    u"source_id"_s,
    u"title"_s,
    u"subtitle"_s,
    u"price_min"_s,
    u"price_max"_s,
    u"currency"_s,
    u"moq"_s,
    u"main_image_url"_s,
    u"detail_images"_s,
    u"specifications"_s,
    u"supplier_id"_s,
    u"sales_count"_s,
    u"rating"_s,
    u"sync_status"_s,
    u"created_at"_s,
    u"updated_at"_s,
    u"deleted_at"_s,
    u"version"_s,
    u"updated_by"_s,
};
const QStringList kSupplierColumns = {
    u"id"_s,
    u"source_id"_s,
    u"name"_s,
    u"company_name"_s,
    u"contact_info"_s,
    u"location"_s,
    u"rating"_s,
    u"product_count"_s,
    u"created_at"_s,
    u"updated_at"_s,
    u"deleted_at"_s,
    u"version"_s,
    u"updated_by"_s,
};
const QStringList kJsonColumns = { u"detail_images"_s, u"specifications"_s, u"contact_info"_s };

QString sqliteJsonSnapshot(const QStringList &columns, const QString &row)
{
    QStringList parts;
    for (const QString &c : columns) {
        const QString value = row + u'.' + c;
        parts << u"'%1', %2"_s.arg(c, kJsonColumns.contains(c) ? u"json(%1)"_s.arg(value) : value);
    }
    return u"json_object(%1)"_s.arg(parts.join(u", "_s));
}

// "some column differs", NULL-safe, over all columns but the excluded ones.
QString sqliteRowChanged(const QStringList &columns, const QStringList &excluded)
{
    QStringList parts;
    for (const QString &c : columns) {
        if (!excluded.contains(c))
            parts << u"OLD.%1 IS NOT NEW.%1"_s.arg(c);
    }
    return parts.join(u" OR "_s);
}

const QString kSqliteNow = u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s;

QStringList sqliteHistoryTriggers(const QString &table, const QString &historyTable, const QString &idColumn,
    const QStringList &columns, const QStringList &ignoredForHistory)
{
    const QString operation
        = u"CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'delete' "
          "WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN 'restore' ELSE 'update' END"_s;
    return {
        uR"(CREATE TRIGGER %1_history_insert AFTER INSERT ON %1 BEGIN
  INSERT INTO %2 (%3, version, operation, old_values, changed_at, changed_by)
  VALUES (NEW.id, NULL, 'insert', NULL, %4, NEW.updated_by);
END)"_s.arg(table, historyTable, idColumn, kSqliteNow),
        uR"(CREATE TRIGGER %1_history_update AFTER UPDATE ON %1 WHEN %5 BEGIN
  INSERT INTO %2 (%3, version, operation, old_values, changed_at, changed_by)
  VALUES (OLD.id, OLD.version, %6, %7, %4, NEW.updated_by);
END)"_s.arg(table, historyTable, idColumn, kSqliteNow, sqliteRowChanged(columns, ignoredForHistory),
            operation, sqliteJsonSnapshot(columns, u"OLD"_s)),
        uR"(CREATE TRIGGER %1_history_delete AFTER DELETE ON %1 BEGIN
  INSERT INTO %2 (%3, version, operation, old_values, changed_at, changed_by)
  VALUES (OLD.id, OLD.version, 'delete', %5, %4, NULL);
END)"_s.arg(table, historyTable, idColumn, kSqliteNow, sqliteJsonSnapshot(columns, u"OLD"_s)),
    };
}

// PostgreSQL's after-update triggers (migrations 6 and 7): history entries for the rows that changed
// (`changed` compares old_rows o with new_rows n), product_count kept true.
QString pgProductsUpdateFunction(const QString &changed)
{
    return uR"(CREATE OR REPLACE FUNCTION catalog_products_after_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO product_history (product_id, version, operation, old_values, changed_at, changed_by, changed_by_role)
    SELECT o.id, o.version,
           CASE WHEN o.deleted_at IS NULL AND n.deleted_at IS NOT NULL THEN 'delete'
                WHEN o.deleted_at IS NOT NULL AND n.deleted_at IS NULL THEN 'restore'
                ELSE 'update' END,
           to_jsonb(o), now(), n.updated_by, session_user::text
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE %1;
  PERFORM catalog_adjust_product_counts(coalesce(jsonb_agg(jsonb_build_object('supplier_id', x.supplier_id, 'delta', x.delta)), '[]'))
    FROM (SELECT supplier_id, sum(delta) AS delta FROM (
            SELECT supplier_id, 1 AS delta FROM new_rows WHERE supplier_id IS NOT NULL AND deleted_at IS NULL
            UNION ALL
            SELECT supplier_id, -1 FROM old_rows WHERE supplier_id IS NOT NULL AND deleted_at IS NULL) d
           GROUP BY supplier_id HAVING sum(delta) <> 0) x;
  RETURN NULL;
END
$fn$)"_s.arg(changed);
}

QString pgSuppliersUpdateFunction(const QString &changed)
{
    return uR"(CREATE OR REPLACE FUNCTION catalog_suppliers_after_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  -- product_count changes are bookkeeping of the products table, not edits of the supplier.
  INSERT INTO supplier_history (supplier_id, version, operation, old_values, changed_at, changed_by, changed_by_role)
    SELECT o.id, o.version,
           CASE WHEN o.deleted_at IS NULL AND n.deleted_at IS NOT NULL THEN 'delete'
                WHEN o.deleted_at IS NOT NULL AND n.deleted_at IS NULL THEN 'restore'
                ELSE 'update' END,
           to_jsonb(o), now(), n.updated_by, session_user::text
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE %1;
  RETURN NULL;
END
$fn$)"_s.arg(changed);
}

// "(o.a, o.b, ...) IS DISTINCT FROM (n.a, n.b, ...)" over all columns but the excluded ones.
QString pgRowChanged(const QStringList &columns, const QStringList &excluded)
{
    QStringList before, after;
    for (const QString &c : columns) {
        if (!excluded.contains(c)) {
            before << u"o."_s + c;
            after << u"n."_s + c;
        }
    }
    return u"(%1) IS DISTINCT FROM (%2)"_s.arg(before.join(u", "_s), after.join(u", "_s));
}

// Migration 1: a history trigger per table and operation.
GeneratedStatements initialSchema(Engine engine)
{
    if (engine == Engine::PostgreSQL)
        return {};
    return {
        { u"products_history_triggers"_s,
            sqliteHistoryTriggers(
                u"products"_s, u"product_history"_s, u"product_id"_s, kProductColumns, {}) },
        { u"suppliers_history_triggers"_s,
            sqliteHistoryTriggers(u"suppliers"_s, u"supplier_history"_s, u"supplier_id"_s, kSupplierColumns,
                { u"product_count"_s }) },
    };
}

// Migration 4: SQLite's supplier history trigger only fires for UPDATEs that set a column other
// than product_count.
GeneratedStatements cheaperCountBookkeeping(Engine engine)
{
    if (engine == Engine::PostgreSQL)
        return {};
    QStringList edited;
    for (const QString &c : kSupplierColumns) {
        if (c != u"product_count"_s)
            edited << c;
    }
    QString trigger = sqliteHistoryTriggers(
        u"suppliers"_s, u"supplier_history"_s, u"supplier_id"_s, kSupplierColumns, { u"product_count"_s })
                          .at(1);
    trigger.replace(
        u"AFTER UPDATE ON suppliers"_s, u"AFTER UPDATE OF %1 ON suppliers"_s.arg(edited.join(u", "_s)));
    return { { u"suppliers_history_update_trigger"_s, { trigger } } };
}

// Migration 6: the update triggers ignore a change of updated_by alone; hard deletes record the
// updated_by the application stamped on the row.
GeneratedStatements auditTrail(Engine engine)
{
    if (engine == Engine::PostgreSQL) {
        return {
            { u"catalog_products_after_update"_s,
                { pgProductsUpdateFunction(
                    u"(to_jsonb(o) - 'updated_by') <> (to_jsonb(n) - 'updated_by')"_s) } },
            { u"catalog_suppliers_after_update"_s,
                { pgSuppliersUpdateFunction(u"(to_jsonb(o) - 'product_count' - 'updated_by') <> "
                                            "(to_jsonb(n) - 'product_count' - 'updated_by')"_s) } },
        };
    }
    QStringList productTriggers = sqliteHistoryTriggers(
        u"products"_s, u"product_history"_s, u"product_id"_s, kProductColumns, { u"updated_by"_s });
    QStringList supplierTriggers = sqliteHistoryTriggers(u"suppliers"_s, u"supplier_history"_s,
        u"supplier_id"_s, kSupplierColumns, { u"product_count"_s, u"updated_by"_s });
    QStringList edited;
    for (const QString &c : kSupplierColumns) {
        if (c != u"product_count"_s && c != u"updated_by"_s)
            edited << c;
    }
    supplierTriggers[1].replace(
        u"AFTER UPDATE ON suppliers"_s, u"AFTER UPDATE OF %1 ON suppliers"_s.arg(edited.join(u", "_s)));
    // Hard deletes: the OS user who removed the row is the updated_by the application stamped on it.
    productTriggers[2].replace(u"%4, NULL);"_s.arg(kSqliteNow), u"%1, OLD.updated_by);"_s.arg(kSqliteNow));
    supplierTriggers[2].replace(u"%4, NULL);"_s.arg(kSqliteNow), u"%1, OLD.updated_by);"_s.arg(kSqliteNow));
    return {
        { u"products_history_triggers"_s, { productTriggers[1], productTriggers[2] } },
        { u"suppliers_history_triggers"_s, { supplierTriggers[1], supplierTriggers[2] } },
    };
}

// Migration 7: PostgreSQL's update triggers compare columns, not JSON documents.
GeneratedStatements cheaperHistoryChecks(Engine engine)
{
    if (engine == Engine::SQLite)
        return {};
    return {
        { u"catalog_products_after_update"_s,
            { pgProductsUpdateFunction(pgRowChanged(kProductColumns, { u"updated_by"_s })) } },
        { u"catalog_suppliers_after_update"_s,
            { pgSuppliersUpdateFunction(
                pgRowChanged(kSupplierColumns, { u"product_count"_s, u"updated_by"_s })) } },
    };
}

} // namespace

GeneratedStatements generatedStatements(int version, Engine engine)
{
    switch (version) {
    case 1:
        return initialSchema(engine);
    case 4:
        return cheaperCountBookkeeping(engine);
    case 6:
        return auditTrail(engine);
    case 7:
        return cheaperHistoryChecks(engine);
    default:
        return {};
    }
}

} // namespace catalog
