-- The read-only analyst role: SELECT on the analytics database `callpulse`, nothing else.
-- No grant names `callpulse_restricted` (raw transcript text, encrypted): analysts read it only through
-- the API, which asks for a reason and audits the read. Apply as a user with access management on a
-- ClickHouse server (the embedded chDB has no users), e.g.
--   clickhouse-client --multiquery < deploy/clickhouse/grants/analyst.sql
-- then create one user per person or tool (see README.md in this folder). Every statement is idempotent.
-- If CALLPULSE_DATABASE is not `callpulse`, replace the database name below.

CREATE ROLE IF NOT EXISTS callpulse_analyst;

-- Start from nothing, so re-applying this file also removes grants added by hand.
REVOKE ALL ON *.* FROM callpulse_analyst;

GRANT SELECT ON callpulse.* TO callpulse_analyst;

-- readonly = 2: read queries only, no writes or DDL, but per-query settings are allowed (Grafana's
-- ClickHouse plugin sets max_execution_time on each query, which readonly = 1 would refuse). Because a
-- query may change settings, every limit carries MIN 1 (0 would mean "no limit") and a MAX, and the
-- overflow modes are CONST: an analyst can ask for less, never for more, and never switch a limit off.
-- max_result_rows with result_overflow_mode = 'break' truncates a runaway result (SELECT * FROM
-- system.numbers returns at most about 100,000 rows, rounded up to a block) instead of growing the server's
-- memory; max_rows_to_read, max_execution_time and max_memory_usage stop a query that reads, runs or
-- holds too much with a clear error (TOO_MANY_ROWS, TIMEOUT_EXCEEDED, MEMORY_LIMIT_EXCEEDED).
-- The limits keep one analyst's query from starving the pipeline's inserts or taking the server down.
-- CREATE … IF NOT EXISTS leaves an existing profile as it is: to change the limits of a deployed one,
-- DROP SETTINGS PROFILE callpulse_analyst_profile first, then re-apply this file.
CREATE SETTINGS PROFILE IF NOT EXISTS callpulse_analyst_profile
    SETTINGS readonly = 2,
             max_execution_time = 120 MIN 1 MAX 600,
             timeout_overflow_mode = 'throw' CONST,
             max_memory_usage = 8000000000 MIN 1 MAX 16000000000,
             max_result_rows = 100000 MIN 1 MAX 5000000,
             max_result_bytes = 1000000000 MIN 1 MAX 4000000000,
             result_overflow_mode = 'break' CONST,
             max_rows_to_read = 10000000000 MIN 1 MAX 100000000000,
             read_overflow_mode = 'throw' CONST,
             max_threads = 4 MAX 8
    TO callpulse_analyst;
