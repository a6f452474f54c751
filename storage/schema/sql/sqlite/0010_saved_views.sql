-- Migration 0010 (SQLite): saved views.
--
-- A saved view is an operator's filter, sort and columns of one page. On SQLite the owner is the
-- OS user the application runs as (the file has no roles); the repository checks it. At most one
-- default per owner and page.

CREATE TABLE saved_views (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT    NOT NULL CHECK (trim(name) <> '' AND length(name) <= 100),
  owner       TEXT    NOT NULL CHECK (length(owner) <= 100),
  shared      INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
  is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  page        TEXT    NOT NULL CHECK (page IN ('products', 'suppliers')),
  definition  TEXT    NOT NULL CHECK (json_valid(definition) AND json_type(definition) = 'object'),
  created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CONSTRAINT saved_views_name_key UNIQUE (owner, page, name)
) STRICT;

CREATE UNIQUE INDEX saved_views_one_default ON saved_views (owner, page) WHERE is_default = 1;
