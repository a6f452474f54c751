-- Migration 0009 (SQLite): bulk_edit jobs in the journal.
--
-- A bulk edit of a filtered set (storage/bulk/BulkUpdateJob) runs as a job and records it in
-- sync_records as operation "bulk_edit", like an import. Only the operation_type CHECK changes.
-- SQLite cannot change a column's CHECK in place: sync_records is rebuilt with the same rows (no
-- trigger, view or foreign key refers to it).

CREATE TABLE sync_records_new (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id        TEXT    NOT NULL CHECK (length(task_id) <= 100),
  operation_type TEXT    NOT NULL CHECK (operation_type IN ('full', 'incremental', 'import', 'backup', 'restore', 'check', 'fetch_images', 'bulk_edit')),
  status         TEXT    NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
  start_time     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  end_time       TEXT    CHECK (end_time IS NULL OR end_time >= start_time),
  total_count    INTEGER NOT NULL DEFAULT 0 CHECK (total_count >= 0),
  success_count  INTEGER NOT NULL DEFAULT 0 CHECK (success_count >= 0),
  error_count    INTEGER NOT NULL DEFAULT 0 CHECK (error_count >= 0),
  error_details  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(error_details) AND json_type(error_details) = 'array'),
  CONSTRAINT sync_records_task_id_key UNIQUE (task_id)
) STRICT;

INSERT INTO sync_records_new SELECT id, task_id, operation_type, status, start_time, end_time, total_count, success_count, error_count, error_details FROM sync_records;

DROP TABLE sync_records;

ALTER TABLE sync_records_new RENAME TO sync_records;

CREATE INDEX sync_records_start_time_idx ON sync_records (start_time);
