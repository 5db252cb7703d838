"""CallEventFactory stamps envelopes and refuses invalid events where they enter."""

from __future__ import annotations

import threading
import uuid

import pytest

from ingest.codec import decode, encode
from ingest.contract.models import AgentInfo, CallEndedData, Flags
from ingest.errors import InvalidEvent, UnknownEventType
from ingest.factory import CallEventFactory

T0 = 1_736_870_400_000


class FakeClock:
    def __init__(self, now_ms: int = T0) -> None:
        self.now = now_ms

    def now_ms(self) -> int:
        return self.now


def make_factory(clock: FakeClock | None = None) -> CallEventFactory:
    return CallEventFactory(
        call_sid="CA5f1c0e9a7b2d4c6e8f0a1b3c5d7e9f21",
        session_id="VX3b7d9f1a2c4e6b8d0f1a3c5e7b9d2f41",
        workflow="billing",
        agent=AgentInfo(name="ref-agent", version="0.1.0", model="gpt-4o-mini", prompt_version="b-1"),
        flags=Flags(canary=False, shadow=True),
        clock=clock or FakeClock(),
    )


def test_stamps_the_envelope() -> None:
    clock = FakeClock()
    factory = make_factory(clock)
    first = factory.make("call.started", {"direction": "inbound"})
    clock.now += 250
    second = factory.make("dtmf", {"digit": "4"})
    assert (first.seq, second.seq) == (0, 1)
    assert (first.ts, second.ts) == (T0, T0 + 250)
    assert first.schema_version == 1 and first.call_sid == "CA5f1c0e9a7b2d4c6e8f0a1b3c5d7e9f21"
    assert first.workflow == "billing" and first.flags.shadow is True
    assert uuid.UUID(first.event_id).version == 4 and first.event_id != second.event_id


def test_explicit_ts_and_model_data() -> None:
    event = make_factory().make("call.ended", CallEndedData(status="completed", reason="hangup"), ts=T0 + 9)
    assert event.ts == T0 + 9 and event.type == "call.ended"
    assert decode(encode(event)) == event


def test_unknown_type_is_refused() -> None:
    with pytest.raises(UnknownEventType):
        make_factory().make("call.transferred", {})


def test_invalid_data_is_refused_without_echo_and_without_a_seq_gap() -> None:
    factory = make_factory()
    with pytest.raises(InvalidEvent) as caught:
        factory.make("caller.utterance", {"text": "my number is +14155550123", "final": "yes"})
    assert caught.value.reason == "data.final: must be a boolean"
    assert "+1415" not in caught.value.reason
    assert factory.make("dtmf", {"digit": "1"}).seq == 0


def test_clock_outside_the_contract_is_refused() -> None:
    with pytest.raises(InvalidEvent, match="ts: must be >="):
        make_factory(FakeClock(now_ms=1_736_870_400)).make("dtmf", {"digit": "1"})  # seconds, not ms


def test_seq_is_unique_across_threads() -> None:
    factory = make_factory()
    seqs: list[int] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(200):
            seq = factory.make("speaker", {"who": "agent", "speaking": True}).seq
            with lock:
                seqs.append(seq)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(seqs) == list(range(800))
    assert factory.next_seq == 800
