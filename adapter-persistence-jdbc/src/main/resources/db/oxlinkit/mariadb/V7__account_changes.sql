-- The change feed also records accounts (added, closed, balance changed, modified): what each row is about.
-- An account's row has an empty transaction_id.
ALTER TABLE oxk_changes ADD COLUMN subject VARCHAR(16) DEFAULT 'TRANSACTION' NOT NULL;
