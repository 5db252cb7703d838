-- After-call review (rollout/reviews.py, issue 16 item 4). Each ISO week a stratified sample of ended,
-- non-shadow calls (task success or failure x workflow x agent version, drawn with a seed) is stored in
-- review_samples; reviewers label the redacted transcripts of those calls in the review page and each
-- label is a row of review_labels (the latest per call and reviewer wins: ReplacingMergeTree on
-- labelled_at; read with FINAL or argMax). No free text: the labels are flags, the reviewer is the API
-- key's (or session's) name, which names a role holder, never a caller. Every saved label also writes an
-- audit_log row (action 'review_label').
CREATE TABLE IF NOT EXISTS {database}.review_samples
(
    week          LowCardinality(String),
    call_sid      String,
    stratum       String,
    workflow      LowCardinality(String),
    agent_version LowCardinality(String),
    task_success  Bool,
    seed          UInt64,
    per_stratum   UInt32,
    sampled_at    DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(sampled_at)
ORDER BY (week, call_sid);

CREATE TABLE IF NOT EXISTS {database}.review_labels
(
    call_sid           String,
    week               LowCardinality(String),
    reviewer           String,
    labelled_at        DateTime64(3, 'UTC'),
    task_done          UInt8,
    wrong_information  UInt8,
    compliance_problem UInt8,
    handoff_justified  Nullable(UInt8)
)
ENGINE = ReplacingMergeTree(labelled_at)
ORDER BY (call_sid, reviewer);
