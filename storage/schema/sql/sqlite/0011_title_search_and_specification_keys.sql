-- Migration 0011 (SQLite): title search through FTS5 with the trigram tokenizer.
--
-- A title search is a substring search ("contains", case-insensitive). LIKE '%text%' cannot use
-- an index and reads every title (about a second at a million products). FTS5's trigram
-- tokenizer (SQLite 3.34 and later) indexes every run of three characters, so a phrase query
-- finds the titles that contain a text of three or more characters, in any script. The table is
-- an external-content table over products.title (the titles are not stored twice), keyed by the
-- product id; triggers keep it in step with every insert, title change and removal, including the
-- import's INSERT ... ON CONFLICT DO UPDATE; the rebuild fills it from the existing rows. Deleted
-- (soft-deleted) products stay in it: the listing filters deleted_at itself. The specification key
-- filter needs no index here (SQLite has no JSON index; json_each reads each row).

CREATE VIRTUAL TABLE products_title_fts USING fts5(title, content='products', content_rowid='id', tokenize='trigram');

CREATE TRIGGER products_title_fts_after_insert AFTER INSERT ON products BEGIN
  INSERT INTO products_title_fts (rowid, title) VALUES (new.id, new.title);
END;

CREATE TRIGGER products_title_fts_after_update AFTER UPDATE OF title ON products
  WHEN old.title IS NOT new.title BEGIN
  INSERT INTO products_title_fts (products_title_fts, rowid, title) VALUES ('delete', old.id, old.title);
  INSERT INTO products_title_fts (rowid, title) VALUES (new.id, new.title);
END;

CREATE TRIGGER products_title_fts_after_delete AFTER DELETE ON products BEGIN
  INSERT INTO products_title_fts (products_title_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;

INSERT INTO products_title_fts (products_title_fts) VALUES ('rebuild');
