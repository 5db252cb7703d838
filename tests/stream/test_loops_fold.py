"""Loops are counted by a fold over a call's utterances that resumes where the last computation of the
call stopped (``stream.metrics.loops``). The counts must be those of folding every utterance from the
first, whatever the recomputations saw before: extended, reordered or shortened utterance lists, other
calls in between, and the live rows of calls that really loop.

Fails before the fold was remembered (``fold``, ``forget_folds`` are new).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from live_rows import live_rows
from pydantic import TypeAdapter

import stream.metrics.loops as loops
from agent.simulator.incidents import Incident, calls
from ingest.contract.models import TurnEvent
from ingest.lexicon.words import overlap
from stream import rows
from stream.metrics import compute_call

from scorers import NeutralScorer

EVENTS: TypeAdapter[Any] = TypeAdapter(TurnEvent)
T0 = 1_767_254_400_000
HOUR = 3_600_000
LOOPING = rows.TABLE_COLUMNS["calls"].index("looping")
VOCABULARY = ("your", "date", "of", "birth", "please", "account", "number", "again", "the", "what")


def _from_the_first(texts: Sequence[tuple[str, ...]], threshold: float, asks: int) -> tuple[int, int | None]:
    """The product's fold of every utterance from the first, nothing remembered (no copy of its loop here:
    what that loop counts is stated in the test below)."""
    folded = loops.fold(texts, threshold, asks)
    return folded.repeats, folded.looped


DOB = ("your", "date", "of", "birth")
ACCOUNT = ("account", "number")
THE_ACCOUNT = ("the", "account", "number")


def test_the_fold_counts_repeats_and_the_utterance_said_the_asks_th_time() -> None:
    """Stated values: the date of birth asked at 0, 2 and 4 (the third time at 4); "the account number"
    repeats "account number" only when half of its words are enough, since 2 of its 3 words are shared."""
    texts = [DOB, ACCOUNT, DOB, THE_ACCOUNT, DOB]
    assert _from_the_first(texts, 1.0, 3) == (2, 4)
    assert _from_the_first(texts, 0.5, 3) == (3, 4)
    assert _from_the_first(texts, 1.0, 4) == (2, None)
    assert _from_the_first([], 1.0, 3) == (0, None)


@given(a=st.lists(st.sampled_from(VOCABULARY), max_size=5).map(tuple),
       b=st.lists(st.sampled_from(VOCABULARY), max_size=5).map(tuple),
       threshold=st.sampled_from([0.5, 0.8, 1.0]))  # fmt: skip
def test_the_folds_sameness_is_the_lexicons_overlap_both_ways(
    a: tuple[str, ...], b: tuple[str, ...], threshold: float
) -> None:
    assert loops._same(a, b, threshold) == (overlap(a, b) >= threshold and overlap(b, a) >= threshold)


TEXT = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=5).map(tuple)


@settings(max_examples=200, deadline=None)
@given(
    base=st.lists(TEXT, max_size=30),
    steps=st.lists(
        st.tuples(st.sampled_from(["extend", "insert", "shorten", "other call"]), st.lists(TEXT, max_size=6)),
        min_size=1,
        max_size=8,
    ),
    threshold=st.sampled_from([0.5, 0.8, 1.0]),
    asks=st.integers(2, 4),
)
def test_the_remembered_fold_counts_as_folding_everything_from_the_first(
    base: list[tuple[str, ...]],
    steps: list[tuple[str, list[tuple[str, ...]]]],
    threshold: float,
    asks: int,
) -> None:
    loops.forget_folds()
    texts = list(base)
    key = ("CA-test", "agent")
    assert loops._repeats(key, texts, threshold, asks) == _from_the_first(texts, threshold, asks)
    for kind, more in steps:
        if kind == "extend":  # new utterances after the ones folded: the fold resumes
            texts = texts + more
        elif kind == "insert":  # a late utterance lands earlier in the order: the fold starts again
            texts = more + texts
        elif kind == "shorten":
            texts = texts[: len(texts) // 2]
        else:  # another call's fold in between must not leak into this one
            loops._repeats(("CA-other", "agent"), more, threshold, asks)
        assert loops._repeats(key, texts, threshold, asks) == _from_the_first(texts, threshold, asks)


def _live_rows(events: Sequence[TurnEvent], *, forget_each_time: bool) -> list[dict[str, Any]]:
    """Every row the call state emits with the clock following event time (live updates included)."""

    def compute(evs: Sequence[TurnEvent]) -> Any:
        if forget_each_time:
            loops.forget_folds()
        return compute_call(evs, scorer=NeutralScorer())

    return live_rows(events, compute)


def test_live_rows_of_looping_calls_are_the_same_with_the_fold_remembered() -> None:
    incident = Incident("agent-loop", T0, T0 + HOUR, workflow="billing")
    generated = calls(40, 7, T0 + HOUR, HOUR, (incident,), mix={"billing": 1.0})
    events = sorted(
        (EVENTS.validate_python(e) for call in generated for e in call),
        key=lambda e: (e.ts, e.call_sid, e.seq),
    )
    loops.forget_folds()
    remembered = _live_rows(events, forget_each_time=False)
    fresh = _live_rows(events, forget_each_time=True)
    final_calls = {row[0]: row for by_table in remembered for row in by_table.get("calls", ())}
    assert sum(1 for row in final_calls.values() if row[LOOPING]) > 5  # calls that really loop
    assert remembered == fresh
