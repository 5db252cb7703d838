-- One row per turn with a caller side (stream.metrics.types.TurnMetrics). Turn rows are written once
-- their window has closed and never change, so a duplicate is an exact copy that collapses on merge.
CREATE TABLE IF NOT EXISTS {database}.turn_metrics
(
    call_sid        String,
    turn_index      UInt32,
    caller_event_id String,
    start_at        DateTime64(3, 'UTC'),
    first_token_ms  Nullable(Int64),
    ttfhw_ms        Nullable(Int64),
    within_budget   Bool,
    response        LowCardinality(String),
    dead_air        Bool,
    interrupted     Bool,
    sentiment       Nullable(Float64),
    workflow        LowCardinality(String),
    agent_version   LowCardinality(String),
    canary          Bool,
    shadow          Bool,
    metrics_version LowCardinality(String)
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(start_at)
ORDER BY (call_sid, turn_index);

-- One row per interrupt event (InterruptMetrics); the three parts of recovery are stored separately
-- so a dashboard can show which one fails. Final once written, like turn_metrics.
CREATE TABLE IF NOT EXISTS {database}.interruptions
(
    call_sid         String,
    interrupt_index  UInt32,
    event_id         String,
    ts               DateTime64(3, 'UTC'),
    yielded          Bool,
    answered         Bool,
    not_repeated     Bool,
    recovered        Bool,
    window_truncated Bool,
    workflow         LowCardinality(String),
    agent_version    LowCardinality(String),
    canary           Bool,
    shadow           Bool,
    metrics_version  LowCardinality(String)
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (call_sid, interrupt_index);
