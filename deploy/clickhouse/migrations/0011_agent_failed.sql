-- agent_failed (metrics.md section 1, revised 2026-12-02; metrics_version 1.1.0): a call that ended
-- because the agent, the tap or the platform failed (call.ended status failed, or reason agent_error,
-- upstream_lost, protocol_error, shutdown, error) is never abandoned_early and never contained, stays in
-- both containment denominators, and is counted per call, per minute and per workflow.
--
-- calls gains the flag beside abandoned_early. Rows written before this migration read false: they
-- were computed by metrics_version 1.0.0, which had no such class (replay their events to recompute).
-- calls_final is recreated so that its column list, fixed when a view is created, includes the flag.
ALTER TABLE {database}.calls ADD COLUMN IF NOT EXISTS agent_failed Bool DEFAULT false AFTER abandoned_early;

CREATE OR REPLACE VIEW {database}.calls_final AS
SELECT * FROM {database}.calls FINAL;

-- kpi_minute's calls_state tuples (0006) have a fixed type, so the flag gets its own state, fed by its
-- own materialized view from the same calls rows and kept exact the same way: a set of per-row tuples
-- (a redelivered row adds nothing), and the tuple of a call's highest version wins. Minutes written
-- before this migration have an empty state and read 0.
ALTER TABLE {database}.kpi_minute ADD COLUMN IF NOT EXISTS failed_state AggregateFunction(groupUniqArray, Tuple(
    call_sid String, version UInt64, agent_failed Bool));

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
WHERE ended AND ended_at IS NOT NULL
GROUP BY minute, workflow, agent_version;

-- kpi_bucket_v (0010) with one more column at the end, agent_failed; every other column is unchanged.
CREATE OR REPLACE VIEW {database}.kpi_bucket_v AS
WITH
    arrayFilter((c, i) -> i = 1 OR c.call_sid != calls_sorted[i - 1].call_sid,
                calls_sorted, arrayEnumerate(calls_sorted)) AS calls,
    arrayMap(t -> assumeNotNull(t.ttfhw_ms), arrayFilter(t -> t.ttfhw_ms IS NOT NULL, turns_set)) AS ttfhw,
    arrayMap(c -> assumeNotNull(c.sentiment_delta),
             arrayFilter(c -> c.sentiment_delta IS NOT NULL, calls)) AS sentiment_deltas,
    arrayFilter((c, i) -> i = 1 OR c.call_sid != failed_sorted[i - 1].call_sid,
                failed_sorted, arrayEnumerate(failed_sorted)) AS failed_calls,
    length(calls) AS calls_ended_n,
    arrayCount(c -> c.abandoned_early, calls) AS abandoned_n,
    length(turns_set) AS turns_n,
    length(interrupts_set) AS interrupts_n
SELECT
    bucket,
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
    arraySum(arrayMap(c -> toUInt64(c.tool_failures), calls)) AS tool_failures,
    -- ended calls with a sentiment delta, and those whose caller left clearly angrier (delta <= -0.25,
    -- the bucket the alert rules read from callpulse_pipeline_sentiment_delta): counts, so the
    -- detector can pool any window exactly.
    length(sentiment_deltas) AS sentiment_scored,
    arrayCount(d -> d <= -0.25, sentiment_deltas) AS sentiment_drops,
    -- ended calls the agent, the tap or the platform failed (metrics.md section 1): already out of
    -- contained and abandoned_early, so they stay in both rates' denominators
    arrayCount(c -> c.agent_failed, failed_calls) AS agent_failed
FROM
(
    SELECT
        -- toStartOfInterval returns a DateTime; the cast keeps kpi_minute's DateTime64(0, 'UTC')
        CAST(toStartOfInterval(minute, toIntervalSecond({bucket_s:UInt32})) AS DateTime64(0, 'UTC')) AS bucket,
        workflow,
        agent_version,
        arrayReverseSort(groupUniqArrayMerge(calls_state)) AS calls_sorted,
        groupUniqArrayMerge(turns_state) AS turns_set,
        groupUniqArrayMerge(interrupts_state) AS interrupts_set,
        arrayReverseSort(groupUniqArrayMerge(failed_state)) AS failed_sorted
    FROM {database}.kpi_minute
    WHERE minute >= toStartOfInterval(fromUnixTimestamp64Milli({since_ms:Int64}, 'UTC'),
                                      toIntervalSecond({bucket_s:UInt32}))
      AND minute < fromUnixTimestamp64Milli({until_ms:Int64}, 'UTC')
    GROUP BY bucket, workflow, agent_version
);

-- kpi_minute_v again (as in 0010), so that its column list includes agent_failed.
CREATE OR REPLACE VIEW {database}.kpi_minute_v AS
SELECT bucket AS minute, * EXCEPT (bucket)
FROM {database}.kpi_bucket_v(bucket_s = 60, since_ms = 0, until_ms = 10413792000000);
