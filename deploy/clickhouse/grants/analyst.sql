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
-- ClickHouse plugin sets max_execution_time on each query, which readonly = 1 would refuse).
-- The limits keep one analyst's query from starving the pipeline's inserts.
CREATE SETTINGS PROFILE IF NOT EXISTS callpulse_analyst_profile
    SETTINGS readonly = 2,
             max_execution_time = 120 MAX 600,
             max_memory_usage = 8000000000 MAX 16000000000,
             max_result_rows = 5000000,
             max_threads = 4 MAX 8
    TO callpulse_analyst;
