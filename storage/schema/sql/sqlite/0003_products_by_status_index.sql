-- Migration 0003 (SQLite): index products by sync_status and updated_at.
--
-- The operators' default product view and the sync worker list one sync_status ordered by
-- updated_at (newest first). With only an index on sync_status, SQLite read and sorted every
-- product of that status for each 50-row page (about 1 s per page under the 100-connection
-- benchmark at 20k rows), and PostgreSQL did the same whenever it expected few matching rows.
-- This index returns the page in order and stops after 50 rows. It also serves every lookup by
-- sync_status alone, so the single-column index is redundant and dropped.

CREATE INDEX products_sync_status_updated_at_idx ON products (sync_status, updated_at, id);

DROP INDEX products_sync_status_idx;
