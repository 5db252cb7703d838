-- Per-call rule matches (issue 17): a rule of deploy/rules/*.yaml that fired on a live call, written by
-- the stream's call-rules step (embedded and Kafka alike). One row per rule per condition episode; keyed
-- by (call_sid, rule, event_at) so a match seen again after a restart or redelivery collapses into one.
-- turn: caller turns so far at the match (as turn_metrics.turn_index); matched_at: when the stream
-- found it; event_at: the event time it holds since (for silence: the last sign of life + the limit).
-- detail is the rule's own words ("said 'ridiculous' (or close)", "silence over 8 s"), never the
-- caller's: no PII. marked: the rule names the call on the wallboard.
CREATE TABLE IF NOT EXISTS {database}.rule_matches
(
    call_sid      String,
    rule          LowCardinality(String),
    rule_version  LowCardinality(String),
    turn          UInt32,
    matched_at    DateTime64(3, 'UTC'),
    event_at      DateTime64(3, 'UTC'),
    workflow      LowCardinality(String),
    agent_version LowCardinality(String),
    detail        String,
    marked        Bool DEFAULT true
)
ENGINE = ReplacingMergeTree(matched_at)
ORDER BY (call_sid, rule, event_at);
