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
