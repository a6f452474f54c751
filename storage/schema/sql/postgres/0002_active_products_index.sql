-- Migration 0002 (PostgreSQL): index of active products.
--
-- The product table counts its rows (filtered by deleted_at IS NULL, the default view) on every
-- open and refresh. Without an index that holds exactly the active rows both engines read the
-- whole table for it (on a million products: ~0.6-0.8 s on PostgreSQL, ~2.4 s on SQLite). A
-- partial index of the active rows is small and answers the count by itself: an index-only scan
-- on PostgreSQL, a covering index scan on SQLite. It leads with id on both: on SQLite, without
-- statistics, an index led by deleted_at would be taken for every "deleted_at IS NULL" listing as
-- an equality search, and the sort indexes left unused (a temp B-tree sort of the whole table);
-- deleted_at comes second there so that the count needs no table rows.

CREATE INDEX products_active_idx ON products (id) WHERE deleted_at IS NULL;
