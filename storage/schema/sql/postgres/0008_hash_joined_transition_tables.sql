-- Migration 0008 (PostgreSQL): the update triggers join their transition tables by hash.
--
-- The statement triggers compare old_rows with new_rows (JOIN ON id) to write history only for
-- rows that changed. A transition table has no statistics, the planner takes it for one row and
-- nests the loop: an import batch of 1000 products names ~780 suppliers, and their product_count
-- update compared 780 x 780 = 611,000 row pairs, 122 ms of a batch's ~190 ms; a re-import that
-- updates 1000 products compared a million. With nested loops off inside these two functions the
-- join is a hash join (linear). catalog_adjust_product_counts, which the product trigger calls,
-- turns them on again: its lock of the suppliers wants the index on their id.
-- CREATE OR REPLACE of these functions in a later migration drops these settings: set them again.

ALTER FUNCTION catalog_products_after_update() SET enable_nestloop = off;

ALTER FUNCTION catalog_suppliers_after_update() SET enable_nestloop = off;

ALTER FUNCTION catalog_adjust_product_counts(jsonb) SET enable_nestloop = on;
