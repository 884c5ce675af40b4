-- Exact values: labels and names stored whole, amounts and balances with up to 12 decimals and 26 integer digits.
-- PostgreSQL compares text byte for byte already.
ALTER TABLE oxk_transactions ALTER COLUMN label TYPE TEXT;
ALTER TABLE oxk_transactions ALTER COLUMN amount TYPE NUMERIC(38, 12);
ALTER TABLE oxk_accounts ALTER COLUMN name TYPE TEXT;
ALTER TABLE oxk_accounts ALTER COLUMN balance TYPE NUMERIC(38, 12);
