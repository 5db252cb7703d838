"""The call page shows the call (issue 17, item 6): an inline-SVG timeline of who spoke when, with the
overlaps, silences, barge-ins, tool calls (duration, error code), rule matches and caller sentiment, and
the raw event list folded away."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from pattern_pipeline import feed as feed_lines
from pattern_pipeline import pattern_pipeline

from api.app import create_app
from api.auth.dependencies import key_store
from ingest.clock import ManualClock

from events import CallBuilder

NOW = 1_764_000_600_000
SID = "CA" + "3" * 32


class WordScorer:
    def score(self, text: str) -> float:
        return -0.8 if "ridiculous" in text.lower() else 0.4


def a_call(start_ms: int) -> CallBuilder:
    call = CallBuilder(SID, start_ms=start_ms).started()
    call.add("speaker", 100, who="agent", speaking=True)
    call.agent(100, "Hi, I'm an automated assistant. How can I help?", tags=("greeting",))
    call.add("speaker", 2_000, who="agent", speaking=False)
    call.add("speaker", 3_000, who="client", speaking=True)
    call.add("speaker", 5_000, who="client", speaking=False)
    call.caller(5_100, "I want to pay my bill.")
    call.add("tool.called", 5_300, tool="find_account", tool_call_id="tc1", args_summary="phone=***")
    call.add("tool.result", 6_000, tool="find_account", tool_call_id="tc1", ok=False, latency_ms=700.0,
             error_code="upstream_500")  # fmt: skip
    call.add("speaker", 6_100, who="agent", speaking=True)
    call.agent(6_100, "Sorry, I could not find that account. Could you repeat the number?")
    call.add("speaker", 7_000, who="client", speaking=True)  # talks over the agent
    call.add("speaker", 8_000, who="agent", speaking=False)
    call.add("speaker", 9_000, who="client", speaking=False)
    call.caller(9_100, "This is ridiculous.")  # then eight seconds of nobody
    call.ended(17_000)
    return call


def test_the_call_page_draws_the_call_and_folds_the_raw_events(warehouse, make_api_ctx, make_key) -> None:
    start = NOW - 60_000
    pipeline = pattern_pipeline(warehouse.client, warehouse.database, NOW, scorer=WordScorer())
    feed_lines(pipeline, a_call(start).lines(), ts_ms=NOW)
    warehouse.client.insert(
        f"{warehouse.database}.rule_matches",
        [(SID, "caller_upset", "1", 2, NOW - 1000, start + 9_100, "billing", "1.0.0", "said 'ridiculous'", True)],
        column_names=["call_sid", "rule", "rule_version", "turn", "matched_at", "event_at", "workflow",
                      "agent_version", "detail", "marked"],
    )  # fmt: skip
    html, _, titles = call_page(make_api_ctx(warehouse, clock=ManualClock(NOW)), SID)

    assert "agent 1.9 s" in titles and "caller 2.0 s" in titles  # who spoke when, from the speaker events
    assert "both talking 1.0 s" in titles  # the caller talked over the agent from 7 s to 8 s
    assert "silence 8.0 s" in titles  # 9 s to the end at 17 s: nobody speaking
    assert "find_account error upstream_500 0.7 s" in titles
    assert any(t.startswith("caller_upset: said &#39;ridiculous&#39;") for t in titles)
    assert any(t.startswith("turn ") and "sentiment -0.80" in t for t in titles)
    assert '<span class="rule">caller_upset</span>' in html  # at its turn in the transcript and listed
    assert re.search(r'<details class="raw-events">\s*<summary>All \d+ events', html)  # folded, not open


def make_key_on(ctx: Any, role: str) -> str:

    return key_store(ctx).create("t", role)[1]


def call_page(ctx: Any, sid: str) -> tuple[str, str, list[str]]:
    """The call page as an analyst sees it: the whole page, its timeline's SVG and the SVG's titles."""
    with TestClient(create_app(ctx)) as client:
        html = client.get(
            f"/calls/{sid}", headers={"Authorization": f"Bearer {make_key_on(ctx, 'analyst')}"}
        ).text
    svg = html[html.index('<figure class="call-timeline"') : html.index("</figure>")]
    return html, svg, re.findall(r"<title>([^<]*)</title>", svg)


def test_without_speaker_events_utterances_are_ticks_and_no_silence_is_claimed(
    warehouse, make_api_ctx
) -> None:
    sid = "CA" + "4" * 32
    call = CallBuilder(sid, start_ms=NOW - 60_000).started()
    call.agent(100, "Hi, how can I help?", tags=("greeting",))
    call.caller(9_000, "I want to pay my bill.")
    call.ended(20_000)
    pipeline = pattern_pipeline(warehouse.client, warehouse.database, NOW, scorer=WordScorer())
    feed_lines(pipeline, call.lines(), ts_ms=NOW)
    _, svg, titles = call_page(make_api_ctx(warehouse, clock=ManualClock(NOW)), sid)
    assert "agent said something" in titles and "caller said something" in titles
    assert not any(t.startswith("silence") for t in titles)
    assert "No speaker on/off events" in svg
