-- Exact values: labels and names stored whole, amounts and balances with up to 12 decimals and 26 integer
-- digits, and every id compared byte for byte (utf8mb4_nopad_bin: no case folding, no trailing-space padding),
-- so two ids that differ by case or by a trailing space are two rows.
ALTER TABLE oxk_transactions
    MODIFY id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    MODIFY account_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    MODIFY label MEDIUMTEXT CHARACTER SET utf8mb4 NOT NULL,
    MODIFY amount DECIMAL(38, 12) NOT NULL;
ALTER TABLE oxk_accounts
    MODIFY id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    MODIFY connection_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    MODIFY name MEDIUMTEXT CHARACTER SET utf8mb4,
    MODIFY balance DECIMAL(38, 12);
ALTER TABLE oxk_connections
    MODIFY id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    MODIFY user_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE oxk_sync_cursors MODIFY account_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE oxk_event_inbox
    MODIFY id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    MODIFY connection_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    MODIFY user_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE oxk_keys MODIFY user_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE oxk_subscriptions MODIFY user_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE oxk_user_secrets MODIFY user_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE oxk_work_leases MODIFY resource VARCHAR(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
