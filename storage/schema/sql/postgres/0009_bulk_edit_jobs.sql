-- Migration 0009 (PostgreSQL): bulk_edit jobs in the journal.
--
-- A bulk edit of a filtered set (storage/bulk/BulkUpdateJob) runs as a job and records it in
-- sync_records as operation "bulk_edit", like an import. Only the operation_type CHECK changes.
-- SQLite cannot change a column's CHECK in place: there sync_records is rebuilt with the same rows
-- (no trigger, view or foreign key refers to it).

ALTER TABLE sync_records DROP CONSTRAINT sync_records_operation_type_check;

ALTER TABLE sync_records ADD CONSTRAINT sync_records_operation_type_check
  CHECK (operation_type IN ('full', 'incremental', 'import', 'backup', 'restore', 'check', 'fetch_images', 'bulk_edit'));
