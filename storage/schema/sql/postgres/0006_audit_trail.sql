-- Migration 0006 (PostgreSQL): audit trail: database role and OS user in history.
--
-- Who made a change, decided by the database where it can be: every history row records the
-- login role (PostgreSQL session_user; SQLite has no roles, so NULL there) beside changed_by, the
-- operating-system user the application writes into updated_by. Hard deletes take changed_by from
-- updated_by as well (the application stamps it first), so the OS user is recorded for every
-- change on both engines; a change of updated_by alone is not a change of the record and writes
-- no history row.
--
-- On PostgreSQL the history is written by SECURITY DEFINER trigger functions, so login roles need
-- no INSERT on the history tables and cannot forge or remove entries (setup-roles grants editors
-- SELECT only). Their search_path is pinned to the catalog's schema with pg_temp last: otherwise a
-- session could shadow product_history with a temporary table and make its edits unaudited.
-- catalog_adjust_product_counts is no longer callable by PUBLIC.

ALTER TABLE product_history ADD COLUMN changed_by_role VARCHAR(100);

ALTER TABLE supplier_history ADD COLUMN changed_by_role VARCHAR(100);

CREATE OR REPLACE FUNCTION catalog_products_after_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO product_history (product_id, version, operation, old_values, changed_at, changed_by, changed_by_role)
    SELECT n.id, NULL, 'insert', NULL, now(), n.updated_by, session_user::text FROM new_rows n;
  PERFORM catalog_adjust_product_counts(coalesce(jsonb_agg(jsonb_build_object('supplier_id', x.supplier_id, 'delta', x.delta)), '[]'))
    FROM (SELECT supplier_id, count(*) AS delta FROM new_rows
           WHERE supplier_id IS NOT NULL AND deleted_at IS NULL GROUP BY supplier_id) x;
  RETURN NULL;
END
$fn$;

-- @generated catalog_products_after_update

CREATE OR REPLACE FUNCTION catalog_products_after_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO product_history (product_id, version, operation, old_values, changed_at, changed_by, changed_by_role)
    SELECT o.id, o.version, 'delete', to_jsonb(o), now(), o.updated_by, session_user::text FROM old_rows o;
  PERFORM catalog_adjust_product_counts(coalesce(jsonb_agg(jsonb_build_object('supplier_id', x.supplier_id, 'delta', -x.n)), '[]'))
    FROM (SELECT supplier_id, count(*) AS n FROM old_rows
           WHERE supplier_id IS NOT NULL AND deleted_at IS NULL GROUP BY supplier_id) x;
  RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION catalog_suppliers_after_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO supplier_history (supplier_id, version, operation, old_values, changed_at, changed_by, changed_by_role)
    SELECT n.id, NULL, 'insert', NULL, now(), n.updated_by, session_user::text FROM new_rows n;
  RETURN NULL;
END
$fn$;

-- @generated catalog_suppliers_after_update

CREATE OR REPLACE FUNCTION catalog_suppliers_after_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO supplier_history (supplier_id, version, operation, old_values, changed_at, changed_by, changed_by_role)
    SELECT o.id, o.version, 'delete', to_jsonb(o), now(), o.updated_by, session_user::text FROM old_rows o;
  RETURN NULL;
END
$fn$;

DO $do$
DECLARE
  fn text;
BEGIN
  FOREACH fn IN ARRAY ARRAY['catalog_products_after_insert', 'catalog_products_after_update',
                            'catalog_products_after_delete', 'catalog_suppliers_after_insert',
                            'catalog_suppliers_after_update', 'catalog_suppliers_after_delete'] LOOP
    EXECUTE format('ALTER FUNCTION %I() SECURITY DEFINER SET search_path = %I, pg_temp', fn, current_schema());
    EXECUTE format('REVOKE ALL ON FUNCTION %I() FROM PUBLIC', fn);
  END LOOP;
  EXECUTE format('ALTER FUNCTION catalog_adjust_product_counts(jsonb) SET search_path = %I, pg_temp', current_schema());
  REVOKE ALL ON FUNCTION catalog_adjust_product_counts(jsonb) FROM PUBLIC;
END
$do$;
