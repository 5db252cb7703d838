-- One row per call (stream.metrics.types.CallMetrics), re-inserted while the call is live and once
-- more when it ends. `version` is the number of distinct events the row was computed from, so the
-- newest computation wins on merge; read with FINAL (or calls_final, or argMax(..., version)).
-- Not partitioned: started_at can move earlier when a late call.started arrives, and
-- ReplacingMergeTree only collapses rows within one partition.
CREATE TABLE IF NOT EXISTS {database}.calls
(
    call_sid                       String,
    workflow                       LowCardinality(String),
    agent_name                     LowCardinality(String),
    agent_version                  LowCardinality(String),
    agent_model                    LowCardinality(String),
    prompt_version                 LowCardinality(String),
    canary                         Bool,
    shadow                         Bool,
    started_at                     DateTime64(3, 'UTC'),
    last_event_at                  DateTime64(3, 'UTC'),
    ended                          Bool,
    ended_at                       Nullable(DateTime64(3, 'UTC')),
    end_status                     LowCardinality(Nullable(String)),
    end_reason                     LowCardinality(Nullable(String)),
    handle_time_ms                 Nullable(Int64),
    escalated                      Bool,
    contained                      Bool,
    resolved_contained             Bool,
    abandoned_early                Bool,
    task_success                   Bool,
    tasks_started                  UInt32,
    tasks_succeeded                UInt32,
    tasks_failed                   UInt32,
    turns                          UInt32,
    ttfhw_first_ms                 Nullable(Int64),
    ttfhw_p50_ms                   Nullable(Float64),
    ttfhw_p95_ms                   Nullable(Float64),
    turns_within_budget            UInt32,
    no_helpful_turns               UInt32,
    dead_air_turns                 UInt32,
    interrupts                     UInt32,
    interrupts_recovered           UInt32,
    interrupts_yielded             UInt32,
    interrupts_answered            UInt32,
    interrupts_not_repeated        UInt32,
    sentiment_first                Nullable(Float64),
    sentiment_last                 Nullable(Float64),
    sentiment_delta                Nullable(Float64),
    short_call                     Bool,
    tool_calls                     UInt32,
    tool_failures                  UInt32,
    tool_calls_by_tool             Map(String, UInt32),
    tool_failures_by_tool          Map(String, UInt32),
    tool_latency_ms_mean_by_tool   Map(String, Float64),
    tool_latency_ms_max_by_tool    Map(String, Float64),
    handoff_reason                 Nullable(String),
    handoff_trigger                LowCardinality(Nullable(String)),
    consent_given                  Bool,
    disclosure_before_verification Bool,
    metrics_version                LowCardinality(String),
    version                        UInt64,
    updated_at                     DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(version)
ORDER BY call_sid;

-- The latest row of every call, for analysts who should not have to remember FINAL.
CREATE VIEW IF NOT EXISTS {database}.calls_final AS
SELECT * FROM {database}.calls FINAL;
