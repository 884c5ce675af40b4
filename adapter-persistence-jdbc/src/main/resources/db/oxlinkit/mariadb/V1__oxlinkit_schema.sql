-- Oxlin Kit schema, version 1 (mariadb). Money as DECIMAL (with its scale), times as UTC timestamps, ids as VARCHAR.
-- No column holds a secret in clear: credentials are stored masked, user secrets sealed (AES-GCM).

CREATE TABLE oxk_connections (
    id VARCHAR(128) NOT NULL PRIMARY KEY,
    user_id VARCHAR(128) NOT NULL,
    provider_id VARCHAR(128) NOT NULL,
    status VARCHAR(32) NOT NULL,
    snapshot MEDIUMTEXT NOT NULL,
    journey MEDIUMTEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL
);
CREATE INDEX oxk_connections_user ON oxk_connections (user_id);

CREATE TABLE oxk_accounts (
    id VARCHAR(128) NOT NULL PRIMARY KEY,
    connection_id VARCHAR(128) NOT NULL,
    name VARCHAR(512),
    account_number VARCHAR(128),
    iban VARCHAR(64),
    balance DECIMAL(24, 6),
    balance_scale INT,
    currency CHAR(3),
    balance_date DATETIME(6),
    type VARCHAR(32) NOT NULL,
    status VARCHAR(32) NOT NULL,
    classification VARCHAR(32) NOT NULL,
    channel_definition_id VARCHAR(128)
);
CREATE INDEX oxk_accounts_connection ON oxk_accounts (connection_id);

CREATE TABLE oxk_transactions (
    id VARCHAR(128) NOT NULL PRIMARY KEY,
    account_id VARCHAR(128) NOT NULL,
    amount DECIMAL(24, 6) NOT NULL,
    amount_scale INT NOT NULL,
    currency CHAR(3) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    label VARCHAR(4000) NOT NULL,
    type VARCHAR(32) NOT NULL,
    status VARCHAR(32) NOT NULL,
    booking_date DATETIME(6),
    value_date DATETIME(6),
    import_date DATETIME(6)
);
CREATE INDEX oxk_transactions_account_date ON oxk_transactions (account_id, occurred_at, id);

CREATE TABLE oxk_sync_cursors (
    account_id VARCHAR(128) NOT NULL PRIMARY KEY,
    next_page INT NOT NULL,
    complete BOOLEAN NOT NULL
);

CREATE TABLE oxk_event_inbox (
    id VARCHAR(128) NOT NULL PRIMARY KEY,
    connection_id VARCHAR(128) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    payload MEDIUMTEXT NOT NULL,
    applied BOOLEAN NOT NULL,
    worker VARCHAR(128),
    lease_until DATETIME(6),
    recorded_at DATETIME(6) NOT NULL
);
CREATE INDEX oxk_event_inbox_pending ON oxk_event_inbox (applied, created_at);

CREATE TABLE oxk_keys (
    user_id VARCHAR(128) NOT NULL PRIMARY KEY,
    key_id VARCHAR(128) NOT NULL,
    public_key MEDIUMTEXT NOT NULL,
    expiration DATETIME(6) NOT NULL
);

CREATE TABLE oxk_subscriptions (
    user_id VARCHAR(128) NOT NULL PRIMARY KEY,
    queue_id VARCHAR(128) NOT NULL
);

CREATE TABLE oxk_user_secrets (
    user_id VARCHAR(128) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    key_id VARCHAR(64) NOT NULL,
    nonce VARBINARY(4096) NOT NULL,
    sealed VARBINARY(4096) NOT NULL,
    PRIMARY KEY (user_id, kind)
);

CREATE TABLE oxk_work_leases (
    resource VARCHAR(160) NOT NULL PRIMARY KEY,
    worker VARCHAR(128) NOT NULL,
    lease_until DATETIME(6) NOT NULL
);
