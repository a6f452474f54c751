-- Migration 0016 (SQLite): the products' specifications as rows, for the specification filter.
--
-- SQLite has no JSON index: a filter "has key K" (or "K = V") read every row's specifications
-- through json_each, and a key nobody has read all of them before the grid could say "nothing"
-- (8 s at a million products). product_specifications holds each product's top-level keys and,
-- for text values, the value (NULL for numbers, arrays, objects: the filter matches text values
-- only). Its primary key (product_id, key) answers "does this product have K" while the grid reads
-- products in its sort order; the (key, value) index lists the products that have K (or K = V)
-- when they are few. Triggers keep it in step with every insert, change of specifications
-- (including the import's INSERT ... ON CONFLICT DO UPDATE and bulk edits) and removal; the last
-- statement fills it from the existing rows. A document that is not a JSON object (only possible
-- with CHECK constraints off) has no keys here. A key repeated in one document keeps its first
-- value. Deleted (soft-deleted) products stay in it: the listing filters deleted_at itself.

CREATE TABLE product_specifications (
  product_id INTEGER NOT NULL,
  key        TEXT    NOT NULL,
  value      TEXT,
  PRIMARY KEY (product_id, key)
) WITHOUT ROWID;

CREATE INDEX product_specifications_key_idx ON product_specifications (key, value);

CREATE TRIGGER product_specifications_after_insert AFTER INSERT ON products BEGIN
  INSERT OR IGNORE INTO product_specifications (product_id, key, value)
    SELECT new.id, key, CASE WHEN type = 'text' THEN value END
    FROM json_each(CASE WHEN json_valid(new.specifications) AND json_type(new.specifications) = 'object'
                        THEN new.specifications ELSE '{}' END);
END;

CREATE TRIGGER product_specifications_after_update AFTER UPDATE OF specifications ON products
  WHEN old.specifications IS NOT new.specifications BEGIN
  DELETE FROM product_specifications WHERE product_id = old.id;
  INSERT OR IGNORE INTO product_specifications (product_id, key, value)
    SELECT new.id, key, CASE WHEN type = 'text' THEN value END
    FROM json_each(CASE WHEN json_valid(new.specifications) AND json_type(new.specifications) = 'object'
                        THEN new.specifications ELSE '{}' END);
END;

CREATE TRIGGER product_specifications_after_delete AFTER DELETE ON products BEGIN
  DELETE FROM product_specifications WHERE product_id = old.id;
END;

INSERT OR IGNORE INTO product_specifications (product_id, key, value)
  SELECT p.id, j.key, CASE WHEN j.type = 'text' THEN j.value END
  FROM products p,
       json_each(CASE WHEN json_valid(p.specifications) AND json_type(p.specifications) = 'object'
                      THEN p.specifications ELSE '{}' END) j;
