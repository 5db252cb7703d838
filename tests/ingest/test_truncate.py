"""An utterance over the contract's limits is cut to fit and flagged, never lost: the factory (behind
the agent and the tap) builds it, and the flag survives the wire and the schema."""

from __future__ import annotations

from typing import Any

import pytest

from ingest.codec import decode, encode
from ingest.contract.models import MAX_CHUNKS, MAX_TEXT_CHARS, AgentInfo, Flags
from ingest.errors import InvalidEvent
from ingest.factory import CallEventFactory
from ingest.truncate import fit_to_contract

T0 = 1_764_000_000_000
TWO_MB = 2_000_000


class Clock:
    def now_ms(self) -> int:
        return T0


def make_factory() -> CallEventFactory:
    agent = AgentInfo(name="tapped-agent", version="1", model="m", prompt_version="p")
    return CallEventFactory(
        "CA" + "7" * 32, "VX" + "7" * 32, "billing", agent, Flags(canary=False, shadow=False), Clock()
    )


def reply(n_chunks: int, piece: str = "word ") -> dict[str, Any]:
    chunks = [{"text": piece, "ts": T0 + i} for i in range(n_chunks)]
    return {"text": piece * n_chunks, "chunks": chunks, "interrupted": False}


def test_a_2_mb_caller_prompt_becomes_a_cut_and_flagged_utterance() -> None:
    event = make_factory().make("caller.utterance", {"text": "a" * TWO_MB, "final": True})
    assert event.data.text == "a" * MAX_TEXT_CHARS
    assert event.data.truncated is True and event.data.final is True
    assert decode(encode(event)) == event


def test_a_reply_of_2001_token_chunks_keeps_every_word_in_2000_chunks() -> None:
    data = reply(MAX_CHUNKS + 1)
    event = make_factory().make("agent.utterance", data)
    chunks = event.data.chunks
    assert len(chunks) == MAX_CHUNKS and event.data.truncated is True
    assert event.data.text == data["text"]  # 10,005 characters: nothing of the text was lost
    assert "".join(c.text for c in chunks) == event.data.text
    assert [c.ts for c in chunks] == [T0 + i for i in range(MAX_CHUNKS)]  # times are never moved
    assert chunks[-1].text == "word word "  # the last kept chunk carries the tail


def test_a_long_streamed_reply_is_cut_to_20000_characters_in_text_and_chunks() -> None:
    data = reply(5_000, piece="abcdefgh ")  # 45,000 characters in 5,000 chunks
    event = make_factory().make("agent.utterance", data)
    assert len(event.data.text) == MAX_TEXT_CHARS and event.data.truncated is True
    assert "".join(c.text for c in event.data.chunks) == event.data.text
    assert len(event.data.chunks) == MAX_CHUNKS  # 2,223 chunks hold the 20,000: the last 224 ride in one


@pytest.mark.parametrize(
    ("event_type", "data", "field"),
    [
        ("interrupt", {"utterance_until_interrupt": "x" * TWO_MB, "duration_until_interrupt_ms": 5}, "utterance_until_interrupt"),
        ("handoff.requested", {"reason": "r", "trigger": "keyword", "handoff_data": "y" * TWO_MB}, "handoff_data"),
    ],
    ids=["interrupt", "handoff"],
)  # fmt: skip
def test_other_text_bearing_events_are_cut_and_flagged(
    event_type: str, data: dict[str, Any], field: str
) -> None:
    event = make_factory().make(event_type, data)
    assert len(getattr(event.data, field)) == MAX_TEXT_CHARS and event.data.truncated is True


def test_what_cannot_be_cut_to_fit_is_still_refused_without_a_seq_gap() -> None:
    factory = make_factory()
    with pytest.raises(InvalidEvent, match=r"data\.final: must be a boolean"):
        factory.make("caller.utterance", {"text": "a" * TWO_MB, "final": "yes"})
    with pytest.raises(InvalidEvent, match=r"data\.message: is longer than 4000 characters"):
        factory.make("agent.error", {"code": "x", "message": "m" * 5_000})  # no flag to say so: refused
    assert factory.make("dtmf", {"digit": "1"}).seq == 0


def test_an_utterance_within_the_limits_is_left_alone_and_unflagged() -> None:
    assert fit_to_contract("caller.utterance", {"text": "hello", "final": True}) is None
    assert fit_to_contract("agent.utterance", reply(MAX_CHUNKS)) is None
    assert fit_to_contract("dtmf", {"digit": "1"}) is None
    event = make_factory().make("caller.utterance", {"text": "hello", "final": True})
    assert event.data.truncated is None and b"truncated" not in encode(event)


def test_the_flag_is_in_the_schema_as_well_as_the_models(schema_validator: Any) -> None:
    event = make_factory().make("caller.utterance", {"text": "a" * (MAX_TEXT_CHARS + 1), "final": True})
    schema_validator.validate(decode(encode(event)).model_dump(mode="json", exclude_none=True))
