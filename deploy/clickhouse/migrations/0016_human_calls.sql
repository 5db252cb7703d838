-- Human-handled calls imported from a contact center's export (`callpulse baseline import`, issue 16): the
-- baseline the agent is compared against. One row per call; no phone number, name or raw call id ever
-- lands here: call_key is an HMAC-SHA256 (under CALLPULSE_REDACTION_KEY, domain "baseline-call") of the
-- contact center's call id when the export has one (keyed_by = 'call_id'; a shadow call's call_sid is
-- matched this way), else of the row's own values (keyed_by = 'row'). Re-importing a file re-inserts the
-- same keys with a later imported_at; read with FINAL, so an import is idempotent.
CREATE TABLE IF NOT EXISTS {database}.human_calls
(
    call_key      String,
    keyed_by      LowCardinality(String),
    started_at    DateTime64(3, 'UTC'),
    ended_at      DateTime64(3, 'UTC'),
    workflow      LowCardinality(String),
    handle_time_s Float64,
    resolved      UInt8,
    transferred   UInt8,
    abandoned     UInt8,
    csat          Nullable(Float32),
    source        String,
    imported_at   DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(imported_at)
ORDER BY call_key;

-- Shadow calls (the agent listened and proposed while a person handled the call) never count in the live
-- KPIs: the materialized views feeding kpi_minute (0006, 0011) are re-created with `NOT shadow`. Rows
-- aggregated before this migration are not rewritten (no shadow calls existed: the agent had no shadow
-- behaviour before it). A row inserted into calls/turn_metrics/interruptions between a DROP and its CREATE
-- would be missed by kpi_minute: apply this migration with the workers stopped, as every migration.
DROP VIEW IF EXISTS {database}.kpi_minute_calls_mv;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.kpi_minute_calls_mv TO {database}.kpi_minute AS
SELECT
    toStartOfMinute(assumeNotNull(ended_at)) AS minute,
    workflow,
    agent_version,
    groupUniqArrayState(CAST(
        (call_sid, version, contained, resolved_contained, escalated, abandoned_early, task_success,
         tool_calls, tool_failures, sentiment_delta),
        'Tuple(call_sid String, version UInt64, contained Bool, resolved_contained Bool, escalated Bool, abandoned_early Bool, task_success Bool, tool_calls UInt32, tool_failures UInt32, sentiment_delta Nullable(Float64))'
    )) AS calls_state
FROM {database}.calls
WHERE ended AND ended_at IS NOT NULL AND NOT shadow
GROUP BY minute, workflow, agent_version;

DROP VIEW IF EXISTS {database}.kpi_minute_turns_mv;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.kpi_minute_turns_mv TO {database}.kpi_minute AS
SELECT
    toStartOfMinute(start_at) AS minute,
    workflow,
    agent_version,
    groupUniqArrayState(CAST(
        (call_sid, turn_index, ttfhw_ms, within_budget, toString(response)),
        'Tuple(call_sid String, turn_index UInt32, ttfhw_ms Nullable(Int64), within_budget Bool, response String)'
    )) AS turns_state
FROM {database}.turn_metrics
WHERE NOT shadow
GROUP BY minute, workflow, agent_version;

DROP VIEW IF EXISTS {database}.kpi_minute_interrupts_mv;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.kpi_minute_interrupts_mv TO {database}.kpi_minute AS
SELECT
    toStartOfMinute(ts) AS minute,
    workflow,
    agent_version,
    groupUniqArrayState(CAST(
        (call_sid, interrupt_index, yielded, answered, not_repeated, recovered),
        'Tuple(call_sid String, interrupt_index UInt32, yielded Bool, answered Bool, not_repeated Bool, recovered Bool)'
    )) AS interrupts_state
FROM {database}.interruptions
WHERE NOT shadow
GROUP BY minute, workflow, agent_version;

DROP VIEW IF EXISTS {database}.kpi_minute_failed_mv;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.kpi_minute_failed_mv TO {database}.kpi_minute AS
SELECT
    toStartOfMinute(assumeNotNull(ended_at)) AS minute,
    workflow,
    agent_version,
    groupUniqArrayState(CAST(
        (call_sid, version, agent_failed),
        'Tuple(call_sid String, version UInt64, agent_failed Bool)'
    )) AS failed_state
FROM {database}.calls
WHERE ended AND ended_at IS NOT NULL AND NOT shadow
GROUP BY minute, workflow, agent_version;
