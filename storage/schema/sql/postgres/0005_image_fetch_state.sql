-- Migration 0005 (PostgreSQL): image fetch state and fetch_images jobs.
--
-- The image store fetches images over HTTP into files. It keeps per image what it needs to
-- revalidate a stored file (ETag, Last-Modified), when it last tried and why the last try failed
-- (shown to operators), and records each fetch job in sync_records as operation "fetch_images".
-- SQLite cannot change a column's CHECK in place: sync_records is rebuilt with the same rows (no
-- trigger, view or foreign key refers to it).

ALTER TABLE images ADD COLUMN etag VARCHAR(200);

ALTER TABLE images ADD COLUMN last_modified VARCHAR(100);

ALTER TABLE images ADD COLUMN fetched_at TIMESTAMPTZ;

ALTER TABLE images ADD COLUMN fetch_error VARCHAR(1000);

ALTER TABLE sync_records DROP CONSTRAINT sync_records_operation_type_check;

ALTER TABLE sync_records ADD CONSTRAINT sync_records_operation_type_check
  CHECK (operation_type IN ('full', 'incremental', 'import', 'backup', 'restore', 'check', 'fetch_images'));
