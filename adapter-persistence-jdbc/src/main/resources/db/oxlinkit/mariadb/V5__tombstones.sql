-- Tombstones: a PENDING entry the bank no longer serves is kept, marked removed, no longer listed.
ALTER TABLE oxk_transactions ADD COLUMN removed_at DATETIME(6);
