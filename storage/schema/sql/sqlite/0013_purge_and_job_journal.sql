-- Migration 0013 (SQLite): every job in the journal, purge, and the consistency check's file hashes.
--
-- Export, optimize, cleanup-backups, purge, demo data and the consistency check's repairs each write
-- a sync_records row like import and backup do. SQLite cannot change a column's CHECK in place:
-- sync_records is rebuilt with the same rows (no trigger, view or foreign key refers to it).
-- image_file_hashes keeps what the last consistency check computed for each stored image file, so
-- the next check re-hashes only the files whose size or modification time changed since.
-- The indexes serve purge: soft-deleted products by age, history versions by age, and whether an
-- image file is still named by another row before it is deleted.

CREATE TABLE sync_records_new (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id        TEXT    NOT NULL CHECK (length(task_id) <= 100),
  operation_type TEXT    NOT NULL CHECK (operation_type IN ('full', 'incremental', 'import', 'backup', 'restore', 'check', 'fetch_images', 'bulk_edit',
                                                            'export', 'optimize', 'cleanup_backups', 'purge', 'demo_data', 'repair')),
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

CREATE TABLE image_file_hashes (
  local_path  TEXT    PRIMARY KEY CHECK (length(local_path) <= 1000),
  size        INTEGER NOT NULL CHECK (size >= 0),
  modified_ms INTEGER NOT NULL,
  sha256      TEXT    NOT NULL CHECK (length(sha256) = 64),
  checked_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX products_deleted_at_idx ON products (deleted_at, id) WHERE deleted_at IS NOT NULL;

CREATE INDEX product_history_changed_at_idx ON product_history (changed_at);

CREATE INDEX supplier_history_changed_at_idx ON supplier_history (changed_at);

CREATE INDEX images_local_path_idx ON images (local_path) WHERE local_path IS NOT NULL;
