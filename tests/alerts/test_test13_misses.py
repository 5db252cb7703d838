"""test13's pages that did not name the cause, as tuning data (issue 20): each fix's test fails on the
detector frozen for test13 (a890956); the guards pass both ways. Detector replays over frames shaped
like test13-b's two incidents (``bench/alerts_eval.py`` prints each such page beside the ``other``
count since this round)."""

from __future__ import annotations

import pandas as pd

from tests.alerts.replay_frames import KPI, replay
from tests.alerts.replay_frames import ONSET as T

STABLE, CANARY = "1.4.0", "1.5.0-rc1"
LINES = ("billing", "appointment", "refill")


def _kpi_row(minute: int, workflow: str, version: str, calls: int, slow_turns: int = 0) -> tuple[object, ...]:
    """``calls`` settled calls of 5 turns each, 9 in 10 turns within budget (``slow_turns`` fewer)."""
    turns = 5 * calls
    within = round(0.9 * turns) - slow_turns
    return (minute, workflow, version, turns, within, calls, calls, 0, 0.0, calls, 0, 0)


def _replay(data: dict[str, pd.DataFrame], first: int, last: int) -> list[tuple[int, dict[str, str]]]:
    """(minute after onset, labels) of every page opened ticking each minute of ``[first, last)``."""
    return [(minute, labels) for minute, labels, _ in replay(data, first, last)]


def _flow_loop(canary_loops: bool, handoffs_up: bool) -> dict[str, pd.DataFrame]:
    """test13-b's flow_engine_loop at 13:12: the rules engine, about a quarter of every line's calls on
    every build, re-asks its question until the caller asks for a person. Six hours of history, then
    from onset 2 of the stable build's 5 calls a minute on each line loop (2 of 9 on a line, 6 of 15 on
    the build: its loop page first, as on the day); ``canary_loops``: from 5 minutes in, half the
    canary's make_payment calls on billing loop too (2 every two minutes, a twelfth of the canary's); ``handoffs_up``: from 3 minutes in billing's callers
    ask for a person in a third of its calls (3% before)."""
    calls, intents, kpi, handoffs = [], [], [], []
    for m in range(T - 360, T + 30):
        after = m - T
        for wf in LINES:
            looping = 2 if after >= 0 else 0
            stable, canary = 5, 4  # the canary on under half of the calls
            # billing's calls alternate two intents by the minute, on every build
            intent = "make_payment" if wf == "billing" and m % 2 == 0 else f"{wf}_task"
            calls.append((m, wf, STABLE, stable, min(looping, stable)))
            intents.append((m, wf, intent, STABLE, stable, min(looping, stable)))
            kpi.append(_kpi_row(m, wf, STABLE, stable))
            loops = 2 if canary_loops and intent == "make_payment" and after >= 5 else 0
            calls.append((m, wf, CANARY, canary, loops))
            intents.append((m, wf, intent, CANARY, canary, loops))
            kpi.append(_kpi_row(m, wf, CANARY, canary))
            settled = stable + canary
            handed = settled // 3 if handoffs_up and wf == "billing" and after >= 3 else int(m % 5 == 0)
            handoffs.append((m, wf, "caller_request", settled, handed))
    calls_frame = pd.DataFrame(calls, columns=["minute", "workflow", "agent_version", "active", "looping"])
    calls_frame = calls_frame.assign(ended=calls_frame["active"], unanswered=0, left=calls_frame["active"],
                                     stranded=0, handoffs=0, unconnected=0)  # fmt: skip
    return {
        "calls": calls_frame,
        "intent_loops": pd.DataFrame(
            intents, columns=["minute", "workflow", "intent", "agent_version", "active", "looping"]
        ),
        "kpi": pd.DataFrame(kpi, columns=["minute", "workflow", "agent_version", *KPI]),
        "handoffs": pd.DataFrame(handoffs, columns=["minute", "workflow", "trigger", "settled", "handed"]),
    }


def _names(pages: list[tuple[int, dict[str, str]]]) -> list[tuple[str, str]]:
    return [(p["alertname"].removeprefix("CallpulseDetector"), p.get("agent_version") or p.get("workflow", ""))
            for _, p in pages]  # fmt: skip


def test_a_loop_on_every_build_is_not_paged_again_as_the_canarys() -> None:
    """test13-b 13:37: the rules engine looped on every line and build, paged at 13:16 as 1.4.0's loop;
    21 minutes later the canary's share of it (4 of 7 make_payment calls on 1.5.0-rc1) paged again as
    "the agent is looping on make_payment on 1.5.0-rc1 ...; roll the build back": a second page for one
    incident, whose advice was wrong (the canary was not at fault). While the same alert is open on
    another build across workflows, the fault is not the canary's alone."""
    pages = _replay(_flow_loop(canary_loops=True, handoffs_up=False), 0, 25)
    # round 25: a loop on every line is one page with no labels (its summary names the build 1.4.0
    # whose calls carry the loops: ``loop_across_lines``), still one page
    assert _names(pages) == [("AgentLoop", "")]


