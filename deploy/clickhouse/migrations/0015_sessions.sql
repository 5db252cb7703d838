-- Browser sessions of `callpulse api` (api/auth/sessions.py, issue 17): `POST /login` exchanges an API key
-- for a session; the cookie holds a random session id, never the key. Only an HMAC-SHA256 of the id under
-- the key pepper is stored (a leaked table opens nothing). A session is bound to the key it came from
-- (key_id) and to that key's role at login; it ends at expires_at, when logged out (revoked_at) or when
-- its key is revoked (checked on every request against api_keys). Logout re-inserts the row with a
-- higher version and revoked_at set; read with FINAL. Kept beside api_keys in the restricted database.
CREATE TABLE IF NOT EXISTS {restricted_database}.sessions
(
    id_hash    String,
    key_id     String,
    role       LowCardinality(String),
    created_at DateTime64(3, 'UTC'),
    expires_at DateTime64(3, 'UTC'),
    revoked_at Nullable(DateTime64(3, 'UTC')),
    version    UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY id_hash;
