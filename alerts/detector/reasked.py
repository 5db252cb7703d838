"""A question the agent asks again right after the caller answered it: the warehouse read.

An agent that asks once more for what it has just verified ("Thanks. For your security I need to
confirm that once more: what's your date of birth?") loops without asking any question three times,
and half the callers ask for a person rather than say it again (test22-b's refill_reverify_prompt_loop,
15:02: paged at 360 s as the containment drop it made, floor 180). ``queries.reverify_frame`` sees only
the callers who answer a second time, and only when their calls end. Here the re-asking itself is
counted, at the minute it is said, by the detail asked (``KINDS``): a verified call's detail is the one
the agent's last question before the verification asked for, and the call is *re-asked* when a later
agent question asks for the same detail. A question asked again because speech recognition missed the
answer comes before any verification, so a normal day's chance re-asks do not count.
"""

from __future__ import annotations

import pandas as pd

from alerts.detector.queries import _ranges  # the one home of the weeks a frame reads
from stream.warehouse import Warehouse

KINDS = (("date of birth", "date of birth"), ("birth date", "date of birth"), ("member id", "member ID"),
         ("zip", "ZIP code"), ("phone number", "phone number"), ("account number", "account number"),
         ("last four", "last four digits"), ("full name", "full name"))  # fmt: skip
"""(words in the question, the detail's name in the page): the identity details an agent verifies."""


def _kind(text: str) -> str:
    """SQL: the detail ``text`` (an agent utterance) asks for, '' when it is no question for one."""
    tests = ", ".join(f"positionCaseInsensitive({text}, '{words}') > 0, '{name}'" for words, name in KINDS)
    return f"if(position({text}, '?') > 0, multiIf({tests}, ''), '')"


def reasked_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, question, verified (calls whose caller was verified in the minute, by the detail
    asked before it), reasked (calls whose agent asked for that detail again after it, in the minute of
    the asking)."""
    minute = "toInt64(intDiv(toUnixTimestamp({}), 60))"
    text = "JSONExtractString(data, 'text')"
    sql = f"""
        WITH ok AS (
            SELECT call_sid, any(toString(workflow)) AS workflow, min(ts) AS at FROM {database}.events
            WHERE type = 'identity.verified' AND JSONExtractBool(data, 'verified')
              AND {_ranges(now_minute, trailing_minutes, minute.format("ts"))}
              AND call_sid NOT IN (SELECT call_sid FROM {database}.calls WHERE shadow)
            GROUP BY call_sid),
        asked AS (
            SELECT call_sid, ts, {_kind(text)} AS kind FROM {database}.events
            WHERE type = 'agent.utterance' AND call_sid IN (SELECT call_sid FROM ok)),
        detail AS (
            SELECT a.call_sid AS call_sid, any(ok.workflow) AS workflow, any(ok.at) AS at,
                   argMaxIf(a.kind, a.ts, a.ts <= ok.at AND a.kind != '') AS question
            FROM asked AS a INNER JOIN ok ON ok.call_sid = a.call_sid
            GROUP BY a.call_sid),
        again AS (
            SELECT d.call_sid AS call_sid, any(d.workflow) AS workflow, any(d.question) AS question,
                   any(d.at) AS at, minIf(a.ts, a.ts > d.at AND a.kind = d.question) AS reasked_at,
                   countIf(a.ts > d.at AND a.kind = d.question) AS times
            FROM detail AS d INNER JOIN asked AS a ON a.call_sid = d.call_sid
            WHERE d.question != ''
            GROUP BY d.call_sid)
        SELECT {minute.format("at")} AS minute, workflow, question, count() AS verified, 0 AS reasked
        FROM again GROUP BY minute, workflow, question
        UNION ALL
        SELECT {minute.format("reasked_at")} AS minute, workflow, question, 0 AS verified, count() AS reasked
        FROM again WHERE times > 0 GROUP BY minute, workflow, question
    """
    rows = client.query_df(sql)
    if rows.empty:
        return pd.DataFrame({c: [] for c in ("minute", "workflow", "question", "verified", "reasked")})
    rows = rows.groupby(["minute", "workflow", "question"], as_index=False)[["verified", "reasked"]].sum()
    return rows[rows["minute"] <= now_minute]
