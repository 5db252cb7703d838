-- API keys of `callpulse api` (api/auth). Only an HMAC-SHA256 of the key under a server pepper is
-- stored, never the key itself. Kept in the restricted database so analysts granted
-- SELECT ON {database}.* cannot read the hashes. A revocation re-inserts the row with a higher
-- version and revoked_at set; read with FINAL.
CREATE TABLE IF NOT EXISTS {restricted_database}.api_keys
(
    id         String,
    name       String,
    role       LowCardinality(String),
    hash       String,
    created_at DateTime64(3, 'UTC'),
    revoked_at Nullable(DateTime64(3, 'UTC')),
    version    UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY id;
