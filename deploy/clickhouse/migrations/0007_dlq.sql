-- Messages that could not be accepted, with the reason (payload redacted). Keyed by where the message
-- came from, so a redelivered dead letter collapses into one row. Not partitioned by time: a
-- redelivery has a later received_at and must land in the same partition to collapse.
CREATE TABLE IF NOT EXISTS {database}.dlq
(
    received_at     DateTime64(3, 'UTC'),
    source          LowCardinality(String),
    kafka_partition Int32,
    kafka_offset    Int64,
    reason_code     LowCardinality(String),
    reason          String,
    payload         String CODEC(ZSTD(3)),
    call_sid        Nullable(String),
    event_id        Nullable(String)
)
ENGINE = ReplacingMergeTree
ORDER BY (source, kafka_partition, kafka_offset);
