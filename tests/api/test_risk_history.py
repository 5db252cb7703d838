"""The wallboard's risk knows how calls like this one ended: the warehouse's past calls (by workflow and
the intent the agent recognized), the workflow's pace in the first minute, a tool call left waiting."""

from __future__ import annotations

from pattern_pipeline import feed as feed_lines
from pattern_pipeline import pattern_pipeline

from api.store.live import live_calls, past_outcomes, past_pace

from events import CallBuilder

NOW = 1_764_010_000_000
HOUR = 3_600_000


class FlatScorer:
    def score(self, text: str) -> float:
        return 0.1


def feed(warehouse, calls: list[CallBuilder]) -> None:
    pipeline = pattern_pipeline(warehouse.client, warehouse.database, NOW, scorer=FlatScorer())
    feed_lines(pipeline, [line for call in calls for line in call.lines()], ts_ms=NOW, source="live")


def opened(sid: str, start_ms: int, said: str, intent: str) -> CallBuilder:
    """A billing call's first seconds, alike in every call here: the greeting, the caller's request and
    the intent the agent recognized in it (what the history is keyed by)."""
    call = CallBuilder(sid, start_ms=start_ms).started()
    call.agent(100, "Hi, how can I help?", tags=("greeting",))
    call.caller(2_000, said)
    call.add("intent.recognized", 2_300, intent=intent, confidence=0.9)
    return call


def disputed(sid: str, start_ms: int) -> CallBuilder:
    """A past call: a billing dispute, handed to a person (escalated: a bad outcome)."""
    call = opened(sid, start_ms, "My bill is double what I normally pay.", "dispute_charge")
    call.add("handoff.requested", 5_000, reason="billing dispute", trigger="policy")
    return call.ended(6_000, status="ended", reason="handoff")


def paid(sid: str, start_ms: int) -> CallBuilder:
    """A past call: a payment, three tool calls in its first minute, done after 70 s (a good outcome)."""
    call = opened(sid, start_ms, "I'd like to pay my bill.", "make_payment")
    call.add("task.started", 2_400, task_id="t1", task="payment")
    for i, at in enumerate((10_000, 25_000, 40_000)):
        call.add("tool.called", at, tool="step", tool_call_id=f"tc{i}", args_summary="-")
        call.add("tool.result", at + 500, tool="step", tool_call_id=f"tc{i}", ok=True, latency_ms=500.0)
    call.add("task.completed", 41_000, task_id="t1", task="payment", success=True)
    call.agent(41_500, "Your payment went through. Goodbye.")
    return call.ended(70_000, status="ended", reason="agent_end")


def live(sid: str, start_ms: int, intent: str) -> CallBuilder:
    call = opened(sid, start_ms, "Hello, I'm calling about my bill.", intent)
    call.agent(2_600, "I can help with that.")
    return call


def past(n: int) -> list[CallBuilder]:
    return [disputed(f"CA{i:032x}", NOW - 2 * HOUR + i * 1_000) for i in range(n)] + [
        paid(f"CA{n + i:032x}", NOW - 2 * HOUR + i * 1_000) for i in range(n)
    ]


def test_past_outcomes_and_pace_are_read_from_the_warehouse(warehouse):
    feed(warehouse, past(30))
    history = past_outcomes(warehouse.client, warehouse.database, NOW)
    assert history == {("billing", "dispute_charge"): (30, 30), ("billing", "make_payment"): (30, 0)}
    assert past_pace(warehouse.client, warehouse.database, NOW) == {"billing": 3.0}
    # a week later they are no longer "the last days"
    assert past_outcomes(warehouse.client, warehouse.database, NOW + 8 * 24 * HOUR) == {}


def test_a_call_like_those_that_went_badly_ranks_first_and_says_so(warehouse):
    dispute, payment = "CA" + "d" * 32, "CA" + "e" * 32
    calls = [live(dispute, NOW - 10_000, "dispute_charge"), live(payment, NOW - 9_000, "make_payment")]
    feed(warehouse, [*past(30), *calls])

    board = live_calls(warehouse.client, warehouse.database, NOW)

    assert [c.call_sid for c in board] == [dispute, payment]
    first, second = board
    assert first.risk.score >= 40 > second.risk.score
    assert first.risk.reasons[0].startswith(
        "calls like this (billing, dispute_charge) ended badly 100% of the time (30 of 30"
    )
    assert not any("calls like this" in r for r in second.risk.reasons)


def test_a_call_behind_its_workflows_pace_or_waiting_on_a_tool_is_flagged(warehouse):
    behind, waiting, on_pace = "CA" + "a" * 32, "CA" + "b" * 32, "CA" + "c" * 32
    slow = live(behind, NOW - 70_000, "make_payment")  # a minute in, no tool call done: past calls did 3
    stuck = live(waiting, NOW - 20_000, "make_payment")
    stuck.add("tool.called", 11_000, tool="find_account", tool_call_id="tcx", args_summary="-")  # 9 s ago
    fine = live(on_pace, NOW - 70_000, "make_payment")
    for i, at in enumerate((10_000, 25_000, 40_000)):
        fine.add("tool.called", at, tool="step", tool_call_id=f"tp{i}", args_summary="-")
        fine.add("tool.result", at + 500, tool="step", tool_call_id=f"tp{i}", ok=True, latency_ms=500.0)
        fine.agent(at + 900, f"Step {i} done, and the next one?")
    fine.caller(68_000, "Sure.")
    slow.caller(68_000, "Okay.")
    feed(warehouse, [*past(30), slow, stuck, fine])

    board = {c.call_sid: c for c in live_calls(warehouse.client, warehouse.database, NOW)}

    assert board[waiting].signals.waiting_tool_ms == 9_000
    assert "waiting 9 s for a tool" in board[waiting].risk.reasons
    assert board[waiting].risk.score >= 40
    assert any(r.startswith("behind: 0 steps done in 70 s") for r in board[behind].risk.reasons)
    assert board[behind].risk.score > board[on_pace].risk.score
    assert not any("behind" in r or "waiting" in r for r in board[on_pace].risk.reasons)


class CountingClient:
    """A warehouse with one live call and nothing else; it counts the reads of the past calls."""

    def __init__(self) -> None:
        self.history_reads = 0

    def query(self, sql: str, parameters=None):
        self.history_reads += "FROM (SELECT call_sid, workflow, escalated" in sql
        live = "WHERE NOT c.ended AND NOT c.shadow" in sql  # the live calls read (api.store.live)
        rows = [("CA" + "f" * 32, "billing", "1.0.0", False, NOW - 10_000, NOW - 1_000)] if live else []
        return type("Result", (), {"result_rows": rows})()


def test_the_past_calls_are_read_once_a_minute_not_on_every_refresh():
    client = CountingClient()
    for now in (NOW, NOW + 3_000, NOW + 59_000):  # the wallboard refreshing every few seconds
        live_calls(client, "db", now)
    assert client.history_reads == 1
    live_calls(client, "db", NOW + 61_000)
    assert client.history_reads == 2
