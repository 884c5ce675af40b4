-- Exact values: labels and names stored whole (up to 1,000,000 characters), amounts and balances with up to
-- 12 decimals and 26 integer digits. H2 compares text byte for byte already.
ALTER TABLE oxk_transactions ALTER COLUMN label SET DATA TYPE VARCHAR(1000000);
ALTER TABLE oxk_transactions ALTER COLUMN amount SET DATA TYPE DECIMAL(38, 12);
ALTER TABLE oxk_accounts ALTER COLUMN name SET DATA TYPE VARCHAR(1000000);
ALTER TABLE oxk_accounts ALTER COLUMN balance SET DATA TYPE DECIMAL(38, 12);
