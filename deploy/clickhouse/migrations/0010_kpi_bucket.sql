-- The KPI finalization, defined once for any bucket length: kpi_minute_v is its 60 s case and the
-- API's hourly KPIs its 3600 s case. Rates and percentiles cannot be pooled from finished minutes,
-- so a longer bucket merges the minutes' states of kpi_minute (0006) and finalizes them again; with
-- one definition the grains cannot drift apart.
--
-- A parameterized view, read as a table function:
--   SELECT * FROM {database}.kpi_bucket_v(bucket_s = 3600, since_ms = ..., until_ms = ...)
-- bucket_s: bucket length in seconds (buckets start at multiples of it since the epoch, UTC; 60 and
-- 3600 are toStartOfMinute and toStartOfHour). The range (epoch ms) selects buckets starting at or
-- after the bucket of since_ms, built from minutes before until_ms (exclusive); it filters the
-- kpi_minute scan, so only the minutes asked for are merged.
--
-- Rates are NULL when their denominator is zero; percentiles interpolate linearly
-- (quantileExactInclusive, like numpy's default) and are NULL without a TTFHW. Containment rates
-- leave abandoned_early calls out of the denominator (docs: metrics.md section 1). Calls are sorted
-- by (call_sid, version) descending, so the first tuple of each call is its latest row.
CREATE VIEW IF NOT EXISTS {database}.kpi_bucket_v AS
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
    arrayCount(d -> d <= -0.25, sentiment_deltas) AS sentiment_drops
FROM
(
    SELECT
        -- toStartOfInterval returns a DateTime; the cast keeps kpi_minute's DateTime64(0, 'UTC')
        CAST(toStartOfInterval(minute, toIntervalSecond({bucket_s:UInt32})) AS DateTime64(0, 'UTC')) AS bucket,
        workflow,
        agent_version,
        arrayReverseSort(groupUniqArrayMerge(calls_state)) AS calls_sorted,
        groupUniqArrayMerge(turns_state) AS turns_set,
        groupUniqArrayMerge(interrupts_state) AS interrupts_set
    FROM {database}.kpi_minute
    WHERE minute >= toStartOfInterval(fromUnixTimestamp64Milli({since_ms:Int64}, 'UTC'),
                                      toIntervalSecond({bucket_s:UInt32}))
      AND minute < fromUnixTimestamp64Milli({until_ms:Int64}, 'UTC')
    GROUP BY bucket, workflow, agent_version
);

-- kpi_minute_v (0006) becomes the 60 s case of kpi_bucket_v over all of time (1970 until 2300, past the
-- end of DateTime64): the same columns in the same order, with the same types and answers (and two new
-- ones at the end: sentiment_scored, sentiment_drops), so its readers
-- (dashboards, the detector, analysts) see no change. Their WHERE on minute still reaches the
-- kpi_minute scan (ClickHouse pushes it down through the view), as before.
-- OR REPLACE swaps the view atomically, so a reader never finds it missing.
CREATE OR REPLACE VIEW {database}.kpi_minute_v AS
SELECT bucket AS minute, * EXCEPT (bucket)
FROM {database}.kpi_bucket_v(bucket_s = 60, since_ms = 0, until_ms = 10413792000000);
