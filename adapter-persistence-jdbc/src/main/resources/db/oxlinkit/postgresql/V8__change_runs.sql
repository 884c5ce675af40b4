-- Runs: one row may hold several consecutive changes of one account (a sync's page), at positions
-- position .. position + span - 1, its payload then a JSON array of the changes with their kinds.
-- Rows written before have a span of 1 and read as they did.
ALTER TABLE oxk_changes ADD COLUMN span INT DEFAULT 1 NOT NULL;
-- A run's payload is large enough to be compressed (TOAST): lz4 compresses it about twice as fast as the
-- default pglz. Servers built without lz4 (or before PostgreSQL 14) keep the default.
DO $$
BEGIN
    EXECUTE 'ALTER TABLE oxk_changes ALTER COLUMN payload SET COMPRESSION lz4';
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'oxk_changes.payload keeps the default compression: %', SQLERRM;
END
$$;
