-- Migration 0001 (SQLite): initial schema.
--
-- The catalog's tables, indexes and triggers. STRICT tables: SQLite then refuses wrongly typed
-- values the way PostgreSQL does. Lengths, formats and ranges are CHECKs with the same meaning as the
-- PostgreSQL types and checks. AUTOINCREMENT keeps ids from being reused, as history rows refer to
-- them. The history triggers are built from the column lists (schema/generatedsql.cpp).

CREATE TABLE suppliers (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id      TEXT    NOT NULL CHECK (length(source_id) <= 50 AND trim(source_id) <> ''),
  name           TEXT    NOT NULL CHECK (length(name) <= 200 AND trim(name) <> ''),
  company_name   TEXT    CHECK (length(company_name) <= 200),
  contact_info   TEXT    CHECK (contact_info IS NULL OR (json_valid(contact_info) AND json_type(contact_info) = 'object')),
  location       TEXT    CHECK (length(location) <= 100),
  rating         REAL    CHECK (rating >= 0 AND rating <= 5),
  product_count  INTEGER NOT NULL DEFAULT 0 CHECK (product_count >= 0),
  created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at     TEXT,
  version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by     TEXT    CHECK (length(updated_by) <= 100),
  CONSTRAINT suppliers_source_id_key UNIQUE (source_id)
) STRICT;

CREATE TABLE products (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id      TEXT    NOT NULL CHECK (length(source_id) <= 50 AND trim(source_id) <> ''),
  title          TEXT    NOT NULL CHECK (length(title) <= 500 AND trim(title) <> ''),
  subtitle       TEXT    CHECK (length(subtitle) <= 500),
  price_min      REAL    CHECK (price_min >= 0 AND price_min < 100000000),
  price_max      REAL    CHECK (price_max >= 0 AND price_max < 100000000),
  currency       TEXT    NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]'),
  moq            INTEGER CHECK (moq >= 1),
  main_image_url TEXT    CHECK (length(main_image_url) <= 1000),
  detail_images  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(detail_images) AND json_type(detail_images) = 'array'),
  specifications TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(specifications) AND json_type(specifications) = 'object'),
  supplier_id    INTEGER REFERENCES suppliers (id) ON DELETE RESTRICT,
  sales_count    INTEGER CHECK (sales_count >= 0),
  rating         REAL    CHECK (rating >= 0 AND rating <= 5),
  sync_status    TEXT    NOT NULL DEFAULT 'pending' CHECK (sync_status IN ('pending', 'syncing', 'synced', 'failed')),
  created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at     TEXT,
  version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by     TEXT    CHECK (length(updated_by) <= 100),
  CONSTRAINT products_source_id_key UNIQUE (source_id),
  CONSTRAINT products_price_range_check CHECK (price_min <= price_max)
) STRICT;

CREATE TABLE images (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  url         TEXT    NOT NULL CHECK (length(url) <= 1000 AND trim(url) <> ''),
  local_path  TEXT    CHECK (length(local_path) <= 1000),
  image_type  TEXT    NOT NULL DEFAULT 'detail' CHECK (image_type IN ('main', 'detail')),
  width       INTEGER CHECK (width > 0),
  height      INTEGER CHECK (height > 0),
  size        INTEGER CHECK (size >= 0),
  format      TEXT    CHECK (length(format) <= 10),
  sha256      TEXT    CHECK (length(sha256) = 64 AND NOT sha256 GLOB '*[^0-9a-f]*'),
  created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CONSTRAINT images_product_url_key UNIQUE (product_id, url)
) STRICT;

CREATE TABLE sync_records (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id        TEXT    NOT NULL CHECK (length(task_id) <= 100),
  operation_type TEXT    NOT NULL CHECK (operation_type IN ('full', 'incremental', 'import', 'backup', 'restore', 'check')),
  status         TEXT    NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
  start_time     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  end_time       TEXT    CHECK (end_time IS NULL OR end_time >= start_time),
  total_count    INTEGER NOT NULL DEFAULT 0 CHECK (total_count >= 0),
  success_count  INTEGER NOT NULL DEFAULT 0 CHECK (success_count >= 0),
  error_count    INTEGER NOT NULL DEFAULT 0 CHECK (error_count >= 0),
  error_details  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(error_details) AND json_type(error_details) = 'array'),
  CONSTRAINT sync_records_task_id_key UNIQUE (task_id)
) STRICT;

CREATE TABLE product_history (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  product_id  INTEGER NOT NULL,
  version     INTEGER,
  operation   TEXT    NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'restore')),
  old_values  TEXT    CHECK (old_values IS NULL OR json_valid(old_values)),
  changed_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  changed_by  TEXT
) STRICT;

CREATE TABLE supplier_history (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  supplier_id INTEGER NOT NULL,
  version     INTEGER,
  operation   TEXT    NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'restore')),
  old_values  TEXT    CHECK (old_values IS NULL OR json_valid(old_values)),
  changed_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  changed_by  TEXT
) STRICT;

CREATE INDEX products_supplier_id_idx ON products (supplier_id);

CREATE INDEX products_sync_status_idx ON products (sync_status);

CREATE INDEX products_updated_at_idx ON products (updated_at, id);

CREATE INDEX products_price_min_idx ON products (price_min, id);

CREATE INDEX products_title_idx ON products (title, id);

CREATE INDEX images_product_id_idx ON images (product_id);

CREATE INDEX sync_records_start_time_idx ON sync_records (start_time);

CREATE INDEX product_history_product_id_idx ON product_history (product_id, id);

CREATE INDEX supplier_history_supplier_id_idx ON supplier_history (supplier_id, id);

CREATE TRIGGER products_count_insert AFTER INSERT ON products
WHEN NEW.supplier_id IS NOT NULL AND NEW.deleted_at IS NULL BEGIN
  UPDATE suppliers SET product_count = product_count + 1 WHERE id = NEW.supplier_id;
END;

CREATE TRIGGER products_count_update AFTER UPDATE OF supplier_id, deleted_at ON products
WHEN OLD.supplier_id IS NOT NEW.supplier_id OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) BEGIN
  UPDATE suppliers SET product_count = product_count - 1 WHERE id = OLD.supplier_id AND OLD.deleted_at IS NULL;
  UPDATE suppliers SET product_count = product_count + 1 WHERE id = NEW.supplier_id AND NEW.deleted_at IS NULL;
END;

CREATE TRIGGER products_count_delete AFTER DELETE ON products
WHEN OLD.supplier_id IS NOT NULL AND OLD.deleted_at IS NULL BEGIN
  UPDATE suppliers SET product_count = product_count - 1 WHERE id = OLD.supplier_id;
END;

-- @generated products_history_triggers

-- @generated suppliers_history_triggers
