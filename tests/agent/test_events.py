"""Every synthesized event must be a valid contract v1 event, and each call must be well formed:
the stream processor trusts ``seq``, event time order and the call.started/call.ended bracket."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pydantic
from jsonschema import Draft202012Validator

from ingest.contract.models import TurnEvent

SCHEMA = Path(__file__).resolve().parents[2] / "ingest" / "schema" / "turn-event.v1.json"
Call = list[dict[str, Any]]


def test_every_event_validates_against_the_models(calls: list[Call]) -> None:
    adapter = pydantic.TypeAdapter(TurnEvent)
    for call in calls:
        for event in call:
            adapter.validate_python(event)


def test_every_event_of_a_covering_sample_validates_against_the_json_schema(calls: list[Call]) -> None:
    """The pure-Python validator needs ~1 ms per event, so it checks every event of 80 calls plus every
    call holding an event type not seen yet; ``tests/ingest`` proves models and schema agree."""
    validator = Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    seen: set[str] = set()
    for i, call in enumerate(calls):
        types = {e["type"] for e in call}
        if i >= 80 and types <= seen:
            continue
        seen |= types
        for event in call:
            errors = list(validator.iter_errors(event))
            assert not errors, (event["type"], errors[0].message)
    assert seen == {e["type"] for call in calls for e in call}


def test_seq_is_contiguous_and_follows_time(calls: list[Call]) -> None:
    for call in calls:
        assert [e["seq"] for e in call] == list(range(len(call)))
        ts = [e["ts"] for e in call]
        assert ts == sorted(ts)
        assert len({e["call_sid"] for e in call}) == 1
        assert len({e["session_id"] for e in call}) == 1


def test_one_call_started_first_and_one_call_ended_last(calls: list[Call]) -> None:
    for call in calls:
        types = Counter(e["type"] for e in call)
        assert types["call.started"] == 1 and types["call.ended"] == 1
        assert call[0]["type"] == "call.started"
        assert call[-1]["type"] == "call.ended"
        assert all(e["ts"] >= call[0]["ts"] for e in call)
        assert all(e["ts"] <= call[-1]["ts"] for e in call)


def test_ids_have_twilio_shapes_and_are_unique(calls: list[Call]) -> None:
    event_ids = [e["event_id"] for call in calls for e in call]
    assert len(event_ids) == len(set(event_ids))
    sids = {call[0]["call_sid"] for call in calls}
    assert len(sids) == len(calls)
    for call in calls:
        sid, session = call[0]["call_sid"], call[0]["session_id"]
        assert sid.startswith("CA") and len(sid) == 34 and int(sid[2:], 16) >= 0
        assert session.startswith("VX") and len(session) == 34


def test_chunk_timestamps_do_not_decrease_and_event_ts_is_the_first_chunk(calls: list[Call]) -> None:
    for call in calls:
        for e in call:
            if e["type"] != "agent.utterance":
                continue
            chunks = e["data"]["chunks"]
            assert chunks, e
            assert [c["ts"] for c in chunks] == sorted(c["ts"] for c in chunks)
            assert e["ts"] == chunks[0]["ts"]
            assert e["data"]["text"] == "".join(c["text"] for c in chunks)


def test_greeting_comes_first_with_the_consent_notice_in_most_calls(calls: list[Call]) -> None:
    with_consent = 0
    for call in calls:
        first = next(e for e in call if e["type"] == "agent.utterance")
        assert "greeting" in first["data"]["tags"]
        if "consent_notice" in first["data"]["tags"]:
            with_consent += 1
            text = first["data"]["text"].lower()
            assert "automated assistant" in text and "analyzed" in text and "person" in text
    assert 0.9 * len(calls) <= with_consent < len(calls)


def test_speaker_events_pair_up(calls: list[Call]) -> None:
    """on/off alternate per speaker, so a consumer can compute talk and silence spans."""
    for call in calls:
        state = {"agent": False, "client": False}
        for e in (e for e in call if e["type"] == "speaker"):
            who, speaking = e["data"]["who"], e["data"]["speaking"]
            assert state[who] != speaking, (call[0]["call_sid"], e["seq"])
            state[who] = speaking


def test_caller_utterance_follows_end_of_speech_by_stt_delay(calls: list[Call]) -> None:
    for call in calls:
        off = None
        for e in call:
            if e["type"] == "speaker" and e["data"]["who"] == "client" and not e["data"]["speaking"]:
                off = e["ts"]
            elif e["type"] == "caller.utterance":
                assert off is not None
                assert 150 <= e["ts"] - off <= 700
                assert e["data"]["final"] is True
                off = None


def test_tool_results_match_their_calls(calls: list[Call]) -> None:
    for call in calls:
        called = {e["data"]["tool_call_id"]: e for e in call if e["type"] == "tool.called"}
        results = [e for e in call if e["type"] == "tool.result"]
        assert len(results) == len(called)
        for r in results:
            c = called[r["data"]["tool_call_id"]]
            assert r["data"]["tool"] == c["data"]["tool"]
            assert r["ts"] - c["ts"] == r["data"]["latency_ms"]
            assert r["data"]["ok"] == ("error_code" not in r["data"])


def test_tasks_complete_at_most_once(calls: list[Call]) -> None:
    for call in calls:
        started = [e["data"]["task_id"] for e in call if e["type"] == "task.started"]
        done = [e["data"]["task_id"] for e in call if e["type"] == "task.completed"]
        assert len(set(started)) == len(started)
        assert len(set(done)) == len(done)


def test_call_end_status_matches_how_it_ended(calls: list[Call]) -> None:
    for call in calls:
        end = call[-1]["data"]
        handoff = any(e["type"] == "handoff.requested" for e in call)
        if handoff:
            assert end == {"status": "ended", "reason": "handoff"}
        else:
            assert end in (
                {"status": "completed", "reason": "hangup"},
                {"status": "ended", "reason": "agent_end"},
            )
