-- The change feed: every transaction a sync added or modified, with its state then, in commit order.
-- Positions come from one counter row updated in the writing transaction: its lock orders the appends
-- by commit, and a rolled-back write leaves no gap.
CREATE TABLE oxk_feed_sequence (
    id INT NOT NULL PRIMARY KEY,
    next_position BIGINT NOT NULL
);
INSERT INTO oxk_feed_sequence (id, next_position) VALUES (1, 1);

CREATE TABLE oxk_changes (
    position BIGINT NOT NULL PRIMARY KEY,
    account_id VARCHAR(128) NOT NULL,
    transaction_id VARCHAR(128) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    payload TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX oxk_changes_account ON oxk_changes (account_id, position);

CREATE TABLE oxk_feed_cursors (
    consumer VARCHAR(128) NOT NULL PRIMARY KEY,
    position BIGINT NOT NULL
);
