-- A producer that cut an utterance to the contract's limits (text over 20,000 characters, more than
-- 2,000 token chunks) says so with data.truncated (ingest/truncate.py); the transcript row carries the
-- flag so a page can show that the turn's text is not whole. Rows written before this migration read
-- false: no producer cut anything then (an oversized utterance was refused and lost).
ALTER TABLE {database}.turns ADD COLUMN IF NOT EXISTS truncated Bool DEFAULT false;
