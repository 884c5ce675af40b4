-- Runs: one row may hold several consecutive changes of one account (a sync's page), at positions
-- position .. position + span - 1, its payload then a JSON array of the changes with their kinds.
-- Rows written before have a span of 1 and read as they did.
ALTER TABLE oxk_changes ADD COLUMN span INT DEFAULT 1 NOT NULL;
