-- Migration 0011 (PostgreSQL): an index of specification keys.
--
-- The specification filter asks for products that have a key, with or without a value. With a
-- value it is `specifications @> '{"key": "value"}'`, which the jsonb_path_ops GIN index of
-- migration 1 answers. The key alone would be `specifications ? 'key'`, which jsonb_path_ops
-- cannot answer (it indexes paths to values, not keys) and which QtSql would read as a
-- placeholder. An immutable function gives the keys as a text array; a GIN index over it answers
-- `catalog_specification_keys(specifications) @> ARRAY['key']` and holds only the keys, so it
-- is smaller than a second jsonb_ops index of the whole documents. A document that is not an object
-- (only possible with the CHECK constraint dropped) has no keys rather than failing the write. Title search needs nothing
-- here: pg_trgm's index of migration 1 serves ILIKE.

CREATE FUNCTION catalog_specification_keys(specs JSONB) RETURNS TEXT[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$ SELECT CASE WHEN jsonb_typeof(specs) = 'object' THEN ARRAY(SELECT jsonb_object_keys(specs)) ELSE '{}' END $fn$;

CREATE INDEX products_specification_keys_idx ON products USING GIN (catalog_specification_keys(specifications));
