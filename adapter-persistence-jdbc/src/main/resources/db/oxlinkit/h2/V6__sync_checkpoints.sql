-- Incremental sync: each account's checkpoint (the newest transaction date and import date seen).
ALTER TABLE oxk_sync_cursors ADD COLUMN newest_date TIMESTAMP;
ALTER TABLE oxk_sync_cursors ADD COLUMN newest_import TIMESTAMP;
