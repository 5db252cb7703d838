-- Every validated event, payload redacted, with where it came from (source, partition, offset).
-- A redelivered event has the same event_id (and ts, hence the same partition), so it collapses
-- into one row on merge; read with FINAL when counting.
CREATE TABLE IF NOT EXISTS {database}.events
(
    event_id        String,
    call_sid        String,
    session_id      String,
    seq             UInt32,
    ts              DateTime64(3, 'UTC'),
    type            LowCardinality(String),
    workflow        LowCardinality(String),
    agent_name      LowCardinality(String),
    agent_version   LowCardinality(String),
    agent_model     LowCardinality(String),
    prompt_version  LowCardinality(String),
    canary          Bool,
    shadow          Bool,
    data            String CODEC(ZSTD(3)),
    source          LowCardinality(String),
    kafka_partition Int32,
    kafka_offset    Int64,
    ingested_at     DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (call_sid, event_id);
