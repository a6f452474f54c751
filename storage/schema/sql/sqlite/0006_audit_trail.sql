-- Migration 0006 (SQLite): audit trail: database role and OS user in history.
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

ALTER TABLE product_history ADD COLUMN changed_by_role TEXT CHECK (length(changed_by_role) <= 100);

ALTER TABLE supplier_history ADD COLUMN changed_by_role TEXT CHECK (length(changed_by_role) <= 100);

DROP TRIGGER products_history_update;

DROP TRIGGER products_history_delete;

DROP TRIGGER suppliers_history_update;

DROP TRIGGER suppliers_history_delete;

-- @generated products_history_triggers

-- @generated suppliers_history_triggers
