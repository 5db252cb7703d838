-- metrics_version 1.2.0 (issue 20): a call the agent stopped answering is not contained, and loops.
--
-- unanswered: the call ended while its last caller utterance had no reply and the caller waited past
-- the dead-air limit (the agent went silent; the caller asked "are you there?" and hung up). Such a
-- call is never contained (contained is already false in its row) and stays in both denominators.
-- agent_repeats / caller_repeats: agent questions and caller utterances repeating an earlier one of the
-- call; looping: one question asked three times or more; loop_turn: the turn whose
-- response asked it the third time (where a transcript link should land). Rows written before this migration read
-- false / 0 (computed by metrics_version 1.1.0, which had neither; replay their events to recompute).
ALTER TABLE {database}.calls ADD COLUMN IF NOT EXISTS unanswered Bool DEFAULT false;
ALTER TABLE {database}.calls ADD COLUMN IF NOT EXISTS agent_repeats UInt16 DEFAULT 0;
ALTER TABLE {database}.calls ADD COLUMN IF NOT EXISTS caller_repeats UInt16 DEFAULT 0;
ALTER TABLE {database}.calls ADD COLUMN IF NOT EXISTS looping Bool DEFAULT false;
ALTER TABLE {database}.calls ADD COLUMN IF NOT EXISTS loop_turn UInt32 DEFAULT 0;

-- calls_final again, so that its column list (fixed when a view is created) has the new columns.
CREATE OR REPLACE VIEW {database}.calls_final AS
SELECT * FROM {database}.calls FINAL;
