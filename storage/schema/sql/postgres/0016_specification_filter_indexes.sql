-- Migration 0016 (PostgreSQL): the specification key filter through a jsonb_ops GIN index.
--
-- Migration 11 answered "has key K" with catalog_specification_keys(specifications) @> ARRAY[K]
-- over an expression index. The planner estimates any key it has no statistics for at half the
-- rarest key's frequency (thousands of rows at a million products): for a key nobody has it read
-- the whole products_updated_at_idx hoping to fill a page (3 s), and every row it checked ran the
-- SQL function (a count of a common key: 3 s). `specifications ? K` is estimated from a sample of
-- the documents themselves (a key nobody has: about 100 rows, so the GIN index and a sort of
-- nothing) and checked without a function call. QtSql would take that `?` for a placeholder: the
-- SQL function below is inlined by the planner (one SELECT of one expression, not STRICT, not
-- SECURITY DEFINER), so the query says catalog_has_specification(specifications, $1) and the plan
-- says specifications ? $1, which the jsonb_ops index below answers. Key and value together stay
-- `@>` on the jsonb_path_ops index of migration 1.

DROP INDEX products_specification_keys_idx;

DROP FUNCTION catalog_specification_keys(JSONB);

CREATE FUNCTION catalog_has_specification(specs JSONB, spec_key TEXT) RETURNS BOOLEAN
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $fn$ SELECT specs ? spec_key $fn$;

CREATE INDEX products_specification_keys_idx ON products USING GIN (specifications jsonb_ops);
