-- Migration 0013 (PostgreSQL): every job in the journal, purge, and the consistency check's file hashes.
--
-- Export, optimize, cleanup-backups, purge, demo data and the consistency check's repairs each write
-- a sync_records row like import and backup do: only the operation_type CHECK changes.
-- image_file_hashes keeps what the last consistency check computed for each stored image file, so
-- the next check re-hashes only the files whose size or modification time changed since.
-- The indexes serve purge: soft-deleted products by age, history versions by age, and whether an
-- image file is still named by another row before it is deleted.

ALTER TABLE sync_records DROP CONSTRAINT sync_records_operation_type_check;

ALTER TABLE sync_records ADD CONSTRAINT sync_records_operation_type_check
  CHECK (operation_type IN ('full', 'incremental', 'import', 'backup', 'restore', 'check', 'fetch_images', 'bulk_edit',
                            'export', 'optimize', 'cleanup_backups', 'purge', 'demo_data', 'repair'));

CREATE TABLE image_file_hashes (
  local_path  VARCHAR(1000) PRIMARY KEY,
  size        BIGINT        NOT NULL CHECK (size >= 0),
  modified_ms BIGINT        NOT NULL,
  sha256      CHAR(64)      NOT NULL,
  checked_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE INDEX products_deleted_at_idx ON products (deleted_at, id) WHERE deleted_at IS NOT NULL;

CREATE INDEX product_history_changed_at_idx ON product_history (changed_at);

CREATE INDEX supplier_history_changed_at_idx ON supplier_history (changed_at);

CREATE INDEX images_local_path_idx ON images (local_path) WHERE local_path IS NOT NULL;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'catalog_editor') THEN
    GRANT SELECT, INSERT, UPDATE ON image_file_hashes TO catalog_editor;
  END IF;
END $$;
