-- Alert history as received from Alertmanager's webhook. Alertmanager re-sends a firing alert on every
-- repeat interval; keying by (fingerprint, starts_at, status) keeps one firing and one resolved row per
-- episode, the latest notification winning.
CREATE TABLE IF NOT EXISTS {database}.alerts
(
    fingerprint String,
    alertname   LowCardinality(String),
    status      LowCardinality(String),
    severity    LowCardinality(String),
    workflow    LowCardinality(String),
    tool        LowCardinality(String),
    starts_at   DateTime64(3, 'UTC'),
    ends_at     Nullable(DateTime64(3, 'UTC')),
    labels      Map(String, String),
    annotations Map(String, String),
    received_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(received_at)
PARTITION BY toYYYYMM(starts_at)
ORDER BY (fingerprint, starts_at, status);

-- Every read of restricted data: who, in which role, why, from where. Append-only (plain MergeTree,
-- never deduplicated or expired) and free of transcript text.
CREATE TABLE IF NOT EXISTS {database}.audit_log
(
    at          DateTime64(3, 'UTC'),
    actor       String,
    role        LowCardinality(String),
    action      LowCardinality(String),
    call_sid    String,
    reason      String,
    remote_addr String
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(at)
ORDER BY (at, actor);
