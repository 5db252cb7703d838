"""Batches of calls: deterministic for a seed, spread over the hour before ``start_ms`` (so the
per-minute KPIs have data in many minutes), and written as JSON Lines in bus order."""

from __future__ import annotations

import hashlib
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import orjson
import pytest

from agent.simulator.library import HOUR_MS, generate_calls, interleave_events, write_jsonl

T0 = 1_764_000_000_000
Call = list[dict[str, Any]]


def _digest(calls: list[Call]) -> str:
    return hashlib.sha256(b"".join(orjson.dumps(e) for call in calls for e in call)).hexdigest()


def test_same_seed_gives_identical_bytes_and_another_seed_does_not() -> None:
    first = _digest(list(generate_calls(60, seed=7, start_ms=T0)))
    assert first == _digest(list(generate_calls(60, seed=7, start_ms=T0)))
    assert first != _digest(list(generate_calls(60, seed=8, start_ms=T0)))
    assert first != _digest(list(generate_calls(60, seed=7, start_ms=T0 + 60_000)))


def test_calls_start_over_the_hour_before_start_ms(calls: list[Call]) -> None:
    starts = [c[0]["ts"] for c in calls]
    assert starts == sorted(starts)
    assert all(T0 - HOUR_MS <= s < T0 for s in starts)
    assert len({s // 60_000 for s in starts}) >= 45  # most minutes of the hour see a call start


def test_workflow_mix_is_respected() -> None:
    only_refill = list(generate_calls(30, seed=1, start_ms=T0, mix={"refill": 1.0}))
    assert {c[0]["workflow"] for c in only_refill} == {"refill"}
    skewed = Counter(
        c[0]["workflow"]
        for c in generate_calls(200, seed=1, start_ms=T0, mix={"billing": 3, "appointment": 1})
    )
    assert set(skewed) == {"billing", "appointment"} and skewed["billing"] > 2 * skewed["appointment"]


def test_jsonl_interleaves_concurrent_calls_in_time_order(tmp_path: Path, calls: list[Call]) -> None:
    path = tmp_path / "events.jsonl"
    count = write_jsonl(path, calls[:100])
    lines = path.read_bytes().splitlines()
    assert count == len(lines) == sum(len(c) for c in calls[:100])
    events = [orjson.loads(line) for line in lines]
    assert [e["ts"] for e in events] == sorted(e["ts"] for e in events)
    switches = sum(a["call_sid"] != b["call_sid"] for a, b in pairwise(events))
    assert switches > 200  # calls overlap, so their events alternate
    per_call: dict[str, list[int]] = {}
    for e in events:
        per_call.setdefault(e["call_sid"], []).append(e["seq"])
    assert all(seqs == list(range(len(seqs))) for seqs in per_call.values())


def test_jsonl_is_byte_identical_and_can_keep_calls_whole(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    write_jsonl(a, generate_calls(40, seed=3, start_ms=T0))
    write_jsonl(b, generate_calls(40, seed=3, start_ms=T0))
    assert a.read_bytes() == b.read_bytes()
    write_jsonl(c, generate_calls(40, seed=3, start_ms=T0), interleave=False)
    sids = [orjson.loads(line)["call_sid"] for line in c.read_bytes().splitlines()]
    runs = [s for i, s in enumerate(sids) if i == 0 or sids[i - 1] != s]
    assert len(runs) == len(set(runs)) == 40


def test_interleaving_refuses_calls_out_of_start_order(calls: list[Call]) -> None:
    late_first = [calls[1], calls[100], calls[0]]  # calls[1] is released before calls[0] arrives
    with pytest.raises(ValueError, match="start order"):
        list(interleave_events(late_first))
