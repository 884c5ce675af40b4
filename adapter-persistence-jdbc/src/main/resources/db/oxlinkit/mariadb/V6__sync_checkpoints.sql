-- Incremental sync: each account's checkpoint (the newest transaction date and import date seen).
ALTER TABLE oxk_sync_cursors ADD COLUMN newest_date DATETIME(6);
ALTER TABLE oxk_sync_cursors ADD COLUMN newest_import DATETIME(6);
