-- Each recorded event names the user whose queue delivered it, so that a pump applies that user's events only.
-- Rows recorded before this version have no user: a host's pumpAll (or applyRecorded) applies them.
ALTER TABLE oxk_event_inbox ADD COLUMN user_id VARCHAR(128);
CREATE INDEX oxk_event_inbox_by_user ON oxk_event_inbox (user_id, applied, created_at);
