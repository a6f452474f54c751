-- Migration 0004 (PostgreSQL): skip empty product count adjustments.
--
-- Product writes that change no supplier's product_count (an edit that keeps the supplier, a
-- product without one) still ran the whole count bookkeeping: on PostgreSQL a locking SELECT and
-- an UPDATE of suppliers touching no row, which still fired the suppliers' statement trigger and
-- its history INSERT, about as much work as the product write itself; on SQLite every count
-- change evaluated the suppliers' history condition over all columns. Same results, less work:
-- PostgreSQL returns early on an empty delta list; SQLite's supplier history trigger only fires
-- for UPDATEs that set a column other than product_count (its WHEN already ignored that one).

CREATE OR REPLACE FUNCTION catalog_adjust_product_counts(deltas JSONB) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF deltas IS NULL OR jsonb_array_length(deltas) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM suppliers s
    WHERE s.id IN (SELECT (d->>'supplier_id')::bigint FROM jsonb_array_elements(deltas) d)
    ORDER BY s.id FOR NO KEY UPDATE;
  UPDATE suppliers s SET product_count = s.product_count + (d->>'delta')::int
    FROM jsonb_array_elements(deltas) d
   WHERE s.id = (d->>'supplier_id')::bigint;
END
$fn$;