def test_a_canary_that_loops_alone_still_pages_by_its_build() -> None:
    """The same canary loop with the stable build healthy is the canary's page (test12-b's
    canary_intent_loop; passes before and after)."""
    data = _flow_loop(canary_loops=True, handoffs_up=False)
    for name in ("calls", "intent_loops"):
        frame = data[name]
        frame.loc[frame["agent_version"] == STABLE, "looping"] = 0
    pages = _replay(data, 0, 25)
    assert [(p["alertname"], p.get("agent_version"), p.get("intent")) for _, p in pages] == [
        ("CallpulseDetectorAgentLoop", CANARY, "make_payment")
    ]


def test_callers_handed_off_by_a_builds_loop_do_not_page_their_line() -> None:
    """test13-b 13:22 and 13:43: while 1.4.0's loop page was open (no workflow: the build's, on every
    line), its callers asking for a person paged billing's and appointment's containment ("26% of
    calls handed to a person (caller_request) ... containment is dropping"): symptoms of the loop on
    the lines that build carries. ``EXPLAINS`` paired a cause and a symptom on the same workflow only."""
    pages = _replay(_flow_loop(canary_loops=False, handoffs_up=True), 0, 25)
    assert _names(pages) == [("AgentLoop", "")]  # round 25: the loop across lines, no labels


def test_a_canarys_cause_does_not_hide_a_line_it_does_not_carry() -> None:
    """A cause on a build that carries under half of a line's calls explains nothing there: with the
    canary (4 of billing's 9 calls a minute) looping on half its calls and the stable build healthy,
    billing's callers asking for a person still page (passes before and after: only a build's cause on
    the lines it carries is new)."""
    data = _flow_loop(canary_loops=False, handoffs_up=True)
    for name in ("calls", "intent_loops"):
        frame = data[name]
        looping = (frame["agent_version"] == CANARY) & (frame["minute"] >= T)
        frame["looping"] = (frame["active"] // 2).where(looping, 0)
    names = _names(_replay(data, 0, 25))
    assert ("AgentLoop", CANARY) in names and ("ContainmentDrop", "billing") in names


def _slots(failures: bool) -> dict[str, pd.DataFrame]:
    """test13-b's slots_past_deadline at 15:49: find_slots (appointment) answers in 4.5-11.5 s instead
    of 0.3-1.8 s and the tool client gives up at 8 s: from onset about half its calls fail with
    ``timeout`` (``failures``; else none do), the answers that come are slow, and appointment's turns
    wait (within budget 90% -> 60%)."""
    tools, latency, kpi = [], [], []
    for m in range(T - 360, T + 30):
        after = m - T
        tools.append((m, "appointment", "find_slots", "timeout", 4, 2 if failures and after >= 0 else 0))
        slow = 2 if after >= 6 else 0  # the answers that come at all are the slow ones
        latency.append((m, "appointment", "find_slots", 2, slow, 2 * (6_000 if slow else 700), 700.0))
        for wf in LINES:
            kpi.append(_kpi_row(m, wf, STABLE, 4, slow_turns=6 if wf == "appointment" and after >= 1 else 0))
    return {
        "tools": pd.DataFrame(
            tools, columns=["minute", "workflow", "tool", "error_code", "calls", "failures"]
        ),
        "latency": pd.DataFrame(
            latency, columns=["minute", "workflow", "tool", "results", "slow", "latency_ms", "normal_ms"]
        ),
        "kpi": pd.DataFrame(kpi, columns=["minute", "workflow", "agent_version", *KPI]),
    }


def test_a_tool_timing_out_is_one_page_not_also_slow_tool_and_slow_turns() -> None:
    """test13-b 15:53-15:58: find_slots failing with timeout paged (the cause), then appointment's turns
    as a TTFHW regression on 1.4.0 ("64% of turns within budget") and the same tool as slow ("find_slots
    answers in 4.8 s, normally 1.0 s"): three pages for one backend. A tool's failures explain its own
    slow answers, and a timeout the turns that waited for it."""
    pages = _replay(_slots(failures=True), 0, 20)
    assert [(p["alertname"], p.get("tool")) for _, p in pages] == [
        ("CallpulseDetectorToolFailures", "find_slots")
    ]


def test_a_slow_tool_that_does_not_fail_still_pages_as_slow() -> None:
    """The same slow answers with no failure page as the slow tool (passes before and after)."""
    pages = _replay(_slots(failures=False), 0, 20)
    assert ("CallpulseDetectorSlowTool", "find_slots") in [(p["alertname"], p.get("tool")) for _, p in pages]
