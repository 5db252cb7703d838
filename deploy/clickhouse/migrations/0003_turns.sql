-- One row per utterance: final caller utterances and agent utterances, text redacted.
CREATE TABLE IF NOT EXISTS {database}.turns
(
    call_sid      String,
    event_id      String,
    ts            DateTime64(3, 'UTC'),
    speaker       LowCardinality(String),
    text          String CODEC(ZSTD(3)),
    lang          LowCardinality(Nullable(String)),
    interrupted   Nullable(Bool),
    workflow      LowCardinality(String),
    agent_version LowCardinality(String)
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (call_sid, ts, event_id);

-- The same utterances unredacted, encrypted by the application (AES-GCM, key id per row).
-- Readable only through the API with a reason (every read lands in audit_log); rows expire.
CREATE TABLE IF NOT EXISTS {restricted_database}.turns_raw
(
    call_sid   String,
    event_id   String,
    ts         DateTime64(3, 'UTC'),
    speaker    LowCardinality(String),
    key_id     LowCardinality(String),
    nonce      String,
    ciphertext String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMMDD(ts)
ORDER BY (call_sid, ts, event_id)
TTL toDateTime(ts) + INTERVAL {raw_ttl_days} DAY;
