-- Per minute x workflow x agent_version KPIs, kept by materialized views and exact under redelivery.
--
-- Why sets and not counters: the writer may insert the same rows twice (a batch redelivered after a
-- crash) and re-inserts a call's row every time it is recomputed, so sum/count states would
-- over-count. Each state is a groupUniqArray set of per-row tuples instead: an identical row inserted
-- again adds nothing. Turn and interrupt rows never change once written, so their tuples are exact.
-- A call's row may be re-emitted after it ended (late events within the grace period) with a higher
-- version, so the call tuples carry `version` and kpi_minute_v keeps only the latest tuple per call.
-- Buckets: calls by ended_at (ended calls only), turns by start_at, interrupts by ts.
-- The MVs only see rows inserted after they exist; the README shows how to backfill.
CREATE TABLE IF NOT EXISTS {database}.kpi_minute
(
    minute         DateTime64(0, 'UTC'),
    workflow       LowCardinality(String),
    agent_version  LowCardinality(String),
    calls_state    AggregateFunction(groupUniqArray, Tuple(
        call_sid String, version UInt64, contained Bool, resolved_contained Bool, escalated Bool,
        abandoned_early Bool, task_success Bool, tool_calls UInt32, tool_failures UInt32,
        sentiment_delta Nullable(Float64))),
    turns_state    AggregateFunction(groupUniqArray, Tuple(
        call_sid String, turn_index UInt32, ttfhw_ms Nullable(Int64), within_budget Bool, response String)),
    interrupts_state AggregateFunction(groupUniqArray, Tuple(
        call_sid String, interrupt_index UInt32, yielded Bool, answered Bool, not_repeated Bool,
        recovered Bool))
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(minute)
ORDER BY (minute, workflow, agent_version);

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
WHERE ended AND ended_at IS NOT NULL
GROUP BY minute, workflow, agent_version;

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
GROUP BY minute, workflow, agent_version;

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
GROUP BY minute, workflow, agent_version;

-- The finalized KPIs. Rates are NULL when their denominator is zero; percentiles interpolate
-- linearly (quantileExactInclusive, like numpy's default) and are NULL without a TTFHW.
-- Containment rates leave abandoned_early calls out of the denominator (docs: metrics.md section 1).
CREATE VIEW IF NOT EXISTS {database}.kpi_minute_v AS
WITH
    arrayFilter((c, i) -> i = 1 OR c.call_sid != calls_sorted[i - 1].call_sid,
                calls_sorted, arrayEnumerate(calls_sorted)) AS calls,
    arrayMap(t -> assumeNotNull(t.ttfhw_ms), arrayFilter(t -> t.ttfhw_ms IS NOT NULL, turns_set)) AS ttfhw,
    arrayMap(c -> assumeNotNull(c.sentiment_delta),
             arrayFilter(c -> c.sentiment_delta IS NOT NULL, calls)) AS sentiment_deltas,
    length(calls) AS calls_ended_n,
    arrayCount(c -> c.abandoned_early, calls) AS abandoned_n,
    length(turns_set) AS turns_n,
    length(interrupts_set) AS interrupts_n
SELECT
    minute,
    workflow,
    agent_version,
    calls_ended_n AS calls_ended,
    arrayCount(c -> c.contained, calls) AS contained,
    arrayCount(c -> c.resolved_contained, calls) AS resolved_contained,
    arrayCount(c -> c.escalated, calls) AS escalated,
    abandoned_n AS abandoned_early,
    arrayCount(c -> c.task_success, calls) AS task_success_calls,
    contained / nullIf(calls_ended_n - abandoned_n, 0) AS containment_rate,
    resolved_contained / nullIf(calls_ended_n - abandoned_n, 0) AS resolved_containment_rate,
    turns_n AS turns,
    if(empty(ttfhw), NULL, arrayReduce('quantileExactInclusive(0.5)', ttfhw)) AS ttfhw_p50_ms,
    if(empty(ttfhw), NULL, arrayReduce('quantileExactInclusive(0.95)', ttfhw)) AS ttfhw_p95_ms,
    arrayCount(t -> t.within_budget, turns_set) / nullIf(turns_n, 0) AS ttfhw_within_budget_share,
    arrayCount(t -> t.response = 'filler_only', turns_set) / nullIf(turns_n, 0) AS no_helpful_response_rate,
    interrupts_n AS interrupts,
    arrayCount(x -> x.recovered, interrupts_set) AS interrupts_recovered,
    arrayCount(x -> x.yielded, interrupts_set) AS interrupts_yielded,
    arrayCount(x -> x.answered, interrupts_set) AS interrupts_answered,
    arrayCount(x -> x.not_repeated, interrupts_set) AS interrupts_not_repeated,
    interrupts_recovered / nullIf(interrupts_n, 0) AS interruption_recovery_rate,
    if(empty(sentiment_deltas), NULL, arrayAvg(sentiment_deltas)) AS sentiment_delta_mean,
    arraySum(arrayMap(c -> toUInt64(c.tool_calls), calls)) AS tool_calls,
    arraySum(arrayMap(c -> toUInt64(c.tool_failures), calls)) AS tool_failures
FROM
(
    SELECT
        minute,
        workflow,
        agent_version,
        arrayReverseSort(groupUniqArrayMerge(calls_state)) AS calls_sorted,
        groupUniqArrayMerge(turns_state) AS turns_set,
        groupUniqArrayMerge(interrupts_state) AS interrupts_set
    FROM {database}.kpi_minute
    GROUP BY minute, workflow, agent_version
);
